#include "reportrow.h"

#include "aps/apsoutcome.h"
#include "domain/cardnumber.h"
#include "money/money.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace {

constexpr qsizetype ColumnCount = 16;

constexpr const char *columnNames[ColumnCount] = {
    "merchant_reference", "fort_id",
    "operation",          "status",
    "response_code",      "amount",
    "currency",           "transaction_date",
    "customer_name",      "customer_email",
    "card_number",        "payment_option",
    "digital_wallet",     "order_description",
    "response_message",   "card_holder_name",
};

// The longest value each column may have, in characters. APS documents merchant_reference 40, fort_id 20,
// order_description and response_message 150 (shared/aps/README.md); customer_email 254 is the longest
// address SMTP carries (RFC 5321), which APS documents too. Names: APS takes 40 in requests, but a report
// also holds orders from other channels, and refusing a whole order for a long name costs more than storing
// 100 characters. The rest are codes and words of a few characters: their limits only keep messages short.
constexpr int columnMaxLength[ColumnCount] = {
    40,  // merchant_reference
    20,  // fort_id
    40,  // operation
    40,  // status
    10,  // response_code
    30,  // amount
    10,  // currency
    40,  // transaction_date
    100, // customer_name
    254, // customer_email
    40,  // card_number
    50,  // payment_option
    50,  // digital_wallet
    150, // order_description
    150, // response_message
    100, // card_holder_name
};

// Messages quote outside text: long values are cut.
QString shortened(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    return text.size() > MaxShown ? text.left(MaxShown) + QChar(0x2026) : text;
}

QString normalizedHeader(const QString &name)
{
    return name.trimmed().toLower().replace(u' ', u'_');
}

std::optional<ReportOperation> parseOperation(const QString &text)
{
    const QString word = text.trimmed().toLower().replace(u'_', u' ').simplified();
    if (word == u"authorization" || word == u"authorisation" || word == u"authorize")
        return ReportOperation::Authorization;
    if (word == u"purchase" || word == u"sale")
        return ReportOperation::Purchase;
    if (word == u"capture" || word == u"partial capture")
        return ReportOperation::Capture;
    if (word == u"refund" || word == u"partial refund")
        return ReportOperation::Refund;
    if (word == u"void authorization" || word == u"void authorisation" || word == u"void")
        return ReportOperation::Void;
    return std::nullopt;
}

// The operation's full success code and refusal status (shared/aps/README.md section 3).
struct OperationCodes
{
    QStringView success;
    QStringView failureStatus;
};

OperationCodes codesOf(ReportOperation op)
{
    switch (op) {
    case ReportOperation::Authorization:
        return {u"02000", u"03"};
    case ReportOperation::Purchase:
        return {u"14000", u"13"};
    case ReportOperation::Capture:
        return {u"04000", u"05"};
    case ReportOperation::Refund:
        return {u"06000", u"07"};
    case ReportOperation::Void:
        return {u"08000", u"09"};
    }
    return {u"", u""};
}

bool isAsciiDigitText(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString operationWord(ReportOperation op)
{
    switch (op) {
    case ReportOperation::Authorization:
        return QStringLiteral("authorization");
    case ReportOperation::Purchase:
        return QStringLiteral("purchase");
    case ReportOperation::Capture:
        return QStringLiteral("capture");
    case ReportOperation::Refund:
        return QStringLiteral("refund");
    case ReportOperation::Void:
        return QStringLiteral("void");
    }
    return QString();
}

// The outcome a status word stands for, or nullopt for a word that is none of them.
std::optional<ReportOutcome> outcomeOfWord(const QString &word)
{
    if (word == u"success" || word == u"successful" || word == u"succeeded" || word == u"approved" ||
        word == u"accepted" || word == u"completed")
        return ReportOutcome::Success;
    if (word == u"failed" || word == u"failure" || word == u"fail" || word == u"declined" ||
        word == u"rejected" || word == u"refused" || word == u"error")
        return ReportOutcome::Failed;
    // Words for an outcome APS had not settled: like status 15, never read as a refusal.
    if (word == u"pending" || word == u"uncertain" || word == u"unknown" || word == u"on hold" ||
        word == u"in review" || word == u"processing" || word == u"timeout" || word == u"timed out")
        return ReportOutcome::Pending;
    return std::nullopt;
}

ReportOutcome outcomeOfKind(ApsOutcome::Kind kind)
{
    switch (kind) {
    case ApsOutcome::Kind::Success:
        return ReportOutcome::Success;
    case ApsOutcome::Kind::Declined:
        return ReportOutcome::Failed;
    case ApsOutcome::Kind::Unknown:
        break;
    }
    return ReportOutcome::Pending;
}

} // namespace

