#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
struct TeamKeysStatus;

// Asks where the team key file goes (or comes from) and its passphrase, typed twice for an export. Collects
// and checks the form only; the settings dialog exports or imports through the core (TeamKeys) and shows
// explain()'s words for what happened.
class TeamKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamKeysDialog)

public:
    enum class Mode { Export, Import };

    explicit TeamKeysDialog(Mode mode, QWidget *parent = nullptr);

    QString path() const;
    QString passphrase() const;
    // Why the form cannot be accepted yet; empty when it can.
    QString problem() const;

    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *repeatEdit() const { return m_repeat; }

    // What an export or import of `path` came to, in the words of the person at the desk.
    static QString explain(const TeamKeysStatus &status, Mode mode, const QString &path);

private:
    void browse();
    void update();

    Mode m_mode;
    QLineEdit *m_path;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
