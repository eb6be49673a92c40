#pragma once

#include "expected/expected.h"
#include "history/history.h"
#include "history/period.h"
#include "questionnaire/questionnaire.h"

#include <vector>

namespace rater::organisation {

class OrganisationStore;

// The periods a manager compares in: the calendar quarters of the Gregorian
// calendar the store's views group by. Fixed by the store, so that no two
// groupings that overlap can be taken apart to show a group too small.
PeriodScheme storeQuarters();

// The periods of `scheme` that hold assessments the login may read, oldest
// first. A manager reads whole store quarters only; storeQuarters() is then
// the scheme to ask with.
Expected<std::vector<Period>> storePeriods(const OrganisationStore &store, const PeriodScheme &scheme,
                                           const Questionnaire &questionnaire);

// Every team's figures for `period`, as compareTeams() gives them for a
// database file and to the last bit the same: the store adds up answers,
// Rater turns them into item scores and means.
Expected<std::vector<TeamFigures>> compareStoreTeams(const OrganisationStore &store, const Period &period,
                                                     const Questionnaire &questionnaire);

} // namespace rater::organisation
