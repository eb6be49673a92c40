#include "periodoptions.h"

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class History
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

} // namespace

QString calendarName(CalendarChoice choice)
{
    switch (choice) {
    case CalendarChoice::Jalali: return u"jalali"_s;
    case CalendarChoice::IslamicCivil: return u"islamic"_s;
    default: return u"gregorian"_s;
    }
}

const Option calendarOption{u"calendar"_s, u"CALENDAR"_s,
                             QT_TRANSLATE_NOOP("Commands", "the calendar periods are counted in: gregorian, jalali "
                                                           "or islamic (default: jalali for Persian, else gregorian)"),
                             {}, false, {u"gregorian"_s, u"jalali"_s, u"islamic"_s}};
const Option fiscalStartOption{u"fiscal-start"_s, u"MONTH"_s,
                                QT_TRANSLATE_NOOP("Commands", "the month, 1 to 12 in the chosen calendar, that the "
                                                              "year starts in (default: %1)"),
                                u"1"_s};
Option periodKindOption(const QString &name, const QString &valueName, const char *description)
{
    return {name, valueName, description, u"quarter"_s, false, {u"quarter"_s, u"month"_s, u"half"_s, u"year"_s}};
}

Expected<ChosenScheme> chosenScheme(const Context &context, const QString &kindOption)
{
    ChosenScheme chosen;
    chosen.scheme.kind = periodKindFromName(context.value(kindOption)).value_or(PeriodKind::Quarter);
    chosen.calendar = context.language() == Language::Persian ? CalendarChoice::Jalali : CalendarChoice::Gregorian;
    if (context.isSet(calendarOption.name)) {
        const QString name = context.value(calendarOption.name);
        chosen.calendar = name == u"jalali"_s    ? CalendarChoice::Jalali
                          : name == u"islamic"_s ? CalendarChoice::IslamicCivil
                                                 : CalendarChoice::Gregorian;
    }
    chosen.scheme.calendar = calendarFor(chosen.calendar, context.language());
    const Expected<int> month = context.integer(fiscalStartOption.name, 1);
    if (!month || *month > 12)
        return Expected<ChosenScheme>::failure(History::tr("--fiscal-start takes a month from 1 to 12; got \"%1\"")
                                                   .arg(context.value(fiscalStartOption.name)));
    chosen.scheme.fiscalStartMonth = *month;
    return chosen;
}

} // namespace rater::cli
