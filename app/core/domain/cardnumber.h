#pragma once

#include <QString>
#include <QStringView>

// Card numbers: PayDesk only ever stores and shows masked numbers (PCI DSS: first 6 and last 4 digits at
// most). These helpers decide what counts as masked, find full numbers hidden in any text, and mask them.
// Every place that stores or echoes text from outside (report files, reasons, evidence) asks them.

// True for an empty text (no card) and for a masked number: digits and mask characters ('*', 'x', 'X',
// '#', U+2022 bullet) with optional spaces or dashes, at most 6 digits before the mask, at most 4 after it,
// no digit in between, and at least one mask character unless only 4 digits or fewer are shown
// ("411111******1111", "************1111", "1111"). False for anything else, a full number included.
bool isMaskedCardNumber(QStringView text);
// What a card-number field from outside (a report's card_number) holds.
enum class CardNumberField {
    Masked,    // isMaskedCardNumber(): may be stored
    Full,      // not masked and more digits than a masked number shows (6 + 4): taken for a full number,
               // Luhn-valid or not, so that no message echoes it
    NotMasked, // anything else ("4111-11", "n/a")
};
CardNumberField classifyCardNumberField(QStringView text);
// The last four digits of a masked number, or an empty string when it does not end in four digits.
QString cardLastFour(QStringView masked);

// True when `text` holds a full card number anywhere: 13 to 19 decimal digits that start with an issuer
// digit of the card networks (2 to 6: an APS fort_id starts with 1) and pass the Luhn check.
// - Digits of any script count: every Unicode decimal digit (ASCII, Arabic-Indic U+0660-0669, Extended
//   Arabic-Indic U+06F0-06F9, full-width U+FF10-FF19, Devanagari, mathematical digits...), by their value.
// - Between two digits any number of separators may stand: white space, dashes (any Unicode dash),
//   '.', '/', '_' (and their full-width forms), 'x', 'X', U+00D7, the Arabic decimal and thousands
//   separators, and invisible format characters (zero-width space, soft hyphen, ...). They join digit
//   groups into one run: "4111 1111.1111/1111", "4111x1111x1111x1111".
// - Any other character ends a run, mask characters ('*', '#', U+2022) included, so a masked number
//   ("411111******1111", 10 digits at most) is never taken for a full one.
// - Within a run, every stretch of whole groups (digits written together) with 13 to 19 digits is checked,
//   so extra digit groups before or after a number do not hide it ("4111 1111 1111 1111 2024"). A single
//   group of more than 19 digits is not a card number (a 20-digit fort_id).
// Costs one pass over the text; no allocation for text without digits.
bool containsCardNumber(QStringView text);

// `text` with every digit of every full card number (as containsCardNumber() finds them) except its last
// four replaced by '*', separators and everything else kept: "card 4111-1111-1111-1111 ok" becomes
// "card ****-****-****-1111 ok". Text without a card number is returned unchanged. For messages that quote
// outside input.
QString maskCardNumbers(const QString &text);
