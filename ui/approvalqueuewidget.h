#pragma once

#include "domain/operation.h"
#include "domain/refundrequest.h"
#include "domain/role.h"
#include "domain/transaction.h"
#include "domain/transactionrules.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class ApprovalService;
class Database;
class QAction;
class QLabel;
class QPushButton;
class QTreeWidget;

// The refund requests awaiting a second person: order, amount, reason, requester, when it was asked and when
// it expires. Approve sends the refund through ApprovalService (which refuses one's own request and says
// why), after a confirmation that shows the order's arithmetic and a summary of its history; Reject asks for
// a reason; the requester withdraws her own request. The list follows ApprovalService::requestsChanged and
// refresh(). The buttons (and the list's context menu) are offered only to a role that may decide, Approve
// not for one's own request, Withdraw only for one's own, each with the reason; the core checks all again.
// Picking a request asks the window to show its order (orderRequested).
class ApprovalQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueWidget)

public:
    enum Column {
        OrderColumn,
        AmountColumn,
        ReasonColumn,
        RequesterColumn,
        RequestedColumn,
        ExpiresColumn,
        ColumnCount
    };

    ApprovalQueueWidget(ApprovalService *approvals, QString userName, Role role, QWidget *parent = nullptr);

    // Where the approve confirmation reads the order's figures and history (none: it shows the request only).
    void setOrderSource(const Database *database, const TransactionRules &rules);

    void refresh();
    // While the store cannot be reached (team mode), Approve and Reject wait, with the reason.
    void setStoreReachable(bool reachable);
    const QList<RefundRequest> &requests() const { return m_requests; }
    std::optional<RefundRequest> selected() const;
    void selectRequest(qint64 id);

    // Acting without the confirmation and reason dialogs (the buttons open those first).
    void approve(qint64 id);
    void reject(qint64 id, const QString &reason);
    void withdraw(qint64 id);
    // Asks the requester to confirm, then withdraws (the detail pane offers this too).
    void askWithdraw(qint64 id);
    // The approve confirmation's words about the order: its arithmetic and a short history (empty without an
    // order source or when the order cannot be read).
    QString orderSummary(const RefundRequest &request) const;
    bool isApproving() const { return m_running > 0; }

    QTreeWidget *list() const { return m_list; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // What happened, for the status bar too.
    void message(const QString &text);
    // The list was read again (requests() is the new list).
    void refreshed();
    // The person picked a request: the window should show its order.
    void orderRequested(qint64 transactionId);

private:
    void buildContextMenu();
    void updateButtons();
    void askApprove();
    void askReject();
    void askWithdrawSelected();
    void say(const QString &text);

    ApprovalService *m_approvals;
    QString m_userName;
    Role m_role;
    QList<RefundRequest> m_requests;
    QTreeWidget *m_list;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_withdraw;
    QAction *m_approveAction;
    QAction *m_rejectAction;
    QAction *m_withdrawAction;
    QLabel *m_message;
    const Database *m_database = nullptr;
    TransactionRules m_rules;
    QLabel *m_empty;
    int m_running = 0;
    bool m_storeReachable = true;
};
