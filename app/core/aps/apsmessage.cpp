#include "apsmessage.h"

#include <QSet>

#include <algorithm>

namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. Returns the offset of the first
// bad byte, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return -1;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Reader
{
public:
    explicit Reader(const QByteArray &json)
        : m_json(json)
    {}

    struct Outcome
    {
        QList<ApsMessage::Field> fields;
        ApsMessage::ParseError error = ApsMessage::ParseError::None;
        qsizetype offset = -1;
    };

    Outcome read()
    {
        skipWhitespace();
        if (peek() != '{')
            return fail(ApsMessage::ParseError::NotAnObject);
        ++m_pos;
        QList<ApsMessage::Field> fields;
        QSet<QString> names;
        skipWhitespace();
        if (peek() == '}') {
            ++m_pos;
            return finish(std::move(fields));
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"')
                return fail(ApsMessage::ParseError::Syntax);
            const qsizetype nameOffset = m_pos;
            QString name;
            if (!readString(&name))
                return fail(ApsMessage::ParseError::Syntax);
            if (names.contains(name)) {
                m_pos = nameOffset;
                return fail(ApsMessage::ParseError::DuplicateKey);
            }
            names.insert(name);
            skipWhitespace();
            if (peek() != ':')
                return fail(ApsMessage::ParseError::Syntax);
            ++m_pos;
            skipWhitespace();
            ApsMessage::Field field;
            field.name = name;
            const char c = peek();
            if (c == '"') {
                if (!readString(&field.value))
                    return fail(ApsMessage::ParseError::Syntax);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!readNumber(&field.value))
                    return fail(ApsMessage::ParseError::Syntax);
                field.fromNumber = true;
            } else if (c == '{' || c == '[') {
                return fail(ApsMessage::ParseError::NestedValue);
            } else if (startsWithLiteral("true") || startsWithLiteral("false") || startsWithLiteral("null")) {
                return fail(ApsMessage::ParseError::UnsupportedValue);
            } else {
                return fail(ApsMessage::ParseError::Syntax);
            }
            fields.append(std::move(field));
            skipWhitespace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return finish(std::move(fields));
            }
            return fail(ApsMessage::ParseError::Syntax);
        }
    }

