#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"
#include "scoring/answers.h"
#include "storage/records.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rater {

// A completed quiz as it is handed on to be scored, shown and saved: who it
// is for, when it was taken, and an answer to every statement.
struct QuizAnswers
{
    QString team;
    QString respondent;
    QDate date;
    Answers answers;
};

// A quiz as far as it has been answered: an empty answer is still open.
struct QuizProgress
{
    QString team;
    QString respondent;
    QDate date;
    std::vector<std::optional<int>> answers;

    int answered() const;
    // The completed quiz; a refusal names the statements still open.
    Expected<QuizAnswers> completed() const;
};

// The assessment a completed quiz is stored as: answered with `questionnaire`
// in the language whose code is `lang` ("en", "ar", "fa").
NewAssessment assessmentOf(QuizAnswers answers, const Questionnaire &questionnaire, const QString &lang);

} // namespace rater
