#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Why a team key file was not written or not opened.
enum class KeyFileError {
    None,
    WeakPassphrase, // shorter than TeamKeyFile::MinimumPassphraseLength characters: nothing written
    Unreadable,     // wrong passphrase, a damaged or cut file, or no team key file at all: nothing read
    Exists,         // writing: something is at the path already (never overwritten)
    Io,             // the file system refused
};

struct KeyFileStatus
{
    KeyFileError error = KeyFileError::None;
    QString message; // English, naming the file; never a secret

    bool ok() const { return error == KeyFileError::None; }
};

// scrypt's cost. The defaults are what PayDesk writes (N = 2^17, r = 8, p = 1: about 128 MiB and a fraction
// of a second per attempt); tests write cheaper files to try many of them.
struct ScryptCost
{
    int log2N = 17;
    int r = 8;
    int p = 1;
};

// A passphrase-protected file that carries a team's secrets between desks (README "Team keys"): the audit key
// and the APS credentials, as an opaque payload the caller chooses, bound to the database they belong to.
//
// Format (integers big-endian): the magic "PayDesk team keys\n", version 1, the KDF (1 = scrypt) with
// log2(N), r and p, a random 16-byte salt, a random 12-byte nonce, then the database's identity (merchant
// identifier, environment, the created_at of its meta table), each a 16-bit length and UTF-8; after this
// header the payload encrypted with AES-256-GCM and the 16-byte tag. The key is scrypt(passphrase as UTF-8 in
// NFC, salt, N, r, p), 32 bytes. The whole header is the GCM's additional authenticated data: a wrong
// passphrase and a changed byte anywhere (header, ciphertext, tag) are both refused as Unreadable, never
// opened as something else. All crypto is OpenSSL's libcrypto (EVP_PBE_scrypt, EVP_aes_256_gcm, RAND_bytes).
//
// Opening accepts scrypt costs up to MaxMemoryBytes, so a damaged header cannot make it allocate gigabytes.
// Buffers holding the passphrase, the derived key and plain text are wiped (OPENSSL_cleanse) after use; the
// payload returned is the caller's to wipe (wipe()).
class TeamKeyFile final
{
public:
    static constexpr int MinimumPassphraseLength = 12; // characters
    static constexpr qint64 MaxMemoryBytes = 256 * 1024 * 1024;

    using Cost = ScryptCost;

    // Which database the secrets belong to (KeychainAuditKeyProvider names the audit key the same way).
    struct Identity
    {
        QString merchantIdentifier;
        QString environment;
        QString createdAt;

        bool operator==(const Identity &other) const
        {
            return merchantIdentifier == other.merchantIdentifier && environment == other.environment &&
                   createdAt == other.createdAt;
        }
        bool operator!=(const Identity &other) const { return !(*this == other); }
    };

    struct Contents
    {
        Identity identity;
        QByteArray payload;
    };

    // WeakPassphrase when `passphrase` is too short to write a file with.
    static KeyFileStatus checkPassphrase(const QString &passphrase);
    // Exists when something is at `path` already (write() checks again when it claims the name).
    static KeyFileStatus checkTarget(const QString &path);

    // The file's bytes: `payload` sealed under `passphrase` for `identity`. WeakPassphrase for a short
    // passphrase; Io when the random source or the cipher fails.
    static KeyFileStatus seal(const Identity &identity, const QByteArray &payload, const QString &passphrase,
                              QByteArray *sealed, Cost cost = {});
    // The identity and payload of sealed bytes; Unreadable (one message for every cause, "wrong passphrase or
    // damaged file") when they do not open with `passphrase`.
    static KeyFileStatus open(const QByteArray &sealed, const QString &passphrase, Contents *contents);

    // seal() into a new file at `path`, mode 0600 from its creation: the name is claimed with O_EXCL
    // (PrivateFiles::createEmpty: Exists when anything is there) and the content written through QSaveFile,
    // so a reader sees an empty file or the whole one, never half of it. On failure nothing stays behind.
    static KeyFileStatus write(const QString &path, const Identity &identity, const QByteArray &payload,
                               const QString &passphrase, Cost cost = {});
    // open() of the file at `path`; Io when it cannot be read.
    static KeyFileStatus read(const QString &path, const QString &passphrase, Contents *contents);

    // Overwrite the contents (when the argument holds the only copy) and empty it.
    static void wipe(QByteArray &bytes);
    static void wipe(QString &text);
};
