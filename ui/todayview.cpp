#include "todayview.h"

#include "storeworker.h"
#include "wording.h"

#include "money/currency.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

// A bar's height in the currency's major units. Only the chart's geometry uses it: every figure a person
// reads (tiles, tooltips, axis captions) is formatted from the integer minor units.
qreal barHeight(qint64 minorUnits, const Currency &currency)
{
    return qreal(minorUnits) / qreal(currency.minorPerMajor());
}

QChartView *newChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Categories read in the layout's direction: right to left in Arabic, so time runs the way the page reads.
QStringList inReadingOrder(QStringList labels)
{
    if (QGuiApplication::layoutDirection() == Qt::RightToLeft)
        std::reverse(labels.begin(), labels.end());
    return labels;
}

int inReadingOrder(int index, int count)
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? count - 1 - index : index;
}

// The locale's short date without the year, with unpadded numbers ("3/2", "2/3", "٢‏/٣"): 30 labels that
// fit upright and stay distinct across a month's end (a category axis drops repeated labels).
QString dayAndMonthFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[^dM]*y+[^dM]*$")));
    format.remove(QRegularExpression(QStringLiteral("^y+[^dM]*")));
    format.replace(QRegularExpression(QStringLiteral("(?<!d)dd(?!d)")), QStringLiteral("d"));
    format.replace(QRegularExpression(QStringLiteral("(?<!M)MM(?!M)")), QStringLiteral("M"));
    return format;
}

// "0–6 h", "1–2 d", "over 7 d": short enough for a bar's caption at 1280×720.
QString bandLabel(const ExposureBand &band)
{
    const QLocale locale;
    if (band.toHours == 0)
        return TodayView::tr("over %1 d", "hours until the deadline: more than so many days")
            .arg(locale.toString(band.fromHours / 24));
    if (band.toHours <= 24)
        return TodayView::tr("%1–%2 h", "hours until the deadline: a band of hours")
            .arg(locale.toString(band.fromHours), locale.toString(band.toHours));
    return TodayView::tr("%1–%2 d", "hours until the deadline: a band of days")
        .arg(locale.toString(band.fromHours / 24), locale.toString(band.toHours / 24));
}

QFont smallFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

Qt::Alignment valueSide()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
}

} // namespace

TodayView::TodayView(Context context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_worker(new StoreWorker(*m_context.database, QStringLiteral("today"), this))
    , m_status(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_movementChart(newChartView(QStringLiteral("movementChart"), this))
    , m_exposureChart(newChartView(QStringLiteral("exposureChart"), this))
{
    setObjectName(QStringLiteral("todayView"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(12);
    int index = 0;
    const auto add = [&](const QString &name, const QString &title, const QString &link,
                         const std::function<void()> &onLink) {
        QLabel *tile = addTile(name, title, link, onLink);
        tiles->addWidget(tile->parentWidget(), index / 3, index % 3);
        ++index;
    };
    add(QStringLiteral("expiring"), tr("Deadline within 24 hours"), tr("Show them"),
        [this] { emit showExpiringSoon(); });
    add(QStringLiteral("toCapture"), tr("Left to capture"), tr("Show what needs capture"),
        [this] { emit showNeedsCapture(); });
    add(QStringLiteral("approvals"), approvalsTitle(), tr("Open the approval queue"),
        [this] { emit showApprovals(); });
    add(QStringLiteral("unresolved"), tr("Operations being settled"), tr("Show them"),
        [this] { emit showUnresolved(); });
    add(QStringLiteral("yesterday"), tr("Yesterday"), tr("Show yesterday's orders"), [this] {
        if (m_figures)
            emit showDay(m_figures->yesterday, QString());
    });
    for (int column = 0; column < 3; ++column)
        tiles->setColumnStretch(column, 1);

    m_currency->setObjectName(QStringLiteral("chartCurrency"));
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] { showCharts(); });
    auto *chartBar = new QHBoxLayout;
    auto *currencyLabel = new QLabel(tr("Charts in &currency:"), this);
    currencyLabel->setBuddy(m_currency);
    chartBar->addWidget(currencyLabel);
    chartBar->addWidget(m_currency);
    chartBar->addStretch(1);
    m_status->setObjectName(QStringLiteral("todayStatus"));
    chartBar->addWidget(m_status);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_movementChart, 3);
    charts->addWidget(m_exposureChart, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addLayout(chartBar);
    layout->addLayout(charts, 1);
}

TodayView::~TodayView() = default;

QLabel *TodayView::addTile(const QString &name, const QString &title, const QString &link,
                           const std::function<void()> &onLink)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(name + QStringLiteral("Tile"));
    frame->setFrameShape(QFrame::StyledPanel);
    // A tile shows every currency it has; the charts give way, never a tile's lines.
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), frame);
    heading->setObjectName(name + QStringLiteral("Title"));
    auto *value = new QLabel(frame);
    value->setObjectName(name + QStringLiteral("Value"));
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumHeight(value->fontMetrics().height() * 2);
    value->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    auto *go = new QLabel(QStringLiteral("<a href=\"go\">%1</a>").arg(link.toHtmlEscaped()), frame);
    go->setObjectName(name + QStringLiteral("Link"));
    go->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(go, &QLabel::linkActivated, this, [onLink] { onLink(); });
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(heading);
    layout->addWidget(value, 1);
    layout->addWidget(go);
    m_tiles.insert(name, value);
    return value;
}

