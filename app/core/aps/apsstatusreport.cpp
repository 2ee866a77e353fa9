#include "apsstatusreport.h"

#include "asciidigits.h"

#include <algorithm>

namespace {

bool isDigits(QStringView text, qsizetype minLength, qsizetype maxLength)
{
    return text.size() >= minLength && text.size() <= maxLength && isAsciiDigits(text);
}

} // namespace

ApsStatusReportResult readStatusReport(const ApsMessage &response)
{
    ApsStatusReportResult result;
    const auto fail = [&result](const QString &field, const QString &reason) {
        result.field = field;
        result.reason = reason;
        return result;
    };

    ApsStatusReport report;
    report.transactionStatus = response.value(u"transaction_status");
    report.transactionCode = response.value(u"transaction_code");
    report.transactionMessage = response.value(u"transaction_message");
    if (!isDigits(report.transactionStatus, 2, 2))
        return fail(QStringLiteral("transaction_status"), report.transactionStatus.isEmpty()
                                                              ? QStringLiteral("missing")
                                                              : QStringLiteral("not 2 digits"));
    if (!report.transactionCode.isEmpty() && !isDigits(report.transactionCode, 5, 5))
        return fail(QStringLiteral("transaction_code"), QStringLiteral("not 5 digits"));
    if (!report.transactionCode.isEmpty() && !report.transactionCode.startsWith(report.transactionStatus))
        return fail(QStringLiteral("transaction_code"), QStringLiteral("contradicts transaction_status"));

    const struct
    {
        const char *name;
        qint64 ApsTotals::*member;
    } amounts[] = {{"authorized_amount", &ApsTotals::authorized},
                   {"captured_amount", &ApsTotals::captured},
                   {"refunded_amount", &ApsTotals::refunded}};
    for (const auto &amount : amounts) {
        const QString field = QString::fromLatin1(amount.name);
        if (!response.contains(field))
            return fail(field, QStringLiteral("missing"));
        const QString text = response.value(field);
        if (!isDigits(text, 1, 10))
            return fail(field, QStringLiteral("not minor-unit digits: ") + text);
        report.totals.*amount.member = text.toLongLong();
    }
    result.report = report;
    return result;
}
