#pragma once

#include "expected/expected.h"

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace rater {

// How history is grouped. Stored in settings: keep the values.
enum class PeriodKind {
    Month = 0,
    Quarter = 1,
    Half = 2,
    Year = 3,
};

QString periodKindName(PeriodKind kind); // "month", "quarter", "half", "year"
std::optional<PeriodKind> periodKindFromName(QStringView name);
int monthsIn(PeriodKind kind);

// A calendar, a period length and the month the (fiscal) year starts in.
// Quarters and halves are counted from that month; a fiscal year is numbered
// by the calendar year it starts in.
struct PeriodScheme
{
    QCalendar calendar;
    PeriodKind kind = PeriodKind::Quarter;
    int fiscalStartMonth = 1; // 1 to 12, in `calendar`
};

struct Period
{
    int year = 0;  // the (fiscal) year, in the scheme's calendar
    int index = 0; // 1-based within the year: 1–4 for quarters, 1–12 for months
    QDate start;   // first day
    QDate end;     // last day

    auto operator<=>(const Period &other) const { return std::tie(year, index) <=> std::tie(other.year, other.index); }
    bool operator==(const Period &other) const { return year == other.year && index == other.index; }
};

Period periodOf(const QDate &date, const PeriodScheme &scheme);
Period periodAt(int year, int index, const PeriodScheme &scheme);
Period nextPeriod(const Period &period, const PeriodScheme &scheme);

// "Q1 2026", «فصل ۱ ۱۴۰۵», "الربع ١ ٢٠٢٦", "Farvardin 1405", "H2 2025", "2026".
QString periodLabel(const Period &period, const PeriodScheme &scheme, const QLocale &locale);

// The period that `text` names: a label as periodLabel writes it in any of
// the languages and digits ("Q1 2026", "H2 2025", "2026", «فصل ۱ ۱۴۰۵»), or
// any day in it written YYYY-MM-DD, taken as a period of the scheme's kind.
// A label sets the scheme's kind to its own.
Expected<Period> parsePeriod(const QString &text, PeriodScheme &scheme);

} // namespace rater
