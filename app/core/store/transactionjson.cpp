#include "transactionjson.h"

#include <QDate>
#include <QIODevice>

namespace {

constexpr qsizetype FlushBytes = 64 * 1024;

void appendHex4(QByteArray &out, char16_t unit)
{
    static const char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(unit >> shift) & 0xf];
}

// A JSON string as QJsonDocument writes it: '"', '\\' and the C0 controls escaped (the short forms where
// JSON has them, \u00XX otherwise), everything else as UTF-8; a lone surrogate, which has no UTF-8, as
// \uXXXX.
void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    while (it != end) {
        const char16_t u = *it++;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            out += char(u);
        } else if (u < 0x80) {
            switch (u) {
            case u'"':
                out += "\\\"";
                break;
            case u'\\':
                out += "\\\\";
                break;
            case u'\b':
                out += "\\b";
                break;
            case u'\f':
                out += "\\f";
                break;
            case u'\n':
                out += "\\n";
                break;
            case u'\r':
                out += "\\r";
                break;
            case u'\t':
                out += "\\t";
                break;
            default:
                appendHex4(out, u);
            }
        } else if (u < 0x800) {
            out += char(0xc0 | (u >> 6));
            out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t c = QChar::surrogateToUcs4(u, *it++);
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            appendHex4(out, u);
        } else {
            out += char(0xe0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3f));
            out += char(0x80 | (u & 0x3f));
        }
    }
    out += '"';
}

void appendDigits(QByteArray &out, int value, int width)
{
    char digits[4];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

// QDateTime::toUTC().toString(Qt::ISODate) ("2026-01-31T09:05:00Z", seconds truncated), without building the
// QDateTime parts it would: only years 0-9999 are written this way, any other time by Qt.
void appendIsoUtc(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out += "\"\"";
        return;
    }
    const qint64 ms = time.toMSecsSinceEpoch();
    constexpr qint64 DayMs = 86'400'000;
    qint64 days = ms / DayMs;
    qint64 inDay = ms % DayMs;
    if (inDay < 0) {
        inDay += DayMs;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 0 || date.year() > 9999) {
        appendString(out, time.toUTC().toString(Qt::ISODate));
        return;
    }
    const int seconds = int(inDay / 1000);
    out += '"';
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    out += 'T';
    appendDigits(out, seconds / 3600, 2);
    out += ':';
    appendDigits(out, seconds / 60 % 60, 2);
    out += ':';
    appendDigits(out, seconds % 60, 2);
    out += "Z\"";
}

// `"name":` before a value; the first key has no comma before it.
void appendKey(QByteArray &out, const char *name)
{
    out += ",\"";
    out += name;
    out += "\":";
}

void appendBool(QByteArray &out, const char *name, bool value)
{
    appendKey(out, name);
    out += value ? "true" : "false";
}

void appendInteger(QByteArray &out, const char *name, qint64 value)
{
    appendKey(out, name);
    out += QByteArray::number(value);
}

void appendText(QByteArray &out, const char *name, QStringView value)
{
    appendKey(out, name);
    appendString(out, value);
}

} // namespace

TransactionJsonWriter::TransactionJsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushBytes + 4096);
    m_buffer += '[';
}

void TransactionJsonWriter::appendObject(QByteArray &out, const TransactionRow &row)
{
    const Transaction &tx = row.transaction;
    // The keys in QJsonObject's order (sorted), so the bytes are what QJsonDocument wrote before.
    out += "{\"attempted\":";
    out += QByteArray::number(tx.attempted);
    appendInteger(out, "authorized", tx.authorized);
    appendKey(out, "authorized_at");
    appendIsoUtc(out, tx.authorizedAt);
    appendKey(out, "capture_deadline");
    appendIsoUtc(out, tx.captureDeadline);
    appendInteger(out, "captured", tx.captured);
    appendText(out, "card_masked", tx.cardMasked);
    appendText(out, "currency", tx.currency.code());
    appendText(out, "customer_email", tx.customerEmail);
    appendText(out, "customer_name", tx.customerName);
    appendText(out, "digital_wallet", tx.digitalWallet);
    appendText(out, "fort_id", tx.fortId);
    appendText(out, "last_response_code", tx.lastResponseCode);
    appendText(out, "last_response_message", tx.lastResponseMessage);
    appendBool(out, "late_applied", row.lateApplied);
    appendText(out, "merchant_reference", tx.merchantReference);
    appendBool(out, "needs_status_check", row.needsStatusCheck);
    appendText(out, "origin", originToken(tx.origin));
    appendText(out, "payment_option", tx.paymentOption);
    appendInteger(out, "refund_reserved", tx.refundReserved);
    appendInteger(out, "refunded", tx.refunded);
    appendText(out, "state", stateToken(row.state));
    appendBool(out, "unresolved", tx.unresolved);
    appendBool(out, "voided", tx.voided);
    out += '}';
}

QByteArray TransactionJsonWriter::object(const TransactionRow &row)
{
    QByteArray out;
    appendObject(out, row);
    return out;
}

bool TransactionJsonWriter::write(const TransactionRow &row)
{
    m_buffer += m_first ? "\n" : ",\n";
    m_first = false;
    appendObject(m_buffer, row);
    return m_buffer.size() < FlushBytes || flush();
}

bool TransactionJsonWriter::finish()
{
    m_buffer += m_first ? "]\n" : "\n]\n";
    return flush();
}

bool TransactionJsonWriter::flush()
{
    m_ok = m_ok && m_device->write(m_buffer) == m_buffer.size();
    m_buffer.resize(0); // keeps the capacity
    return m_ok;
}
