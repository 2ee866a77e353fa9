#include "paydeskctl.h"

#include <QProcess>

PaydeskCtl::PaydeskCtl(QString program, QString databasePath, QProcessEnvironment environment)
    : m_program(std::move(program))
    , m_databasePath(std::move(databasePath))
    , m_environment(std::move(environment))
{}

QStringList PaydeskCtl::withDatabase(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("--db"), m_databasePath} + arguments;
}

PaydeskCtl::Result PaydeskCtl::run(const QStringList &arguments, int timeoutMs) const
{
    Result result;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_program, withDatabase(arguments));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.output = QString::fromUtf8(process.readAll()) + QStringLiteral("\n(did not end in time)");
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

std::unique_ptr<QProcess> PaydeskCtl::start(const QStringList &arguments,
                                            const QProcessEnvironment &extra) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = m_environment;
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(m_program, withDatabase(arguments));
    return process;
}
