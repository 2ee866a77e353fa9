#include "approvalqueuewidget.h"

#include "palette.h"
#include "transactionactions.h"
#include "wording.h"

#include "domain/permission.h"
#include "services/approvalservice.h"
#include "services/paymentservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ApprovalQueueWidget::ApprovalQueueWidget(ApprovalService *approvals, QString userName, Role role,
                                         QWidget *parent)
    : QWidget(parent)
    , m_approvals(approvals)
    , m_userName(std::move(userName))
    , m_role(role)
    , m_list(new QTreeWidget(this))
    , m_approve(new QPushButton(tr("&Approve and refund…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(tr("No refund is waiting for approval."), this))
{
    setObjectName(QStringLiteral("approvalQueue"));
    m_list->setObjectName(QStringLiteral("approvalList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Refund requests awaiting approval"));
    m_list->setHeaderLabels(
        {tr("Order"), tr("Amount"), tr("Reason"), tr("Asked by"), tr("Asked at"), tr("Expires")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_message->setObjectName(QStringLiteral("approvalMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::muted().name()));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApprovalQueueWidget::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalQueueWidget::askApprove);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalQueueWidget::askReject);
    connect(m_approvals, &ApprovalService::requestsChanged, this, &ApprovalQueueWidget::refresh);
    refresh();
}

void ApprovalQueueWidget::refresh()
{
    const std::optional<RefundRequest> current = selected();
    const StoreResult<QList<RefundRequest>> read =
        m_approvals->requests(m_userName, RefundRequestStatus::Awaiting);
    m_requests = read.ok() ? *read : QList<RefundRequest>();
    if (!read.ok())
        say(tr("Could not read the approval queue: %1").arg(read.message));
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const RefundRequest &request : std::as_const(m_requests)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(OrderColumn, IdRole, request.id);
        item->setText(OrderColumn, request.merchantReference);
        item->setText(AmountColumn, Wording::money(request.money(), locale));
        item->setTextAlignment(AmountColumn, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setText(ReasonColumn, request.reason);
        item->setToolTip(ReasonColumn, request.reason);
        item->setText(RequesterColumn, request.requestedBy == m_userName
                                           ? tr("%1 (you)").arg(request.requestedBy)
                                           : request.requestedBy);
        item->setText(RequestedColumn, Wording::dateTime(request.requestedAt, locale));
        item->setText(ExpiresColumn, Wording::dateTime(request.expiresAt, locale));
    }
    m_empty->setVisible(m_requests.isEmpty());
    if (current)
        selectRequest(current->id);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    emit refreshed();
}

void ApprovalQueueWidget::setStoreReachable(bool reachable)
{
    m_storeReachable = reachable;
    updateButtons();
}

std::optional<RefundRequest> ApprovalQueueWidget::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(OrderColumn, IdRole).toLongLong();
    for (const RefundRequest &request : m_requests) {
        if (request.id == id)
            return request;
    }
    return std::nullopt;
}

void ApprovalQueueWidget::selectRequest(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(OrderColumn, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

void ApprovalQueueWidget::updateButtons()
{
    const std::optional<RefundRequest> request = selected();
    QString approveWhy;
    QString rejectWhy;
    // Not asked of a store that cannot be reached.
    const AuthorizationDecision allowed = m_approvals && m_storeReachable
                                              ? m_approvals->mayDecide(m_userName)
                                              : AuthorizationDecision{true, QString()};
    if (!m_storeReachable) {
        approveWhy = rejectWhy = Wording::storeUnreachableRefusal();
    } else if (!PermissionTable::allows(m_role, Permission::ApproveRefund)) {
        approveWhy = rejectWhy = Wording::roleRefusal(m_role, Permission::ApproveRefund);
    } else if (allowed.refusal == AuthorizationDecision::Refusal::AwaitsConfirmation) {
        approveWhy = rejectWhy = tr(
            "Your approver role waits for a second administrator to confirm it. Until then another approver "
            "decides.");
    } else if (!allowed.allowed) {
        approveWhy = rejectWhy =
            tr("You may not decide refund requests now. Sign in again or ask an administrator.");
    } else if (!request) {
        approveWhy = rejectWhy = tr("Select a refund request first.");
    } else if (m_running > 0) {
        approveWhy = rejectWhy = tr("A refund is being sent. Wait for its result.");
    } else if (request->requestedBy == m_userName) {
        approveWhy = tr("You asked for this refund: another approver must approve it.");
    }
    m_approve->setEnabled(approveWhy.isEmpty());
    m_reject->setEnabled(rejectWhy.isEmpty());
    m_approve->setToolTip(approveWhy.isEmpty() ? tr("Sends this refund to APS now") : approveWhy);
    m_reject->setToolTip(rejectWhy.isEmpty() ? tr("Refuses the request and frees the amount") : rejectWhy);
}

void ApprovalQueueWidget::askApprove()
{
    const std::optional<RefundRequest> request = selected();
    if (!request)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Approve refund"),
                                tr("Refund %1 to the customer of order %2 now?\n\nAsked by %3: %4")
                                    .arg(Wording::money(request->money()), request->merchantReference,
                                         request->requestedBy, request->reason),
                                QMessageBox::Cancel, this);
    QPushButton *yes = box->addButton(tr("Approve and refund"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = request->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *clicked) {
        if (clicked == yes)
            approve(id);
    });
    box->open();
}

void ApprovalQueueWidget::askReject()
{
    const std::optional<RefundRequest> request = selected();
    if (!request)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Reject refund request"));
    dialog->setLabelText(
        tr("Why is the refund of %1 on order %2 rejected? %3 will see this reason.")
            .arg(Wording::money(request->money()), request->merchantReference, request->requestedBy));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = request->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            say(tr("A rejection needs a reason."));
            return;
        }
        reject(id, reason.trimmed());
    });
    dialog->open();
}

void ApprovalQueueWidget::approve(qint64 id)
{
    bool own = false;
    for (const RefundRequest &request : std::as_const(m_requests))
        own = own || (request.id == id && request.requestedBy == m_userName);
    PaymentJob *job = m_approvals->approve(id, m_userName);
    ++m_running;
    updateButtons();
    say(tr("Sending the approved refund to APS…"));
    connect(job, &PaymentJob::finished, this, [this, own](const PaymentResult &result) {
        --m_running;
        if (result.problem == PaymentProblem::PermissionDenied && own)
            say(tr("Not approved: you asked for this refund yourself, so another approver must approve it."));
        else if (result.problem == PaymentProblem::PermissionDenied)
            say(tr("Not approved: %1").arg(Wording::roleRefusal(m_role, Permission::ApproveRefund)));
        else
            say(TransactionActions::describe(result));
        refresh();
    });
}

void ApprovalQueueWidget::reject(qint64 id, const QString &reason)
{
    const ApprovalStatus status = m_approvals->reject(id, m_userName, reason);
    say(status.ok() ? tr("Refund request rejected: %1").arg(reason)
                    : tr("Not rejected: %1").arg(status.message));
    refresh();
}

void ApprovalQueueWidget::say(const QString &text)
{
    m_message->setText(text);
    emit message(text);
}
