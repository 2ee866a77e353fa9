#include "auditlog.h"

#include "domain/cardnumber.h"
#include "store/auditkeyprovider.h"
#include "store/database.h"
#include "store/sqlvalue.h"

#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Where and why the chain breaks: what AuditVerification reports.
struct ChainBreak
{
    AuditProblem problem = AuditProblem::None;
    qint64 rowId = 0;
    QString message;
};

ChainBreak editedRow(const AuditEntry &entry, bool firstRow)
{
    return {AuditProblem::Edited, entry.id,
            firstRow
                ? QStringLiteral("row %1 was edited: its content does not match its hash (or the audit key "
                                 "is not the one that wrote this log)")
                      .arg(entry.id)
                : QStringLiteral("row %1 was edited: its content does not match its hash").arg(entry.id)};
}

// The row's prev_hash is not the hash of the row checked before it (`previousId`): rows before it were
// deleted, or it was moved.
ChainBreak brokenLink(const QSqlDatabase &connection, const AuditEntry &entry, qint64 previousId)
{
    if (entry.id != previousId + 1) {
        return {AuditProblem::Missing, entry.id,
                entry.id == previousId + 2
                    ? QStringLiteral("row %1 is missing (deleted) before row %2")
                          .arg(previousId + 1)
                          .arg(entry.id)
                    : QStringLiteral("rows %1 to %2 are missing (deleted) before row %3")
                          .arg(previousId + 1)
                          .arg(entry.id - 1)
                          .arg(entry.id)};
    }
    QSqlQuery owner(connection);
    owner.prepare(QStringLiteral("SELECT id FROM audit_log WHERE hash = ? LIMIT 1"));
    owner.addBindValue(entry.prevHash);
    if (owner.exec() && owner.next()) {
        return {AuditProblem::Reordered, entry.id,
                QStringLiteral("row %1 is out of order: it was written after the row now at id %2")
                    .arg(entry.id)
                    .arg(owner.value(0).toLongLong())};
    }
    return {AuditProblem::Missing, entry.id,
            QStringLiteral("the row written before row %1 is missing (deleted or replaced)").arg(entry.id)};
}

// The whole log checked (`rowsChecked` rows, the last one `lastId`) against an anchor remembered earlier:
// `hashAtAnchor` is the hash the chain carries at the anchor's row count.
std::optional<ChainBreak> anchorBreak(const AuditAnchor &anchor, qint64 rowsChecked, qint64 lastId,
                                      const QString &hashAtAnchor)
{
    if (rowsChecked < anchor.rowCount) {
        return ChainBreak{
            AuditProblem::TailCut, lastId + 1,
            QStringLiteral("the log ends after %1 rows but the anchor recorded %2: rows from id "
                           "%3 on were cut off")
                .arg(rowsChecked)
                .arg(anchor.rowCount)
                .arg(lastId + 1)};
    }
    if (hashAtAnchor != anchor.lastHash) {
        return ChainBreak{
            AuditProblem::AnchorMismatch, 0,
            QStringLiteral("row number %1 does not carry the anchor's hash: the log was cut and rewritten")
                .arg(anchor.rowCount)};
    }
    return std::nullopt;
}

} // namespace

void appendCanonicalField(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

QString AuditAnchor::toString() const
{
    return QString::number(rowCount) + QLatin1Char(':') + lastHash;
}

std::optional<AuditAnchor> AuditAnchor::fromString(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 count = text.left(colon).toLongLong(&ok);
    const QStringView hash = text.mid(colon + 1);
    if (!ok || count < 0 || hash.size() != 64)
        return std::nullopt;
    for (const QChar c : hash) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return std::nullopt;
    }
    return AuditAnchor{count, hash.toString()};
}

AuditLog::AuditLog(const Database &database, const AuditKeyProvider &keys)
    : m_database(database)
    , m_keys(keys)
{}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const QByteArray &key, const AuditEntry &entry)
{
    QByteArray content = QByteArrayLiteral("paydesk-audit-v1;");
    appendCanonicalField(content, QString::number(entry.at.toMSecsSinceEpoch()));
    appendCanonicalField(content, entry.userName);
    appendCanonicalField(content, entry.action);
    appendCanonicalField(content, entry.outcome);
    appendCanonicalField(content, entry.merchantReference);
    appendCanonicalField(content, entry.details);
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(entry.prevHash.toLatin1() + content, key, QCryptographicHash::Sha256)
            .toHex());
}

StoreResult<QByteArray> AuditLog::key() const
{
    return m_keys.key();
}

StoreResult<QByteArray> AuditLog::derivedKey(QByteArrayView label) const
{
    const auto secret = key();
    if (!secret.ok())
        return secret;
    return QMessageAuthenticationCode::hash(label.toByteArray(), *secret, QCryptographicHash::Sha256);
}

