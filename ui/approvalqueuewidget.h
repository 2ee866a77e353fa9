#pragma once

#include "domain/refundrequest.h"
#include "domain/role.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class ApprovalService;
class QLabel;
class QPushButton;
class QTreeWidget;

// The refund requests awaiting a second person: order, amount, reason, requester, when it was asked and when
// it expires. Approve sends the refund through ApprovalService (which refuses one's own request and says
// why); Reject asks for a reason. The list follows ApprovalService::requestsChanged and refresh(). The
// buttons are offered only to a role that may decide, and Approve not for one's own request, each with the
// reason; the core checks both again.
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

    void refresh();
    // While the store cannot be reached (team mode), Approve and Reject wait, with the reason.
    void setStoreReachable(bool reachable);
    const QList<RefundRequest> &requests() const { return m_requests; }
    std::optional<RefundRequest> selected() const;
    void selectRequest(qint64 id);

    // Acting without the confirmation and reason dialogs (the buttons open those first).
    void approve(qint64 id);
    void reject(qint64 id, const QString &reason);
    bool isApproving() const { return m_running > 0; }

    QTreeWidget *list() const { return m_list; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QLabel *messageLabel() const { return m_message; }

signals:
    // What happened, for the status bar too.
    void message(const QString &text);
    // The list was read again (requests() is the new list).
    void refreshed();

private:
    void updateButtons();
    void askApprove();
    void askReject();
    void say(const QString &text);

    ApprovalService *m_approvals;
    QString m_userName;
    Role m_role;
    QList<RefundRequest> m_requests;
    QTreeWidget *m_list;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_message;
    QLabel *m_empty;
    int m_running = 0;
    bool m_storeReachable = true;
};
