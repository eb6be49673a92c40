#pragma once

#include "history/period.h"
#include "questionnaire/questionnaire.h"
#include "scoring/scoring.h"
#include "scoring/answers.h"
#include "storage/assessmentstore.h"
#include "storage/records.h"

#include <QDate>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace rater {

// Mean and spread of one figure over the assessments of a period.
struct Summary
{
    int n = 0;
    double mean = 0;
    double m2 = 0; // sum of squared deviations from the mean

    void add(double value); // Welford's update
    double variance() const { return n > 1 ? m2 / (n - 1) : 0; } // sample variance
};

struct PeriodStats
{
    Period period;
    Summary total;
    std::vector<Summary> dimensions; // in questionnaire order
};

// Whole-number sums over a group of assessments (a day's, a period's): the
// count, the totals and their squares, and for each dimension the sums of
// its statements' item scores and their squares. Means and spreads follow
// from them by one division each, so that every engine that adds up whole
// numbers, SQLite row by row here or PostgreSQL in a grouped query, gives the
// same figures to the last bit.
struct ScoreSums
{
    qint64 n = 0;
    qint64 total = 0;
    qint64 totalSquares = 0;
    std::vector<qint64> dimensions;       // in questionnaire order
    std::vector<qint64> dimensionSquares; // in questionnaire order

    void add(const ScoreSums &other);
};

// The sums of one assessment with item scores `itemScores` (in statement order).
ScoreSums scoreSums(const std::vector<int> &itemScores, const Questionnaire &questionnaire);
// A period's figures from its sums: a dimension's mean is that of its
// statements' item scores.
PeriodStats periodStats(const Period &period, const ScoreSums &sums, const Questionnaire &questionnaire);

// One day's sums, as a database groups them.
struct DaySums
{
    QDate day;
    ScoreSums sums;
};
// Days into periods (only periods that hold data), in time order; `days`
// in any order.
std::vector<PeriodStats> aggregateDays(const std::vector<DaySums> &days, const Questionnaire &questionnaire,
                                       const PeriodScheme &scheme);

// One team's assessments in a laptop's file, added up day by day as they are
// read: what is held grows with the days, not with the assessments.
Expected<std::vector<DaySums>> teamDaySums(const storage::AssessmentStore &store, const QString &team,
                                           const Questionnaire &questionnaire);

// Groups assessments into periods (only periods that hold data), in time order.
std::vector<PeriodStats> aggregate(const std::vector<DatedAnswers> &assessments, const Questionnaire &questionnaire,
                                   const PeriodScheme &scheme);

// One team's figures for one period, as the comparison shows them: counts
// and means, no spread.
struct TeamFigures
{
    QString team;
    PeriodStats stats;
    std::size_t lowest = 0; // index of the team's lowest dimension
};

// A team's figures from `n` assessments whose item scores add up to
// `itemSums` (one sum per statement, in statement order). Each mean is one
// division of whole numbers, so that every engine that can add up item
// scores, SQLite row by row or PostgreSQL in a grouped query, gives the
// same figures to the last bit.
TeamFigures teamFigures(const QString &team, const Period &period, qint64 n, const std::vector<qint64> &itemSums,
                        const Questionnaire &questionnaire);

// Every team's figures for one period, built one assessment at a time from
// rows that come team after team, in name order: memory follows the number of
// teams, not of assessments.
class TeamComparison
{
public:
    TeamComparison(const Questionnaire &questionnaire, const Period &period);

    Status add(const QString &team, const Answers &answers);
    std::vector<TeamFigures> take();

private:
    void closeTeam();

    struct OpenTeam
    {
        QString team;
        qint64 n = 0;
        std::vector<qint64> itemSums;
    };

    const Questionnaire &m_questionnaire;
    Period m_period;
    Figures m_scored; // reused from one assessment to the next
    std::vector<TeamFigures> m_teams;
    std::optional<OpenTeam> m_current;
};

// Every team's figures for `period`, read from `store` row by row.
Expected<std::vector<TeamFigures>> compareTeams(const storage::AssessmentStore &store, const Period &period,
                                                const Questionnaire &questionnaire);

// compareTeams for one view that reads the same period again and again: a
// read recomputes only the teams whose assessments changed since the last
// one (AssessmentStore::tallyBetween tells which), so that after a Save
// the cost follows one team's rows, not the period's.
class ComparisonCache
{
public:
    Expected<std::vector<TeamFigures>> read(const storage::AssessmentStore &store, const Period &period,
                                            const Questionnaire &questionnaire);

private:
    struct Team
    {
        storage::AssessmentStore::TeamTally tally;
        TeamFigures figures;
    };
    std::optional<Period> m_period;
    const Questionnaire *m_questionnaire = nullptr;
    std::map<qint64, Team> m_teams; // by team id
};

// The periods of `scheme` that hold assessments, oldest first. Each is found
// by asking the database for the first day from the end of the one before,
// so the cost follows the number of periods, not of assessments.
Expected<std::vector<Period>> periodsWithData(const storage::AssessmentStore &store, const PeriodScheme &scheme);
// The same for any source that can say which is the first day with data on
// or after a day (none when there is none).
using FirstDayFrom = std::function<Expected<std::optional<QDate>>(const QDate &from)>;
Expected<std::vector<Period>> periodsWithData(const FirstDayFrom &firstDayFrom, const PeriodScheme &scheme);

// The change from one period's mean to the next, and whether it is larger
// than its uncertainty: a 95% interval of the difference of means (Welch),
// when both periods have two or more assessments.
struct Change
{
    enum class Kind { Real, WithinNoise, SingleAssessment };
    Kind kind = Kind::SingleAssessment;
    double difference = 0;
    double low = 0;  // interval, when both n >= 2
    double high = 0;
};

Change compareMeans(const Summary &before, const Summary &after);

// The 97.5th percentile of Student's t distribution with `df` degrees of freedom.
double studentT975(double df);

} // namespace rater
