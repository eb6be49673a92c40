#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"
#include "scoring/answers.h"

#include <QString>

#include <vector>

namespace rater {

struct DimensionScore
{
    QString id;
    double mean = 0;    // mean item score of the dimension's statements, on the scale
    double percent = 0; // (mean - lowest scale value) / (scale width) * 100
};

struct Score
{
    int total = 0;
    int minTotal = 0;
    int maxTotal = 0;
    QString bandId;
    std::vector<int> itemScores;             // in statement order
    std::vector<DimensionScore> dimensions;  // in questionnaire order
};

// Scores `answers` against `questionnaire`; refuses answers that checkAnswers() refuses.
Expected<Score> score(const Questionnaire &questionnaire, const Answers &answers);

// What means are taken of: the total and each dimension's mean item score.
struct Figures
{
    qint64 total = 0;
    std::vector<int> itemScores;        // in statement order
    std::vector<double> dimensionMeans; // in questionnaire order
};

// The figures score() starts from, written into `into` and reusing its
// storage: a view that scores a whole period allocates nothing per assessment.
// Refuses what score() refuses, but for a total that no band covers.
Status scoreFigures(const Questionnaire &questionnaire, const Answers &answers, Figures &into);

// The dimensions ordered from weakest to strongest (ties keep questionnaire order).
std::vector<DimensionScore> weakestFirst(const Score &score);

} // namespace rater
