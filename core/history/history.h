#pragma once

#include "history/period.h"
#include "questionnaire/questionnaire.h"
#include "scoring/answers.h"
#include "storage/records.h"

#include <QDate>
#include <QStringList>

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

// Groups assessments into periods (only periods that hold data), in time order.
std::vector<PeriodStats> aggregate(const std::vector<DatedAnswers> &assessments, const Questionnaire &questionnaire,
                                   const PeriodScheme &scheme);

// One team's figures for one period, as the comparison shows them.
struct TeamFigures
{
    QString team;
    PeriodStats stats;
    std::size_t lowest = 0; // index of the team's lowest dimension
};

// Every team's figures for the period `rows` were read for (one period of
// `scheme`), teams in name order.
std::vector<TeamFigures> compareTeams(const std::vector<TeamAnswers> &rows, const Questionnaire &questionnaire,
                                      const PeriodScheme &scheme);

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
