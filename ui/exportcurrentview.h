#pragma once

#include "domain/transactionrules.h"
#include "store/transactionexporter.h"
#include "store/transactionquery.h"

#include <QObject>
#include <QString>

class Database;
class QThread;
class QHeaderView;
class QWidget;

// What an export of the window's current view did, with a sentence for the status bar.
struct ExportOutcome
{
    bool ok = false;
    qint64 rows = 0; // transactions written (the header not counted)
    QString path;
    QString message; // "Exported 1,204 transactions to /home/…/june.csv." or why nothing was written
};

// Exports the window's current TransactionQuery (its filters and sort) as CSV through TransactionExporter:
// the file is replaced only when the whole export succeeded. Three kinds, chosen by the save dialog's file
// type: the columns the list shows with their headings, as the list words them, with a UTF-8 byte order mark
// (for Excel and people); every machine column (`paydeskctl export`'s format, the default); or the machine
// columns with the byte order mark. The dialog proposes "paydesk-<view>-<date>.csv" in the folder used last
// (Documents at first), and remembers the kind. The interactive path asks for the file with a
// QFileDialog opened with open() and writes on a worker thread with its own database connection, so a large
// view never blocks the window; exportTo() is the same work done at once, for tests and scripts.
class ExportCurrentView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCurrentView)

public:
    // `database` must outlive this object.
    explicit ExportCurrentView(const Database &database, QObject *parent = nullptr);
    // Waits for a running export to end.
    ~ExportCurrentView() override;

    enum class Kind { MachineColumns, ShownColumns, MachineColumnsWithMark };

    // The message counts in the default locale's digits.
    static ExportOutcome exportTo(const Database &database, const TransactionQuery &query,
                                  const QString &path, const TransactionExporter::Options &options = {});

    // The list's visible columns in their on-screen order, with the list's headings and cells as the list
    // words them (rules and `now` as the list judges them, amounts and times in `locale`).
    static QList<TransactionExporter::Column> shownColumns(const QHeaderView &header,
                                                           const TransactionRules &rules,
                                                           const QDateTime &now, const QLocale &locale);
    // What `kind` writes: `shown` for ShownColumns.
    static TransactionExporter::Options optionsFor(Kind kind,
                                                   const QList<TransactionExporter::Column> &shown);
    // "paydesk-needs-capture-2026-12-01.csv": the view's chip (and currency), and `day`.
    static QString defaultFileName(const TransactionQuery &query, const QDate &day);
    // The folder the last export went to (QSettings), Documents before the first one.
    static QString defaultFolder();

    // Asks for the file and the kind (a save dialog on `parent`), then start()s. Ignored while an export
    // runs.
    // Without `shown`, only the machine kinds are offered.
    void chooseFileAndExport(const TransactionQuery &query, QWidget *parent,
                             const QList<TransactionExporter::Column> &shown = {});
    // Exports on a worker thread; finished() follows on this object's thread. Ignored while one runs.
    void start(const TransactionQuery &query, const QString &path,
               const TransactionExporter::Options &options = {});
    bool isRunning() const { return m_worker != nullptr; }

signals:
    // An export began: a sentence for the status bar.
    void started(const QString &message);
    void finished(const ExportOutcome &outcome);

private:
    void done(const ExportOutcome &outcome);

    const Database &m_database;
    QThread *m_worker = nullptr;
};