void TodayView::setMayApprove(bool mayApprove)
{
    m_context.mayApprove = mayApprove;
    if (auto *title = findChild<QLabel *>(QStringLiteral("approvalsTitle")))
        title->setText(QStringLiteral("<b>%1</b>").arg(approvalsTitle().toHtmlEscaped()));
    if (m_figures)
        showTiles(*m_figures);
}

void TodayView::setZone(const QTimeZone &zone)
{
    m_context.zone = zone;
}

QString TodayView::approvalsTitle() const
{
    return m_context.mayApprove ? tr("Refund requests waiting for you")
                                : tr("Refund requests waiting for approval");
}

void TodayView::refresh()
{
    if (m_figures == std::nullopt)
        m_status->setText(tr("Reading the figures…"));
    const QDateTime now = m_context.now ? m_context.now() : QDateTime::currentDateTimeUtc();
    const QTimeZone zone = m_context.zone;
    const QString user = m_context.userName;
    m_worker->submit<StoreResult<TodayFigures>>(
        [now, zone, user](const Database &database) { return TodayFigures::read(database, now, zone, user); },
        [this](const StoreResult<TodayFigures> &figures) {
            if (!figures.ok()) {
                m_status->setText(tr("The figures could not be read: %1").arg(figures.message));
                return;
            }
            showFigures(*figures.value);
        });
}

bool TodayView::isReading() const
{
    return m_worker->isBusy();
}

QString TodayView::tileText(const QString &name) const
{
    const QLabel *tile = m_tiles.value(name);
    return tile ? tile->text() : QString();
}

QString TodayView::chartCurrency() const
{
    return m_currency->currentText();
}

void TodayView::setChartCurrency(const QString &code)
{
    m_currency->setCurrentText(code);
}

void TodayView::showFigures(const TodayFigures &figures)
{
    m_figures = figures;
    showTiles(figures);
    const QString chosen = m_currency->currentText();
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->clear();
        m_currency->addItems(figures.currencies());
        if (!chosen.isEmpty() && figures.currencies().contains(chosen))
            m_currency->setCurrentText(chosen);
    }
    showCharts();
    m_status->setText(
        tr("As of %1")
            .arg(QLocale().toString(figures.now.toTimeZone(figures.zone).time(), QLocale::ShortFormat)));
    emit figuresRead();
}

QString TodayView::amounts(const QList<CurrencyAmount> &list, bool withCount) const
{
    if (list.isEmpty())
        return tr("None");
    QStringList lines;
    for (const CurrencyAmount &amount : list) {
        const std::optional<Currency> currency = Currency::fromCode(amount.currency);
        if (!currency)
            continue;
        const QString money = Wording::money(amount.amount, *currency);
        lines << (withCount ? tr("%1 on %n order(s)", nullptr, int(amount.count)).arg(money) : money);
    }
    return lines.join(QLatin1Char('\n'));
}

