#pragma once

#include "store/transactionquery.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

// The filters above the list: quick state chips (with their counts when known), currency, date range (typed,
// picked from a calendar or a preset) and a search box. Typing is debounced (SearchDelayMs) so the list
// re-queries once the user pauses, never per key; Enter or Down in the box applies it at once and asks for
// the list (searchAccepted()).
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    enum class Chip { All, NeedsCapture, ExpiringSoon, Unresolved, Refundable, Lapsed };
    Q_ENUM(Chip)
    static QList<Chip> chips();
    static QString chipName(Chip chip);
    // Date presets, as of `today` (the desk's local date).
    enum class DatePreset { Any, Today, Yesterday, Last7Days, ThisMonth };
    Q_ENUM(DatePreset)

    static constexpr int SearchDelayMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    // Writes the filters into `query`, leaving its sort alone.
    void applyTo(TransactionQuery &query) const;
    // Writes only what `chip` selects (the other filters stay as they are in `query`).
    static void applyChip(Chip chip, TransactionQuery &query);

    Chip chip() const;
    void setChip(Chip chip);
    QString currency() const;
    void setCurrencies(const QStringList &codes);
    void setCurrency(const QString &code);
    QString searchText() const;
    void setSearchText(const QString &text); // applies at once, without the delay
    QLineEdit *searchBox() const { return m_search; }
    // The chips' counts under the other filters; an empty hash shows the names alone.
    void setChipCounts(const QHash<Chip, qint64> &counts);
    QAbstractButton *chipButton(Chip chip) const;

    // The inclusive date range; null dates for no bound.
    QDate fromDate() const;
    QDate toDate() const;
    void setDateRange(const QDate &from, const QDate &to); // one changed()
    void applyPreset(DatePreset preset, const QDate &today = QDate::currentDate());
    // Only the orders a day captured or refunded money on (the Today view's bars), shown as a removable
    // filter; a null date removes it. Not kept in the settings.
    QDate movedOn() const { return m_movedOn; }
    void setMovedOn(const QDate &day); // one changed()
    QToolButton *movedOnButton() const { return m_movedButton; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QToolButton *datePresetsButton() const { return m_presets; }

    void saveState(QSettings &settings) const;
    // Chip, currency and dates. The search text is not kept: a new session starts on every order, not on
    // yesterday's search hiding most of them.
    void restoreState(QSettings &settings);

signals:
    void changed();
    // Enter or Down in the search box: the search is applied; the list should take the focus.
    void searchAccepted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateEdit *makeDateEdit(const QString &accessibleName);
    void flushSearch();

    QButtonGroup *m_chips;
    QComboBox *m_currency;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_presets;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QToolButton *m_movedButton;
    QDate m_movedOn;
};
