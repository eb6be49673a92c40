#include "quizanswers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace rater {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Quiz)
};

} // namespace

int QuizProgress::answered() const
{
    return int(std::count_if(answers.begin(), answers.end(), [](const std::optional<int> &a) { return a.has_value(); }));
}

Expected<QuizAnswers> QuizProgress::completed() const
{
    QuizAnswers complete{team, respondent, date, {}};
    QStringList open;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (answers[i])
            complete.answers.push_back(*answers[i]);
        else
            open << QLocale().toString(qint64(i) + 1);
    }
    if (!open.isEmpty())
        return Expected<QuizAnswers>::failure(Messages::tr("statements not answered yet: %1").arg(open.join(u", ")));
    return complete;
}

NewAssessment assessmentOf(QuizAnswers answers, const Questionnaire &questionnaire, const QString &lang)
{
    NewAssessment a;
    a.team = std::move(answers.team);
    a.respondent = std::move(answers.respondent);
    a.date = answers.date;
    a.lang = lang;
    a.questionnaireId = questionnaire.id;
    a.questionnaireVersion = questionnaire.version;
    a.answers = std::move(answers.answers);
    return a;
}

} // namespace rater
