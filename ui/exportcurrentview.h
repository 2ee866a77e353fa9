#pragma once

#include "store/transactionquery.h"

#include <QObject>
#include <QString>

class Database;
class QThread;
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
// the file is replaced only when the whole export succeeded. The interactive path asks for the file with a
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

    // The message counts in the default locale's digits.
    static ExportOutcome exportTo(const Database &database, const TransactionQuery &query,
                                  const QString &path);

    // Asks for the file (a save dialog on `parent`), then start()s. Ignored while an export runs.
    void chooseFileAndExport(const TransactionQuery &query, QWidget *parent);
    // Exports on a worker thread; finished() follows on this object's thread. Ignored while one runs.
    void start(const TransactionQuery &query, const QString &path);
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
