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
    // An approver role granted by an admin waits for a second admin (AuthService::confirmUser) or, where
    // there is one admin, for AuthService::ApproverWaitingPeriod. grantedAt is invalid when no
    // confirmation is needed (other roles, approvers from before schema 5).
    QDateTime grantedAt; // UTC
    QString grantedBy;
    QString confirmedBy; // another admin, or "waiting period"

    bool awaitsConfirmation() const { return grantedAt.isValid() && confirmedBy.isEmpty(); }
    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};
