#pragma once

#include "domain/transaction.h"
#include "domain/transactionrules.h"

#include <QDateTime>
#include <QDialog>
#include <QLocale>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Collects the amount of a capture or a refund (and a refund's reason). The amount is typed in major units in
// the user's locale, prefilled with the maximum, and checked on every key against TransactionRules; the
// reason for refusing is shown under the field and OK stays disabled until the input is acceptable. Tab goes
// Amount → Reason → buttons. Never acts: the caller reads amount() and reason() after accepted().
class AmountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountDialog)

public:
    using Action = TransactionRules::Action;

    // `action` is Capture or Refund; `now` is the time the rules are checked at.
    AmountDialog(Action action, const Transaction &tx, const TransactionRules &rules, const QDateTime &now,
                 QWidget *parent = nullptr);

    Action action() const { return m_action; }
    qint64 transactionId() const { return m_tx.id; }
    // The accepted amount; nullopt while the input is not acceptable.
    std::optional<Money> amount() const { return m_amount; }
    QString reason() const;
    // The reason the input is refused, empty when it is acceptable.
    QString problem() const { return m_problem; }
    // What the dialog shows under the fields: problem(), except a missing reason until the reason field
    // was left empty (nobody should be scolded for a field they have not reached yet).
    QString shownProblem() const;

    QLineEdit *amountEdit() const { return m_edit; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void validate();

    Action m_action;
    Transaction m_tx;
    TransactionRules m_rules;
    QDateTime m_now;
    QLocale m_locale;
    std::optional<Money> m_amount;
    QString m_problem;
    QLineEdit *m_edit;
    QPlainTextEdit *m_reason = nullptr;
    bool m_reasonLeft = false; // the reason field had focus and lost it
    bool m_reasonMissing = false;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