// The row's outcome by the decision table of the APS README (apsCodeMeaning): from the status (a word, the
// 2-digit status or a 5-digit code) and the response_code; when both are given they must agree, except that
// an outcome left open by either one stays open. Empty `problem` when the row's outcome is known.
ReportOutcome ReportRowParser::outcomeOf(ReportOperation op, const QString &status,
                                         const QString &responseCode, QString &problem)
{
    const OperationCodes codes = codesOf(op);
    const auto meaningOf = [&](QStringView code) -> std::optional<ApsCodeMeaning> {
        if ((code.size() != 2 && code.size() != 5) || !isAsciiDigitText(code))
            return std::nullopt;
        return apsCodeMeaning(code.left(2), code.mid(2), codes.success, codes.failureStatus);
    };
    const QString word = status.toLower().replace(u'_', u' ').simplified();
    std::optional<ReportOutcome> fromStatus = outcomeOfWord(word);
    std::optional<ApsCodeMeaning> statusMeaning;
    if (!fromStatus && !word.isEmpty()) {
        statusMeaning = meaningOf(word);
        if (!statusMeaning) {
            problem = QStringLiteral("unknown status \"%1\"").arg(status);
            return ReportOutcome::Failed;
        }
    }
    std::optional<ApsCodeMeaning> codeMeaning;
    if (!responseCode.isEmpty()) {
        codeMeaning = meaningOf(responseCode);
        if (!codeMeaning) {
            problem = QStringLiteral("response_code \"%1\" is not an APS code").arg(responseCode);
            return ReportOutcome::Failed;
        }
        if (statusMeaning && !responseCode.startsWith(word.left(2))) {
            problem = QStringLiteral("status %1 and response_code %2 disagree").arg(status, responseCode);
            return ReportOutcome::Failed;
        }
    }
    if (!fromStatus && !statusMeaning && !codeMeaning) {
        problem = QStringLiteral("missing status");
        return ReportOutcome::Failed;
    }
    // The code says more than the status (its message part), so it decides when both are codes.
    const ApsCodeMeaning meaning = codeMeaning.value_or(statusMeaning.value_or(ApsCodeMeaning()));
    const bool coded = codeMeaning || statusMeaning;
    if (coded && !meaning.expected) {
        problem = QStringLiteral("%1 is not an outcome of this operation (%2: %3 means success)")
                      .arg(responseCode.isEmpty() ? status : responseCode, operationWord(op),
                           codes.success.toString());
        return ReportOutcome::Failed;
    }
    if (!fromStatus)
        return outcomeOfKind(meaning.kind);
    if (!coded || *fromStatus == outcomeOfKind(meaning.kind))
        return *fromStatus;
    if (*fromStatus == ReportOutcome::Pending || meaning.kind == ApsOutcome::Kind::Unknown)
        return ReportOutcome::Pending;
    problem = QStringLiteral("status \"%1\" and response_code %2 disagree").arg(status, responseCode);
    return ReportOutcome::Failed;
}

namespace {

std::optional<qint64> parseDate(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(match.captured(2), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString offset = match.captured(3);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toMSecsSinceEpoch();
    if (offset == u"Z")
        return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const QString digits = QString(offset).remove(u':');
    const int sign = digits.front() == u'-' ? -1 : 1;
    const int seconds = sign * (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, QTimeZone(seconds)).toMSecsSinceEpoch();
}

QString notAReport(const QString &why)
{
    return QStringLiteral("not an APS transaction report: ") + why;
}

} // namespace

ReportRowParser::ReportRowParser(QTimeZone timeZone)
    : m_timeZone(std::move(timeZone))
{
    static_assert(int(ColCount) == ColumnCount);
    std::fill(std::begin(m_index), std::end(m_index), -1);
}

QString ReportRowParser::hashKey(const QStringList &parts)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .left(16)
            .toHex());
}

