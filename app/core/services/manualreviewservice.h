#pragma once

#include "domain/clock.h"
#include "domain/operation.h"
#include "domain/permission.h"
#include "domain/transactionrules.h"
#include "services/decisionstatus.h"
#include "services/paymentservice.h"
#include "store/resolutionproposal.h"
#include "store/storeresult.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class AuditLog;
class Authorizer;
class Database;

using ReviewError = DecisionError;
using ReviewStatus = DecisionStatus;

// An operation in manual_review and its open proposal, if any.
struct ManualReviewItem
{
    Operation operation;
    std::optional<ResolutionProposal> proposal;
};

// Four-eyes resolution of operations the Reconciler could not decide (outcome manual_review; ARCHITECTURE.md
// section 4 step 5). One person with ProposeResolution proposes "applied" or "not applied" with evidence; a
// different person with ConfirmResolution confirms, which in one write transaction closes the proposal and
// settles the operation compare-and-set through the journal exactly as the Reconciler does
// (Reconciler::recordApplied: the totals move by the operation's amount from its baseline; recordNotApplied:
// declined), clearing the unresolved flag. Or someone rejects the proposal with a reason (the proposer may
// withdraw their own). Confirming one's own proposal is refused here, in the core. Every step and refusal is
// audited (actions review_propose, review_confirm, review_reject). Concurrent confirmations settle the
// operation once: the second finds it closed.
class ManualReviewService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualReviewService)

public:
    struct Dependencies
    {
        const Database *database = nullptr;
        const AuditLog *audit = nullptr;
        const Authorizer *authorizer = nullptr; // null: no users configured (bootstrap rule)
        TransactionRules rules;                 // the profile's, for the rows the settlement writes
        Clock clock;                            // QDateTime::currentDateTimeUtc when empty
    };

    explicit ManualReviewService(Dependencies dependencies, QObject *parent = nullptr);
    ~ManualReviewService() override;

    // Every operation in manual_review, oldest first, with its open proposal. Needs Permission::View.
    StoreResult<QList<ManualReviewItem>> pending(const QString &userName) const;
    // Records a proposal. Needs ProposeResolution; the operation must be in manual_review without an open
    // proposal (Closed otherwise); evidence must not be empty nor hold a full card number (Invalid; the
    // refusal never repeats the number).
    ReviewStatus propose(qint64 operationId, const QString &userName, ProposedResolution resolution,
                         const QString &evidence);
    // Confirms the open proposal and settles the operation. Needs ConfirmResolution and another person than
    // the proposer (PermissionDenied), and a fresh status check of the order (`aps`: PaymentService::
    // queryStatus with the operation's maintenance_reference, asked just before) that does not contradict the
    // proposal (Invalid): "applied" is refused while APS still shows the baseline (or, for a void, no void)
    // or did not answer; "not applied" is refused when APS shows the operation applied. An applied operation
    // takes APS's fresh totals where they are higher than its own amount explains.
    ReviewStatus confirm(qint64 operationId, const QString &userName,
                         const PaymentService::StatusAnswer &aps);
    // Sets the open proposal aside with a reason; the operation stays in manual_review. Needs
    // ConfirmResolution, or being the proposer. The reason, like evidence, is Invalid when empty or when it
    // holds a full card number.
    ReviewStatus reject(qint64 operationId, const QString &userName, const QString &reason);

signals:
    // A proposal was recorded, confirmed or rejected (the review queue should refresh).
    void reviewsChanged();
    // The operation of `transactionId` was settled by a confirmed proposal.
    void transactionSettled(qint64 transactionId);

private:
    QDateTime now() const { return nowUtc(m_deps.clock); }
    bool allowed(const QString &userName, Permission permission) const;
    ReviewStatus refuse(const QString &userName, const QString &action, const QString &reference,
                        ReviewStatus status) const;
    ReviewStatus check(const QString &userName, Permission permission, const QString &action,
                       const QString &reference) const;
    QString referenceOf(qint64 operationId) const;

    Dependencies m_deps;
};
