#include "teamkeyfile.h"

#include "store/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <memory>

namespace {

using Cost = TeamKeyFile::Cost;
using Identity = TeamKeyFile::Identity;

const QByteArray Magic = QByteArrayLiteral("PayDesk team keys\n");
constexpr quint8 Version = 1;
constexpr quint8 KdfScrypt = 1;
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int KeySize = 32;
// A team key file holds one key and a few credential sets: a few KiB. Anything far larger is not one.
constexpr qint64 MaxFileSize = 1024 * 1024;

const QString Unreadable = QStringLiteral("wrong passphrase or damaged file");

struct Header
{
    Cost cost;
    QByteArray salt;
    QByteArray nonce;
    Identity identity;
};

using Key = std::array<unsigned char, KeySize>;

// Wipes the derived key however the function that holds it returns.
struct KeyGuard
{
    Key key{};
    ~KeyGuard() { OPENSSL_cleanse(key.data(), key.size()); }
};

struct CipherContextFree
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextFree>;

KeyFileStatus failure(KeyFileError error, QString message)
{
    return KeyFileStatus{error, std::move(message)};
}

// scrypt's memory: its V array (128 * r * N bytes) and B (128 * r * p), with OpenSSL's own small margin.
qint64 scryptMemory(const Cost &cost)
{
    return 128 * qint64(cost.r) * ((qint64(1) << cost.log2N) + cost.p + 2);
}

bool isAcceptedCost(const Cost &cost)
{
    return cost.log2N >= 10 && cost.log2N <= 30 && cost.r >= 1 && cost.r <= 32 && cost.p >= 1 &&
           cost.p <= 16 && scryptMemory(cost) <= TeamKeyFile::MaxMemoryBytes;
}

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append(char(utf8.size() >> 8)).append(char(utf8.size() & 0xff)).append(utf8);
}

QByteArray headerBytes(const Header &header)
{
    QByteArray out = Magic;
    out.append(char(Version)).append(char(KdfScrypt));
    out.append(char(header.cost.log2N)).append(char(header.cost.r)).append(char(header.cost.p));
    out.append(header.salt).append(header.nonce);
    appendText(out, header.identity.merchantIdentifier);
    appendText(out, header.identity.environment);
    appendText(out, header.identity.createdAt);
    return out;
}

// Reads the header field by field; every read fails once one ran past the end.
class HeaderReader final
{
public:
    explicit HeaderReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    qsizetype position() const { return m_at; }
    QByteArray take(qsizetype size)
    {
        if (!m_ok || size > m_bytes.size() - m_at) {
            m_ok = false;
            return QByteArray();
        }
        const QByteArray part = m_bytes.mid(m_at, size);
        m_at += size;
        return part;
    }
    int byte()
    {
        const QByteArray one = take(1);
        return m_ok ? quint8(one.at(0)) : -1;
    }
    QString text()
    {
        const int high = byte();
        const int low = byte();
        const QByteArray utf8 = take((high << 8) | low);
        return m_ok ? QString::fromUtf8(utf8) : QString();
    }
    bool ok() const { return m_ok; }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

// The header, or nullopt with why in *problem.
std::optional<Header> parseHeader(const QByteArray &sealed, qsizetype *size, QString *problem)
{
    HeaderReader reader(sealed);
    if (reader.take(Magic.size()) != Magic) {
        *problem = QStringLiteral("not a PayDesk team key file");
        return std::nullopt;
    }
    *problem = Unreadable;
    if (reader.byte() != Version || reader.byte() != KdfScrypt)
        return std::nullopt;
    Header header;
    header.cost.log2N = reader.byte();
    header.cost.r = reader.byte();
    header.cost.p = reader.byte();
    header.salt = reader.take(SaltSize);
    header.nonce = reader.take(NonceSize);
    header.identity.merchantIdentifier = reader.text();
    header.identity.environment = reader.text();
    header.identity.createdAt = reader.text();
    if (!reader.ok() || !isAcceptedCost(header.cost))
        return std::nullopt;
    *size = reader.position();
    return header;
}

// The passphrase as scrypt gets it: NFC, so the same words typed on another system give the same key.
QByteArray passphraseBytes(const QString &passphrase)
{
    QString normalized = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = normalized.toUtf8();
    TeamKeyFile::wipe(normalized);
    return utf8;
}

bool deriveKey(const QString &passphrase, const Header &header, Key &key)
{
    QByteArray secret = passphraseBytes(passphrase);
    const int done = EVP_PBE_scrypt(
        secret.constData(), size_t(secret.size()),
        reinterpret_cast<const unsigned char *>(header.salt.constData()), size_t(header.salt.size()),
        uint64_t(1) << header.cost.log2N, uint64_t(header.cost.r), uint64_t(header.cost.p),
        uint64_t(scryptMemory(header.cost)) + 1024 * 1024, key.data(), key.size());
    TeamKeyFile::wipe(secret);
    return done == 1;
}

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// AES-256-GCM over `plain` with `aad` authenticated: the ciphertext followed by the tag.
std::optional<QByteArray> encrypt(const Key &key, const QByteArray &nonce, const QByteArray &aad,
                                  const QByteArray &plain)
{
    const CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray out(plain.size() + TagSize, Qt::Uninitialized);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data());
    int length = 0;
    int last = 0;
    const bool done =
        context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytesOf(nonce)) == 1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(aad), int(aad.size())) == 1 &&
        EVP_EncryptUpdate(context.get(), cipher, &length, bytesOf(plain), int(plain.size())) == 1 &&
        EVP_EncryptFinal_ex(context.get(), cipher + length, &last) == 1 && length + last == plain.size() &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize, cipher + plain.size()) == 1;
    if (!done)
        return std::nullopt;
    return out;
}

