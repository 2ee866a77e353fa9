#include "detailpane.h"

#include "palette.h"
#include "statedelegate.h"
#include "wording.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int SourceColumn = 6;

QString reportedKind(ReportOperation kind)
{
    switch (kind) {
    case ReportOperation::Authorization:
        return DetailPane::tr("Authorization");
    case ReportOperation::Purchase:
        return DetailPane::tr("Purchase");
    case ReportOperation::Capture:
        return Wording::operationKind(OperationKind::Capture);
    case ReportOperation::Refund:
        return Wording::operationKind(OperationKind::Refund);
    case ReportOperation::Void:
        return Wording::operationKind(OperationKind::Void);
    }
    return QString();
}

QLabel *makeLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QFrame *rule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a transaction to see its amounts and history."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    m_stack->addWidget(page);

    auto *head = new QHBoxLayout;
    m_title = makeLabel(QString(), page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state = new QLabel(page);
    m_state->setObjectName(QStringLiteral("transactionState"));
    m_state->setMargin(3);
    head->addWidget(m_title);
    head->addWidget(m_state);
    head->addStretch();
    layout->addLayout(head);
    layout->addWidget(pendingRow(page));

    auto *grid = new QGridLayout;
    grid->setColumnStretch(2, 1);
    const auto amountRow = [&](const QString &label, const QString &sign, int row, bool total) {
        auto *name = new QLabel(label, page);
        auto *op = new QLabel(sign, page);
        auto *value = makeLabel(QString(), page);
        value->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        if (total) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
            name->setFont(bold);
        }
        grid->addWidget(name, row, 0);
        grid->addWidget(op, row, 1, Qt::AlignCenter);
        grid->addWidget(value, row, 2);
        return value;
    };
    m_authorized = amountRow(tr("Authorized"), QString(), 0, false);
    m_captured = amountRow(tr("Captured", "amount captured so far"), QStringLiteral("−"), 1, false);
    m_toCapture = amountRow(tr("Left to capture"), QStringLiteral("="), 2, true);
    grid->addWidget(rule(page), 3, 0, 1, 3);
    m_capturedAgain = amountRow(tr("Captured", "amount captured so far"), QString(), 4, false);
    m_refunded = amountRow(tr("Refunded"), QStringLiteral("−"), 5, false);
    m_reserved = amountRow(tr("Reserved for refund requests"), QStringLiteral("−"), 6, false);
    m_refundable = amountRow(tr("Refundable"), QStringLiteral("="), 7, true);
    layout->addLayout(grid);
    layout->addWidget(rule(page));

    auto *form = new QFormLayout;
    m_deadline = makeLabel(QString(), page);
    m_customer = makeLabel(QString(), page);
    m_customer->setWordWrap(true);
    m_card = makeLabel(QString(), page);
    m_aps = makeLabel(QString(), page);
    m_aps->setWordWrap(true);
    form->addRow(tr("Capture deadline:"), m_deadline);
    form->addRow(tr("Customer:"), m_customer);
    form->addRow(tr("Card:"), m_card);
    form->addRow(tr("APS:"), m_aps);
    layout->addLayout(form);

    auto *historyLabel = new QLabel(tr("History"), page);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    layout->addWidget(historyLabel);
    m_timeline = new QTreeWidget(page);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setHeaderLabels({tr("Time"), tr("Operation"), tr("Amount"), tr("User"), tr("Outcome"),
                                 tr("APS answer"), tr("Source")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setAccessibleName(tr("Operation history"));
    // Where a row comes from matters as much as what it says: the source stands right after the time.
    m_timeline->header()->moveSection(SourceColumn, 1);
    layout->addWidget(m_timeline, 1);
}

void DetailPane::showNothing()
{
    m_id.reset();
    m_stack->setCurrentIndex(0);
}

void DetailPane::showTransaction(const Transaction &tx, const QList<Operation> &timeline,
                                 const QDateTime &now, bool inProgress, const QList<RefundRequest> &requests,
                                 bool needsStatusCheck)
{
    m_id = tx.id;
    m_stack->setCurrentIndex(1);
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return Wording::money(minor, tx.currency, locale);
    };

    m_title->setText(Wording::digits(tx.merchantReference));
    const TransactionState state = m_rules.state(tx, now);
    const StateDelegate::Colours colours =
        inProgress ? StateDelegate::inProgressColours() : StateDelegate::coloursOf(state);
    QString stateText = inProgress ? tr("In progress…") : Wording::state(state);
    if (tx.unresolved && !inProgress)
        stateText += QStringLiteral(" · ") + tr("outcome of the last operation not known yet");
    else if (needsStatusCheck && !inProgress)
        stateText += QStringLiteral(" · ") + tr("waiting for a status check");
    // The marker as in the list; the words on their own line, so a long one never widens the pane.
    const Money pending = Money::fromMinor(tx.refundReserved, tx.currency);
    if (tx.refundReserved > 0)
        stateText += StateDelegate::markers(false, false, true);
    m_state->setText(stateText);
    m_state->setToolTip(needsStatusCheck ? Wording::needsStatusCheckHint() : QString());
    showPending(pending, requests, locale);
    m_state->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; }")
            .arg(colours.background.name(), colours.text.name()));

    const Money remaining = m_rules.remainingToCapture(tx, now);
    const Money lapsed = m_rules.lapsedUncaptured(tx, now);
    m_authorized->setText(tx.failed && tx.authorized == 0 && tx.attempted > 0
                              ? tr("none: the card declined %1").arg(money(tx.attempted))
                              : money(tx.authorized));
    m_captured->setText(money(tx.captured));
    m_toCapture->setText(!remaining.isZero() ? money(remaining.minorUnits())
                         : !lapsed.isZero()
                             ? tr("none: %1 released at the deadline").arg(money(lapsed.minorUnits()))
                         : tx.failed                     ? tr("none (declined)")
                         : tx.voided                     ? tr("none (voided)")
                         : tx.origin == Origin::Purchase ? tr("none (purchase)")
                                                         : money(0));
    m_capturedAgain->setText(money(tx.captured));
    m_refunded->setText(money(tx.refunded));
    m_reserved->setText(money(tx.refundReserved));
    m_refundable->setText(m_rules.refundable(tx).toDisplayString(locale));

    const QDateTime deadline = m_rules.deadlineOf(tx);
    if (tx.failed) {
        m_deadline->setText(tr("none (declined)"));
    } else if (tx.origin == Origin::Purchase || !deadline.isValid()) {
        m_deadline->setText(tr("none (a purchase is captured when paid)"));
    } else {
        const QString left = Wording::expiresIn(deadline, now);
        m_deadline->setText(!remaining.isZero() || !lapsed.isZero()
                                ? tr("%1 (%2)").arg(Wording::dateTime(deadline, locale), left)
                                : Wording::dateTime(deadline, locale));
    }
    QStringList customer;
    for (const QString &part : {tx.customerName, tx.customerEmail}) {
        if (!part.isEmpty())
            customer << part;
    }
    m_customer->setText(customer.isEmpty() ? tr("not known") : customer.join(QStringLiteral(" · ")));
    QString card = tx.cardMasked.isEmpty() ? tr("not known") : Wording::digits(tx.cardMasked);
    if (!tx.paymentOption.isEmpty())
        card += QStringLiteral(" · ") + tx.paymentOption;
    if (!tx.digitalWallet.isEmpty())
        card += QStringLiteral(" · ") + tx.digitalWallet;
    m_card->setText(card);
    QString aps = tr("Order id %1").arg(tx.fortId.isEmpty() ? tr("not known") : Wording::digits(tx.fortId));
    if (!tx.lastResponseCode.isEmpty())
        aps +=
            QStringLiteral(" · ") + tr("last answer %1 %2").arg(tx.lastResponseCode, tx.lastResponseMessage);
    m_aps->setText(aps);

    m_timeline->clear();
    for (const Operation &op : timeline) {
        auto *item = new QTreeWidgetItem(m_timeline);
        const QDateTime when = op.finishedAt.isValid() ? op.finishedAt : op.createdAt;
        item->setText(0, Wording::dateTime(when, locale));
        item->setText(1, Wording::operationKind(op.kind));
        item->setText(2, op.kind == OperationKind::Void ? money(tx.authorized)
                                                        : Wording::money(op.money(), locale));
        item->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setText(3, op.userName);
        QString outcome = Wording::outcome(op.outcome);
        if (isUnresolved(op.outcome) && op.quietChecks > 0 && op.quietSince.isValid())
            outcome += QStringLiteral(" — ") +
                       tr("waiting to be sure it did not happen: APS has shown no change since %1")
                           .arg(Wording::dateTime(op.quietSince, locale));
        else if (!op.resolution.isEmpty())
            outcome += QStringLiteral(" — ") + op.resolution;
        item->setText(4, outcome);
        item->setText(5, op.responseCode.isEmpty()
                             ? QString()
                             : op.responseCode + QStringLiteral(" ") + op.responseMessage);
        item->setToolTip(5, item->text(5));
        QColor colour;
        switch (op.outcome) {
        case OperationOutcome::Succeeded:
            colour = Palette::done();
            break;
        case OperationOutcome::Declined:
        case OperationOutcome::ManualReview:
            colour = Palette::refused();
            break;
        case OperationOutcome::Unknown:
        case OperationOutcome::Pending:
            colour = Palette::waiting();
            break;
        }
        item->setForeground(4, colour);
        item->setData(0, Qt::UserRole, when);
        item->setText(SourceColumn, tr("PayDesk"));
    }
    addRequests(requests, locale);
    if (timeline.isEmpty() && requests.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(1, tr("No capture, void or refund from PayDesk yet"));
        item->setFirstColumnSpanned(false);
    }
}

