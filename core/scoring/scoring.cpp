#include "scoring.h"

#include <algorithm>

namespace rater {

Expected<Score> score(const Questionnaire &questionnaire, const Answers &answers)
{
    if (auto fault = checkAnswers(questionnaire, answers))
        return Expected<Score>::failure(fault->message);

    Score result;
    result.minTotal = questionnaire.minTotal();
    result.maxTotal = questionnaire.maxTotal();
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const int item = *questionnaire.itemScore(questionnaire.statements[i], answers[i]);
        result.itemScores.push_back(item);
        result.total += item;
    }
    // The loader guarantees the bands cover every possible total.
    result.bandId = questionnaire.bandForTotal(result.total)->id;

    const double width = questionnaire.scaleMax() - questionnaire.scaleMin();
    for (const Dimension &dimension : questionnaire.dimensions) {
        int sum = 0;
        for (int number : dimension.statements)
            sum += result.itemScores[std::size_t(number - 1)];
        const double mean = double(sum) / double(dimension.statements.size());
        result.dimensions.push_back({dimension.id, mean, (mean - questionnaire.scaleMin()) / width * 100.0});
    }
    return result;
}

std::vector<DimensionScore> weakestFirst(const Score &score)
{
    std::vector<DimensionScore> ordered = score.dimensions;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const DimensionScore &a, const DimensionScore &b) { return a.mean < b.mean; });
    return ordered;
}

} // namespace rater
