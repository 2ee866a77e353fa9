#pragma once

#include <QDateTime>

#include <functional>

// What time it is, in UTC. Services take one so that tests can move time; empty means the system clock.
using Clock = std::function<QDateTime()>;

// The clock's time, or the system's UTC time when the clock is empty.
inline QDateTime nowUtc(const Clock &clock)
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}
