#pragma once

#include "domain/clock.h"
#include "domain/transaction.h"
#include "domain/transactionrules.h"
#include "services/paymentservice.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class AmountDialog;
class Database;
class PaymentService;
class QAction;
class QMessageBox;
class QShortcut;
class QWidget;
struct PaymentResult;

// The window's money actions: Capture, Void, Refund, Check status and Refresh all open. Each transaction
// action is enabled exactly when TransactionRules allows it for the selected transaction; a disabled action's
// tooltip and status tip say why in words. Dialogs collect; this object acts: when a dialog is accepted it
// re-reads the transaction and checks the rule again (the row may have changed while the dialog was open),
// asks for a confirmation that says exactly what will happen, checks once more, and only then asks
// PaymentService. While an operation runs, its transaction's actions stay disabled.
class TransactionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionActions)

public:
    using Action = TransactionRules::Action;

    struct Context
    {
        const Database *database = nullptr;
        PaymentService *service = nullptr; // none: money actions stay disabled with a reason
        TransactionRules rules;
        QString userName;
        Clock clock; // UTC now; the current time when empty
        QWidget *window = nullptr;
    };

    explicit TransactionActions(Context context, QObject *parent = nullptr);

    QAction *action(Action action) const;
    QAction *refreshAllOpenAction() const { return m_refreshAll; }
    QList<QAction *> transactionActions() const;

    // The selected transaction (nullopt: none). Updates every action's enabled state and reason.
    void setTransaction(const std::optional<Transaction> &tx);
    const std::optional<Transaction> &transaction() const { return m_tx; }
    // While the store cannot be reached (team mode), every action waits, with the reason.
    void setStoreReachable(bool reachable);
    // Asks the payment service again whether the APS credentials are configured (after the settings were
    // saved); without them every money action and status check is disabled up front, with the reason.
    void refreshCredentials();
    // Why APS cannot be asked for the selected order (or, with none selected, for standard orders): the
    // credentials are missing. Empty when they are configured or there is no service.
    QString missingCredentials() const;
    // The same for orders of `tx`'s credential set (standard ones when null).
    QString missingCredentials(const Transaction *tx) const;
    // Why `action` is disabled now (empty when it is enabled), or what it would do.
    QString reason(Action action) const;
    bool isRunning(qint64 transactionId) const { return m_running.contains(transactionId); }
    QDateTime now() const;

    // The dialog or message box this object has open, for tests and for keyboard focus.
    QWidget *openDialog() const;

    // Words a service result for the status bar.
    static QString describe(const PaymentResult &result);
    // Says loudly that APS applied operations of an order after PayDesk had recorded them as not done.
    void warnLateApplied(const QString &merchantReference, const QList<Operation> &late,
                         const QString &detail);

signals:
    // A message for the status bar (and the timeline owner): what happened, in words.
    void message(const QString &text);
    // The credentials were found missing (true) or configured (false) on refreshCredentials().
    void credentialsMissingChanged(bool missing);
    // An operation started (true) or finished (false) on a transaction.
    void runningChanged(qint64 transactionId, bool running);
    // The transaction changed or may have: re-read it.
    void transactionTouched(qint64 transactionId);

private:
    void trigger(Action action);
    void afterAmount(AmountDialog *dialog);
    void confirm(Action action, const Transaction &tx, const std::optional<Money> &amount,
                 const QString &reason);
    void run(Action action, const Transaction &tx, const std::optional<Money> &amount, const QString &reason,
             PaymentService::Repeat repeat = PaymentService::Repeat::NotConfirmed);
    // The service refused a repeat of an intent whose outcome was unknown: ask before sending it again.
    void confirmRepeat(Action action, qint64 transactionId, const std::optional<Money> &amount,
                       const QString &reason, const PaymentResult &refusal);

    // The transaction re-read from the store, checked again; nullopt (with the refusal shown) when refused.
    std::optional<Transaction> recheck(Action action, qint64 id, const std::optional<Money> &amount);
    void refuse(const QString &text);
    void refreshAllOpen();
    void startNextRefresh();
    void updateActions();
    bool canAct() const;
    // Confirmation texts: title, what happens, details, the button.
    struct Confirmation
    {
        QString title;
        QString text;
        QString info;
        QString go;
    };
    Confirmation confirmation(Action action, const Transaction &tx, const std::optional<Money> &amount,
                              const QString &reason) const;
    Confirmation refundConfirmation(const Transaction &tx, const Money &amount, const QString &reason) const;
    // A shortcut pressed while its action is disabled says why in the status bar (QAction ignores it).
    void explainDisabledShortcut(QAction *action);

    Context m_context;
    std::optional<Transaction> m_tx;
    QSet<qint64> m_running;
    bool m_storeReachable = true;
    QAction *m_capture;
    QAction *m_void;
    QAction *m_refund;
    QAction *m_checkStatus;
    QAction *m_refreshAll;
    QPointer<QWidget> m_dialog;
    QHash<int, QString> m_credentialProblems; // CredentialSet → what is missing; absent: configured
    QStringList m_refreshQueue;
    int m_refreshActive = 0;
    int m_refreshDone = 0;
    int m_refreshTotal = 0;
};
