#include "transactionbuilder.h"

#include "testdatabase.h"

TransactionBuilder::TransactionBuilder(const QString &reference)
{
    m_tx.merchantIdentifier = TestDatabase::Merchant;
    m_tx.merchantReference = reference;
    m_tx.origin = Origin::Authorization;
    m_tx.currency = *Currency::fromCode(u"AED");
    m_tx.authorized = 100000;
    m_tx.authorizedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    m_tx.captureDeadline = m_tx.authorizedAt.addDays(7);
    m_tx.cardMasked = QStringLiteral("411111******1111");
}

TransactionBuilder &TransactionBuilder::merchant(const QString &merchantIdentifier)
{
    m_tx.merchantIdentifier = merchantIdentifier;
    return *this;
}

TransactionBuilder &TransactionBuilder::reference(const QString &merchantReference)
{
    m_tx.merchantReference = merchantReference;
    return *this;
}

TransactionBuilder &TransactionBuilder::fortId(const QString &fortId)
{
    m_tx.fortId = fortId;
    return *this;
}

TransactionBuilder &TransactionBuilder::purchase()
{
    m_tx.origin = Origin::Purchase;
    m_tx.captured = m_tx.authorized;
    return *this;
}

TransactionBuilder &TransactionBuilder::currency(QStringView code)
{
    m_tx.currency = *Currency::fromCode(code);
    return *this;
}

TransactionBuilder &TransactionBuilder::authorized(qint64 minor)
{
    m_tx.authorized = minor;
    return *this;
}

TransactionBuilder &TransactionBuilder::captured(qint64 minor)
{
    m_tx.captured = minor;
    return *this;
}

TransactionBuilder &TransactionBuilder::refunded(qint64 minor)
{
    m_tx.refunded = minor;
    return *this;
}

TransactionBuilder &TransactionBuilder::reserved(qint64 minor)
{
    m_tx.refundReserved = minor;
    return *this;
}

TransactionBuilder &TransactionBuilder::state(TransactionState state)
{
    const qint64 all = m_tx.authorized;
    switch (state) {
    case TransactionState::Authorized:
        m_tx.captured = 0;
        break;
    case TransactionState::PartiallyCaptured:
        m_tx.captured = all / 2;
        break;
    case TransactionState::Captured:
        m_tx.captured = all;
        break;
    case TransactionState::Voided:
        m_tx.voided = true;
        break;
    case TransactionState::Expired:
        m_tx.captured = 0;
        m_tx.captureDeadline = QDateTime::currentDateTimeUtc().addDays(-1);
        break;
    case TransactionState::PartiallyRefunded:
        m_tx.captured = all;
        m_tx.refunded = all / 2;
        break;
    case TransactionState::Refunded:
        m_tx.captured = all;
        m_tx.refunded = all;
        break;
    case TransactionState::Failed:
        m_tx.failed = true;
        break;
    }
    return *this;
}

TransactionBuilder &TransactionBuilder::authorizedAt(const QDateTime &at)
{
    const qint64 window = m_tx.authorizedAt.secsTo(m_tx.captureDeadline);
    m_tx.authorizedAt = at;
    m_tx.captureDeadline = at.addSecs(window);
    return *this;
}

TransactionBuilder &TransactionBuilder::deadline(const QDateTime &captureDeadline)
{
    m_tx.captureDeadline = captureDeadline;
    return *this;
}

TransactionBuilder &TransactionBuilder::customer(const QString &name, const QString &email)
{
    m_tx.customerName = name;
    m_tx.customerEmail = email;
    return *this;
}

TransactionBuilder &TransactionBuilder::card(const QString &masked)
{
    m_tx.cardMasked = masked;
    return *this;
}
