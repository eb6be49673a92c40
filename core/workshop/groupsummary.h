#pragma once

#include "questionnaire/questionnaire.h"
#include "scoring/answers.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace rater {

// Quartiles are taken by linear interpolation between order statistics (the
// method of R's default and spreadsheets' QUARTILE.INC).
double quantile(std::vector<double> values, double p);

// Cronbach's alpha of a set of items answered by the same people: each inner
// vector holds one person's item scores. Empty when it is undefined (fewer
// than two items or two people, or no spread in the totals).
std::optional<double> cronbachAlpha(const std::vector<std::vector<double>> &people);

struct DimensionGroupSummary
{
    QString id;
    double mean = 0;
    double median = 0;
    double q1 = 0;
    double q3 = 0;
    double min = 0;
    double max = 0;
    std::optional<double> alpha; // only for groups of five or more
};

// What a workshop's group view and report show. With fewer participants than
// the anonymity threshold, only `n` and `suppressed` are filled.
struct GroupSummary
{
    int n = 0;
    bool suppressed = true;
    double totalMean = 0;
    double totalSd = 0; // sample standard deviation
    int totalMin = 0;
    int totalMax = 0;
    std::map<QString, int> bands;                   // band id to count
    std::vector<DimensionGroupSummary> dimensions;  // in questionnaire order
    std::vector<std::vector<int>> answerCounts;     // per statement, a count per scale point, as answered
    std::vector<std::pair<int, double>> weakestStatements; // (statement number, mean item score), lowest first
};

constexpr int defaultAnonymityThreshold = 3;
constexpr int minimumAnonymityThreshold = 2;
constexpr int alphaMinimumGroup = 5;

// `threshold` is clamped to at least minimumAnonymityThreshold.
GroupSummary summarizeGroup(const Questionnaire &questionnaire, const std::vector<Answers> &participants,
                            int threshold = defaultAnonymityThreshold);

} // namespace rater
