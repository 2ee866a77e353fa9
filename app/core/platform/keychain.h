#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// What a keychain call found.
struct KeychainResult
{
    enum class Status {
        Ok,
        NotFound,    // no entry under that key
        Unavailable, // no OS keychain (no Secret Service / KWallet on D-Bus, locked, access denied)
    };
    Status status = Status::Unavailable;
    QByteArray data;
    QString message; // English; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// The OS keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows), called synchronously: each call runs QtKeychain's job in a local event loop, bounded
// by `timeout`. Never falls back to a plain-text file (QtKeychain's insecure fallback stays off). Service
// name "PayDesk".
class Keychain final
{
public:
    static constexpr std::chrono::seconds DefaultTimeout{20};

    static KeychainResult read(const QString &key, std::chrono::milliseconds timeout = DefaultTimeout);
    static KeychainResult write(const QString &key, const QByteArray &data,
                                std::chrono::milliseconds timeout = DefaultTimeout);
    static KeychainResult remove(const QString &key, std::chrono::milliseconds timeout = DefaultTimeout);

    // The sentence people see when there is no keychain, with what to do instead.
    static QString unavailableHelp();
};
