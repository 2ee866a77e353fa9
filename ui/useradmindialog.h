#pragma once

#include "domain/user.h"

#include <QDialog>
#include <QList>

class AuthService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
struct AuthStatus;

// The people who may sign in, for an admin: each with their role, whether they can sign in and when they last
// did (from the audit log), and what an
// admin may change: add a person (the password typed twice; it is handed over and the person may change it),
// change a role, disable or enable, set a new password, confirm an approver role another admin granted.
// Every change is AuthService's, which checks the permission, keeps an enabled admin and audits it; a refusal
// is shown in words and nothing changes. Users are never deleted (the audit log names them).
class UserAdminDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAdminDialog)

public:
    enum Column { NameColumn, RoleColumn, StatusColumn, LastSignInColumn, AddedColumn, ColumnCount };

    UserAdminDialog(const AuthService &auth, QString actor, QWidget *parent = nullptr);

    // Reads the users again, keeping the selection.
    void reload();
    const QList<User> &users() const { return m_users; }
    // Selects `name`'s row; false when there is none.
    bool selectUser(const QString &name);

    void addUser();
    void applyRole();
    void toggleDisabled();
    void setPassword();
    void confirmRole();

    QTreeWidget *list() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QLineEdit *newName() const { return m_newName; }
    QComboBox *newRole() const { return m_newRole; }
    QLineEdit *newPassword() const { return m_newPassword; }
    QLineEdit *newPasswordAgain() const { return m_newAgain; }
    QPushButton *addButton() const { return m_add; }
    QComboBox *roleBox() const { return m_role; }
    QPushButton *roleButton() const { return m_applyRole; }
    QPushButton *disableButton() const { return m_disable; }
    QLineEdit *resetPassword() const { return m_resetPassword; }
    QLineEdit *resetPasswordAgain() const { return m_resetAgain; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QWidget *buildSelectedBox();
    QWidget *buildAddBox();
    const User *selected() const;
    void updateButtons();
    // Shows what happened: the success sentence, or the refusal in words. True when it succeeded.
    bool report(const AuthStatus &status, const QString &done);
    QString status(const User &user) const;
    // Why two typed passwords cannot be used; empty when they can.
    static QString passwordProblem(const QString &password, const QString &again);

    const AuthService &m_auth;
    QString m_actor;
    QList<User> m_users;
    QTreeWidget *m_list;
    QLabel *m_message;
    QLabel *m_selectedTitle;
    QComboBox *m_role;
    QPushButton *m_applyRole;
    QPushButton *m_disable;
    QLineEdit *m_resetPassword;
    QLineEdit *m_resetAgain;
    QLabel *m_resetProblem;
    QPushButton *m_reset;
    QPushButton *m_confirm;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QLineEdit *m_newPassword;
    QLineEdit *m_newAgain;
    QLabel *m_addProblem;
    QPushButton *m_add;
};
