#include "approvalqueuewidget.h"

#include "palette.h"
#include "transactionactions.h"
#include "wording.h"

#include "domain/permission.h"
#include "services/approvalservice.h"
#include "services/paymentservice.h"
#include "store/operationjournal.h"
#include "store/transactionrepository.h"

#include <QAction>
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

// "History: 2 captures (1,000.00 AED), 1 refund (200.00 AED); last on 3/1/26 10:00 by olivia." Only what
// succeeded moves money; operations still open are counted apart.
QString historySummary(const QList<Operation> &history, const Currency &currency, const QLocale &locale)
{
    if (history.isEmpty())
        return ApprovalQueueWidget::tr("History: no capture, void or refund from PayDesk yet.");
    QStringList parts;
    for (const OperationKind kind : {OperationKind::Capture, OperationKind::Refund, OperationKind::Void}) {
        int count = 0;
        qint64 total = 0;
        for (const Operation &op : history) {
            if (op.kind == kind && op.outcome == OperationOutcome::Succeeded) {
                ++count;
                total += op.amount;
            }
        }
        if (count == 0)
            continue;
        parts << (kind == OperationKind::Void
                      ? ApprovalQueueWidget::tr("voided")
                      : ApprovalQueueWidget::tr("%1 × %2 (%3)")
                            .arg(QString::number(count), Wording::operationKind(kind).toLower(),
                                 Wording::money(total, currency, locale)));
    }
    int open = 0;
    for (const Operation &op : history)
        open += isUnresolved(op.outcome) ? 1 : 0;
    if (open > 0)
        parts << ApprovalQueueWidget::tr("%n with no known outcome yet", nullptr, open);
    const Operation &last = history.constLast();
    const QDateTime when = last.finishedAt.isValid() ? last.finishedAt : last.createdAt;
    return ApprovalQueueWidget::tr("History: %1; last %2 on %3 by %4.")
        .arg(parts.isEmpty() ? ApprovalQueueWidget::tr("nothing succeeded yet")
                             : parts.join(QStringLiteral(", ")),
             Wording::operationKind(last.kind).toLower(), Wording::dateTime(when, locale), last.userName);
}

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
    , m_withdraw(new QPushButton(tr("&Withdraw my request…"), this))
    , m_approveAction(new QAction(tr("Approve and refund…"), this))
    , m_rejectAction(new QAction(tr("Reject…"), this))
    , m_withdrawAction(new QAction(tr("Withdraw my request…"), this))
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
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_message->setObjectName(QStringLiteral("approvalMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::muted().name()));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_withdraw);
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
    connect(m_withdraw, &QPushButton::clicked, this, &ApprovalQueueWidget::askWithdrawSelected);
    // Only a person's pick moves the window (refresh() re-selects with the list's signals blocked).
    const auto pickOrder = [this] {
        if (const std::optional<RefundRequest> request = selected())
            emit orderRequested(request->transactionId);
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, pickOrder);
    connect(m_list, &QTreeWidget::itemClicked, this, pickOrder);
    connect(m_approvals, &ApprovalService::requestsChanged, this, &ApprovalQueueWidget::refresh);
    buildContextMenu();
    refresh();
}

void ApprovalQueueWidget::buildContextMenu()
{
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({m_approveAction, m_rejectAction, m_withdrawAction});
    connect(m_approveAction, &QAction::triggered, this, &ApprovalQueueWidget::askApprove);
    connect(m_rejectAction, &QAction::triggered, this, &ApprovalQueueWidget::askReject);
    connect(m_withdrawAction, &QAction::triggered, this, &ApprovalQueueWidget::askWithdrawSelected);
}

void ApprovalQueueWidget::setOrderSource(const Database *database, const TransactionRules &rules)
{
    m_database = database;
    m_rules = rules;
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
        item->setText(OrderColumn, Wording::digits(request.merchantReference));
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
    // Withdrawing needs no approver role: only the requester, and only while it waits (all listed ones do).
    QString withdrawWhy;
    if (!m_storeReachable)
        withdrawWhy = Wording::storeUnreachableRefusal();
    else if (!request)
        withdrawWhy = tr("Select a refund request first.");
    else if (request->requestedBy != m_userName)
        withdrawWhy = tr("Only %1, who asked for this refund, can withdraw it.").arg(request->requestedBy);
    else if (m_running > 0)
        withdrawWhy = tr("A refund is being sent. Wait for its result.");
    m_approve->setEnabled(approveWhy.isEmpty());
    m_reject->setEnabled(rejectWhy.isEmpty());
    m_withdraw->setEnabled(withdrawWhy.isEmpty());
    m_approve->setToolTip(approveWhy.isEmpty() ? tr("Sends this refund to APS now") : approveWhy);
    m_reject->setToolTip(rejectWhy.isEmpty() ? tr("Refuses the request and frees the amount") : rejectWhy);
    m_withdraw->setToolTip(withdrawWhy.isEmpty()
                               ? tr("Takes back your request; the reserved amount becomes refundable again")
                               : withdrawWhy);
    // Only a role that may ask for refunds has requests of its own to withdraw (viewers and admins do not).
    m_withdraw->setVisible(PermissionTable::allows(m_role, Permission::RequestRefund));
    const QList<std::pair<QAction *, QPushButton *>> pairs{
        {m_approveAction, m_approve}, {m_rejectAction, m_reject}, {m_withdrawAction, m_withdraw}};
    for (const auto &[action, button] : pairs) {
        action->setEnabled(button->isEnabled());
        action->setToolTip(button->toolTip());
        action->setVisible(!button->isHidden());
    }
}

void ApprovalQueueWidget::askApprove()
{
    const std::optional<RefundRequest> request = selected();
    if (!request)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Approve refund"),
                                tr("Refund %1 to the customer of order %2 now?\n\nAsked by %3: %4")
                                    .arg(Wording::money(request->money()),
                                         Wording::digits(request->merchantReference), request->requestedBy,
                                         request->reason),
                                QMessageBox::Cancel, this);
    box->setInformativeText(orderSummary(*request));
    QPushButton *yes = box->addButton(tr("&Approve and refund"), QMessageBox::AcceptRole);
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
    dialog->setLabelText(tr("Why is the refund of %1 on order %2 rejected? %3 will see this reason.")
                             .arg(Wording::money(request->money()),
                                  Wording::digits(request->merchantReference), request->requestedBy));
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

void ApprovalQueueWidget::askWithdrawSelected()
{
    if (const std::optional<RefundRequest> request = selected())
        askWithdraw(request->id);
}

void ApprovalQueueWidget::askWithdraw(qint64 id)
{
    std::optional<RefundRequest> request;
    for (const RefundRequest &listed : std::as_const(m_requests)) {
        if (listed.id == id)
            request = listed;
    }
    if (!request)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Withdraw refund request"),
        tr("Withdraw your request to refund %1 on order %2? Nothing was sent to APS; the reserved amount "
           "becomes refundable again.")
            .arg(Wording::money(request->money()), Wording::digits(request->merchantReference)),
        QMessageBox::Cancel, this);
    QPushButton *yes = box->addButton(tr("&Withdraw request"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *clicked) {
        if (clicked == yes)
            withdraw(id);
    });
    box->open();
}

