#include "simulatorbook.h"

#include "simulatormessages.h"

#include <algorithm>

namespace {

// fort_ids are 18 digits, like APS's; the sequence makes them unique and reproducible.
constexpr qint64 fortIdBase = 169'000'000'000'000'000LL;

using Kind = SimulatorBook::MaintenanceRequest::Kind;

QString failureStatus(Kind kind)
{
    switch (kind) {
    case Kind::Capture:
        return QStringLiteral("05");
    case Kind::Refund:
        return QStringLiteral("07");
    case Kind::Void:
        return QStringLiteral("09");
    case Kind::CheckStatus:
        return QStringLiteral("11");
    }
    return QStringLiteral("00");
}

} // namespace

SimulatorBook::SimulatorBook() = default;

QDateTime SimulatorBook::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
}

const SimulatorOrder *SimulatorBook::order(const QString &merchantReference) const
{
    const auto it = m_orders.constFind(merchantReference);
    return it == m_orders.cend() ? nullptr : &it.value();
}

const SimulatorOrder *SimulatorBook::orderByFortId(const QString &fortId) const
{
    const auto it = m_referenceByFortId.constFind(fortId);
    return it == m_referenceByFortId.cend() ? nullptr : order(it.value());
}

QList<const SimulatorOrder *> SimulatorBook::orders() const
{
    QList<const SimulatorOrder *> result;
    result.reserve(m_orders.size());
    for (const SimulatorOrder &order : m_orders)
        result.append(&order);
    std::sort(result.begin(), result.end(), [](const SimulatorOrder *a, const SimulatorOrder *b) {
        if (a->authorizedAt != b->authorizedAt)
            return a->authorizedAt < b->authorizedAt;
        return a->merchantReference < b->merchantReference;
    });
    return result;
}

QString SimulatorBook::nextFortId()
{
    QString id;
    do {
        id = QString::number(fortIdBase + ++m_fortSequence);
    } while (m_referenceByFortId.contains(id));
    return id;
}

bool SimulatorBook::insert(SimulatorOrder order)
{
    if (m_orders.contains(order.merchantReference))
        return false;
    if (order.fortId.isEmpty())
        order.fortId = nextFortId();
    bool numeric = false;
    const qint64 fortNumber = order.fortId.toLongLong(&numeric);
    if (numeric && fortNumber > fortIdBase)
        m_fortSequence = std::max(m_fortSequence, fortNumber - fortIdBase);
    if (!order.authorizedAt.isValid())
        order.authorizedAt = now();
    if (order.operations.isEmpty()) {
        SimulatorOperation origin;
        origin.command = order.originCommand();
        origin.amount = order.authorized;
        origin.currency = order.currency.code();
        const bool purchase = order.origin == SimulatorOrder::Origin::Purchase;
        origin.responseCode = order.approved ? (purchase ? QStringLiteral("14000") : QStringLiteral("02000"))
                                             : (purchase ? QStringLiteral("13666") : QStringLiteral("03666"));
        origin.responseMessage = SimulatorMessages::text(origin.responseCode);
        origin.applied = order.approved;
        origin.at = order.authorizedAt;
        order.operations.append(origin);
    }
    m_referenceByFortId.insert(order.fortId, order.merchantReference);
    const QString reference = order.merchantReference;
    const SimulatorOrder &stored = *m_orders.insert(reference, std::move(order));
    if (m_observer)
        m_observer(stored);
    return true;
}

void SimulatorBook::clear()
{
    m_orders.clear();
    m_referenceByFortId.clear();
    m_inFlight.clear();
    m_fortSequence = 0;
}

const SimulatorOrder *SimulatorBook::resolve(const QString &merchantReference, const QString &fortId,
                                             bool *contradicting) const
{
    if (contradicting)
        *contradicting = false;
    const SimulatorOrder *byReference = merchantReference.isEmpty() ? nullptr : order(merchantReference);
    if (fortId.isEmpty())
        return byReference;
    const SimulatorOrder *byFortId = orderByFortId(fortId);
    if (merchantReference.isEmpty())
        return byFortId;
    if (byReference && byFortId && byReference != byFortId) {
        if (contradicting)
            *contradicting = true;
        return nullptr;
    }
    return byReference == byFortId ? byReference : nullptr;
}

void SimulatorBook::setInFlight(const QString &merchantReference, bool inFlight)
{
    if (inFlight)
        m_inFlight.insert(merchantReference);
    else
        m_inFlight.remove(merchantReference);
}

QString SimulatorBook::commandName(MaintenanceRequest::Kind kind)
{
    switch (kind) {
    case Kind::Capture:
        return QStringLiteral("CAPTURE");
    case Kind::Void:
        return QStringLiteral("VOID_AUTHORIZATION");
    case Kind::Refund:
        return QStringLiteral("REFUND");
    case Kind::CheckStatus:
        return QStringLiteral("CHECK_STATUS");
    }
    return {};
}

void SimulatorBook::record(SimulatorOrder &order, SimulatorOperation operation)
{
    operation.at = now();
    operation.responseMessage = SimulatorMessages::text(operation.responseCode);
    order.operations.append(std::move(operation));
    if (m_observer)
        m_observer(order);
}

