#pragma once

#include "store/transactionquery.h"

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSettings;
class QTimer;

// The filters above the list: quick state chips, currency, date range and a search box. Typing is debounced
// (SearchDelayMs) so the list re-queries once the user pauses, never per key.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    enum class Chip { All, NeedsCapture, ExpiringSoon, Unresolved, Refundable, Lapsed };
    Q_ENUM(Chip)

    static constexpr int SearchDelayMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    // Writes the filters into `query`, leaving its sort alone.
    void applyTo(TransactionQuery &query) const;

    Chip chip() const;
    void setChip(Chip chip);
    QString currency() const;
    void setCurrencies(const QStringList &codes);
    void setCurrency(const QString &code);
    QString searchText() const;
    void setSearchText(const QString &text); // applies at once, without the delay
    QLineEdit *searchBox() const { return m_search; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

signals:
    void changed();

private:
    QButtonGroup *m_chips;
    QComboBox *m_currency;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
};
