#pragma once

#include "domain/role.h"

#include <QDateTime>
#include <QString>

// A person who signs in (the `users` table). The password hash never leaves the store and AuthService.
struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Viewer;
    bool disabled = false;
    int failedAttempts = 0; // wrong passwords since the last successful sign-in
    QDateTime lockedUntil;  // UTC; invalid when not locked
    QDateTime createdAt;    // UTC

    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};
