#pragma once

#include "store/storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

class AuditKeyProvider;
class Database;
class QSqlQuery;

// One row of the audit log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, millisecond precision
    QString userName;
    QString action;            // e.g. "init", "capture", "profile set"
    QString outcome;           // e.g. "done", "refused", "succeeded", "declined", "unknown"
    QString merchantReference; // empty when not about one transaction
    QString details;           // free text; never a secret or a full card number
    QString prevHash;          // lower-case hex
    QString hash;              // lower-case hex
};

// What `audit head` prints and should be kept elsewhere: the number of rows and the last row's hash.
// Text form "COUNT:HASH" (e.g. "12:3fa4..."); an empty log is "0:" + the genesis hash.
struct AuditAnchor
{
    qint64 rowCount = 0;
    QString lastHash;

    QString toString() const;
    static std::optional<AuditAnchor> fromString(QStringView text);
};

enum class AuditProblem {
    None,
    Edited,         // a row's content does not match its hash (or the key is not the one that wrote it)
    Missing,        // a row was deleted (a gap in the ids, or the chain skips a row)
    Reordered,      // rows were swapped: a row follows another row than the one it was chained to
    TailCut,        // fewer rows than the anchor recorded
    AnchorMismatch, // the row at the anchor's position carries another hash (cut and rewritten)
    Unavailable,    // the key or the table could not be read
};

// The result of AuditLog::verify(). firstBadRowId is the id of the first row found wrong (for TailCut the
// first id missing at the end), 0 when ok.
struct AuditVerification
{
    AuditProblem problem = AuditProblem::None;
    qint64 firstBadRowId = 0;
    qint64 rowsChecked = 0;
    QString message;

    bool ok() const { return problem == AuditProblem::None; }
};

// Appends `value` to a canonical form as "<byte length>:<utf-8 bytes>;", so no two different sequences of
// fields read the same. The audit chain and the people seal (PeopleSeal) both hash fields written this way.
void appendCanonicalField(QByteArray &out, const QString &value);

// The append-only audit log (table audit_log; triggers refuse UPDATE and DELETE). Each row is chained to the
// previous one: hash = HMAC-SHA-256(key, prev_hash + canonical content), the first row's prev_hash is
// genesisHash(). The canonical content is the UTF-8 of at (ms since epoch), user, action, outcome,
// merchant reference and details, each written as "<byte length>:<bytes>;" after the prefix
// "paydesk-audit-v1;", so no two different rows share it. The row id is not hashed: moving content to another
// id is caught by the chain and reported as re-ordering.
class AuditLog final
{
public:
    AuditLog(const Database &database, const AuditKeyProvider &keys);

    static QString genesisHash(); // 64 zeros

    // Appends one row inside the caller's write transaction when there is one (so it commits or rolls back
    // with the caller's change), otherwise in its own. Returns the new row's id. AuditKey when the key is
    // missing: then nothing is written, and callers must not act unaudited. Every full card number in
    // `merchantReference` and `details` is masked (maskCardNumbers()) before the row is hashed and stored.
    StoreResult<qint64> append(const QString &userName, const QString &action, const QString &outcome,
                               const QString &merchantReference = QString(),
                               const QString &details = QString()) const;

    // The anchor of the log as it is now.
    StoreResult<AuditAnchor> head() const;
    // Walks the whole chain in id order and reports the first row that is wrong. With an anchor from an
    // earlier head(), also detects rows cut off the end (TailCut) or a log cut and rewritten past it.
    AuditVerification verify(const std::optional<AuditAnchor> &anchor = std::nullopt) const;

    // The hash of a row's content after prevHash, with this key (exposed for tests and tools).
    static QString computeHash(const QByteArray &key, const AuditEntry &entry);
    // What a query of the log selects (entryColumns()) for entryFrom() to read its current row as an entry.
    static QString entryColumns();
    static AuditEntry entryFrom(const QSqlQuery &row);

    // A key for another use of the audit key: HMAC-SHA-256(audit key, label). A distinct label per use
    // (e.g. PeopleSeal's) keeps a MAC of one kind from ever passing for a chain hash or another kind's MAC.
    StoreResult<QByteArray> derivedKey(QByteArrayView label) const;

private:
    StoreResult<QByteArray> key() const;

    const Database &m_database;
    const AuditKeyProvider &m_keys;
};
