#include "keychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

const QString service = QStringLiteral("PayDesk");

KeychainResult run(QKeychain::Job &job, std::chrono::milliseconds timeout,
                   QByteArray (*data)(QKeychain::Job &))
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    KeychainResult result;
    if (!finished) {
        result.message =
            QStringLiteral("the OS keychain did not answer within %1 s. ").arg(timeout.count() / 1000) +
            Keychain::unavailableHelp();
        return result;
    }
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = KeychainResult::Status::Ok;
        if (data)
            result.data = data(job);
        return result;
    case QKeychain::EntryNotFound:
        result.status = KeychainResult::Status::NotFound;
        result.message = QStringLiteral("not in the OS keychain");
        return result;
    default:
        result.message = QStringLiteral("the OS keychain is not available (%1). ").arg(job.errorString()) +
                         Keychain::unavailableHelp();
        return result;
    }
}

} // namespace

QString Keychain::unavailableHelp()
{
    return QStringLiteral("PayDesk keeps secrets only in the OS keychain (on Linux a Secret Service such as "
                          "gnome-keyring, or KWallet, unlocked in this session) and never in plain text; for "
                          "paydeskctl without a keychain set the PAYDESK_* variables instead");
}

KeychainResult Keychain::read(const QString &key, std::chrono::milliseconds timeout)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    return run(job, timeout,
               [](QKeychain::Job &j) { return static_cast<QKeychain::ReadPasswordJob &>(j).binaryData(); });
}

KeychainResult Keychain::write(const QString &key, const QByteArray &data, std::chrono::milliseconds timeout)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setBinaryData(data);
    return run(job, timeout, nullptr);
}

KeychainResult Keychain::remove(const QString &key, std::chrono::milliseconds timeout)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    return run(job, timeout, nullptr);
}
