#include "comparison.h"

#include "organisation/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

} // namespace

PeriodScheme storeQuarters()
{
    return PeriodScheme{QCalendar(QCalendar::System::Gregorian), PeriodKind::Quarter, 1};
}

Expected<std::vector<Period>> storePeriods(const OrganisationStore &store, const PeriodScheme &scheme,
                                           const Questionnaire &questionnaire)
{
    return periodsWithData([&](const QDate &from) { return store.firstDayFrom(from, questionnaire.id); }, scheme);
}

Expected<std::vector<TeamFigures>> compareStoreTeams(const OrganisationStore &store, const Period &period,
                                                     const Questionnaire &questionnaire)
{
    using Result = Expected<std::vector<TeamFigures>>;
    const Expected<std::vector<LinearKeying>> keyingsRead = linearKeyings(questionnaire);
    if (!keyingsRead)
        return Result::failure(store.shown() + u": "_s + keyingsRead.error());
    const std::vector<LinearKeying> &keyings = *keyingsRead;
    const auto sums = store.teamSums(period.start, period.end, questionnaire.id);
    if (!sums)
        return Result::failure(sums.error());
    const qint64 lowest = questionnaire.scaleMin();
    std::vector<TeamFigures> teams;
    teams.reserve(sums->size());
    for (const OrganisationStore::TeamSums &team : *sums) {
        if (team.answerSums.size() < keyings.size())
            return Result::failure(Messages::tr("%1: the store sums %2 statements for team \"%3\"; \"%4\" has %5")
                                       .arg(store.shown(), QString::number(team.answerSums.size()), team.team,
                                            questionnaire.id, QString::number(keyings.size())));
        std::vector<qint64> itemSums(keyings.size());
        for (std::size_t i = 0; i < keyings.size(); ++i)
            itemSums[i] = team.assessments * keyings[i].offset
                          + keyings[i].step * (team.answerSums[i] - team.assessments * lowest);
        teams.push_back(teamFigures(team.team, period, team.assessments, itemSums, questionnaire));
    }
    return teams;
}

} // namespace rater::organisation
