#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// Reads RFC 4180 CSV from a device, one record at a time, without holding the file in memory: UTF-8 with or
// without a byte order mark, fields separated by ',', quoted fields with embedded commas, doubled quotes and
// line breaks, records ended by CRLF, LF or CR (the last one may lack it). Empty lines are skipped.
// Lenient where files in the wild are: text after a closing quote is kept as part of the field.
class CsvReader final
{
public:
    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device);
    Q_DISABLE_COPY_MOVE(CsvReader)

    // The next record's fields; false at the end of the input or on an error (see error()).
    bool readRecord(QStringList &fields);
    // 1-based line of the input on which the last record read starts (quoted line breaks count as lines).
    qint64 recordLine() const { return m_recordLine; }
    // Empty unless the input ended inside a quoted field.
    const QString &error() const { return m_error; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_consumed + m_pos; }

private:
    bool fill(); // more bytes into the buffer; false at the end
    int peek();  // the next byte or -1
    int get();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    QString m_error;
};
