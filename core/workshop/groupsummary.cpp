#include "groupsummary.h"

#include "scoring/scoring.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace rater {
namespace {

double mean(const std::vector<double> &values)
{
    return values.empty() ? 0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double sampleVariance(const std::vector<double> &values)
{
    if (values.size() < 2)
        return 0;
    const double m = mean(values);
    double sum = 0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return sum / double(values.size() - 1);
}

} // namespace

double quantile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double position = p * double(values.size() - 1);
    const auto below = std::size_t(std::floor(position));
    const auto above = std::min(below + 1, values.size() - 1);
    return values[below] + (values[above] - values[below]) * (position - double(below));
}

std::optional<double> cronbachAlpha(const std::vector<std::vector<double>> &people)
{
    if (people.size() < 2 || people.front().size() < 2)
        return std::nullopt;
    const std::size_t k = people.front().size();
    double itemVariances = 0;
    for (std::size_t item = 0; item < k; ++item) {
        std::vector<double> column;
        column.reserve(people.size());
        for (const auto &person : people)
            column.push_back(person[item]);
        itemVariances += sampleVariance(column);
    }
    std::vector<double> totals;
    totals.reserve(people.size());
    for (const auto &person : people)
        totals.push_back(std::accumulate(person.begin(), person.end(), 0.0));
    const double totalVariance = sampleVariance(totals);
    if (totalVariance == 0)
        return std::nullopt;
    return double(k) / double(k - 1) * (1 - itemVariances / totalVariance);
}

GroupSummary summarizeGroup(const Questionnaire &q, const std::vector<Answers> &participants, int threshold)
{
    GroupSummary summary;
    summary.n = int(participants.size());
    summary.suppressed = summary.n < std::max(threshold, minimumAnonymityThreshold);
    if (summary.suppressed)
        return summary;

    std::vector<Score> scores;
    for (const Answers &answers : participants) {
        Expected<Score> s = score(q, answers);
        if (s)
            scores.push_back(std::move(s).value());
    }
    std::vector<double> totals;
    for (const Band &band : q.bands)
        summary.bands[band.id] = 0;
    for (const Score &s : scores) {
        totals.push_back(s.total);
        ++summary.bands[s.bandId];
    }
    summary.totalMean = mean(totals);
    summary.totalSd = std::sqrt(sampleVariance(totals));
    summary.totalMin = int(*std::min_element(totals.begin(), totals.end()));
    summary.totalMax = int(*std::max_element(totals.begin(), totals.end()));

    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
        const Dimension &dimension = q.dimensions[d];
        std::vector<double> means;
        std::vector<std::vector<double>> items;
        for (const Score &s : scores) {
            means.push_back(s.dimensions[d].mean);
            std::vector<double> person;
            for (int number : dimension.statements)
                person.push_back(s.itemScores[std::size_t(number - 1)]);
            items.push_back(person);
        }
        DimensionGroupSummary g{dimension.id, mean(means), quantile(means, 0.5), quantile(means, 0.25),
                                quantile(means, 0.75), *std::min_element(means.begin(), means.end()),
                                *std::max_element(means.begin(), means.end()), std::nullopt};
        if (int(scores.size()) >= alphaMinimumGroup)
            g.alpha = cronbachAlpha(items);
        summary.dimensions.push_back(g);
    }

    for (const Statement &statement : q.statements) {
        std::vector<int> counts(q.scale.size(), 0);
        double itemSum = 0;
        for (const Answers &participant : participants) {
            const int answer = participant[std::size_t(statement.number - 1)];
            ++counts[std::size_t(answer - q.scaleMin())];
            itemSum += *q.itemScore(statement, answer);
        }
        summary.answerCounts.push_back(counts);
        summary.weakestStatements.emplace_back(statement.number, itemSum / double(participants.size()));
    }
    std::stable_sort(summary.weakestStatements.begin(), summary.weakestStatements.end(),
                     [](const auto &a, const auto &b) { return a.second < b.second; });
    summary.weakestStatements.resize(std::min<std::size_t>(5, summary.weakestStatements.size()));
    return summary;
}

} // namespace rater