StoreStatus ReportRowParser::readHeader(const QStringList &fields, const CsvReader &reader)
{
    if (reader.overflow() != CsvReader::Overflow::None) {
        return StoreStatus::failure(
            StoreError::Invalid, notAReport(QStringLiteral("its header (line %1) has more than %2 columns, a "
                                                           "column name longer than %3 bytes or more than %4 "
                                                           "bytes in all")
                                                .arg(reader.recordLine())
                                                .arg(reader.limits().maxFields)
                                                .arg(reader.limits().maxFieldBytes)
                                                .arg(reader.limits().maxRecordBytes)));
    }
    std::fill(std::begin(m_index), std::end(m_index), -1);
    m_columnCount = int(fields.size());
    m_headerNames.clear();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = normalizedHeader(fields.at(i));
        m_headerNames << name;
        for (int c = 0; c < ColCount; ++c) {
            if (name == QLatin1String(columnNames[c]) && m_index[c] < 0)
                m_index[c] = i;
        }
    }
    // PayDesk's own export (TransactionExporter) has one row per order with its totals, not the operations
    // APS reported: importing it would make PayDesk's figures look like APS's.
    const auto hasColumn = [this](const char *name) {
        return m_headerNames.contains(QLatin1String(name));
    };
    if (m_index[ColOperation] < 0 && hasColumn("state") && hasColumn("authorized") && hasColumn("captured") &&
        hasColumn("refunded")) {
        return StoreStatus::failure(
            StoreError::Invalid,
            notAReport(QStringLiteral(
                "this is a PayDesk export (one row per order with PayDesk's totals and state), and an import "
                "takes the operations APS reported. Import the transaction report downloaded from the APS "
                "back office instead; to move a cache to another desk, use backup and restore, or migrate "
                "it to a team store")));
    }
    for (const Column required : {ColReference, ColOperation, ColAmount, ColCurrency, ColDate}) {
        if (m_index[required] < 0) {
            return StoreStatus::failure(
                StoreError::Invalid,
                notAReport(QStringLiteral("no %1 column").arg(QLatin1String(columnNames[required]))));
        }
    }
    if (m_index[ColStatus] < 0 && m_index[ColResponseCode] < 0)
        return StoreStatus::failure(StoreError::Invalid,
                                    notAReport(QStringLiteral("no status or response_code column")));
    return StoreStatus::success();
}

QString ReportRowParser::field(const QStringList &fields, Column column) const
{
    const int index = m_index[column];
    return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString();
}

QString ReportRowParser::reference(const QStringList &fields) const
{
    return fields.value(m_index[ColReference]).trimmed();
}

// How messages name a column: by its header, which is outside input too (masked, and cut when long).
QString ReportRowParser::columnLabel(qsizetype index) const
{
    const QString name = maskCardNumbers(m_headerNames.value(index));
    if (name.isEmpty())
        return QStringLiteral("column %1").arg(index + 1);
    return shortened(name);
}

std::optional<ReportRow> ReportRowParser::parse(const QStringList &fields, const CsvReader &reader,
                                                ImportBadRow &bad) const
{
    bad.line = reader.recordLine();
    const QString reference = field(fields, ColReference);
    // Card numbers first, in every column (those PayDesk does not read too), so that no other message can
    // echo one; the row's reference is not shown when it is where the number is.
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (containsCardNumber(fields.at(i))) {
            if (!containsCardNumber(reference))
                bad.merchantReference = reference;
            bad.reason = maskCardNumbers(QStringLiteral("full card number in %1").arg(columnLabel(i)));
            return std::nullopt;
        }
    }
    bad.merchantReference = shortened(reference);
    ReportRow row;
    row.line = bad.line;
    QString problem = shapeProblem(fields, reader);
    if (problem.isEmpty())
        problem = readFields(fields, row);
    if (!problem.isEmpty()) {
        // Two fields quoted in one message could together spell a card number that neither holds alone.
        bad.reason = maskCardNumbers(problem);
        return std::nullopt;
    }
    return row;
}

