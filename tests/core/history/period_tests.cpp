#include "printing.h"

#include "history/period.h"
#include "i18n/persiancalendar.h"

#include <catch2/catch.hpp>

using namespace rater;

namespace {

const QCalendar gregorian(QCalendar::System::Gregorian);
const QCalendar jalali = persianCalendar();
const QCalendar islamic(QCalendar::System::IslamicCivil);

Period of(const QDate &date, const QCalendar &calendar, PeriodKind kind = PeriodKind::Quarter, int fiscalStart = 1)
{
    return periodOf(date, PeriodScheme{calendar, kind, fiscalStart});
}

} // namespace

TEST_CASE("Gregorian quarters turn on the first of January, April, July and October", "[period]")
{
    CHECK(of(QDate(2025, 12, 31), gregorian).year == 2025);
    CHECK(of(QDate(2025, 12, 31), gregorian).index == 4);
    CHECK(of(QDate(2026, 1, 1), gregorian).year == 2026);
    CHECK(of(QDate(2026, 1, 1), gregorian).index == 1);
    CHECK(of(QDate(2026, 3, 31), gregorian).index == 1);
    CHECK(of(QDate(2026, 4, 1), gregorian).index == 2);
    CHECK(of(QDate(2026, 6, 30), gregorian).index == 2);
    CHECK(of(QDate(2026, 7, 1), gregorian).index == 3);
    CHECK(of(QDate(2026, 9, 30), gregorian).index == 3);
    CHECK(of(QDate(2026, 10, 1), gregorian).index == 4);
    const Period q1 = of(QDate(2026, 2, 14), gregorian);
    CHECK(q1.start == QDate(2026, 1, 1));
    CHECK(q1.end == QDate(2026, 3, 31));
    const Period q4 = of(QDate(2024, 11, 5), gregorian);
    CHECK(q4.start == QDate(2024, 10, 1));
    CHECK(q4.end == QDate(2024, 12, 31));
}

TEST_CASE("The Jalali year starts on Nowruz: 2024-03-20 is 1403/1/1, 2025-03-21 is 1404/1/1", "[period]")
{
    CHECK(jalali.partsFromDate(QDate(2024, 3, 20)).year == 1403);
    CHECK(jalali.partsFromDate(QDate(2024, 3, 20)).month == 1);
    CHECK(jalali.partsFromDate(QDate(2024, 3, 20)).day == 1);
    CHECK(jalali.partsFromDate(QDate(2025, 3, 20)).year == 1403);
    CHECK(jalali.partsFromDate(QDate(2025, 3, 20)).month == 12);
    CHECK(jalali.partsFromDate(QDate(2025, 3, 20)).day == 30); // 1403 is a leap year
    CHECK(jalali.partsFromDate(QDate(2025, 3, 21)).year == 1404);

    const Period lastOf1403 = of(QDate(2025, 3, 20), jalali);
    CHECK(lastOf1403.year == 1403);
    CHECK(lastOf1403.index == 4);
    CHECK(lastOf1403.end == QDate(2025, 3, 20));
    const Period firstOf1404 = of(QDate(2025, 3, 21), jalali);
    CHECK(firstOf1404.year == 1404);
    CHECK(firstOf1404.index == 1);
    CHECK(firstOf1404.start == QDate(2025, 3, 21));
    CHECK(of(QDate(2024, 3, 19), jalali).year == 1402);
    CHECK(of(QDate(2024, 3, 20), jalali).year == 1403);
}

TEST_CASE("Jalali quarters: Farvardin to Khordad, Tir to Shahrivar, Mehr to Azar, Dey to Esfand", "[period]")
{
    // 1404: Farvardin 1 = 2025-03-21, Tir 1 = 2025-06-22, Mehr 1 = 2025-09-23, Dey 1 = 2025-12-22.
    CHECK(of(QDate(2025, 6, 21), jalali).index == 1);
    CHECK(of(QDate(2025, 6, 22), jalali).index == 2);
    CHECK(of(QDate(2025, 9, 22), jalali).index == 2);
    CHECK(of(QDate(2025, 9, 23), jalali).index == 3);
    CHECK(of(QDate(2025, 12, 21), jalali).index == 3);
    CHECK(of(QDate(2025, 12, 22), jalali).index == 4);
    const Period q2 = of(QDate(2025, 8, 1), jalali);
    CHECK(q2.start == QDate(2025, 6, 22));
    CHECK(q2.end == QDate(2025, 9, 22));
}

