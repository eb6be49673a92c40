#pragma once

// The built-in RATER questionnaire, loaded once for the tests that score with it.

#include "questionnaire/loader.h"

inline const rater::Questionnaire &raterQuiz()
{
    static const rater::Questionnaire q = rater::loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    return q;
}
