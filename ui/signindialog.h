#pragma once

#include "domain/user.h"

#include <QDialog>
#include <QList>

#include <optional>

class AuthService;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Name and password, checked by AuthService. A wrong password is answered only after AuthService's growing
// retryDelay (the Sign in button waits on a timer; the window never sleeps), failures are counted in the
// message, and a locked account says until when. With lockTo() the name is fixed: re-entering the password
// of the person already signed in (the idle lock's "unlock"); openToAnyone() frees it again (the lock's
// "Switch user"). Demo hints fill the fields when clicked.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    struct Hint
    {
        QString name;
        QString role; // worded
        QString password;
    };

    explicit SignInDialog(const AuthService &auth, QWidget *parent = nullptr);

    // Shows these people under `title` ("Demo sign-ins" when empty); clicking one fills in the form.
    void setHints(const QList<Hint> &hints, const QString &title = QString());
    // Only this person may sign in (the name field is read-only).
    void lockTo(const QString &name);
    // Anyone may sign in: the name is cleared and editable again.
    void openToAnyone();
    // The sentence above the fields.
    void setIntro(const QString &text);

    // The person who signed in, after accepted().
    const std::optional<User> &user() const { return m_user; }
    int failedAttempts() const { return m_failed; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const;
    QLabel *messageLabel() const { return m_message; }
    QLabel *hintsLabel() const { return m_hints; }
    // True while a wrong password's delay runs.
    bool isWaiting() const;

    void attempt();

private:
    void updateButton();

    const AuthService &m_auth;
    std::optional<User> m_user;
    int m_failed = 0;
    QList<Hint> m_hintList;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_message;
    QLabel *m_hints;
    QLabel *m_intro;
    QPushButton *m_signIn;
    QDialogButtonBox *m_buttons;
    QTimer *m_delay;
};
