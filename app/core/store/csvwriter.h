#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8 (a byte order mark only on request) with CRLF line ends: a field is quoted
// when it holds a comma, a quote, CR or LF (quotes doubled), or starts or ends with a space.
//
// Against spreadsheet formula injection, text cells are neutralised: a cell starting with '=', '+', '-', '@',
// a tab or CR is written with a leading single quote, so a spreadsheet shows it as text and never runs it.
// Numbers written with writeNumber-style plain digits never start with those characters.
class CsvWriter final
{
public:
    // The device must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // One record; each field goes through neutralizeFormula() and then quoting. False when the device
    // refused.
    bool writeRecord(const QStringList &fields);

    // Writes the UTF-8 byte order mark (EF BB BF), which tells Excel the file is UTF-8 (without it, Excel
    // reads Arabic names as the system's code page). Once, before the first record. False when the device
    // refused.
    bool writeByteOrderMark();

    // `text` prefixed with "'" when a spreadsheet would read it as a formula.
    static QString neutralizeFormula(const QString &text);
    // `text` as one RFC 4180 field (quoted when needed).
    static QString quoteField(const QString &text);

private:
    QIODevice *m_device;
};