void ApprovalQueueWidget::withdraw(qint64 id)
{
    const ApprovalStatus status = m_approvals->withdraw(id, m_userName);
    say(status.ok() ? tr("Refund request withdrawn; the amount is refundable again.")
                    : tr("Not withdrawn: %1").arg(status.message));
    refresh();
}

QString ApprovalQueueWidget::orderSummary(const RefundRequest &request) const
{
    if (!m_database)
        return QString();
    const StoreResult<Transaction> tx =
        TransactionRepository(*m_database, m_rules).findById(request.transactionId);
    if (!tx.ok())
        return QString();
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Wording::money(minor, tx->currency, locale);
    };
    // The detail pane's arithmetic, from this request's point of view: what the others reserve, and what is
    // left to refund once this one is sent (refundable() already counts this request's reservation).
    QStringList lines{
        tr("Authorized: %1").arg(money(tx->authorized)),
        tr("Captured: %1").arg(money(tx->captured)),
        tr("Already refunded: %1").arg(money(tx->refunded)),
        tr("Reserved by other requests: %1")
            .arg(money(std::max<qint64>(0, tx->refundReserved - request.amount))),
        tr("This refund: %1").arg(money(request.amount)),
        tr("Refundable after this refund: %1").arg(Wording::money(m_rules.refundable(*tx), locale)),
    };
    const StoreResult<QList<Operation>> history = OperationJournal(*m_database).history(tx->id);
    if (history.ok())
        lines << QString() << historySummary(*history, tx->currency, locale);
    return lines.join(QLatin1Char('\n'));
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
