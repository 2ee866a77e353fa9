#pragma once

#include "store/auditreader.h"

#include <QDialog>

class AuditLog;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The audit log for people: who did what and when, filtered by user, action, date range and order, newest
// first; the rows shown can be exported as CSV, and "Verify chain" checks every row's keyed hash
// (AuditLog::verify) and says whether the log is intact or which row is wrong.
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
