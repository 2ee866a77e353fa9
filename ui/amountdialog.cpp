#include "amountdialog.h"

#include "palette.h"
#include "wording.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AmountDialog::AmountDialog(Action action, const Transaction &tx, const TransactionRules &rules,
                           const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_tx(tx)
    , m_rules(rules)
    , m_now(now)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool refund = action == Action::Refund;
    setWindowTitle(
        refund
            ? tr("Refund %1").arg(Wording::digits(tx.merchantReference))
            : tr("Capture %1", "dialog title: capture order %1").arg(Wording::digits(tx.merchantReference)));

    const TransactionRules::Decision decision = rules.check(action, tx, now);
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(460);
    const QString who = tx.customerName.isEmpty() ? tx.customerEmail : tx.customerName;
    auto *order =
        new QLabel(who.isEmpty() ? tr("Order %1").arg(Wording::digits(tx.merchantReference))
                                 : tr("Order %1 · %2").arg(Wording::digits(tx.merchantReference), who),
                   this);
    QFont bold = order->font();
    bold.setBold(true);
    order->setFont(bold);
    layout->addWidget(order);
    auto *intro = new QLabel(Wording::decision(decision, tx, m_locale), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *amountRow = new QHBoxLayout;
    m_edit->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_edit->setAccessibleName(tr("Amount"));
    if (decision.maximum.isValid())
        m_edit->setText(decision.maximum.toLocalizedString(m_locale));
    amountRow->addWidget(m_edit, 1);
    amountRow->addWidget(new QLabel(tx.currency.code(), this));
    form->addRow(tr("&Amount:"), amountRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(amountRow)))
        label->setBuddy(m_edit);
    if (refund) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setTabChangesFocus(true);
        m_reason->setPlaceholderText(tr("Why is the money going back? (kept in the audit log)"));
        m_reason->setAccessibleName(tr("Reason"));
        m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
        form->addRow(tr("&Reason:"), m_reason);
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_reason)))
            label->setBuddy(m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &AmountDialog::validate);
        m_reason->installEventFilter(this);
    }
    layout->addLayout(form);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Palette::refused().name()));
    layout->addWidget(m_message);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(refund ? tr("Co&ntinue to refund…") : tr("Co&ntinue to capture…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &AmountDialog::validate);

    // The reason field is created after the buttons; without this Tab would jump from Amount to OK.
    QWidget *ok = m_buttons->button(QDialogButtonBox::Ok);
    QWidget *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    setTabOrder(m_edit, m_reason ? static_cast<QWidget *>(m_reason) : ok);
    if (m_reason)
        setTabOrder(m_reason, ok);
    setTabOrder(ok, cancel);

    m_edit->selectAll();
    m_edit->setFocus();
    validate();
}

bool AmountDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reason && event->type() == QEvent::FocusOut && !m_reasonLeft) {
        m_reasonLeft = true;
        validate();
    }
    return QDialog::eventFilter(watched, event);
}

QString AmountDialog::shownProblem() const
{
    return m_message->text();
}

QString AmountDialog::reason() const
{
    return m_reason ? m_reason->toPlainText().trimmed() : QString();
}

void AmountDialog::validate()
{
    m_amount.reset();
    m_reasonMissing = false;
    const MoneyParseResult parsed = Money::parseLocalized(m_edit->text(), m_tx.currency, m_locale);
    if (!parsed.ok()) {
        m_problem = Wording::moneyError(parsed.error, m_tx.currency);
    } else {
        const TransactionRules::Decision decision = m_rules.checkAmount(m_action, m_tx, *parsed.value, m_now);
        if (!decision.allowed)
            m_problem = Wording::decision(decision, m_tx, m_locale);
        else if (m_reason && reason().isEmpty())
            m_problem = tr("Enter the reason for the refund.");
        else
            m_problem.clear();
        m_reasonMissing = decision.allowed && !m_problem.isEmpty();
        if (decision.allowed)
            m_amount = parsed.value;
    }
    // Typing a reason and deleting it again counts as leaving it empty.
    if (m_reason && !reason().isEmpty())
        m_reasonLeft = true;
    m_message->setText(m_reasonMissing && !m_reasonLeft ? QString() : m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    if (!m_problem.isEmpty())
        m_amount.reset();
}
