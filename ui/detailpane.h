#pragma once

#include "domain/operation.h"
#include "domain/refundrequest.h"
#include "domain/transaction.h"
#include "domain/transactionrules.h"
#include "store/reportedoperations.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QStackedWidget;

// The selected transaction in full: the money arithmetic (authorized − captured = to capture; captured −
// refunded − reserved = refundable), customer and masked card, the capture deadline, and the timeline of
// every operation with its time, user, amount, APS answer and outcome, merged in time order with the refund
// requests of the order (asked, approved, rejected, withdrawn, expired) and what the imported APS reports
// said about it, each row marked by its source. A refund request awaiting approval is marked beside the
// state; its requester is offered Withdraw (withdrawRequested: the desk asks and acts). Shows; never acts.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    void setRules(const TransactionRules &rules) { m_rules = rules; }
    // Who is signed in: her own awaiting requests can be withdrawn from here.
    void setUserName(const QString &userName) { m_userName = userName; }
    void showTransaction(const Transaction &tx, const QList<Operation> &timeline, const QDateTime &now,
                         bool inProgress, const QList<RefundRequest> &requests = {},
                         bool needsStatusCheck = false);
    // Adds what the imported APS reports said about the shown order (its authorization, captures, refunds
    // and voids, PayDesk's or done elsewhere) to the history, in time order, marked "APS report" where
    // PayDesk's own rows are marked "PayDesk". Call after showTransaction().
    void addReported(const QList<ReportedOperation> &reported);
    void showNothing();
    std::optional<qint64> transactionId() const { return m_id; }

    // For tests: the timeline as shown.
    QTreeWidget *timeline() const { return m_timeline; }
    QString amountsText() const;
    QString stateText() const;
    // "⧖ refund of 500.00 AED awaiting approval" while requests reserve an amount, else empty.
    QString pendingText() const;
    QPushButton *withdrawButton() const { return m_withdraw; }

signals:
    // The signed-in requester asks to withdraw her awaiting request `requestId`.
    void withdrawRequested(qint64 requestId);

private:
    void addRequests(const QList<RefundRequest> &requests, const QLocale &locale);
    void sortTimeline();

    QWidget *pendingRow(QWidget *page);
    void showPending(const Money &pending, const QList<RefundRequest> &requests, const QLocale &locale);

    TransactionRules m_rules;
    QString m_userName;
    std::optional<qint64> m_id;
    qint64 m_ownRequest = 0;
    QWidget *m_pendingRow = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_withdraw = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_authorized;
    QLabel *m_captured;
    QLabel *m_toCapture;
    QLabel *m_capturedAgain;
    QLabel *m_refunded;
    QLabel *m_reserved;
    QLabel *m_refundable;
    QLabel *m_deadline;
    QLabel *m_customer;
    QLabel *m_card;
    QLabel *m_aps;
    QTreeWidget *m_timeline;
};
