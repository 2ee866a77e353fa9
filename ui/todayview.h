#pragma once

#include "store/todayfigures.h"

#include <QDate>
#include <QWidget>

#include <functional>

class Database;
class QChartView;
class QComboBox;
class QLabel;
class StoreWorker;

// Today: what needs attention now and what the last days moved, at a glance. Tiles for authorizations whose
// deadline is within 24 hours, the money left to capture, refund requests waiting for approval (for someone
// who may approve: waiting for them), operations being settled or in manual review, and yesterday's captured
// and refunded totals; charts of captured and refunded money per day over 30 days and of the money left to
// capture by hours until its deadline, per currency. Each tile and bar leads to the list filtered to it.
//
// The figures (TodayFigures) are read on a worker thread with its own connection, so the window never waits
// for sums over a million rows; refresh() reads them again (the window calls it when the store changes).
class TodayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayView)

public:
    struct Context
    {
        const Database *database = nullptr;
        QString userName;
        bool mayApprove = false;
        std::function<QDateTime()> now; // UTC
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    explicit TodayView(Context context, QWidget *parent = nullptr);
    ~TodayView() override;

    void refresh();
    // Whether the signed-in person may approve refunds: the approvals tile then counts what waits for them.
    void setMayApprove(bool mayApprove);
    // The time zone the days are cut in (the profile's).
    void setZone(const QTimeZone &zone);
    bool isReading() const;
    // The figures shown, once read.
    const std::optional<TodayFigures> &figures() const { return m_figures; }
    QString chartCurrency() const;
    void setChartCurrency(const QString &code);
    QChartView *movementChart() const { return m_movementChart; }
    QChartView *exposureChart() const { return m_exposureChart; }
    // The text of a tile by its name ("expiring", "toCapture", "approvals", "unresolved", "yesterday").
    QString tileText(const QString &name) const;

signals:
    // A tile or bar asks for the list: filtered to expiring soon, open for capture, being settled.
    void showExpiringSoon();
    void showNeedsCapture();
    void showUnresolved();
    void showApprovals();
    // The orders authorized on `day` (desk's time zone), in `currency` (empty: every currency).
    void showDay(const QDate &day, const QString &currency);
    void figuresRead();

private:
    QLabel *addTile(const QString &name, const QString &title, const QString &link,
                    const std::function<void()> &onLink);
    void showFigures(const TodayFigures &figures);
    void showTiles(const TodayFigures &figures);
    void showCharts();
    void showMovementChart(const QString &currency);
    void showExposureChart(const QString &currency);
    QString amounts(const QList<CurrencyAmount> &list, bool withCount) const;
    QString approvalsTitle() const;

    Context m_context;
    StoreWorker *m_worker;
    std::optional<TodayFigures> m_figures;
    QHash<QString, QLabel *> m_tiles;
    QLabel *m_status;
    QComboBox *m_currency;
    QChartView *m_movementChart;
    QChartView *m_exposureChart;
    QList<QDate> m_chartDays; // the movement chart's categories, in order
};
