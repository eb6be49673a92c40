#pragma once

#include "actions/review.h"
#include "history/history.h"
#include "i18n/language.h"
#include "questionnaire/questionnaire.h"
#include "storage/records.h"

#include <QCalendar>
#include <QDate>
#include <QString>

#include <vector>

namespace rater {
class Database;
}

namespace rater::reports {

// Whether a done action's dimension moved, in words: "Empathy +0.6 (real)",
// "≈ within the noise (Empathy +0.1)" or "Not enough assessments yet". The
// same words in the Actions tab and in the reports.
QString actionVerdict(const ActionReview &review, const QString &dimensionName, const QLocale &locale);

// A team's actions, for the reports' "Actions" section.
struct ActionsSection
{
    const Questionnaire *questionnaire = nullptr;
    std::vector<Action> actions;         // as ActionStore lists them: open first
    std::vector<PeriodStats> periods;    // the team's history, for the done ones' verdicts
    Language language = Language::English;
    QCalendar calendar;
    QDate today;
};

// `team`'s actions in `database`, with its history by quarter in `calendar`.
Expected<ActionsSection> actionsSectionOf(const Database &database, const QString &team,
                                          const Questionnaire &questionnaire, Language language,
                                          const QCalendar &calendar);

// The section as HTML: the open actions, overdue ones marked, then those
// done, each with its verdict; empty when the team has none open or done.
QString actionsHtml(const ActionsSection &section);

} // namespace rater::reports
