#include "period.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Period)
};

} // namespace

QString periodKindName(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month: return u"month"_s;
    case PeriodKind::Quarter: return u"quarter"_s;
    case PeriodKind::Half: return u"half"_s;
    case PeriodKind::Year: return u"year"_s;
    }
    return u"quarter"_s;
}

std::optional<PeriodKind> periodKindFromName(QStringView name)
{
    for (PeriodKind kind : {PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Half, PeriodKind::Year}) {
        if (name == periodKindName(kind))
            return kind;
    }
    return std::nullopt;
}

int monthsIn(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Month: return 1;
    case PeriodKind::Quarter: return 3;
    case PeriodKind::Half: return 6;
    case PeriodKind::Year: return 12;
    }
    return 3;
}

Period periodAt(int year, int index, const PeriodScheme &scheme)
{
    const int length = monthsIn(scheme.kind);
    // Months counted from the fiscal year's first month, 0-based.
    const int offset = (scheme.fiscalStartMonth - 1) + (index - 1) * length;
    const int startYear = year + offset / 12;
    const int startMonth = offset % 12 + 1;
    const int nextOffset = offset + length;
    const QDate start = scheme.calendar.dateFromParts(startYear, startMonth, 1);
    const QDate next = scheme.calendar.dateFromParts(year + nextOffset / 12, nextOffset % 12 + 1, 1);
    return Period{year, index, start, next.addDays(-1)};
}

Period periodOf(const QDate &date, const PeriodScheme &scheme)
{
    const QCalendar::YearMonthDay parts = scheme.calendar.partsFromDate(date);
    const int shifted = (parts.month - scheme.fiscalStartMonth + 12) % 12;
    const int year = parts.month >= scheme.fiscalStartMonth ? parts.year : parts.year - 1;
    return periodAt(year, shifted / monthsIn(scheme.kind) + 1, scheme);
}

Period nextPeriod(const Period &period, const PeriodScheme &scheme)
{
    const int perYear = 12 / monthsIn(scheme.kind);
    return period.index < perYear ? periodAt(period.year, period.index + 1, scheme)
                                   : periodAt(period.year + 1, 1, scheme);
}

QString periodLabel(const Period &period, const PeriodScheme &scheme, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString year = plain.toString(period.year);
    const QString index = plain.toString(period.index);
    switch (scheme.kind) {
    case PeriodKind::Quarter:
        return Labels::tr("Q%1 %2", "quarter and year").arg(index, year);
    case PeriodKind::Half:
        return Labels::tr("H%1 %2", "half-year and year").arg(index, year);
    case PeriodKind::Month: {
        const QCalendar::YearMonthDay parts = scheme.calendar.partsFromDate(period.start);
        return scheme.calendar.standaloneMonthName(locale, parts.month, parts.year) + u' '
               + plain.toString(parts.year);
    }
    case PeriodKind::Year:
        return scheme.fiscalStartMonth == 1 ? year : Labels::tr("FY %1", "fiscal year").arg(year);
    }
    return year;
}

} // namespace rater
