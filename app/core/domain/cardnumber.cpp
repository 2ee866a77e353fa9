#include "cardnumber.h"

namespace {

bool isMaskChar(QChar c)
{
    return c == u'*' || c == u'x' || c == u'X' || c == u'#' || c == QChar(0x2022);
}

} // namespace

bool isMaskedCardNumber(QStringView text)
{
    int leading = 0;  // digits before the first mask character
    int trailing = 0; // digits after the last mask character
    int masks = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'-')
            continue;
        if (isMaskChar(c)) {
            if (trailing > 0)
                return false; // a digit between two masked stretches
            ++masks;
        } else if (c >= u'0' && c <= u'9') {
            (masks == 0 ? leading : trailing) += 1;
        } else {
            return false;
        }
    }
    if (masks == 0)
        return leading <= 4;
    return leading <= 6 && trailing <= 4;
}

QString cardLastFour(QStringView masked)
{
    QString digits;
    for (qsizetype i = masked.size() - 1; i >= 0 && digits.size() < 4; --i) {
        const QChar c = masked.at(i);
        if (c == u' ' || c == u'-')
            continue;
        if (c < u'0' || c > u'9')
            break;
        digits.prepend(c);
    }
    return digits.size() == 4 ? digits : QString();
}
