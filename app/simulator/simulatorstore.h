#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

class SimulatorBook;
struct SimulatorOrder;

// The simulator's book in an SQLite file (aps-simulator --state FILE), so it survives restarts: orders,
// every operation, and the clock offset and configuration. Uses its own named connection.
class SimulatorStore final
{
    Q_DISABLE_COPY_MOVE(SimulatorStore)

public:
    SimulatorStore();
    ~SimulatorStore();

    bool open(const QString &path, QString *error);
    // Loads every stored order and setting into the book.
    bool load(SimulatorBook &book, QString *error);
    // Writes the order and the operations not written yet.
    void save(const SimulatorOrder &order);
    void saveMeta(const QString &key, const QString &value);

    // Groups many saves in one transaction (seeding).
    void beginBatch();
    void commitBatch();

private:
    QSqlDatabase database() const;

    QString m_connectionName;
    QHash<QString, int> m_savedOperations; // merchant_reference -> operations already written
};
