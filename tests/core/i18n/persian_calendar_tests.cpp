#include "i18n/language.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <map>

using namespace rater;

namespace {

struct PersianDay
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// data/persian-months.txt: the Gregorian first day of every Persian month,
// as ICU computes it (written by data/persian-months.js through Node's Intl).
std::map<QDate, std::pair<int, int>> icuMonthStarts()
{
    QFile file(QStringLiteral(RATER_I18N_TEST_DATA "/persian-months.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    std::map<QDate, std::pair<int, int>> starts;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(u'#') || line.isEmpty())
            continue;
        const QStringList fields = line.split(u' ');
        REQUIRE(fields.size() == 2);
        const QStringList persian = fields.at(0).split(u'-');
        const QDate gregorian = QDate::fromString(fields.at(1), Qt::ISODate);
        REQUIRE(gregorian.isValid());
        starts.emplace(gregorian, std::pair{persian.at(0).toInt(), persian.at(1).toInt()});
    }
    return starts;
}

PersianDay expectedDay(const std::map<QDate, std::pair<int, int>> &starts, const QDate &date)
{
    auto start = starts.upper_bound(date);
    REQUIRE(start != starts.begin());
    --start;
    return {start->second.first, start->second.second, int(start->first.daysTo(date)) + 1};
}

} // namespace

TEST_CASE("The Persian calendar agrees with ICU on every day from 1900 to 2100", "[i18n][calendar]")
{
    const auto starts = icuMonthStarts();
    REQUIRE(starts.size() > 2400);
    const QCalendar persian = calendarFor(CalendarChoice::Jalali, Language::Persian);
    int wrong = 0;
    for (QDate date(1900, 1, 1); date <= QDate(2100, 12, 31); date = date.addDays(1)) {
        const PersianDay expected = expectedDay(starts, date);
        const QCalendar::YearMonthDay parts = persian.partsFromDate(date);
        const bool same = parts.year == expected.year && parts.month == expected.month && parts.day == expected.day;
        if (!same && ++wrong <= 5) {
            INFO(date.toString(Qt::ISODate).toStdString()
                 << ": ICU " << expected.year << '/' << expected.month << '/' << expected.day << ", Rater "
                 << parts.year << '/' << parts.month << '/' << parts.day);
            CHECK(same);
        }
        // And back again.
        if (same && persian.dateFromParts(expected.year, expected.month, expected.day) != date && ++wrong <= 5)
            FAIL_CHECK(date.toString(Qt::ISODate).toStdString() << " does not come back from its Persian parts");
    }
    CHECK(wrong == 0);
}

TEST_CASE("Nowruz 1437 and 1470 fall where ICU puts them", "[i18n][calendar]")
{
    const QCalendar persian = calendarFor(CalendarChoice::Jalali, Language::Persian);
    CHECK(persian.dateFromParts(1436, 12, 30) == QDate(2058, 3, 20));
    CHECK(persian.dateFromParts(1437, 1, 1) == QDate(2058, 3, 21));
    CHECK(persian.isLeapYear(1436));
    CHECK_FALSE(persian.isLeapYear(1437));
    CHECK(persian.dateFromParts(1470, 1, 1) == QDate(2091, 3, 21));
    CHECK(persian.daysInYear(1469) == 366);
    // Formatting and month names still come from the Persian locale.
    const QLocale fa(QLocale::Persian, QLocale::Iran);
    CHECK(fa.toString(QDate(2058, 3, 20), u"d MMMM yyyy", persian) == QStringLiteral("۳۰ اسفند ۱۴۳۶"));
}
