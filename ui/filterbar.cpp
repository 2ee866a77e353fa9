#include "filterbar.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QToolButton>

namespace {

// A QDateEdit cannot be empty: its minimum date stands for "no bound" and shows as "Any".
const QDate NoDate(2000, 1, 1);

QDateEdit *makeDateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(FilterBar::tr("Any", "no date bound"));
    edit->setDate(NoDate);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QButtonGroup(this))
    , m_currency(new QComboBox(this))
    , m_from(makeDateEdit(this, tr("From date")))
    , m_to(makeDateEdit(this, tr("To date")))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const struct
    {
        Chip chip;
        QString text;
        QString tip;
    } chips[] = {
        {Chip::All, tr("All"), tr("Every transaction")},
        {Chip::NeedsCapture, tr("Needs capture"),
         tr("Authorizations with money that can still be captured before the deadline")},
        {Chip::ExpiringSoon, tr("Expiring soon"), tr("Must be captured soon or the authorization lapses")},
        {Chip::Unresolved, tr("Unresolved"), tr("An operation whose outcome is not known yet")},
        {Chip::Refundable, tr("Refundable"), tr("Captured money that can still be refunded")},
        {Chip::Lapsed, tr("Lapsed"),
         tr("The capture deadline passed with money not captured: APS released it to the customer")},
    };
    for (const auto &chip : chips) {
        auto *button = new QToolButton(this);
        button->setText(chip.text);
        button->setToolTip(chip.tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::StrongFocus);
        m_chips->addButton(button, static_cast<int>(chip.chip));
        layout->addWidget(button);
    }
    m_chips->setExclusive(true);
    m_chips->button(static_cast<int>(Chip::All))->setChecked(true);
    connect(m_chips, &QButtonGroup::idClicked, this, &FilterBar::changed);

    layout->addSpacing(12);
    auto *currencyLabel = new QLabel(tr("&Currency:"), this);
    currencyLabel->setBuddy(m_currency);
    layout->addWidget(currencyLabel);
    m_currency->addItem(tr("All"), QString());
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_currency);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &FilterBar::changed);

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::changed);

    layout->addSpacing(12);
    m_search->setPlaceholderText(tr("Search order, APS id, customer, e-mail, card last 4"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(260);
    layout->addWidget(m_search, 1);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::changed);
}

void FilterBar::applyTo(TransactionQuery &query) const
{
    query.states.clear();
    query.unresolvedOnly = false;
    query.capture = TransactionQuery::Capture::Any;
    query.refundableOnly = false;
    switch (chip()) {
    case Chip::All:
        break;
    case Chip::NeedsCapture:
        query.capture = TransactionQuery::Capture::Open;
        break;
    case Chip::ExpiringSoon:
        query.capture = TransactionQuery::Capture::ExpiringSoon;
        break;
    case Chip::Lapsed:
        query.capture = TransactionQuery::Capture::Lapsed;
        break;
    case Chip::Unresolved:
        query.unresolvedOnly = true;
        break;
    case Chip::Refundable:
        query.refundableOnly = true;
        break;
    }
    query.currency = currency();
    query.from = m_from->date() == NoDate ? QDateTime() : m_from->date().startOfDay();
    query.to = m_to->date() == NoDate ? QDateTime() : m_to->date().addDays(1).startOfDay();
    if (query.from.isValid())
        query.from = query.from.toUTC();
    if (query.to.isValid())
        query.to = query.to.toUTC();
    query.text = m_search->text().trimmed();
}

FilterBar::Chip FilterBar::chip() const
{
    const int id = m_chips->checkedId();
    return id < 0 ? Chip::All : static_cast<Chip>(id);
}

void FilterBar::setChip(Chip chip)
{
    if (QAbstractButton *button = m_chips->button(static_cast<int>(chip))) {
        if (!button->isChecked()) {
            button->setChecked(true);
            emit changed();
        }
    }
}

QString FilterBar::currency() const
{
    return m_currency->currentData().toString();
}

void FilterBar::setCurrencies(const QStringList &codes)
{
    const QString current = currency();
    const QSignalBlocker blocker(m_currency);
    while (m_currency->count() > 1)
        m_currency->removeItem(1);
    for (const QString &code : codes)
        m_currency->addItem(code, code);
    if (!current.isEmpty() && m_currency->findData(current) < 0)
        m_currency->addItem(current, current);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(current)));
}

void FilterBar::setCurrency(const QString &code)
{
    if (!code.isEmpty() && m_currency->findData(code) < 0)
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(code)));
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

void FilterBar::setSearchText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_searchDelay->stop();
    emit changed();
}

void FilterBar::saveState(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("filters"));
    settings.setValue(QStringLiteral("chip"), static_cast<int>(chip()));
    settings.setValue(QStringLiteral("currency"), currency());
    settings.setValue(QStringLiteral("from"), m_from->date() == NoDate ? QDate() : m_from->date());
    settings.setValue(QStringLiteral("to"), m_to->date() == NoDate ? QDate() : m_to->date());
    settings.setValue(QStringLiteral("search"), m_search->text());
    settings.endGroup();
}

void FilterBar::restoreState(QSettings &settings)
{
    const QSignalBlocker blocker(this);
    settings.beginGroup(QStringLiteral("filters"));
    const int chipId = settings.value(QStringLiteral("chip"), 0).toInt();
    if (QAbstractButton *button = m_chips->button(chipId))
        button->setChecked(true);
    setCurrency(settings.value(QStringLiteral("currency")).toString());
    const QDate from = settings.value(QStringLiteral("from")).toDate();
    const QDate to = settings.value(QStringLiteral("to")).toDate();
    m_from->setDate(from.isValid() ? from : NoDate);
    m_to->setDate(to.isValid() ? to : NoDate);
    {
        const QSignalBlocker searchBlocker(m_search);
        m_search->setText(settings.value(QStringLiteral("search")).toString());
    }
    settings.endGroup();
}
