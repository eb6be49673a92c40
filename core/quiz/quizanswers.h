#pragma once

#include "scoring/answers.h"

#include <QDate>
#include <QString>

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

} // namespace rater
