#include "filterbar.h"

#include "palette.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>

namespace {

// A QDateEdit cannot be empty: its minimum date stands for "no bound" and shows as "Any".
const QDate NoDate(2000, 1, 1);

// The locale's short date format with the whole year, so a typed "3/11/26" cannot mean 1926.
QString dateFormatOf(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// The calendar's weekend is the locale's (QLocale::weekdays()): Friday and Saturday in Riyadh, Saturday and
// Sunday in London; its first day of the week is the locale's too.
void markWeekend(QCalendarWidget *calendar, const QLocale &locale)
{
    const QList<Qt::DayOfWeek> working = locale.weekdays();
    calendar->setFirstDayOfWeek(locale.firstDayOfWeek());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QTextCharFormat format;
        if (!working.contains(Qt::DayOfWeek(day)))
            format.setForeground(Palette::refused());
        calendar->setWeekdayTextFormat(Qt::DayOfWeek(day), format);
    }
}

} // namespace

QDateEdit *FilterBar::makeDateEdit(const QString &accessibleName)
{
    auto *edit = new QDateEdit(this);
    edit->setDisplayFormat(dateFormatOf(edit->locale()));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(FilterBar::tr("Any", "no date bound"));
    edit->setDate(NoDate);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tr("Type a date (%1), pick one from the calendar, or choose a preset")
                         .arg(QLocale().toString(QDate::currentDate(), edit->displayFormat())));
    markWeekend(edit->calendarWidget(), edit->locale());
    // The popup would open on the month of "Any" (January 2000): show today's month instead.
    edit->calendarWidget()->installEventFilter(this);
    // Typing into "Any" starts a date from scratch rather than editing the special text.
    edit->installEventFilter(this);
    return edit;
}

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QButtonGroup(this))
    , m_currency(new QComboBox(this))
    , m_from(makeDateEdit(tr("From date")))
    , m_to(makeDateEdit(tr("To date")))
    , m_presets(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_movedButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const struct
    {
        Chip chip;
        QString tip;
    } chips[] = {
        {Chip::All, tr("Every transaction")},
        {Chip::NeedsCapture, tr("Authorizations with money that can still be captured before the deadline")},
        {Chip::ExpiringSoon, tr("Must be captured soon or the authorization lapses")},
        {Chip::Unresolved, tr("An operation whose outcome is not known yet")},
        {Chip::Refundable, tr("Captured money that can still be refunded")},
        {Chip::Lapsed,
         tr("The capture deadline passed with money not captured: APS released it to the customer")},
    };
    for (const auto &chip : chips) {
        auto *button = new QToolButton(this);
        button->setText(chipName(chip.chip));
        button->setAccessibleName(chipName(chip.chip));
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
    m_presets->setText(tr("&Dates"));
    m_presets->setToolTip(tr("Today, yesterday, the last 7 days, this month"));
    m_presets->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_presets);
    const std::pair<DatePreset, QString> presetNames[] = {
        {DatePreset::Today, tr("Today")},           {DatePreset::Yesterday, tr("Yesterday")},
        {DatePreset::Last7Days, tr("Last 7 days")}, {DatePreset::ThisMonth, tr("This month")},
        {DatePreset::Any, tr("Any date")},
    };
    for (const auto &[preset, name] : presetNames) {
        if (preset == DatePreset::Any)
            presets->addSeparator();
        presets->addAction(name, this, [this, preset = preset] { applyPreset(preset); });
    }
    m_presets->setMenu(presets);
    layout->addWidget(m_presets);
    m_movedButton->setObjectName(QStringLiteral("movedOnFilter"));
    m_movedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_movedButton->setToolTip(tr("Click to show every order again"));
    m_movedButton->hide();
    connect(m_movedButton, &QToolButton::clicked, this, [this] { setMovedOn(QDate()); });
    layout->addWidget(m_movedButton);

    layout->addSpacing(12);
    m_search->setPlaceholderText(tr("Search order, APS id, customer, e-mail, card last 4"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    // Narrow enough for the whole bar to fit a 1280-pixel window; it grows with the window.
    m_search->setMinimumWidth(180);
    layout->addWidget(m_search, 1);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    m_search->installEventFilter(this);
}

QList<FilterBar::Chip> FilterBar::chips()
{
    return {Chip::All,        Chip::NeedsCapture, Chip::ExpiringSoon,
            Chip::Unresolved, Chip::Refundable,   Chip::Lapsed};
}

QString FilterBar::chipName(Chip chip)
{
    switch (chip) {
    case Chip::All:
        return tr("All");
    case Chip::NeedsCapture:
        return tr("Needs capture");
    case Chip::ExpiringSoon:
        return tr("Expiring soon");
    case Chip::Unresolved:
        return tr("Unresolved");
    case Chip::Refundable:
        return tr("Refundable");
    case Chip::Lapsed:
        return tr("Lapsed");
    }
    return QString();
}

QAbstractButton *FilterBar::chipButton(Chip chip) const
{
    return m_chips->button(static_cast<int>(chip));
}

void FilterBar::setChipCounts(const QHash<Chip, qint64> &counts)
{
    const QLocale locale;
    for (const Chip chip : chips()) {
        QAbstractButton *button = chipButton(chip);
        const auto count = counts.constFind(chip);
        //: A quick filter's name and how many transactions it holds, e.g. "Needs capture 41"
        button->setText(count == counts.cend()
                            ? chipName(chip)
                            : tr("%1 %2", "chip name, count").arg(chipName(chip), locale.toString(*count)));
    }
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            flushSearch();
            emit searchAccepted();
            return true;
        }
    }
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_from, m_to}) {
            if (watched == edit->calendarWidget() && edit->date() == NoDate) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    if (event->type() == QEvent::KeyPress && (watched == m_from || watched == m_to)) {
        auto *edit = static_cast<QDateEdit *>(watched);
        const QString typed = static_cast<QKeyEvent *>(event)->text();
        if (edit->date() == NoDate && typed.size() == 1 && typed.at(0).isDigit()) {
            // "Any" has no sections to type into: start from today, its first section selected, and let the
            // digit overwrite it.
            {
                const QSignalBlocker blocker(edit);
                edit->setDate(QDate::currentDate());
            }
            edit->setCurrentSectionIndex(0);
            edit->setSelectedSection(edit->sectionAt(0));
        }
        auto *line = edit->findChild<QLineEdit *>();
        if (line && typed.size() == 1 && typed.at(0).isPunct()) {
            // A separator typed after a section the edit completed by itself ("3" of a month) would skip the
            // next section: it already moved there.
            const int at = line->hasSelectedText() ? line->selectionStart() : line->cursorPosition();
            if (at > 0 && !line->text().at(at - 1).isDigit())
                return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::flushSearch()
{
    if (m_searchDelay->isActive()) {
        m_searchDelay->stop();
        emit changed();
    }
}

void FilterBar::applyTo(TransactionQuery &query) const
{
    applyChip(chip(), query);
    query.currency = currency();
    const QDate from = fromDate();
    const QDate to = toDate();
    query.from = from.isValid() ? from.startOfDay().toUTC() : QDateTime();
    query.to = to.isValid() ? to.addDays(1).startOfDay().toUTC() : QDateTime();
    query.text = m_search->text().trimmed();
    query.movedFrom = m_movedOn.isValid() ? m_movedOn.startOfDay().toUTC() : QDateTime();
    query.movedTo = m_movedOn.isValid() ? m_movedOn.addDays(1).startOfDay().toUTC() : QDateTime();
}

void FilterBar::setMovedOn(const QDate &day)
{
    m_movedOn = day;
    //: A removable filter: the orders whose money moved on that day; × removes it
    m_movedButton->setText(
        tr("Captured or refunded on %1  ×").arg(QLocale().toString(day, QLocale::ShortFormat)));
    m_movedButton->setAccessibleName(m_movedButton->text());
    m_movedButton->setVisible(day.isValid());
    emit changed();
}

void FilterBar::applyChip(Chip chip, TransactionQuery &query)
{
    query.states.clear();
    query.unresolvedOnly = false;
    query.capture = TransactionQuery::Capture::Any;
    query.refundableOnly = false;
    switch (chip) {
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
}

QDate FilterBar::fromDate() const
{
    return m_from->date() == NoDate ? QDate() : m_from->date();
}

QDate FilterBar::toDate() const
{
    return m_to->date() == NoDate ? QDate() : m_to->date();
}

void FilterBar::setDateRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(from.isValid() ? from : NoDate);
        m_to->setDate(to.isValid() ? to : NoDate);
    }
    emit changed();
}

void FilterBar::applyPreset(DatePreset preset, const QDate &today)
{
    switch (preset) {
    case DatePreset::Any:
        setDateRange(QDate(), QDate());
        break;
    case DatePreset::Today:
        setDateRange(today, today);
        break;
    case DatePreset::Yesterday:
        setDateRange(today.addDays(-1), today.addDays(-1));
        break;
    case DatePreset::Last7Days:
        setDateRange(today.addDays(-6), today);
        break;
    case DatePreset::ThisMonth:
        setDateRange(QDate(today.year(), today.month(), 1), today);
        break;
    }
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
    settings.setValue(QStringLiteral("from"), fromDate());
    settings.setValue(QStringLiteral("to"), toDate());
    settings.remove(QStringLiteral("search")); // kept by older versions
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
    settings.endGroup();
}
