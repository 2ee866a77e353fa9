#pragma once

#include <QByteArray>
#include <QString>

// Password hashes as stored in users.password_hash: "pbkdf2-sha256$ITERATIONS$SALT$HASH", salt and hash in
// base64. PBKDF2-HMAC-SHA-256 (QPasswordDigestor), a 16-byte salt from QRandomGenerator::system(), a 32-byte
// hash. Verification recomputes with the stored iteration count and compares in constant time, so hashes
// written with fewer iterations keep working after the default grows (needsRehash() tells).
class PasswordHash final
{
public:
    static constexpr int DefaultIterations = 210'000;
    static constexpr int MinimumIterations = 200'000;
    static constexpr int SaltBytes = 16;
    static constexpr int HashBytes = 32;

    // A new hash of `password` with a fresh random salt.
    static QString create(const QString &password, int iterations = DefaultIterations);
    // True when `password` matches `stored`. False for a malformed `stored` or fewer than
    // MinimumIterations iterations (never accepted).
    static bool verify(const QString &password, const QString &stored);
    static bool needsRehash(const QString &stored);
    // Compares two byte arrays in time that depends only on their lengths.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    // How many PBKDF2 derivations this process has run (create() and verify() each run one): lets tests
    // check that every sign-in path costs the same work without measuring time.
    static quint64 derivations();

private:
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);
};