QWidget *DetailPane::pendingRow(QWidget *page)
{
    m_pendingRow = new QWidget(page);
    auto *row = new QHBoxLayout(m_pendingRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_pending = new QLabel(m_pendingRow);
    m_pending->setObjectName(QStringLiteral("pendingRefund"));
    m_pending->setWordWrap(true);
    m_pending->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::waiting().name()));
    m_withdraw = new QPushButton(tr("&Withdraw my request…"), m_pendingRow);
    m_withdraw->setObjectName(QStringLiteral("withdrawRequestButton"));
    m_withdraw->setToolTip(
        tr("Takes back your refund request; the reserved amount becomes refundable again"));
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (m_ownRequest > 0)
            emit withdrawRequested(m_ownRequest);
    });
    row->addWidget(m_pending, 1);
    row->addWidget(m_withdraw);
    m_pendingRow->hide();
    return m_pendingRow;
}

void DetailPane::showPending(const Money &pending, const QList<RefundRequest> &requests,
                             const QLocale &locale)
{
    m_pendingRow->setVisible(!pending.isZero());
    m_pending->setText(pending.isZero() ? QString()
                                        : StateDelegate::markers(false, false, true).trimmed() +
                                              QLatin1Char(' ') + Wording::pendingRefund(pending, locale));
    m_pending->setToolTip(pending.isZero() ? QString() : Wording::pendingRefundHint(pending, locale));
    m_ownRequest = 0;
    for (const RefundRequest &request : requests) {
        // Newest first from the store: the first own awaiting one is the latest.
        if (m_ownRequest == 0 && !m_userName.isEmpty() && request.requestedBy == m_userName &&
            request.status == RefundRequestStatus::Awaiting)
            m_ownRequest = request.id;
    }
    m_withdraw->setVisible(m_ownRequest > 0);
}

