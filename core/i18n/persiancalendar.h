#pragma once

#include <QCalendar>

namespace rater {

// The Solar Hijri (Persian) calendar as ICU and the common 33-year jalaali
// algorithm compute it. Qt's own Jalali calendar follows the 2820-year cycle,
// which puts a leap year one year later in 1436 and 1469 (Gregorian 2058 and
// 2091) and so starts every month of 1437 and 1470 a day early. Month names,
// digits and formatting are Qt's Jalali ones; only the arithmetic differs.
QCalendar persianCalendar();

} // namespace rater