// What is wrong with the row as a whole (its size, a value too long, an unmasked card_number), or empty.
QString ReportRowParser::shapeProblem(const QStringList &fields, const CsvReader &reader) const
{
    // The reader kept only part of an oversized row: refuse it without looking further.
    switch (reader.overflow()) {
    case CsvReader::Overflow::None:
        break;
    case CsvReader::Overflow::FieldTooLong:
        return QStringLiteral("%1 is longer than %2 bytes (not read further)")
            .arg(columnLabel(reader.overflowField()))
            .arg(reader.limits().maxFieldBytes);
    case CsvReader::Overflow::TooManyFields:
        return QStringLiteral("more than %1 fields where the header has %2")
            .arg(reader.limits().maxFields)
            .arg(m_columnCount);
    case CsvReader::Overflow::RecordTooLong:
        return QStringLiteral("the row is longer than %1 bytes (not read further from %2 on)")
            .arg(reader.limits().maxRecordBytes)
            .arg(columnLabel(reader.overflowField()));
    }
    if (fields.size() != m_columnCount)
        return QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(m_columnCount);
    for (int column = 0; column < ColCount; ++column) {
        const qsizetype length = field(fields, Column(column)).size();
        if (length > columnMaxLength[column]) {
            return QStringLiteral("%1 has %2 characters, more than the %3 allowed")
                .arg(QLatin1String(columnNames[column]))
                .arg(length)
                .arg(columnMaxLength[column]);
        }
    }
    switch (classifyCardNumberField(field(fields, ColCardNumber))) {
    case CardNumberField::Masked:
        return QString();
    case CardNumberField::Full:
        return QStringLiteral("full card number in card_number");
    case CardNumberField::NotMasked:
        return QStringLiteral("card_number is not a masked card number");
    }
    Q_UNREACHABLE();
    return QString();
}

// Fills `row` from the fields; what is wrong with the first bad value, or empty.
QString ReportRowParser::readFields(const QStringList &fields, ReportRow &row) const
{
    row.reference = field(fields, ColReference);
    if (row.reference.isEmpty())
        return QStringLiteral("missing merchant_reference");
    const std::optional<ReportOperation> op = parseOperation(field(fields, ColOperation));
    if (!op)
        return QStringLiteral("unknown operation \"%1\"").arg(field(fields, ColOperation));
    row.op = *op;
    const QString status = field(fields, ColStatus);
    const QString responseCode = field(fields, ColResponseCode);
    QString problem;
    row.outcome = outcomeOf(row.op, status, responseCode, problem);
    if (problem.isEmpty())
        problem = readAmount(fields, row);
    if (!problem.isEmpty())
        return problem;
    const std::optional<qint64> at = parseDate(field(fields, ColDate), m_timeZone);
    if (!at)
        return QStringLiteral("bad transaction_date \"%1\"").arg(field(fields, ColDate));
    row.at = *at;

    row.fortId = field(fields, ColFortId);
    row.customerName = field(fields, ColCustomerName);
    row.customerEmail = field(fields, ColCustomerEmail);
    row.cardMasked = field(fields, ColCardNumber);
    row.paymentOption = field(fields, ColPaymentOption);
    row.digitalWallet = field(fields, ColDigitalWallet);
    row.orderDescription = field(fields, ColOrderDescription);
    row.responseCode = responseCode;
    row.responseMessage = field(fields, ColResponseMessage);
    row.baseKey =
        hashKey({row.reference, row.fortId, QString::number(int(row.op)), QString::number(int(row.outcome)),
                 QString::number(row.amount), row.currency, QString::number(row.at)});
    return QString();
}

// Currency and amount (strictly by the currency's exponent; a void may leave the amount empty).
QString ReportRowParser::readAmount(const QStringList &fields, ReportRow &row) const
{
    row.currency = field(fields, ColCurrency).toUpper();
    const std::optional<Currency> currency = Currency::fromCode(row.currency);
    if (!currency)
        return QStringLiteral("unknown currency \"%1\"").arg(field(fields, ColCurrency));
    const QString amount = field(fields, ColAmount);
    if (amount.isEmpty() && row.op == ReportOperation::Void)
        return QString();
    const MoneyParseResult parsed = Money::parse(amount, *currency);
    if (!parsed.ok()) {
        return QStringLiteral("bad amount \"%1\": %2")
            .arg(amount, describeMoneyError(parsed.error, *currency, parsed.position));
    }
    row.amount = parsed.value->minorUnits();
    return QString();
}
