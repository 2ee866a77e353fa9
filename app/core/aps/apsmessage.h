#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// A flat APS request or response: an ordered list of name/value pairs whose values are kept as the exact
// text that was sent or received. QJsonDocument is not used for reading because it rounds long numbers
// (a 20-digit fort_id), rewrites "10000.0" and silently keeps the last of duplicate keys, and a signature is
// computed over exactly what was received.
class ApsMessage final
{
public:
    struct Field
    {
        QString name;
        QString value; // a JSON string's decoded value, or a JSON number's literal text ("1000", "10.50")
        bool fromNumber = false; // the value arrived as a JSON number rather than a string
    };

    enum class ParseError {
        None,
        NotAnObject,      // the top level is not a JSON object
        Syntax,           // broken JSON: bad escape, missing quote, comma or colon, ...
        NestedValue,      // an object or array as a value
        UnsupportedValue, // true, false or null as a value
        DuplicateKey,
        TrailingGarbage, // anything but whitespace after the closing brace
        InvalidUtf8,
    };

    struct ParseResult; // below: it holds an ApsMessage, which is complete only after the class

    static ParseResult parse(const QByteArray &json);

    bool contains(QStringView name) const;
    // The value, or an empty string when the field is absent.
    QString value(QStringView name) const;
    // Replaces the value in place when the field exists, appends it otherwise.
    void set(const QString &name, const QString &value);
    void remove(QStringView name);
    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    // Compact JSON with every value written as a string, in field order.
    QByteArray toJson() const;

private:
    QList<Field> m_fields;
};

struct ApsMessage::ParseResult
{
    std::optional<ApsMessage> message;
    ParseError error = ParseError::None;
    qsizetype offset = -1; // byte offset of the problem in the input
    bool ok() const { return message.has_value(); }
};

QString describeParseError(ApsMessage::ParseError error);