private:
    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_json.size(); }

    void skipWhitespace()
    {
        while (!atEnd() && isJsonWhitespace(m_json.at(m_pos)))
            ++m_pos;
    }

    bool startsWithLiteral(const char *literal) const
    {
        return QByteArrayView(m_json).sliced(m_pos).startsWith(QByteArrayView(literal));
    }

    Outcome fail(ApsMessage::ParseError error) const { return {{}, error, m_pos}; }

    Outcome finish(QList<ApsMessage::Field> fields)
    {
        skipWhitespace();
        if (!atEnd())
            return fail(ApsMessage::ParseError::TrailingGarbage);
        return {std::move(fields), ApsMessage::ParseError::None, -1};
    }

    // Reads four hex digits after "\u"; m_pos is on the first digit.
    bool readHex4(char16_t *unit)
    {
        if (m_pos + 4 > m_json.size())
            return false;
        int value = 0;
        for (int k = 0; k < 4; ++k) {
            const int digit = hexDigit(m_json.at(m_pos + k));
            if (digit < 0)
                return false;
            value = value * 16 + digit;
        }
        m_pos += 4;
        *unit = char16_t(value);
        return true;
    }

    // On failure m_pos is left on the offending byte.
    bool readString(QString *out)
    {
        ++m_pos; // opening quote
        QByteArray utf8;
        QString decoded;
        const auto flushUtf8 = [&] {
            decoded += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (!atEnd()) {
            const char c = m_json.at(m_pos);
            if (c == '"') {
                ++m_pos;
                flushUtf8();
                *out = decoded;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                utf8 += c;
                ++m_pos;
                continue;
            }
            const qsizetype escapeOffset = m_pos;
            ++m_pos;
            const char e = peek();
            ++m_pos;
            switch (e) {
            case '"':
                utf8 += '"';
                break;
            case '\\':
                utf8 += '\\';
                break;
            case '/':
                utf8 += '/';
                break;
            case 'b':
                utf8 += '\b';
                break;
            case 'f':
                utf8 += '\f';
                break;
            case 'n':
                utf8 += '\n';
                break;
            case 'r':
                utf8 += '\r';
                break;
            case 't':
                utf8 += '\t';
                break;
            case 'u': {
                char16_t unit = 0;
                if (!readHex4(&unit)) {
                    m_pos = escapeOffset;
                    return false;
                }
                flushUtf8();
                if (QChar::isLowSurrogate(unit)) {
                    m_pos = escapeOffset;
                    return false;
                }
                if (QChar::isHighSurrogate(unit)) {
                    char16_t low = 0;
                    if (peek() != '\\' || m_pos + 1 >= m_json.size() || m_json.at(m_pos + 1) != 'u') {
                        m_pos = escapeOffset;
                        return false;
                    }
                    m_pos += 2;
                    if (!readHex4(&low) || !QChar::isLowSurrogate(low)) {
                        m_pos = escapeOffset;
                        return false;
                    }
                    decoded += QChar(unit);
                    decoded += QChar(low);
                } else {
                    decoded += QChar(unit);
                }
                break;
            }
            default:
                m_pos = escapeOffset;
                return false;
            }
        }
        return false;
    }

    // JSON number grammar; the literal text is kept exactly as received.
    bool readNumber(QString *out)
    {
        const qsizetype start = m_pos;
        const auto digits = [this] {
            const qsizetype from = m_pos;
            while (!atEnd() && peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return false;
        }
        if (peek() == '.') {
            ++m_pos;
            if (digits() == 0)
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (digits() == 0)
                return false;
        }
        // "01" or "1x": a number must end at a delimiter.
        const char next = peek();
        if (!atEnd() && !isJsonWhitespace(next) && next != ',' && next != '}')
            return false;
        *out = QString::fromLatin1(m_json.constData() + start, m_pos - start);
        return true;
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
};

} // namespace

ApsMessage::ParseResult ApsMessage::parse(const QByteArray &json)
{
    const qsizetype badByte = firstInvalidUtf8(json);
    if (badByte >= 0) {
        ParseResult result;
        result.error = ParseError::InvalidUtf8;
        result.offset = badByte;
        return result;
    }
    Reader::Outcome outcome = Reader(json).read();
    ParseResult result;
    result.error = outcome.error;
    result.offset = outcome.offset;
    if (outcome.error == ParseError::None) {
        ApsMessage message;
        message.m_fields = std::move(outcome.fields);
        result.message = std::move(message);
    }
    return result;
}

bool ApsMessage::contains(QStringView name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [name](const Field &f) { return f.name == name; });
}

QString ApsMessage::value(QStringView name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

void ApsMessage::set(const QString &name, const QString &value)
{
    for (Field &field : m_fields) {
        if (field.name == name) {
            field.value = value;
            field.fromNumber = false;
            return;
        }
    }
    m_fields.append({name, value, false});
}

void ApsMessage::remove(QStringView name)
{
    m_fields.removeIf([name](const Field &f) { return f.name == name; });
}

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray ApsMessage::toJson() const
{
    QByteArray out;
    out += '{';
    bool first = true;
    for (const Field &field : m_fields) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, field.name);
        out += ':';
        appendJsonString(out, field.value);
    }
    out += '}';
    return out;
}

QString describeParseError(ApsMessage::ParseError error)
{
    switch (error) {
    case ApsMessage::ParseError::None:
        return QStringLiteral("no error");
    case ApsMessage::ParseError::NotAnObject:
        return QStringLiteral("not a JSON object");
    case ApsMessage::ParseError::Syntax:
        return QStringLiteral("JSON syntax error");
    case ApsMessage::ParseError::NestedValue:
        return QStringLiteral("nested object or array (APS messages are flat)");
    case ApsMessage::ParseError::UnsupportedValue:
        return QStringLiteral("true, false or null value (APS values are strings or numbers)");
    case ApsMessage::ParseError::DuplicateKey:
        return QStringLiteral("duplicate key");
    case ApsMessage::ParseError::TrailingGarbage:
        return QStringLiteral("unexpected text after the JSON object");
    case ApsMessage::ParseError::InvalidUtf8:
        return QStringLiteral("invalid UTF-8");
    }
    return QStringLiteral("unknown error");
}