void TodayView::showTiles(const TodayFigures &figures)
{
    m_tiles.value(QStringLiteral("expiring"))->setText(amounts(figures.expiringSoon, true));
    m_tiles.value(QStringLiteral("toCapture"))->setText(amounts(figures.leftToCapture, true));
    const QList<CurrencyAmount> &requests =
        m_context.mayApprove ? figures.awaitingOthers : figures.awaitingApproval;
    QStringList lines;
    for (const CurrencyAmount &request : requests)
        if (const std::optional<Currency> currency = Currency::fromCode(request.currency))
            lines << tr("%n request(s): %1", nullptr, int(request.count))
                         .arg(Wording::money(request.amount, *currency));
    m_tiles.value(QStringLiteral("approvals"))
        ->setText(lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n')));
    m_tiles.value(QStringLiteral("unresolved"))
        ->setText(tr("%n being settled by status checks", nullptr, int(figures.unresolvedOperations)) +
                  QLatin1Char('\n') +
                  tr("%n waiting for a manual review", nullptr, int(figures.manualReviews)));
    QStringList yesterday;
    yesterday << tr("Captured: %1")
                     .arg(amounts(figures.capturedYesterday, false)
                              .replace(QLatin1Char('\n'), QStringLiteral(", ")));
    yesterday << tr("Refunded: %1")
                     .arg(amounts(figures.refundedYesterday, false)
                              .replace(QLatin1Char('\n'), QStringLiteral(", ")));
    m_tiles.value(QStringLiteral("yesterday"))->setText(yesterday.join(QLatin1Char('\n')));
}

void TodayView::showCharts()
{
    const QString currency = m_currency->currentText();
    showMovementChart(currency);
    showExposureChart(currency);
}

void TodayView::showMovementChart(const QString &code)
{
    QChart *chart = m_movementChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Captured and refunded per day, last 30 days"));
    if (m_figures)
        chart->setTitle(tr("Captured and refunded per day, %1 – %2")
                            .arg(QLocale().toString(m_figures->firstDay, QLocale::ShortFormat),
                                 QLocale().toString(m_figures->now.toTimeZone(m_figures->zone).date(),
                                                    QLocale::ShortFormat)));
    m_chartDays.clear();
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!m_figures || !currency)
        return;
    QHash<QDate, DayMovement> byDay;
    for (const DayMovement &movement : m_figures->movements)
        if (movement.currency == code)
            byDay.insert(movement.day, movement);
    auto *captured = new QBarSet(tr("Captured"));
    auto *refunded = new QBarSet(tr("Refunded"));
    QStringList labels;
    QList<std::pair<qint64, qint64>> minor;
    const QDate today = m_figures->now.toTimeZone(m_figures->zone).date();
    const QString dayAndMonth = dayAndMonthFormat();
    for (QDate day = m_figures->firstDay; day <= today; day = day.addDays(1)) {
        const DayMovement movement = byDay.value(day);
        m_chartDays << day;
        minor << std::pair{movement.captured, movement.refunded};
        labels << QLocale().toString(day, dayAndMonth);
    }
    const int count = int(m_chartDays.size());
    for (int i = 0; i < count; ++i) {
        const int at = inReadingOrder(i, count);
        captured->append(barHeight(minor.at(at).first, *currency));
        refunded->append(barHeight(minor.at(at).second, *currency));
    }
    auto *series = new QBarSeries;
    series->append({captured, refunded});
    chart->addSeries(series);
    auto *days = new QBarCategoryAxis;
    days->append(inReadingOrder(labels));
    // Thirty dates stand upright in a small font, so none is cut at 1280×720 or in Arabic.
    days->setLabelsAngle(-90);
    days->setLabelsFont(smallFont());
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    auto *values = new QValueAxis;
    values->setTitleText(code);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, valueSide());
    series->attachAxis(values);
    connect(series, &QBarSeries::hovered, this,
            [this, minor, currency, count](bool on, int index, QBarSet *) {
                if (!on)
                    return QToolTip::hideText();
                const int at = inReadingOrder(index, count);
                QToolTip::showText(QCursor::pos(),
                                   tr("%1\nCaptured %2\nRefunded %3")
                                       .arg(QLocale().toString(m_chartDays.at(at), QLocale::LongFormat),
                                            Wording::money(minor.at(at).first, *currency),
                                            Wording::money(minor.at(at).second, *currency)));
            });
    connect(series, &QBarSeries::clicked, this, [this, code, count](int index, QBarSet *) {
        emit showDay(m_chartDays.at(inReadingOrder(index, count)), code);
    });
}

void TodayView::showExposureChart(const QString &code)
{
    QChart *chart = m_exposureChart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Left to capture, by time until the deadline"));
    const std::optional<Currency> currency = Currency::fromCode(code);
    if (!m_figures || !currency)
        return;
    auto *set = new QBarSet(tr("Left to capture"));
    QStringList labels;
    QList<qint64> minor;
    for (const ExposureBand &band : m_figures->exposure) {
        qint64 amount = 0;
        for (const CurrencyAmount &a : band.amounts)
            if (a.currency == code)
                amount = a.amount;
        minor << amount;
        labels << bandLabel(band);
    }
    const int count = int(minor.size());
    for (int i = 0; i < count; ++i)
        set->append(barHeight(minor.at(inReadingOrder(i, count)), *currency));
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *bands = new QBarCategoryAxis;
    bands->append(inReadingOrder(labels));
    bands->setLabelsFont(smallFont());
    chart->addAxis(bands, Qt::AlignBottom);
    series->attachAxis(bands);
    auto *values = new QValueAxis;
    values->setTitleText(code);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, valueSide());
    series->attachAxis(values);
    connect(
        series, &QBarSeries::hovered, this, [minor, currency, labels, count](bool on, int index, QBarSet *) {
            if (!on)
                return QToolTip::hideText();
            const int at = inReadingOrder(index, count);
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(
                                                   labels.at(at), Wording::money(minor.at(at), *currency)));
        });
    connect(series, &QBarSeries::clicked, this, [this] { emit showNeedsCapture(); });
}
