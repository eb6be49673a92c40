#pragma once

// The tables of the History and Comparison tabs, built from period
// statistics: shown by the views and exported as they are shown.

#include "reportpages.h"

#include "history/history.h"
#include "i18n/language.h"

#include <utility>
#include <vector>

namespace rater::reports {

// Each team's figures by period, in time order.
using TeamHistory = std::vector<std::pair<QString, std::vector<PeriodStats>>>;

// Mean totals by period, one row per period and team, each with its change from the period before.
TableContent historyTotalsTable(const TeamHistory &history, const PeriodScheme &scheme, Language language);
// Mean dimension scores by period for the first team, with their changes.
TableContent historyDimensionsTable(const TeamHistory &history, const PeriodScheme &scheme,
                                    const Questionnaire &questionnaire, Language language);
// One period's figures, a row per team, each team's lowest dimension marked.
TableContent comparisonTable(const std::vector<TeamFigures> &teams, const Questionnaire &questionnaire,
                             Language language);

// The mark after a mean that shows its change: ▲ ▼ real, ≈ within the noise, ? too few to tell.
QString changeMark(const Change &change);

} // namespace rater::reports
