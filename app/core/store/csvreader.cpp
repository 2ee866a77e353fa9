#include "csvreader.h"

#include <QIODevice>

namespace {
constexpr qint64 ChunkSize = 256 * 1024;
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

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
    while (true) {
        const int c = get();
        if (quoted) {
            if (c < 0) {
                m_error =
                    QStringLiteral("a quoted field starting on line %1 is not closed").arg(m_recordLine);
                return false;
            }
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    field += '"';
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n'))
                ++m_line;
            field += char(c);
            continue;
        }
        if (c == '"' && field.isEmpty()) {
            quoted = true;
            continue;
        }
        if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
            continue;
        }
        if (c < 0 || c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                get();
            if (c >= 0)
                ++m_line;
            fields << QString::fromUtf8(field);
            return true;
        }
        field += char(c);
    }
}
