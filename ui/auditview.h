#pragma once

#include "money/money.h"
#include "store/auditreader.h"

#include <QDialog>
#include <QLocale>

#include <optional>

class AuditLog;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The audit log for people: who did what and when (actions in words with their amounts formatted, times in
// the user's locale and time zone), filtered by user, action, date range and order, newest first; the rows
// shown can be exported as CSV, and "Verify chain" checks every row's keyed hash (AuditLog::verify) and says
// whether the log is intact or which row is wrong.
class AuditView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)

public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        OutcomeColumn,
        OrderColumn,
        DetailsColumn,
        ColumnCount
    };

    AuditView(const Database &database, const AuditLog &audit, QWidget *parent = nullptr);

    // The filter as the form says (dates are the user's local days, `to` inclusive).
    AuditFilter filter() const;
    void setUser(const QString &user);
    void setAction(const QString &action);
    void setReference(const QString &reference);
    void setDates(const QDate &from, const QDate &to);
    void reload();
    const QList<AuditEntry> &entries() const { return m_entries; }

    // Writes the rows shown; false with the reason in the status line.
    bool exportTo(const QString &path);
    void verify();

    // The entry's action in words, with its amount formatted for `locale` ("Captured 500.00 AED", "Refund
    // request approved"). `amount` is the money the entry is about, when known.
    static QString describe(const AuditEntry &entry, const std::optional<Money> &amount,
                            const QLocale &locale = QLocale());
    // The money an entry is about: the amount its details name ("… 500.00 AED …"), else the journalled
    // operation its details name ("operation 12: …"; a void's is what it released).
    std::optional<Money> amountOf(const AuditEntry &entry) const;

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *verifyLabel() const { return m_verify; }

private:
    void chooseExportFile();

    const Database &m_database;
    const AuditLog &m_audit;
    QList<AuditEntry> m_entries;
    QComboBox *m_user;
    QComboBox *m_action;
    QLineEdit *m_reference;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
    QLabel *m_verify;
};
