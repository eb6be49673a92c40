#include "answers.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

class AnswerMessages
{
    Q_DECLARE_TR_FUNCTIONS(Answers)
};

QString n(qint64 number)
{
    return QLocale().toString(number);
}

QString outOfScale(int position, int count, const QString &value, const Questionnaire &q)
{
    return AnswerMessages::tr("answer %1 of %2 is %3; answers run from %4 to %5")
        .arg(n(position), n(count), value, n(q.scaleMin()), n(q.scaleMax()));
}

} // namespace

std::optional<AnswerFault> checkAnswers(const Questionnaire &questionnaire, const Answers &answers)
{
    const int expected = questionnaire.statementCount();
    if (int(answers.size()) != expected)
        return AnswerFault{0, AnswerMessages::tr("expected %1 answers, one for each statement, but got %2")
                                  .arg(n(expected), n(qint64(answers.size())))};
    for (int i = 0; i < expected; ++i) {
        const int answer = answers[std::size_t(i)];
        if (answer < questionnaire.scaleMin() || answer > questionnaire.scaleMax())
            return AnswerFault{i + 1, outOfScale(i + 1, expected, n(answer), questionnaire)};
    }
    return std::nullopt;
}

std::optional<int> parseLocalizedInt(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        const int digit = digitValue(c);
        if (digit < 0)
            return std::nullopt;
        value = value * 10 + digit;
        if (value > std::numeric_limits<int>::max())
            return std::nullopt;
    }
    return int(value);
}

Expected<Answers> parseAnswers(QStringView text, const Questionnaire &questionnaire)
{
    const int expected = questionnaire.statementCount();
    QString normalized = text.toString();
    normalized.replace(QChar(0x060C), u',');
    const QStringList fields = normalized.split(u',');
    if (fields.size() != expected) {
        const qsizetype got = normalized.trimmed().isEmpty() ? 0 : fields.size();
        return Expected<Answers>::failure(AnswerMessages::tr("expected %1 answers separated by commas, one for each "
                                             "statement, but got %2").arg(n(expected), n(got)));
    }
    Answers answers;
    answers.reserve(std::size_t(expected));
    for (int i = 0; i < expected; ++i) {
        const QString field = fields.at(i).trimmed();
        if (field.isEmpty())
            return Expected<Answers>::failure(AnswerMessages::tr("answer %1 of %2 is empty").arg(n(i + 1), n(expected)));
        const std::optional<int> value = parseLocalizedInt(field);
        if (!value) {
            const bool allDigits = std::all_of(field.begin(), field.end(), [](QChar c) { return digitValue(c) >= 0; });
            if (allDigits) // too large for an int, but still a whole number
                return Expected<Answers>::failure(outOfScale(i + 1, expected, field, questionnaire));
            return Expected<Answers>::failure(AnswerMessages::tr("answer %1 of %2 is \"%3\", which is not a whole number")
                                                  .arg(n(i + 1), n(expected), field));
        }
        answers.push_back(*value);
    }
    if (auto fault = checkAnswers(questionnaire, answers))
        return Expected<Answers>::failure(fault->message);
    return answers;
}

Expected<Answers> parseAnswerDigits(QStringView text, const Questionnaire &questionnaire)
{
    const int expected = questionnaire.statementCount();
    Answers answers;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (digitValue(c) < 0)
            return Expected<Answers>::failure(
                AnswerMessages::tr("\"%1\" is not a digit; type one digit for each answer").arg(QString(c)));
        answers.push_back(digitValue(c));
    }
    if (int(answers.size()) != expected)
        return Expected<Answers>::failure(AnswerMessages::tr("%1 answers typed; a form has %2, one digit each")
                                              .arg(n(qint64(answers.size())), n(expected)));
    if (auto fault = checkAnswers(questionnaire, answers))
        return Expected<Answers>::failure(fault->message);
    return answers;
}

} // namespace rater
