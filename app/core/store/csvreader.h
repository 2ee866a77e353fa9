#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// How much of one record a CsvReader keeps in memory. Beyond a limit it keeps reading to the end of the
// record (so the next record starts where it should) but stores nothing more, and says so (overflow()).
struct CsvLimits
{
    qsizetype maxFieldBytes = 64 * 1024; // bytes of one field (UTF-8, after unquoting)
    qsizetype maxFields = 1024;          // fields of one record
    qint64 maxRecordBytes = 1024 * 1024; // bytes of one record as in the file, line breaks in quotes included
};

// Reads RFC 4180 CSV from a device, one record at a time, without holding the file in memory: UTF-8 with or
// without a byte order mark, fields separated by ',', quoted fields with embedded commas, doubled quotes and
// line breaks, records ended by CRLF, LF or CR (the last one may lack it). Empty lines are skipped.
// Lenient where files in the wild are: text after a closing quote is kept as part of the field.
// Memory stays bounded by CsvLimits whatever the input: a 256 MB field costs no more than a short one.
class CsvReader final
{
public:
    // What the last record lost to the limits. The first limit reached wins.
    enum class Overflow {
        None,
        FieldTooLong,  // field overflowField() has more than maxFieldBytes: its first maxFieldBytes are kept
        TooManyFields, // the record has more than maxFields fields: the first maxFields are kept
        RecordTooLong, // the record has more than maxRecordBytes: fields from overflowField() on are cut
    };

    // The device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device, CsvLimits limits = {});
    Q_DISABLE_COPY_MOVE(CsvReader)

    // The next record's fields; false at the end of the input or on an error (see error()). A record cut by
    // the limits is returned (true) with overflow() set: the caller must not take it for the whole record.
    bool readRecord(QStringList &fields);
    Overflow overflow() const { return m_overflow; }
    // 0-based index of the field where the last record overflowed; -1 when it did not.
    qsizetype overflowField() const { return m_overflowField; }
    const CsvLimits &limits() const { return m_limits; }
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

    void overflowAt(Overflow overflow, qsizetype field);

    QIODevice *m_device;
    CsvLimits m_limits;
    Overflow m_overflow = Overflow::None;
    qsizetype m_overflowField = -1;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_started = false;
    QString m_error;
};
