#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asked once, on a cache nobody signed up to yet: the name and password (typed twice) of the first user, who
// is an admin. Collects and checks the form; the caller creates the user and shows AuthService's refusal
// with showProblem() when there is one.
class FirstAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdminDialog)

public:
    explicit FirstAdminDialog(QWidget *parent = nullptr);

    QString name() const;
    QString password() const;
    // Why the form cannot be accepted yet; empty when it can.
    QString problem() const;
    void showProblem(const QString &text);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

private:
    void update();

    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