StoreResult<qint64> AuditLog::append(const QString &userName, const QString &action, const QString &outcome,
                                     const QString &merchantReference, const QString &details) const
{
    const auto secret = key();
    if (!secret.ok())
        return StoreResult<qint64>(secret.status());
    qint64 id = 0;
    const StoreStatus status = m_database.withWriteTransaction([&]() -> StoreStatus {
        QSqlQuery last(m_database.connection());
        if (!last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return Database::sqlFailure(last, QStringLiteral("reading the audit log"));
        AuditEntry entry;
        entry.prevHash = last.next() ? last.value(0).toString() : genesisHash();
        entry.at = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        entry.userName = userName;
        entry.action = action;
        entry.outcome = outcome;
        // The log is append-only: a card number written here could never be removed again. The row is
        // hashed as stored, so verify() sees the masked text.
        entry.merchantReference = maskCardNumbers(merchantReference);
        entry.details = maskCardNumbers(details);
        entry.hash = computeHash(*secret, entry);
        QSqlQuery insert(m_database.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO audit_log (at, user_name, action, outcome, merchant_reference, "
                           "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        insert.addBindValue(entry.at.toMSecsSinceEpoch());
        insert.addBindValue(notNull(entry.userName));
        insert.addBindValue(notNull(entry.action));
        insert.addBindValue(notNull(entry.outcome));
        insert.addBindValue(notNull(entry.merchantReference));
        insert.addBindValue(notNull(entry.details));
        insert.addBindValue(entry.prevHash);
        insert.addBindValue(entry.hash);
        if (!insert.exec())
            return Database::sqlFailure(insert, QStringLiteral("writing the audit log"));
        id = returnedId(insert);
        return StoreStatus::success();
    });
    if (!status.ok())
        return StoreResult<qint64>(status);
    return id;
}

QString AuditLog::entryColumns()
{
    return QStringLiteral("id, at, user_name, action, outcome, merchant_reference, details, prev_hash, hash");
}

AuditEntry AuditLog::entryFrom(const QSqlQuery &row)
{
    AuditEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC);
    entry.userName = row.value(2).toString();
    entry.action = row.value(3).toString();
    entry.outcome = row.value(4).toString();
    entry.merchantReference = row.value(5).toString();
    entry.details = row.value(6).toString();
    entry.prevHash = row.value(7).toString();
    entry.hash = row.value(8).toString();
    return entry;
}

StoreResult<AuditAnchor> AuditLog::head() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                                   "FROM audit_log")) ||
        !query.next())
        return StoreResult<AuditAnchor>(Database::sqlFailure(query, QStringLiteral("reading the audit log")));
    const qint64 count = query.value(0).toLongLong();
    return AuditAnchor{count, count == 0 ? genesisHash() : query.value(1).toString()};
}

AuditVerification AuditLog::verify(const std::optional<AuditAnchor> &anchor) const
{
    AuditVerification result;
    const auto bad = [&](const ChainBreak &broken) {
        result.problem = broken.problem;
        result.firstBadRowId = broken.rowId;
        result.message = broken.message;
        return result;
    };
    const auto secret = key();
    if (!secret.ok())
        return bad({AuditProblem::Unavailable, 0, secret.message});

    QSqlQuery rows(m_database.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT ") + entryColumns() +
                   QStringLiteral(" FROM audit_log ORDER BY id")))
        return bad({AuditProblem::Unavailable, 0,
                    Database::sqlFailure(rows, QStringLiteral("reading the audit log")).message});

    QString expectedPrev = genesisHash();
    qint64 previousId = 0;
    QString hashAtAnchor = genesisHash(); // an anchor of zero rows carries the genesis hash
    while (rows.next()) {
        const AuditEntry entry = entryFrom(rows);
        if (computeHash(*secret, entry) != entry.hash)
            return bad(editedRow(entry, result.rowsChecked == 0));
        if (entry.prevHash != expectedPrev)
            return bad(brokenLink(m_database.connection(), entry, previousId));
        expectedPrev = entry.hash;
        previousId = entry.id;
        ++result.rowsChecked;
        if (anchor && result.rowsChecked == anchor->rowCount)
            hashAtAnchor = entry.hash;
    }
    if (rows.lastError().isValid())
        return bad({AuditProblem::Unavailable, 0,
                    Database::sqlFailure(rows, QStringLiteral("reading the audit log")).message});
    if (anchor) {
        if (const auto broken = anchorBreak(*anchor, result.rowsChecked, previousId, hashAtAnchor))
            return bad(*broken);
    }
    result.message = QStringLiteral("%1 rows, chain intact").arg(result.rowsChecked);
    return result;
}
