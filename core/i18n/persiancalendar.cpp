#include "persiancalendar.h"

#include <QtCore/private/qjalalicalendar_p.h>

namespace rater {

namespace {

// Julian day number of 1 Farvardin of year 1.
constexpr qint64 epoch = 1948321;

qint64 floorDiv(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    return (numerator % denominator != 0 && (numerator < 0) != (denominator < 0)) ? quotient - 1 : quotient;
}

qint64 floorMod(qint64 numerator, qint64 denominator)
{
    return numerator - floorDiv(numerator, denominator) * denominator;
}

// Years as counted in the arithmetic: Qt has no year zero, so year -1 is the
// year before year 1.
qint64 arithmeticYear(int year)
{
    return year < 0 ? qint64(year) + 1 : year;
}

int calendarYear(qint64 year)
{
    return int(year <= 0 ? year - 1 : year);
}

// Eight leap years in every 33: year y is leap when (25y + 11) mod 33 < 8.
bool isLeap(qint64 year)
{
    return floorMod(25 * year + 11, 33) < 8;
}

// The Julian day of 1 Farvardin of `year`: 365 days a year plus one for each
// leap year before it, which is floor((8y + 21) / 33) - 1 counted from year 1.
qint64 firstDayOfYear(qint64 year)
{
    return epoch + 365 * (year - 1) + floorDiv(8 * year + 21, 33) - 1;
}

// Days before the first of `month` (1-12) within its year: six months of 31
// days, then months of 30.
int daysBeforeMonth(int month)
{
    return month <= 7 ? 31 * (month - 1) : 186 + 30 * (month - 7);
}

class SolarHijriCalendar final : public QJalaliCalendar
{
public:
    QString name() const override { return QStringLiteral("Solar Hijri"); }

    bool isLeapYear(int year) const override { return year != 0 && isLeap(arithmeticYear(year)); }

    int daysInMonth(int month, int year) const override
    {
        if (month < 1 || month > 12 || year == 0)
            return 0;
        if (month <= 6)
            return 31;
        if (month < 12)
            return 30;
        return year != QCalendar::Unspecified && isLeapYear(year) ? 30 : 29;
    }

    bool dateToJulianDay(int year, int month, int day, qint64 *jd) const override
    {
        if (!isDateValid(year, month, day))
            return false;
        *jd = firstDayOfYear(arithmeticYear(year)) + daysBeforeMonth(month) + day - 1;
        return true;
    }

    QCalendar::YearMonthDay julianDayToDate(qint64 jd) const override
    {
        // 12053 days make 33 years; the estimate is off by at most one year.
        qint64 year = 1 + floorDiv(33 * (jd - epoch) + 3, 12053);
        while (firstDayOfYear(year) > jd)
            --year;
        while (firstDayOfYear(year + 1) <= jd)
            ++year;
        const int dayOfYear = int(jd - firstDayOfYear(year));
        const int month = dayOfYear < 186 ? dayOfYear / 31 + 1 : (dayOfYear - 186) / 30 + 7;
        return {calendarYear(year), month, dayOfYear - daysBeforeMonth(month) + 1};
    }
};

} // namespace

QCalendar persianCalendar()
{
    // The registry owns the backend once registered and keeps it to the end.
    static const QCalendar::SystemId id = (new SolarHijriCalendar)->registerCustomBackend({QStringLiteral("Solar Hijri")});
    return QCalendar(id);
}

} // namespace rater
