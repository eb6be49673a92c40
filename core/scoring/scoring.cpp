#include "scoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace rater {

Status scoreFigures(const Questionnaire &questionnaire, const Answers &answers, Figures &into)
{
    if (auto fault = checkAnswers(questionnaire, answers))
        return Status::failure(fault->message);
    const int lowest = questionnaire.scaleMin();
    into.itemScores.clear();
    // The loader's limits keep totals far inside an int; a questionnaire made
    // some other way is checked all the same, and never wraps around.
    into.total = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const int item = questionnaire.statements[i].itemScores.at(std::size_t(answers[i] - lowest));
        into.itemScores.push_back(item);
        into.total += item;
    }
    if (into.total > std::numeric_limits<int>::max() || into.total < std::numeric_limits<int>::min())
        return Status::failure(
            QCoreApplication::translate("Scoring", "the total, %1, is too large a number for Rater to work with")
                .arg(into.total));
    into.dimensionMeans.clear();
    for (const Dimension &dimension : questionnaire.dimensions) {
        qint64 sum = 0;
        for (int number : dimension.statements)
            sum += into.itemScores[std::size_t(number - 1)];
        into.dimensionMeans.push_back(double(sum) / double(dimension.statements.size()));
    }
    return Done{};
}

Expected<Score> score(const Questionnaire &questionnaire, const Answers &answers)
{
    Figures figures;
    if (Status scored = scoreFigures(questionnaire, answers, figures); !scored)
        return Expected<Score>::failure(scored.error());
    Score result;
    result.minTotal = questionnaire.minTotal();
    result.maxTotal = questionnaire.maxTotal();
    result.total = int(figures.total);
    const Band *band = questionnaire.bandForTotal(result.total);
    if (!band)
        return Expected<Score>::failure(
            QCoreApplication::translate("Scoring", "no band of the questionnaire covers the total %1")
                .arg(figures.total));
    result.bandId = band->id;
    result.itemScores = std::move(figures.itemScores);
    const double width = questionnaire.scaleMax() - questionnaire.scaleMin();
    for (std::size_t d = 0; d < questionnaire.dimensions.size(); ++d) {
        const double mean = figures.dimensionMeans[d];
        result.dimensions.push_back(
            {questionnaire.dimensions[d].id, mean, (mean - questionnaire.scaleMin()) / width * 100.0});
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