QString DetailPane::stateText() const
{
    return m_state->text();
}

QString DetailPane::pendingText() const
{
    return m_pendingRow->isHidden() ? QString() : m_pending->text();
}

QString DetailPane::amountsText() const
{
    return QStringList{m_authorized->text(), m_captured->text(), m_toCapture->text(),
                       m_refunded->text(),   m_reserved->text(), m_refundable->text()}
        .join(QLatin1Char('|'));
}

void DetailPane::addRequests(const QList<RefundRequest> &requests, const QLocale &locale)
{
    if (requests.isEmpty())
        return;
    const auto add = [&](const QDateTime &at, const QString &what, const RefundRequest &request,
                         const QString &user, const QString &outcome, const QString &note,
                         const QColor &colour) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, Wording::dateTime(at, locale));
        item->setData(0, Qt::UserRole, at);
        item->setText(1, what);
        item->setText(2, Wording::money(request.money(), locale));
        item->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
        item->setText(3, user);
        item->setText(4, outcome);
        item->setForeground(4, colour);
        item->setText(5, note);
        item->setToolTip(5, note);
        item->setText(SourceColumn, tr("PayDesk"));
    };
    const QColor waiting = Palette::waiting();
    const QColor done = Palette::done();
    const QColor refused = Palette::refused();
    for (const RefundRequest &request : requests) {
        add(request.requestedAt, tr("Refund request"), request, request.requestedBy,
            request.status == RefundRequestStatus::Awaiting
                ? tr("Awaiting approval until %1").arg(Wording::dateTime(request.expiresAt, locale))
                : tr("Asked"),
            request.reason, waiting);
        switch (request.status) {
        case RefundRequestStatus::Awaiting:
            break;
        case RefundRequestStatus::Approved:
            add(request.decidedAt, tr("Refund approved"), request, request.decidedBy,
                Wording::refundRequestStatus(request.status), request.decisionReason, done);
            break;
        case RefundRequestStatus::Rejected:
            if (request.isWithdrawn()) {
                add(request.decidedAt, tr("Refund request withdrawn"), request, request.decidedBy,
                    tr("Withdrawn", "refund request: taken back by the person who asked"),
                    request.decisionReason, refused);
                break;
            }
            add(request.decidedAt, tr("Refund rejected"), request, request.decidedBy,
                Wording::refundRequestStatus(request.status), request.decisionReason, refused);
            break;
        case RefundRequestStatus::Expired:
            add(request.decidedAt.isValid() ? request.decidedAt : request.expiresAt,
                tr("Refund request expired"), request, request.decidedBy,
                Wording::refundRequestStatus(request.status),
                tr("Nobody decided in time; the amount is free again."), refused);
            break;
        }
    }
    sortTimeline();
}

