#include "period.h"

#include "i18n/language.h"
#include "quiz/entrylimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

Expected<Period> parsePeriod(const QString &text, PeriodScheme &scheme)
{
    // The digits of any of Rater's languages: a label's numbers are its index and year.
    QString ascii = text.trimmed();
    for (QChar &c : ascii) {
        if (const int digit = digitValue(c); digit >= 0)
            c = QChar(u'0' + digit);
    }
    const auto refuse = [](const QString &why) { return Expected<Period>::failure(why); };
    static const QRegularExpression number(u"\\d+"_s);
    QList<int> numbers;
    for (auto it = number.globalMatch(ascii); it.hasNext();)
        numbers << it.next().captured().toInt();
    Period chosen;
    if (const QDate date = QDate::fromString(ascii, Qt::ISODate); date.isValid()) {
        if (const Status within = limits::checkDate(date); !within)
            return refuse(within.error());
        chosen = periodOf(date, scheme);
    } else if (numbers.size() == 1) {
        scheme.kind = PeriodKind::Year;
        chosen = periodAt(numbers.front(), 1, scheme);
    } else if (numbers.size() == 2) {
        if (ascii.startsWith(u'H', Qt::CaseInsensitive) || ascii.contains(u"نیمه"_s) || ascii.contains(u"النصف"_s))
            scheme.kind = PeriodKind::Half;
        else if (scheme.kind != PeriodKind::Month)
            scheme.kind = PeriodKind::Quarter;
        const int perYear = 12 / monthsIn(scheme.kind);
        if (numbers.front() < 1 || numbers.front() > perYear)
            return refuse(Labels::tr("\"%1\" names period %2, but a year has %3")
                              .arg(text)
                              .arg(numbers.front())
                              .arg(perYear));
        chosen = periodAt(numbers.back(), numbers.front(), scheme);
    } else {
        return refuse(Labels::tr("\"%1\" is neither a period label such as \"Q1 2026\" nor a date such as "
                                 "2026-02-14").arg(text));
    }
    if (!chosen.start.isValid() || chosen.start < limits::earliestDate() || chosen.end > limits::latestDate())
        return refuse(Labels::tr("\"%1\" is not a period within the dates Rater keeps, %2 to %3")
                          .arg(text, limits::earliestDate().toString(Qt::ISODate),
                               limits::latestDate().toString(Qt::ISODate)));
    return chosen;
}

} // namespace rater
