#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

// How the soak runs paydeskctl: one database, the secrets in the environment (never in arguments), and a
// private HOME and XDG folders so that nothing outside the run's temporary folder is read or written.
class PaydeskCtl final
{
public:
    PaydeskCtl(QString program, QString databasePath, QProcessEnvironment environment);

    struct Result
    {
        int exitCode = -1; // -1: crashed, killed or did not end in time
        QString output;    // stdout and stderr, merged

        bool ok() const { return exitCode == 0; }
    };

    // Runs `arguments` to its end (at most `timeoutMs`, then it is killed).
    Result run(const QStringList &arguments, int timeoutMs = 60000) const;
    // Starts `arguments` and returns the running process; `extra` is added to the environment.
    std::unique_ptr<QProcess> start(const QStringList &arguments,
                                    const QProcessEnvironment &extra = QProcessEnvironment()) const;

    const QString &program() const { return m_program; }

private:
    QStringList withDatabase(const QStringList &arguments) const;

    QString m_program;
    QString m_databasePath;
    QProcessEnvironment m_environment;
};
