#pragma once

// The options that choose how time is cut into periods, shared by the
// commands that show figures over time (history, compare, action review).

#include "command.h"
#include "history/period.h"
#include "i18n/language.h"

namespace rater::cli {

QString calendarName(CalendarChoice choice); // "gregorian", "jalali", "islamic"

extern const Option calendarOption;    // --calendar
extern const Option fiscalStartOption; // --fiscal-start
// An option that names a kind of period (quarter, month, half or year),
// quarter unless it is given; `description` shows the default as %1.
Option periodKindOption(const QString &name, const QString &valueName, const char *description);

// The scheme that --calendar, --fiscal-start and the period kind in `kindOption` choose.
struct ChosenScheme
{
    PeriodScheme scheme;
    CalendarChoice calendar = CalendarChoice::Gregorian;
};
Expected<ChosenScheme> chosenScheme(const Context &context, const QString &kindOption);

} // namespace rater::cli