void SimulatorBook::recordRefused(const QString &merchantReference, const QString &command, qint64 amount,
                                  const QString &maintenanceReference, const QString &responseCode)
{
    const auto it = m_orders.find(merchantReference);
    if (it == m_orders.end())
        return;
    SimulatorOperation operation;
    operation.command = command;
    operation.amount = amount;
    operation.maintenanceReference = maintenanceReference;
    operation.responseCode = responseCode;
    record(it.value(), operation);
}

SimulatorBook::Result SimulatorBook::execute(const MaintenanceRequest &request)
{
    Result result;
    const SimulatorOrder *found = resolve(request.merchantReference, request.fortId);
    if (!found) {
        result.responseCode = request.kind == Kind::CheckStatus ? QStringLiteral("12036")
                                                                : failureStatus(request.kind) + u"036";
        return result;
    }
    SimulatorOrder &order = m_orders[found->merchantReference];
    result.merchantReference = order.merchantReference;
    result.fortId = order.fortId;

    SimulatorOperation operation;
    operation.command = commandName(request.kind);
    operation.amount = request.amount;
    operation.currency = request.currency.code();
    operation.maintenanceReference = request.maintenanceReference;

    if (request.kind == Kind::CheckStatus) {
        const Result status = checkStatus(order, request);
        result.responseCode = status.responseCode;
        result.transactionStatus = status.transactionStatus;
        result.transactionCode = status.transactionCode;
        result.authorized = status.authorized;
        result.captured = status.captured;
        result.refunded = status.refunded;
    } else if (m_inFlight.contains(order.merchantReference)) {
        result.responseCode = failureStatus(request.kind) + u"784";
    } else if (request.kind == Kind::Capture) {
        result.responseCode = applyCapture(order, request);
    } else if (request.kind == Kind::Void) {
        result.responseCode = applyVoid(order);
    } else {
        result.responseCode = applyRefund(order, request);
    }
    operation.responseCode = result.responseCode;
    if (request.answeredCode != result.responseCode)
        operation.answeredCode = request.answeredCode;
    operation.applied =
        result.responseCode == u"04000" || result.responseCode == u"06000" || result.responseCode == u"08000";
    record(order, operation);
    return result;
}

QString SimulatorBook::applyCapture(SimulatorOrder &order, const MaintenanceRequest &request)
{
    const QDateTime time = now();
    if (!order.approved || order.origin == SimulatorOrder::Origin::Purchase)
        return QStringLiteral("05034");
    if (order.voided || order.captureWindowClosed(time, m_expiryDays))
        return QStringLiteral("05773");
    if (request.currency != order.currency)
        return QStringLiteral("05013");
    if (request.amount > order.authorized - order.captured)
        return QStringLiteral("05042");
    order.captured += request.amount;
    return QStringLiteral("04000");
}

QString SimulatorBook::applyVoid(SimulatorOrder &order)
{
    if (!order.approved || order.origin == SimulatorOrder::Origin::Purchase)
        return QStringLiteral("09034");
    if (order.voided)
        return QStringLiteral("09773");
    if (order.captured > 0)
        return QStringLiteral("09034");
    if (order.isExpired(now(), m_expiryDays))
        return QStringLiteral("09773");
    order.voided = true;
    return QStringLiteral("08000");
}

QString SimulatorBook::applyRefund(SimulatorOrder &order, const MaintenanceRequest &request)
{
    if (!order.approved)
        return QStringLiteral("07034");
    if (order.voided || order.isExpired(now(), m_expiryDays))
        return QStringLiteral("07773");
    if (request.currency != order.currency)
        return QStringLiteral("07013");
    if (!request.maintenanceReference.isEmpty() && m_reuse == RefundReferenceReuse::Reject) {
        const bool used = std::any_of(
            order.operations.cbegin(), order.operations.cend(), [&](const SimulatorOperation &operation) {
                return operation.command == u"REFUND" && operation.applied &&
                       operation.maintenanceReference == request.maintenanceReference;
            });
        if (used)
            return QStringLiteral("07047");
    }
    if (request.amount > order.captured - order.refunded)
        return QStringLiteral("07048");
    order.refunded += request.amount;
    return QStringLiteral("06000");
}

SimulatorBook::Result SimulatorBook::checkStatus(const SimulatorOrder &order,
                                                 const MaintenanceRequest &request) const
{
    Result result;
    result.authorized = order.authorized;
    result.captured = order.captured;
    result.refunded = order.refunded;

    const SimulatorOperation *last = nullptr;
    if (!request.maintenanceReference.isEmpty()) {
        for (const SimulatorOperation &operation : order.operations) {
            if (operation.command != u"REFUND" ||
                operation.maintenanceReference != request.maintenanceReference ||
                !operation.isFinancialOutcome()) {
                continue;
            }
            // The successful attempt of a refund wins over a declined earlier or later retry.
            if (!last || !last->applied || operation.applied)
                last = &operation;
        }
        if (!last) {
            result.responseCode = QStringLiteral("12036");
            return result;
        }
    } else {
        for (const SimulatorOperation &operation : order.operations) {
            if (operation.isFinancialOutcome())
                last = &operation;
        }
    }
    result.responseCode = QStringLiteral("12000");
    if (request.maintenanceReference.isEmpty() && order.isExpired(now(), m_expiryDays)) {
        result.transactionStatus = QStringLiteral("08");
        result.transactionCode = QStringLiteral("08000");
    } else if (last) {
        result.transactionStatus = last->status();
        // The true outcome, also when the client was answered something else (a fault), as APS does.
        result.transactionCode = last->responseCode;
    }
    return result;
}
