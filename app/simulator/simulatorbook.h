#pragma once

#include "aps/signature.h"
#include "simulatororder.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

// The simulator's order book and APS's business rules (shared/aps/README.md sections 6 and 8), without any
// HTTP: orders, their running totals in minor units, every operation received, the operations in flight and
// the simulator's clock (real UTC time plus an injectable offset).
class SimulatorBook final
{
public:
    enum class RefundReferenceReuse { Reject, Apply };

    struct MaintenanceRequest
    {
        enum class Kind { Capture, Void, Refund, CheckStatus };
        Kind kind = Kind::CheckStatus;
        QString merchantReference;
        QString fortId;               // optional; names the same order as merchantReference when given
        QString maintenanceReference; // refunds; CHECK_STATUS looks a refund up by it
        qint64 amount = 0;            // minor units; capture and refund
        Currency currency;            // capture and refund
        // The code the client is answered instead of the outcome's (a fault), recorded with the operation.
        QString answeredCode;
    };

    struct Result
    {
        QString responseCode;      // 5 digits
        QString merchantReference; // the order's, when found
        QString fortId;
        // CHECK_STATUS only (response 12000): the last operation and the running totals.
        QString transactionStatus;
        QString transactionCode; // its message is worded in the request's language by the gateway
        qint64 authorized = 0;
        qint64 captured = 0;
        qint64 refunded = 0;
    };

    SimulatorBook();

    QDateTime now() const;
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }
    void setClockOffsetSeconds(qint64 seconds) { m_clockOffsetSeconds = seconds; }

    int expiryDays() const { return m_expiryDays; }
    void setExpiryDays(int days) { m_expiryDays = days; }
    RefundReferenceReuse refundReferenceReuse() const { return m_reuse; }
    void setRefundReferenceReuse(RefundReferenceReuse reuse) { m_reuse = reuse; }
    // The hash the account signs with; POST /__sim/config may change it while the simulator runs.
    ShaType shaType() const { return m_shaType; }
    void setShaType(ShaType type) { m_shaType = type; }

    int orderCount() const { return int(m_orders.size()); }
    const SimulatorOrder *order(const QString &merchantReference) const;
    const SimulatorOrder *orderByFortId(const QString &fortId) const;
    // Every order, oldest authorization first.
    QList<const SimulatorOrder *> orders() const;

    // Adds an order as it is: a missing fort_id is assigned, a missing origin operation is recorded with
    // the approved or declined origin code. False when the merchant_reference exists already.
    bool insert(SimulatorOrder order);
    // The order named by the request's merchant_reference and/or fort_id; nullptr when there is none or
    // when both are given and name different orders (*contradicting is then set).
    const SimulatorOrder *resolve(const QString &merchantReference, const QString &fortId,
                                  bool *contradicting = nullptr) const;

    // Applies the rules and records the operation on the order (when one is found).
    Result execute(const MaintenanceRequest &request);
    // Records a request on an existing order that was answered before reaching the rules (validation or
    // in-flight refusal), so the ground truth lists every request received.
    void recordRefused(const QString &merchantReference, const QString &command, qint64 amount,
                       const QString &maintenanceReference, const QString &responseCode);

    // At most one operation at a time per order: SS784 for others while one is in flight.
    bool isInFlight(const QString &merchantReference) const { return m_inFlight.contains(merchantReference); }
    void setInFlight(const QString &merchantReference, bool inFlight);

    QString nextFortId();
    // Called after every change of an order (persistence).
    void setChangeObserver(std::function<void(const SimulatorOrder &)> observer)
    {
        m_observer = std::move(observer);
    }
    void clear();

    static QString commandName(MaintenanceRequest::Kind kind);

private:
    Result checkStatus(const SimulatorOrder &order, const MaintenanceRequest &request) const;
    QString applyCapture(SimulatorOrder &order, const MaintenanceRequest &request);
    QString applyVoid(SimulatorOrder &order);
    QString applyRefund(SimulatorOrder &order, const MaintenanceRequest &request);
    void record(SimulatorOrder &order, SimulatorOperation operation);

    QHash<QString, SimulatorOrder> m_orders;
    QHash<QString, QString> m_referenceByFortId;
    QSet<QString> m_inFlight;
    qint64 m_clockOffsetSeconds = 0;
    qint64 m_fortSequence = 0;
    int m_expiryDays = 7;
    RefundReferenceReuse m_reuse = RefundReferenceReuse::Reject;
    ShaType m_shaType = ShaType::Sha256;
    std::function<void(const SimulatorOrder &)> m_observer;
};
