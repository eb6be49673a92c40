#include "answercodec.h"

#include "questionnaire/loader.h"
#include "scoring/scoring.h"

#include <QCoreApplication>
#include <QMutex>

#include <limits>
#include <map>

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(AnswerCodec)
};

// One field: an optional minus sign and digits, within an int.
Expected<int> decodeNumber(QByteArrayView field, qsizetype position)
{
    const auto refuse = [position](const QString &why) {
        return Expected<int>::failure(Messages::tr("answer %1: %2").arg(position).arg(why));
    };
    if (field.isEmpty())
        return refuse(Messages::tr("it is empty"));
    const bool negative = field.front() == '-';
    const QByteArrayView digits = negative ? field.sliced(1) : field;
    if (digits.isEmpty())
        return refuse(Messages::tr("\"%1\" is not a number").arg(QString::fromLatin1(field)));
    qint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return refuse(Messages::tr("\"%1\" is not a number").arg(QString::fromUtf8(field)));
        value = value * 10 + (c - '0');
        if (value > qint64(std::numeric_limits<int>::max()) + (negative ? 1 : 0))
            return refuse(Messages::tr("%1 is too large a number").arg(QString::fromLatin1(field)));
    }
    return int(negative ? -value : value);
}

// Decodes into `answers`, keeping its capacity.
Status decodeInto(QByteArrayView text, Answers &answers)
{
    answers.clear();
    if (text.isEmpty())
        return Status::failure(Messages::tr("there are no answers"));
    answers.reserve(std::size_t(text.size() / 2 + 1));
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ',')
            continue;
        const Expected<int> value = decodeNumber(text.sliced(start, i - start), qsizetype(answers.size()) + 1);
        if (!value)
            return Status::failure(value.error());
        answers.push_back(*value);
        start = i + 1;
    }
    return Done{};
}

// The questionnaire this program has under `id`, each loaded once; null when
// there is none. Entries are never removed, so the pointer stays valid.
const Questionnaire *builtIn(QByteArrayView id)
{
    static QMutex guard;
    static std::map<QByteArray, std::optional<Questionnaire>, std::less<>> known;
    const QMutexLocker locked(&guard);
    auto found = known.find(id);
    if (found == known.end()) {
        Expected<Questionnaire> loaded = loadBuiltInQuestionnaire(QString::fromUtf8(id));
        found = known.emplace(id.toByteArray(), loaded ? std::optional(std::move(loaded).value()) : std::nullopt).first;
    }
    return found->second ? &*found->second : nullptr;
}

// Whether `answers` of assessment `assessmentId` can be scored with `questionnaire`.
Status checkScorable(qint64 assessmentId, QByteArrayView questionnaireId, const Questionnaire *questionnaire,
                     const Answers &answers)
{
    if (!questionnaire)
        return Status::failure(Messages::tr("assessment %1 cannot be scored: it was taken with the "
                                            "questionnaire \"%2\", which this version of Rater does not have")
                                   .arg(assessmentId)
                                   .arg(QString::fromUtf8(questionnaireId)));
    if (const auto fault = checkAnswers(*questionnaire, answers))
        return Status::failure(Messages::tr("assessment %1 cannot be scored: %2").arg(assessmentId).arg(fault->message));
    return Done{};
}

QString unreadable(qint64 assessmentId, const QString &why)
{
    return Messages::tr("assessment %1 has unreadable answers: %2").arg(assessmentId).arg(why);
}

} // namespace

QByteArray encodeAnswers(const Answers &answers)
{
    QByteArray text;
    text.reserve(qsizetype(answers.size()) * 2);
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i > 0)
            text += ',';
        if (answers[i] >= 0 && answers[i] <= 9)
            text += char('0' + answers[i]); // nearly every answer: no number formatting
        else
            text += QByteArray::number(answers[i]);
    }
    return text;
}

Expected<Answers> decodeAnswers(QByteArrayView text)
{
    Answers answers;
    if (Status decoded = decodeInto(text, answers); !decoded)
        return Expected<Answers>::failure(decoded.error());
    return answers;
}

Expected<Answers> decodeScorable(qint64 assessmentId, QByteArrayView questionnaireId, QByteArrayView text)
{
    Answers answers;
    if (Status decoded = decodeInto(text, answers); !decoded)
        return Expected<Answers>::failure(unreadable(assessmentId, decoded.error()));
    if (Status fits = checkScorable(assessmentId, questionnaireId, builtIn(questionnaireId), answers); !fits)
        return Expected<Answers>::failure(fits.error());
    return answers;
}

Status checkRecordable(QStringView questionnaireId, const Answers &answers)
{
    const Questionnaire *questionnaire = builtIn(questionnaireId.toUtf8());
    if (!questionnaire)
        return Done{};
    if (const auto fault = checkAnswers(*questionnaire, answers))
        return Status::failure(fault->message);
    return Done{};
}

std::optional<qint64> storedTotal(QByteArrayView questionnaireId, QByteArrayView text)
{
    const Questionnaire *questionnaire = builtIn(questionnaireId);
    Answers answers;
    Figures figures;
    if (!questionnaire || !decodeInto(text, answers) || !scoreFigures(*questionnaire, answers, figures))
        return std::nullopt;
    return figures.total;
}

Expected<const Answers *> ScorableReader::read(qint64 assessmentId, QByteArrayView questionnaireId,
                                                QByteArrayView text)
{
    using Result = Expected<const Answers *>;
    if (Status decoded = decodeInto(text, m_answers); !decoded)
        return Result::failure(unreadable(assessmentId, decoded.error()));
    // Rows of one questionnaire follow each other: look it up when it changes.
    if (m_questionnaireId.isNull() || questionnaireId != m_questionnaireId) {
        m_questionnaireId = questionnaireId.toByteArray();
        m_questionnaire = builtIn(questionnaireId);
    }
    if (Status fits = checkScorable(assessmentId, questionnaireId, m_questionnaire, m_answers); !fits)
        return Result::failure(fits.error());
    return &m_answers;
}

Expected<QDate> decodeStoredDate(qint64 assessmentId, QStringView text)
{
    const QDate date = text.size() == 10 ? QDate::fromString(text.toString(), Qt::ISODate) : QDate();
    if (!date.isValid())
        return Expected<QDate>::failure(
            Messages::tr("assessment %1 has the date \"%2\", which is not a date of the form YYYY-MM-DD")
                .arg(assessmentId)
                .arg(text));
    return date;
}

QByteArray encodeDraftAnswers(const std::vector<std::optional<int>> &answers)
{
    QByteArray text;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i > 0)
            text += ',';
        if (answers[i])
            text += QByteArray::number(*answers[i]);
    }
    return text;
}

Expected<std::vector<std::optional<int>>> decodeDraftAnswers(QByteArrayView text)
{
    using Result = Expected<std::vector<std::optional<int>>>;
    std::vector<std::optional<int>> answers;
    if (text.isEmpty())
        return answers;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ',')
            continue;
        const QByteArrayView field = text.sliced(start, i - start);
        if (field.isEmpty()) {
            answers.emplace_back(std::nullopt);
        } else {
            const Expected<int> value = decodeNumber(field, qsizetype(answers.size()) + 1);
            if (!value)
                return Result::failure(value.error());
            answers.emplace_back(*value);
        }
        start = i + 1;
    }
    return answers;
}

} // namespace rater::storage