void DetailPane::sortTimeline()
{
    // Oldest first, like the operations; a request and its own refund keep their order when times tie.
    QList<QTreeWidgetItem *> items;
    while (m_timeline->topLevelItemCount() > 0)
        items.append(m_timeline->takeTopLevelItem(0));
    std::stable_sort(items.begin(), items.end(), [](const QTreeWidgetItem *a, const QTreeWidgetItem *b) {
        return a->data(0, Qt::UserRole).toDateTime() < b->data(0, Qt::UserRole).toDateTime();
    });
    m_timeline->addTopLevelItems(items);
}

void DetailPane::addReported(const QList<ReportedOperation> &reported)
{
    if (reported.isEmpty())
        return;
    // The placeholder row ("no capture … from PayDesk yet") has no time: it goes, the report's rows speak.
    for (int i = m_timeline->topLevelItemCount() - 1; i >= 0; --i) {
        if (!m_timeline->topLevelItem(i)->data(0, Qt::UserRole).isValid())
            delete m_timeline->takeTopLevelItem(i);
    }
    const QLocale locale;
    for (const ReportedOperation &op : reported) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, Wording::dateTime(op.at, locale));
        item->setData(0, Qt::UserRole, op.at);
        item->setText(1, reportedKind(op.kind));
        item->setText(2, op.kind == ReportOperation::Void && op.amount == 0
                             ? QString()
                             : Wording::money(op.money(), locale));
        item->setTextAlignment(2, Qt::AlignTrailing | Qt::AlignVCenter);
        switch (op.outcome) {
        case ReportOutcome::Success:
            item->setText(4, tr("Succeeded"));
            item->setForeground(4, Palette::done());
            break;
        case ReportOutcome::Failed:
            item->setText(4, tr("Declined"));
            item->setForeground(4, Palette::refused());
            break;
        case ReportOutcome::Pending:
            item->setText(4, tr("Not final yet"));
            item->setForeground(4, Palette::waiting());
            break;
        }
        const QString answer =
            QStringList{op.responseCode, op.responseMessage}.join(QLatin1Char(' ')).trimmed();
        item->setText(5, answer);
        item->setToolTip(5, op.fortId.isEmpty() ? answer : tr("%1 (APS order id %2)").arg(answer, op.fortId));
        item->setText(SourceColumn, tr("APS report"));
    }
    sortTimeline();
}
