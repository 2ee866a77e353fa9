#pragma once

#include "simulatororder.h"

#include <QDateTime>
#include <QList>

// The demo book (aps-simulator --seed demo): a few thousand orders over the last five weeks in AED, SAR, KWD,
// BHD, EGP and USD, mixing fresh, expiring-soon and expired authorizations, partial and full captures,
// purchases, partial and full refunds, voids and declines, with plausible customers (some Arabic names),
// masked cards and some Apple Pay orders. The same `now` always gives the same orders: the generator has a
// fixed seed and times are offsets from `now`.
namespace DemoSeed {

constexpr int defaultOrderCount = 3000;

QList<SimulatorOrder> generate(const QDateTime &now, int expiryDays, int count = defaultOrderCount);

} // namespace DemoSeed
