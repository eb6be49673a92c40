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

// The dimensions ordered from weakest to strongest (ties keep questionnaire order).
std::vector<DimensionScore> weakestFirst(const Score &score);

} // namespace rater
