#include "transactionactions.h"

#include "amountdialog.h"
#include "wording.h"

#include "services/paymentservice.h"
#include "store/database.h"
#include "store/transactionreader.h"
#include "store/transactionrepository.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QWidget>

namespace {

constexpr int RefreshConcurrency = 3;

} // namespace

TransactionActions::TransactionActions(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_capture(new QAction(Wording::action(Action::Capture) + QStringLiteral("…"), this))
    , m_void(new QAction(Wording::action(Action::Void) + QStringLiteral("…"), this))
    , m_refund(new QAction(Wording::action(Action::Refund) + QStringLiteral("…"), this))
    , m_checkStatus(new QAction(Wording::action(Action::CheckStatus), this))
    , m_refreshAll(new QAction(tr("Refresh all open", "check the status of every open authorization"), this))
{
    m_capture->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_void->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_refund->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_checkStatus->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_refreshAll->setToolTip(tr("Ask APS for the status of every authorization that can still be captured"));
    m_refreshAll->setStatusTip(m_refreshAll->toolTip());
    m_refreshAll->setEnabled(m_context.service != nullptr);

    connect(m_capture, &QAction::triggered, this, [this] { trigger(Action::Capture); });
    connect(m_void, &QAction::triggered, this, [this] { trigger(Action::Void); });
    connect(m_refund, &QAction::triggered, this, [this] { trigger(Action::Refund); });
    connect(m_checkStatus, &QAction::triggered, this, [this] { trigger(Action::CheckStatus); });
    connect(m_refreshAll, &QAction::triggered, this, &TransactionActions::refreshAllOpen);
    for (QAction *qaction : transactionActions())
        explainDisabledShortcut(qaction);
    refreshCredentials();
}

void TransactionActions::explainDisabledShortcut(QAction *qaction)
{
    if (!m_context.window)
        return;
    // A disabled QAction drops its shortcut silently; this twin takes the keys only while the action is
    // disabled (never both at once, so they are not ambiguous) and says why.
    auto *shortcut = new QShortcut(qaction->shortcut(), m_context.window);
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setEnabled(!qaction->isEnabled());
    connect(qaction, &QAction::enabledChanged, shortcut,
            [shortcut](bool enabled) { shortcut->setEnabled(!enabled); });
    connect(shortcut, &QShortcut::activated, this, [this, qaction] {
        if (!qaction->isEnabled())
            emit message(qaction->statusTip());
    });
}

void TransactionActions::refreshCredentials()
{
    const bool wasMissing = !missingCredentials(nullptr).isEmpty();
    m_credentialProblems.clear();
    if (m_context.service) {
        for (const CredentialSet set : {CredentialSet::Standard, CredentialSet::ApplePay}) {
            QString problem;
            if (!m_context.service->hasCredentials(set, &problem))
                m_credentialProblems.insert(int(set), problem);
        }
    }
    const bool missing = !missingCredentials(nullptr).isEmpty();
    m_refreshAll->setEnabled(m_context.service != nullptr && m_storeReachable && !missing);
    updateActions();
    if (missing != wasMissing)
        emit credentialsMissingChanged(missing);
}

QString TransactionActions::missingCredentials() const
{
    return missingCredentials(m_tx ? &*m_tx : nullptr);
}

QString TransactionActions::missingCredentials(const Transaction *tx) const
{
    if (!m_context.service)
        return QString();
    const CredentialSet set = tx ? credentialSetFor(*tx) : CredentialSet::Standard;
    const auto found = m_credentialProblems.constFind(int(set));
    return found == m_credentialProblems.cend() ? QString() : Wording::credentialsMissing(*found);
}

QAction *TransactionActions::action(Action action) const
{
    switch (action) {
    case Action::Capture:
        return m_capture;
    case Action::Void:
        return m_void;
    case Action::Refund:
        return m_refund;
    case Action::CheckStatus:
        return m_checkStatus;
    }
    return nullptr;
}

QList<QAction *> TransactionActions::transactionActions() const
{
    return {m_capture, m_void, m_refund, m_checkStatus};
}

QDateTime TransactionActions::now() const
{
    return m_context.clock ? m_context.clock() : QDateTime::currentDateTimeUtc();
}

QWidget *TransactionActions::openDialog() const
{
    return m_dialog.data();
}

void TransactionActions::setTransaction(const std::optional<Transaction> &tx)
{
    m_tx = tx;
    updateActions();
}

void TransactionActions::setStoreReachable(bool reachable)
{
    m_storeReachable = reachable;
    m_refreshAll->setEnabled(m_context.service != nullptr && reachable &&
                             missingCredentials(nullptr).isEmpty());
    updateActions();
}

bool TransactionActions::canAct() const
{
    return m_tx && m_context.service && m_storeReachable && !m_running.contains(m_tx->id) &&
           missingCredentials().isEmpty();
}

QString TransactionActions::reason(Action action) const
{
    if (!m_storeReachable)
        return Wording::storeUnreachableRefusal();
    if (!m_context.service && action != Action::CheckStatus)
        return tr("Not connected to APS: money cannot be moved from this window.");
    if (!m_context.service)
        return tr("Not connected to APS.");
    if (const QString missing = missingCredentials(); !missing.isEmpty())
        return missing;
    if (!m_tx)
        return tr("Select a transaction first.");
    if (m_running.contains(m_tx->id))
        return tr("An operation on this order is running. Wait for its result.");
    return Wording::decision(m_context.rules.check(action, *m_tx, now()), *m_tx);
}

void TransactionActions::updateActions()
{
    const QDateTime at = now();
    for (QAction *qaction : transactionActions()) {
        const Action kind = qaction == m_capture  ? Action::Capture
                            : qaction == m_void   ? Action::Void
                            : qaction == m_refund ? Action::Refund
                                                  : Action::CheckStatus;
        bool allowed = canAct();
        if (allowed)
            allowed = m_context.rules.check(kind, *m_tx, at).allowed;
        qaction->setEnabled(allowed);
        const QString why = reason(kind);
        const QString shortcut = qaction->shortcut().toString(QKeySequence::NativeText);
        const QString name = Wording::action(kind);
        qaction->setToolTip(shortcut.isEmpty() ? tr("%1: %2").arg(name, why)
                                               : tr("%1 (%2): %3").arg(name, shortcut, why));
        qaction->setStatusTip(allowed ? why : tr("%1 is not possible: %2").arg(name, why));
    }
}

void TransactionActions::refuse(const QString &text)
{
    emit message(text);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Not done"), text, QMessageBox::Ok, m_context.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = box;
    box->open();
}

void TransactionActions::trigger(Action action)
{
    if (!canAct())
        return;
    const TransactionRules::Decision decision = m_context.rules.check(action, *m_tx, now());
    if (!decision.allowed) {
        emit message(reason(action));
        return;
    }
    switch (action) {
    case Action::Capture:
    case Action::Refund: {
        auto *dialog = new AmountDialog(action, *m_tx, m_context.rules, now(), m_context.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { afterAmount(dialog); });
        m_dialog = dialog;
        dialog->open();
        break;
    }
    case Action::Void:
        if (const std::optional<Transaction> fresh = recheck(action, m_tx->id, std::nullopt))
            confirm(action, *fresh, std::nullopt, QString());
        break;
    case Action::CheckStatus:
        run(action, *m_tx, std::nullopt, QString());
        break;
    }
}

std::optional<Transaction> TransactionActions::recheck(Action action, qint64 id,
                                                       const std::optional<Money> &amount)
{
    const TransactionRepository repository(*m_context.database, m_context.rules);
    const StoreResult<Transaction> fresh = repository.findById(id);
    if (!fresh.ok()) {
        refuse(tr("The order could not be read again: %1").arg(fresh.message));
        return std::nullopt;
    }
    if (m_running.contains(id)) {
        refuse(tr("An operation on order %1 is already running. Nothing was done.")
                   .arg(Wording::digits(fresh->merchantReference)));
        return std::nullopt;
    }
    const TransactionRules::Decision decision =
        amount ? m_context.rules.checkAmount(action, *fresh, *amount, now())
               : m_context.rules.check(action, *fresh, now());
    if (!decision.allowed) {
        refuse(tr("Order %1 changed while the dialog was open. Nothing was done.\n\n%2")
                   .arg(Wording::digits(fresh->merchantReference), Wording::decision(decision, *fresh)));
        emit transactionTouched(id);
        return std::nullopt;
    }
    return *fresh;
}

void TransactionActions::afterAmount(AmountDialog *dialog)
{
    const std::optional<Money> amount = dialog->amount();
    if (!amount)
        return;
    const Action action = dialog->action();
    const QString reasonText = dialog->reason();
    if (const std::optional<Transaction> fresh = recheck(action, dialog->transactionId(), amount))
        confirm(action, *fresh, amount, reasonText);
}

TransactionActions::Confirmation TransactionActions::confirmation(Action action, const Transaction &tx,
                                                                  const std::optional<Money> &amount,
                                                                  const QString &reasonText) const
{
    const QLocale locale;
    const QDateTime at = now();
    const TransactionRules::Decision decision = m_context.rules.check(action, tx, at);
    const QString max = Wording::money(decision.maximum, locale);
    switch (action) {
    case Action::Capture: {
        const QString amountText = Wording::money(*amount, locale);
        const Money left =
            Money::fromMinor(decision.maximum.minorUnits() - amount->minorUnits(), tx.currency);
        // What stays authorized afterwards, and until when: APS releases it at the deadline.
        const QString info =
            left.isZero() || !decision.deadline.isValid()
                ? tr("Afterwards nothing stays authorized: this captures all that is left.")
                : tr("Afterwards %1 stays authorized until %2 (%3 from now); APS releases what is not "
                     "captured by then to the customer.")
                      .arg(Wording::money(left, locale), Wording::dateTime(decision.deadline, locale),
                           Wording::expiresIn(decision.deadline, at));
        return {tr("Confirm capture"),
                tr("Capture %1 of the remaining %2 on order %3. The customer will be charged.")
                    .arg(amountText, max, Wording::digits(tx.merchantReference)),
                info, tr("Ca&pture %1", "button: capture this amount").arg(amountText)};
    }
    case Action::Refund:
        return refundConfirmation(tx, *amount, reasonText);
    case Action::Void:
        return {tr("Confirm void"),
                tr("Void the authorization of order %1. This releases the whole authorization of %2 back to "
                   "the customer and cannot be undone.")
                    .arg(Wording::digits(tx.merchantReference), max),
                QString(), tr("&Void authorization", "button: cancel the whole authorization")};
    case Action::CheckStatus:
        break;
    }
    return {};
}

TransactionActions::Confirmation TransactionActions::refundConfirmation(const Transaction &tx,
                                                                        const Money &amount,
                                                                        const QString &reasonText) const
{
    const QLocale locale;
    const QString amountText = Wording::money(amount, locale);
    const QString max = Wording::money(m_context.rules.check(Action::Refund, tx, now()).maximum, locale);
    const QString why = tr("Reason: %1").arg(reasonText);
    // The core decides whether this refund waits for a second person; the window only says what it answered.
    const StoreResult<bool> needsApproval = m_context.service->refundNeedsApproval(tx, amount);
    if (needsApproval.ok() && *needsApproval) {
        return {tr("Ask for approval"),
                tr("Ask for approval of a %1 refund on order %2; nothing is sent until another approver "
                   "approves. Until then %1 of the refundable %3 is reserved for it.")
                    .arg(amountText, Wording::digits(tx.merchantReference), max),
                why, tr("&Ask for approval of %1", "button: record a refund request").arg(amountText)};
    }
    QString info = why;
    if (!needsApproval.ok())
        info += QStringLiteral("\n\n") +
                tr("PayDesk could not tell whether this refund needs approval (%1). If it does, it waits for "
                   "another approver and nothing is sent until then.")
                    .arg(needsApproval.message);
    return {tr("Confirm refund"),
            tr("Refund %1 of the refundable %2 on order %3. The money goes back to the customer's card.")
                .arg(amountText, max, Wording::digits(tx.merchantReference)),
            info, tr("&Refund %1", "button: refund this amount").arg(amountText)};
}

void TransactionActions::confirm(Action action, const Transaction &tx, const std::optional<Money> &amount,
                                 const QString &reasonText)
{
    if (action == Action::CheckStatus)
        return;
    const Confirmation words = confirmation(action, tx, amount, reasonText);
    auto *box = new QMessageBox(QMessageBox::Question, words.title, words.text, QMessageBox::NoButton,
                                m_context.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!words.info.isEmpty())
        box->setInformativeText(words.info);
    QPushButton *goButton = box->addButton(words.go, QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    goButton->setObjectName(QStringLiteral("confirmButton"));
    connect(box, &QMessageBox::finished, this, [this, box, goButton, action, id = tx.id, amount, reasonText] {
        if (box->clickedButton() != goButton) {
            emit message(tr("Cancelled. Nothing was done."));
            return;
        }
        if (const std::optional<Transaction> fresh = recheck(action, id, amount))
            run(action, *fresh, amount, reasonText);
    });
    m_dialog = box;
    box->open();
}

void TransactionActions::run(Action action, const Transaction &tx, const std::optional<Money> &amount,
                             const QString &reasonText, PaymentService::Repeat repeat)
{
    PaymentService *service = m_context.service;
    PaymentJob *job = nullptr;
    switch (action) {
    case Action::Capture:
        job = service->capture(tx.merchantReference, *amount, m_context.userName, repeat);
        break;
    case Action::Void:
        job = service->voidAuthorization(tx.merchantReference, m_context.userName);
        break;
    case Action::Refund:
        job = service->refund(tx.merchantReference, *amount, reasonText, m_context.userName, repeat);
        break;
    case Action::CheckStatus:
        job = service->checkStatus(tx.merchantReference, m_context.userName);
        break;
    }
    const qint64 id = tx.id;
    m_running.insert(id);
    updateActions();
    emit runningChanged(id, true);
    emit message(
        tr("%1 on order %2 is running…").arg(Wording::action(action), Wording::digits(tx.merchantReference)));
    connect(job, &PaymentJob::finished, this,
            [this, id, action, amount, reasonText](const PaymentResult &result) {
                m_running.remove(id);
                emit runningChanged(id, false);
                emit message(describe(result));
                emit transactionTouched(id);
                if (m_tx && m_tx->id == id && result.transaction)
                    m_tx = *result.transaction;
                updateActions();
                if (!result.lateApplied.isEmpty())
                    warnLateApplied(result.merchantReference, result.lateApplied, result.detail);
                else if (result.problem == PaymentProblem::RepeatNotConfirmed)
                    confirmRepeat(action, id, amount, reasonText, result);
            });
}

void TransactionActions::confirmRepeat(Action action, qint64 transactionId,
                                       const std::optional<Money> &amount, const QString &reasonText,
                                       const PaymentResult &refusal)
{
    const QLocale locale;
    const QString what =
        action == Action::Refund ? tr("refund", "noun, in a sentence") : tr("capture", "noun, in a sentence");
    const QString text =
        tr("A %1 of %2 on order %3 was sent a short while ago and its outcome was not known at first. "
           "Sending the same amount again may move the money twice.")
            .arg(what, Wording::money(refusal.amount, locale), refusal.merchantReference);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Send it again?"), text, QMessageBox::NoButton,
                                m_context.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("Only continue if this is a new %1, not a retry of the earlier one.").arg(what));
    box->setDetailedText(refusal.detail);
    QPushButton *again = box->addButton(tr("Send a new %1").arg(what), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    again->setObjectName(QStringLiteral("repeatButton"));
    connect(box, &QMessageBox::finished, this, [this, box, again, action, transactionId, amount, reasonText] {
        if (box->clickedButton() != again) {
            emit message(tr("Cancelled. Nothing was done."));
            return;
        }
        if (const std::optional<Transaction> fresh = recheck(action, transactionId, amount))
            run(action, *fresh, amount, reasonText, PaymentService::Repeat::Confirmed);
    });
    m_dialog = box;
    box->open();
}

void TransactionActions::warnLateApplied(const QString &merchantReference, const QList<Operation> &late,
                                         const QString &detail)
{
    const QLocale locale;
    QStringList lines;
    for (const Operation &op : late) {
        lines << (op.kind == OperationKind::Void
                      ? tr("%1 of the authorization").arg(Wording::operationKind(op.kind))
                      : tr("%1 of %2")
                            .arg(Wording::operationKind(op.kind), Wording::money(op.money(), locale)));
    }
    const QString text =
        tr("APS carried out an operation on order %1 after PayDesk had recorded it as not done: "
           "%2. PayDesk now records it as done. Check the order and tell the customer if "
           "needed.")
            .arg(merchantReference, QLocale().createSeparatedList(lines));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Late operation found"), text, QMessageBox::Ok,
                                m_context.window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(detail);
    m_dialog = box;
    box->open();
}

QString TransactionActions::describe(const PaymentResult &result)
{
    const QLocale locale;
    const QString ref = result.merchantReference;
    const QString amount = Wording::money(result.amount, locale);
    const QString aps = Wording::apsAnswer(result.responseCode, result.responseMessage);
    switch (result.status) {
    case PaymentStatus::Succeeded:
        switch (result.action) {
        case Action::Capture:
            return tr("Captured %1 on order %2.").arg(amount, ref);
        case Action::Void:
            return tr("Voided the authorization of order %1.").arg(ref);
        case Action::Refund:
            return tr("Refunded %1 on order %2.").arg(amount, ref);
        case Action::CheckStatus:
            if (result.transaction) {
                const Transaction &tx = *result.transaction;
                return tr("Order %1 checked with APS: %2 captured, %3 refunded.")
                    .arg(ref, Wording::money(tx.captured, tx.currency, locale),
                         Wording::money(tx.refunded, tx.currency, locale));
            }
            return tr("Order %1 checked with APS.").arg(ref);
        }
        break;
    case PaymentStatus::Declined:
        return tr("APS declined the %1 on order %2. Nothing moved. %3")
            .arg(Wording::action(result.action).toLower(), ref, aps);
    case PaymentStatus::Unknown:
        return tr("The outcome of the %1 on order %2 is not known yet%3. Do not repeat it: PayDesk checks it "
                  "with APS and the history will show the result.")
            .arg(Wording::action(result.action).toLower(), ref,
                 result.responseCode.isEmpty() ? QString() : tr(" (APS code %1)").arg(result.responseCode));
    case PaymentStatus::AwaitingApproval:
        return tr("Refund request for %1 on order %2 recorded. It waits for an approver.").arg(amount, ref);
    case PaymentStatus::Refused:
    case PaymentStatus::Environment:
        break;
    }
    switch (result.problem) {
    case PaymentProblem::Rule:
        if (result.transaction)
            return tr("Not done: %1").arg(Wording::decision(result.decision, *result.transaction, locale));
        return tr("Not done: the rules do not allow it now.");
    case PaymentProblem::OrderNotFound:
        return tr("Not done: APS does not know order %1.").arg(ref);
    case PaymentProblem::OperationInProgress:
        return tr("Not done: another operation on order %1 has no known outcome yet.").arg(ref);
    case PaymentProblem::ProfileBlocked:
        return tr("Not done: money operations are stopped because APS refused PayDesk's credentials. "
                  "Ask an administrator to check the settings.");
    case PaymentProblem::Credentials:
        return tr("Not done: the APS credentials are missing. Ask an administrator to set them.");
    case PaymentProblem::InvalidRequest:
        return tr("Not done: APS would not accept this request for order %1.").arg(ref);
    case PaymentProblem::Network:
        return tr("Not done: APS could not be reached. Nothing was sent; try again later.");
    case PaymentProblem::Store:
        return tr("Not done: the local database refused (%1).").arg(result.detail);
    case PaymentProblem::PermissionDenied:
        return tr("Not done: you are not allowed to do this.");
    case PaymentProblem::RequestClosed:
        return tr("Not done: the refund request was already decided or has expired.");
    case PaymentProblem::RepeatNotConfirmed:
        return tr("Not sent: the same amount was sent on order %1 a short while ago with an outcome that was "
                  "not known at first. Confirm that this is a new one.")
            .arg(ref);
    case PaymentProblem::OrderChanged:
        return tr("Not done: order %1 changed while PayDesk was checking it with APS, or APS shows less than "
                  "PayDesk. Nothing was sent; look at the order and try again.")
            .arg(ref);
    case PaymentProblem::None:
        break;
    }
    return result.detail;
}

void TransactionActions::refreshAllOpen()
{
    if (!m_context.service)
        return;
    if (m_refreshTotal > 0 && m_refreshDone < m_refreshTotal) {
        emit message(tr("Already refreshing: %1 of %2 checked.").arg(m_refreshDone).arg(m_refreshTotal));
        return;
    }
    TransactionQuery query;
    query.capture = TransactionQuery::Capture::Open;
    query.now = now();
    m_refreshQueue.clear();
    const TransactionReader reader(*m_context.database);
    const StoreStatus status = reader.forEach(query, [this](const TransactionRow &row) {
        m_refreshQueue << row.transaction.merchantReference;
        return true;
    });
    if (!status.ok()) {
        emit message(tr("Could not list the open authorizations: %1").arg(status.message));
        return;
    }
    m_refreshDone = 0;
    m_refreshTotal = static_cast<int>(m_refreshQueue.size());
    if (m_refreshTotal == 0) {
        emit message(tr("No open authorizations to refresh."));
        return;
    }
    emit message(tr("Checking %n open authorization(s) with APS…", nullptr, m_refreshTotal));
    for (int i = 0; i < RefreshConcurrency; ++i)
        startNextRefresh();
}

void TransactionActions::startNextRefresh()
{
    if (m_refreshQueue.isEmpty())
        return;
    const QString reference = m_refreshQueue.takeFirst();
    ++m_refreshActive;
    PaymentJob *job = m_context.service->checkStatus(reference, m_context.userName);
    connect(job, &PaymentJob::finished, this, [this](const PaymentResult &result) {
        --m_refreshActive;
        ++m_refreshDone;
        if (result.transaction)
            emit transactionTouched(result.transaction->id);
        if (m_refreshDone == m_refreshTotal)
            emit message(tr("Refreshed %n open authorization(s).", nullptr, m_refreshTotal));
        else if (m_refreshDone % 25 == 0)
            emit message(tr("Checked %1 of %2 open authorizations…").arg(m_refreshDone).arg(m_refreshTotal));
        startNextRefresh();
    });
}