TEST_CASE("A fiscal start shifts the quarters and the year", "[period]")
{
    // Fiscal year from April: April 2026 to March 2027 is fiscal 2026.
    CHECK(of(QDate(2026, 3, 31), gregorian, PeriodKind::Quarter, 4).year == 2025);
    CHECK(of(QDate(2026, 3, 31), gregorian, PeriodKind::Quarter, 4).index == 4);
    CHECK(of(QDate(2026, 4, 1), gregorian, PeriodKind::Quarter, 4).year == 2026);
    CHECK(of(QDate(2026, 4, 1), gregorian, PeriodKind::Quarter, 4).index == 1);
    const Period q4 = of(QDate(2027, 2, 1), gregorian, PeriodKind::Quarter, 4);
    CHECK(q4.year == 2026);
    CHECK(q4.index == 4);
    CHECK(q4.start == QDate(2027, 1, 1));
    CHECK(q4.end == QDate(2027, 3, 31));
    const Period year = of(QDate(2026, 12, 31), gregorian, PeriodKind::Year, 7);
    CHECK(year.start == QDate(2026, 7, 1));
    CHECK(year.end == QDate(2027, 6, 30));
    // Jalali fiscal year from Mehr (month 7).
    const Period mehr = of(QDate(2025, 9, 23), jalali, PeriodKind::Half, 7);
    CHECK(mehr.year == 1404);
    CHECK(mehr.index == 1);
    CHECK(of(QDate(2025, 9, 22), jalali, PeriodKind::Half, 7).year == 1403);
}

TEST_CASE("Months, halves, years and the Islamic civil calendar", "[period]")
{
    const Period march = of(QDate(2024, 2, 29), gregorian, PeriodKind::Month);
    CHECK(march.index == 2);
    CHECK(march.end == QDate(2024, 2, 29));
    CHECK(of(QDate(2026, 6, 30), gregorian, PeriodKind::Half).index == 1);
    CHECK(of(QDate(2026, 7, 1), gregorian, PeriodKind::Half).index == 2);
    const Period hijri = of(QDate(2026, 3, 21), islamic);
    CHECK(hijri.year == 1447);
    CHECK(hijri.index == 4); // Shawwal is month 10
    CHECK(islamic.partsFromDate(hijri.start).month == 10);
    CHECK(islamic.partsFromDate(hijri.start).day == 1);
}

TEST_CASE("Consecutive periods follow one another without gaps or overlaps", "[period]")
{
    for (const QCalendar &calendar : {gregorian, jalali, islamic}) {
        for (PeriodKind kind : {PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Half, PeriodKind::Year}) {
            const PeriodScheme scheme{calendar, kind, 3};
            Period p = periodOf(QDate(2023, 5, 5), scheme);
            for (int i = 0; i < 30; ++i) {
                const Period next = nextPeriod(p, scheme);
                INFO(calendar.name().toStdString() << " " << periodKindName(kind).toStdString() << " " << i);
                CHECK(next.start == p.end.addDays(1));
                CHECK(periodOf(next.start, scheme) == next);
                CHECK(periodOf(p.end, scheme) == p);
                p = next;
            }
        }
    }
}

TEST_CASE("Period labels in the language's words and digits", "[period]")
{
    const PeriodScheme quarters{jalali, PeriodKind::Quarter, 1};
    const Period p = periodOf(QDate(2026, 4, 1), quarters);
    CHECK(periodLabel(p, quarters, QLocale(QLocale::English)) == QStringLiteral("Q1 1405"));
    const PeriodScheme year{gregorian, PeriodKind::Year, 1};
    CHECK(periodLabel(periodOf(QDate(2026, 4, 1), year), year, QLocale(QLocale::English)) == QStringLiteral("2026"));
    const PeriodScheme month{jalali, PeriodKind::Month, 1};
    CHECK(periodLabel(periodOf(QDate(2026, 4, 1), month), month, QLocale(QLocale::Persian, QLocale::Iran))
          == QStringLiteral("فروردین ۱۴۰۵"));
}
