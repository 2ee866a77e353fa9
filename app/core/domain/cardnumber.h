#pragma once

#include <QString>
#include <QStringView>

// Card numbers: PayDesk only ever stores and shows masked numbers (PCI DSS: first 6 and last 4 digits at
// most). These helpers decide what counts as masked.

// True for an empty text (no card) and for a masked number: digits and mask characters ('*', 'x', 'X',
// '#', U+2022 bullet) with optional spaces or dashes, at most 6 digits before the mask, at most 4 after it,
// no digit in between, and at least one mask character unless only 4 digits or fewer are shown
// ("411111******1111", "************1111", "1111"). False for anything else, a full number included.
bool isMaskedCardNumber(QStringView text);
// The last four digits of a masked number, or an empty string when it does not end in four digits.
QString cardLastFour(QStringView masked);
