#pragma once

#include "domain/transaction.h"

#include <QColor>

// Every colour the window paints with, named by what it means. Text colours are dark enough to read on the
// light default background; the pills pair a pale background with a dark text of the same hue.
namespace Palette {

struct Pair
{
    QColor background;
    QColor text;
};

// Text that reports an outcome: done, waiting (unknown, pending, a deadline close), refused (declined,
// manual review, a deadline passed, an amount not accepted).
inline QColor done()
{
    return QColor(0x16, 0x65, 0x34);
}
inline QColor waiting()
{
    return QColor(0xa6, 0x5e, 0x00);
}
inline QColor refused()
{
    return QColor(0xc6, 0x28, 0x28);
}
// A problem that stops the dialog: a failed sign-in, a broken audit chain, a setting not saved.
inline QColor errorText()
{
    return QColor(0xb9, 0x1c, 0x1c);
}
// Secondary text: an empty list's explanation.
inline QColor muted()
{
    return QColor(0x6b, 0x72, 0x80);
}

// The demo's banner: simulated payments, no real money.
inline QColor warningBackground()
{
    return QColor(0xfd, 0xe6, 0x8a);
}
inline QColor warningText()
{
    return QColor(0x71, 0x3f, 0x12);
}
inline QColor warningBorder()
{
    return QColor(0xf5, 0x9e, 0x0b);
}
// The LIVE marker of a production profile, where money is real.
inline QColor alertBackground()
{
    return QColor(0xdc, 0x26, 0x26);
}
inline QColor alertText()
{
    return QColor(Qt::white);
}
// The demo's hints beside the sign-in form.
inline QColor hintBackground()
{
    return QColor(0xfe, 0xf9, 0xc3);
}
inline QColor hintBorder()
{
    return QColor(0xfa, 0xcc, 0x15);
}
// The idle lock's overlay.
inline QColor lockBackground()
{
    return QColor(0x1f, 0x29, 0x37);
}
inline QColor lockTitle()
{
    return QColor(Qt::white);
}
inline QColor lockText()
{
    return QColor(0xe5, 0xe7, 0xeb);
}

// The pill behind a transaction's state in the list and the detail pane.
inline Pair statePill(TransactionState state)
{
    switch (state) {
    case TransactionState::Authorized:
        return {QColor(0xdb, 0xea, 0xfe), QColor(0x1e, 0x40, 0xaf)};
    case TransactionState::PartiallyCaptured:
        return {QColor(0xe0, 0xe7, 0xff), QColor(0x37, 0x30, 0xa3)};
    case TransactionState::Captured:
        return {QColor(0xdc, 0xfc, 0xe7), done()};
    case TransactionState::PartiallyRefunded:
        return {QColor(0xfe, 0xf3, 0xc7), QColor(0x85, 0x4d, 0x0e)};
    case TransactionState::Refunded:
        return {QColor(0xf3, 0xe8, 0xff), QColor(0x6b, 0x21, 0xa8)};
    case TransactionState::Voided:
        return {QColor(0xe5, 0xe7, 0xeb), QColor(0x37, 0x41, 0x51)};
    case TransactionState::Expired:
        return {QColor(0xfe, 0xe2, 0xe2), QColor(0x99, 0x1b, 0x1b)};
    case TransactionState::Failed:
        return {QColor(0xfe, 0xca, 0xca), QColor(0x7f, 0x1d, 0x1d)};
    }
    return {QColor(Qt::white), QColor(Qt::black)};
}
// The pill of a row while an operation on it is in flight.
inline Pair inProgressPill()
{
    return {QColor(0xff, 0xed, 0xd5), QColor(0x9a, 0x34, 0x12)};
}

} // namespace Palette