// The plain text, or nullopt when the tag does not match (wrong key, or any byte of aad, ciphertext or tag
// changed).
std::optional<QByteArray> decrypt(const Key &key, const QByteArray &nonce, const QByteArray &aad,
                                  const QByteArray &cipherAndTag)
{
    const qsizetype size = cipherAndTag.size() - TagSize;
    QByteArray tag = cipherAndTag.right(TagSize);
    const CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray plain(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    int length = 0;
    int last = 0;
    const bool done =
        context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytesOf(nonce)) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(aad), int(aad.size())) == 1 &&
        EVP_DecryptUpdate(context.get(), out, &length, bytesOf(cipherAndTag), int(size)) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), out + length, &last) == 1 && length + last == size;
    if (!done) {
        TeamKeyFile::wipe(plain);
        return std::nullopt;
    }
    return plain;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        return QByteArray();
    return bytes;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

KeyFileStatus exists(const QString &path)
{
    return failure(
        KeyFileError::Exists,
        QStringLiteral("%1 already exists; a team key file is never overwritten").arg(shown(path)));
}

} // namespace

KeyFileStatus TeamKeyFile::checkPassphrase(const QString &passphrase)
{
    if (passphrase.toUcs4().size() >= MinimumPassphraseLength)
        return KeyFileStatus();
    return failure(
        KeyFileError::WeakPassphrase,
        QStringLiteral("a team key passphrase has at least %1 characters").arg(MinimumPassphraseLength));
}

KeyFileStatus TeamKeyFile::checkTarget(const QString &path)
{
    return QFileInfo::exists(path) ? exists(path) : KeyFileStatus();
}

void TeamKeyFile::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

KeyFileStatus TeamKeyFile::seal(const Identity &identity, const QByteArray &payload,
                                const QString &passphrase, QByteArray *sealed, Cost cost)
{
    if (KeyFileStatus strong = checkPassphrase(passphrase); !strong.ok())
        return strong;
    for (const QString &field : {identity.merchantIdentifier, identity.environment, identity.createdAt}) {
        if (field.toUtf8().size() > 0xffff)
            return failure(KeyFileError::Io,
                           QStringLiteral("the database's identity is too long for a key file"));
    }
    if (!isAcceptedCost(cost))
        return failure(KeyFileError::Io,
                       QStringLiteral("scrypt cost out of the range a key file may ask for"));
    const Header header{cost, randomBytes(SaltSize), randomBytes(NonceSize), identity};
    if (header.salt.isEmpty() || header.nonce.isEmpty())
        return failure(KeyFileError::Io, QStringLiteral("the system's random source failed"));
    const QByteArray aad = headerBytes(header);
    KeyGuard guard;
    if (!deriveKey(passphrase, header, guard.key))
        return failure(KeyFileError::Io, QStringLiteral("scrypt failed (out of memory?)"));
    const auto cipher = encrypt(guard.key, header.nonce, aad, payload);
    if (!cipher)
        return failure(KeyFileError::Io, QStringLiteral("AES-256-GCM failed"));
    *sealed = aad + *cipher;
    return KeyFileStatus();
}

KeyFileStatus TeamKeyFile::open(const QByteArray &sealed, const QString &passphrase, Contents *contents)
{
    QString problem;
    qsizetype headerSize = 0;
    const auto header = parseHeader(sealed, &headerSize, &problem);
    // An empty payload is never written: a file without one was cut.
    if (!header || sealed.size() - headerSize <= TagSize)
        return failure(KeyFileError::Unreadable, header ? Unreadable : problem);
    KeyGuard guard;
    if (!deriveKey(passphrase, *header, guard.key))
        return failure(KeyFileError::Unreadable, Unreadable);
    auto plain = decrypt(guard.key, header->nonce, sealed.left(headerSize), sealed.mid(headerSize));
    if (!plain)
        return failure(KeyFileError::Unreadable, Unreadable);
    contents->identity = header->identity;
    contents->payload = std::move(*plain);
    return KeyFileStatus();
}

KeyFileStatus TeamKeyFile::write(const QString &path, const Identity &identity, const QByteArray &payload,
                                 const QString &passphrase, Cost cost)
{
    QByteArray sealed;
    if (KeyFileStatus s = seal(identity, payload, passphrase, &sealed, cost); !s.ok())
        return s;
    // The name is claimed first, so an existing file is never replaced, whoever writes it meanwhile.
    if (const StoreStatus claimed = PrivateFiles::createEmpty(path); !claimed.ok())
        return claimed.error == StoreError::AlreadyExists ? exists(path)
                                                          : failure(KeyFileError::Io, claimed.message);
    QSaveFile file(path);
    // QSaveFile keeps the mode of the file it replaces (the 0600 claim); set it on the temporary file too.
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(sealed) == sealed.size() && file.commit();
    if (!written) {
        const QString error = file.errorString();
        file.cancelWriting();
        QFile::remove(path);
        return failure(KeyFileError::Io,
                       QStringLiteral("%1: cannot be written (%2)").arg(shown(path), error));
    }
    return KeyFileStatus();
}

KeyFileStatus TeamKeyFile::read(const QString &path, const QString &passphrase, Contents *contents)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(KeyFileError::Io,
                       QStringLiteral("%1: cannot be read (%2)").arg(shown(path), file.errorString()));
    const QByteArray sealed = file.read(MaxFileSize + 1);
    if (sealed.size() > MaxFileSize)
        return failure(KeyFileError::Unreadable,
                       QStringLiteral("%1: not a PayDesk team key file (too large)").arg(shown(path)));
    KeyFileStatus opened = open(sealed, passphrase, contents);
    if (!opened.ok())
        opened.message = shown(path) + QStringLiteral(": ") + opened.message;
    return opened;
}

void TeamKeyFile::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}
