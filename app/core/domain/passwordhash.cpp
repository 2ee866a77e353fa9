#include "passwordhash.h"

#include <QList>
#include <QStringList>

#include <QAtomicInteger>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <optional>

namespace {
QAtomicInteger<quint64> derivationCount{0};

const QLatin1String scheme("pbkdf2-sha256");

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<Parsed> parse(const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    bool ok = false;
    Parsed parsed;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok)
        return std::nullopt;
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < PasswordHash::SaltBytes || hash.decoded.isEmpty())
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}
} // namespace

quint64 PasswordHash::derivations()
{
    return derivationCount.loadRelaxed();
}

QByteArray PasswordHash::derive(const QString &password, const QByteArray &salt, int iterations)
{
    derivationCount.fetchAndAddRelaxed(1);
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              HashBytes);
}

QString PasswordHash::create(const QString &password, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    const QByteArray hash = derive(password, salt, iterations);
    return scheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') + QString::fromLatin1(hash.toBase64());
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed || parsed->iterations < MinimumIterations)
        return false;
    return constantTimeEquals(derive(password, parsed->salt, parsed->iterations), parsed->hash);
}

bool PasswordHash::needsRehash(const QString &stored)
{
    const auto parsed = parse(stored);
    return !parsed || parsed->iterations < DefaultIterations;
}

bool PasswordHash::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
