#include "scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace rater {

Expected<Score> score(const Questionnaire &questionnaire, const Answers &answers)
{
    if (auto fault = checkAnswers(questionnaire, answers))
        return Expected<Score>::failure(fault->message);

    Score result;
    result.minTotal = questionnaire.minTotal();
    result.maxTotal = questionnaire.maxTotal();
    // The loader's limits keep totals far inside an int; a questionnaire made
    // some other way is checked all the same, and never wraps around.
    qint64 total = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const int item = *questionnaire.itemScore(questionnaire.statements[i], answers[i]);
        result.itemScores.push_back(item);
        total += item;
    }
    if (total > std::numeric_limits<int>::max() || total < std::numeric_limits<int>::min())
        return Expected<Score>::failure(
            QCoreApplication::translate("Scoring", "the total, %1, is too large a number for Rater to work with")
                .arg(total));
    result.total = int(total);
    const Band *band = questionnaire.bandForTotal(result.total);
    if (!band)
        return Expected<Score>::failure(
            QCoreApplication::translate("Scoring", "no band of the questionnaire covers the total %1").arg(total));
    result.bandId = band->id;

    const double width = questionnaire.scaleMax() - questionnaire.scaleMin();
    for (const Dimension &dimension : questionnaire.dimensions) {
        qint64 sum = 0;
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
