#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"
#include "scoring/answers.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

#include <optional>
#include <vector>

namespace rater::storage {

// Answers as stored: whole numbers separated by commas, "4,2,5,…". The one
// reader and writer of that text, for results and drafts alike.
QByteArray encodeAnswers(const Answers &answers);
// Refuses, saying why, anything but such a list: an empty text, an empty
// field, a sign without digits, or a number too large for an int. Whether
// the numbers fit a questionnaire is the scorer's business.
Expected<Answers> decodeAnswers(QByteArrayView text);

// A stored assessment's answers, only when this program can score them: they
// read as a list, the assessment names a questionnaire this program has, and
// they fit it (one answer per statement, each within its scale). The failure
// names the assessment and says what is wrong, so that no view leaves it out
// without a word.
Expected<Answers> decodeScorable(qint64 assessmentId, QByteArrayView questionnaireId, QByteArrayView text);

// Whether answers about to be recorded fit the questionnaire they name, when
// this program has it: what either engine checks before it stores them, so
// that no caller stores answers that would not read back as scorable.
Status checkRecordable(QStringView questionnaireId, const Answers &answers);

// The total score of stored answers, when this program can score them.
std::optional<qint64> storedTotal(QByteArrayView questionnaireId, QByteArrayView text);

// decodeScorable for many rows in a row, into one buffer that is reused: a
// view that reads a whole period allocates nothing per assessment.
class ScorableReader
{
public:
    // The answers stay valid until the next read.
    Expected<const Answers *> read(qint64 assessmentId, QByteArrayView questionnaireId, QByteArrayView text);

private:
    Answers m_answers;
    QByteArray m_questionnaireId;
    const Questionnaire *m_questionnaire = nullptr;
};

// A stored date, "YYYY-MM-DD", when it is one; the failure names the assessment.
Expected<QDate> decodeStoredDate(qint64 assessmentId, QStringView text);
inline Status checkStoredDate(qint64 assessmentId, QStringView text)
{
    const Expected<QDate> date = decodeStoredDate(assessmentId, text);
    return date ? Status(Done{}) : Status::failure(date.error());
}

// A draft's answers: an open answer is an empty field ("4,,5").
QByteArray encodeDraftAnswers(const std::vector<std::optional<int>> &answers);
Expected<std::vector<std::optional<int>>> decodeDraftAnswers(QByteArrayView text);

} // namespace rater::storage
