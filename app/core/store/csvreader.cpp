#include "csvreader.h"

#include <QIODevice>

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

CsvReader::CsvReader(QIODevice *device, CsvLimits limits)
    : m_device(device)
    , m_limits(limits)
{}

void CsvReader::overflowAt(Overflow overflow, qsizetype field)
{
    if (m_overflow != Overflow::None)
        return;
    m_overflow = overflow;
    m_overflowField = field;
}

bool CsvReader::fill()
{
    m_consumed += m_pos;
    m_buffer = m_device->read(ChunkSize);
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return m_pos < m_buffer.size();
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    m_error.clear();
    m_overflow = Overflow::None;
    m_overflowField = -1;
    // Skip empty lines between records.
    for (int c = peek(); c == '\r' || c == '\n'; c = peek()) {
        get();
        if (c == '\r' && peek() == '\n')
            get();
        ++m_line;
    }
    if (peek() < 0)
        return false;
    m_recordLine = m_line;

    QByteArray field;
    bool quoted = false;
    qint64 recordBytes = 0;
    // Past a limit the rest of the record is still consumed, byte by byte, but nothing more is kept.
    const auto keep = [&](char c) {
        if (m_overflow == Overflow::RecordTooLong || m_overflow == Overflow::TooManyFields)
            return;
        if (recordBytes > m_limits.maxRecordBytes) {
            overflowAt(Overflow::RecordTooLong, fields.size());
            return;
        }
        if (field.size() >= m_limits.maxFieldBytes) {
            overflowAt(Overflow::FieldTooLong, fields.size());
            return;
        }
        field += c;
    };
    const auto endField = [&]() {
        if (fields.size() >= m_limits.maxFields) {
            overflowAt(Overflow::TooManyFields, fields.size());
        } else if (m_overflow != Overflow::RecordTooLong && m_overflow != Overflow::TooManyFields) {
            fields << QString::fromUtf8(field);
        }
        field.clear();
    };
    while (true) {
        const int c = get();
        if (c >= 0)
            ++recordBytes;
        if (quoted) {
            if (c < 0) {
                m_error =
                    QStringLiteral("a quoted field starting on line %1 is not closed").arg(m_recordLine);
                return false;
            }
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    ++recordBytes;
                    keep('"');
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n'))
                ++m_line;
            keep(char(c));
            continue;
        }
        if (c == '"' && field.isEmpty()) {
            quoted = true;
            continue;
        }
        if (c == ',') {
            endField();
            continue;
        }
        if (c < 0 || c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                get();
            if (c >= 0)
                ++m_line;
            endField();
            return true;
        }
        keep(char(c));
    }
}
