#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rater {

// What a questionnaire file may hold. Any real instrument is far below these
// (RATER: 17 statements, 5 scale points, 5 dimensions, 3 bands); a file
// beyond them is refused as soon as the reader meets the excess, and within
// them reading costs time in proportion to the file, and totals fit an int.
namespace questionnaireLimits {
constexpr int statements = 500;
constexpr int scalePoints = 11;    // 0 to 10 is the widest scale in use
constexpr int dimensions = 50;
constexpr int bands = 50;
constexpr int languages = 20;
constexpr int tipsPerDimension = 50;
constexpr int textLength = 4000;   // characters of one text in one language
constexpr int largestNumber = 1000; // scale values, item scores and numbers, either sign
} // namespace questionnaireLimits

// Reads and validates a questionnaire. A refusal names `sourceName`, the
// place in the document (a JSON path such as `dimensions[2].statements[0]`,
// counted from 0) and what is wrong there.
Expected<Questionnaire> parseQuestionnaire(const QByteArray &json, const QString &sourceName);
Expected<Questionnaire> loadQuestionnaireFile(const QString &path);

// The questionnaires that come with the program, by id ("rater" is the
// default): the files in datafiles::questionnaireFolder().
QString defaultQuestionnaireId();
QStringList builtInQuestionnaireIds();
Expected<Questionnaire> loadBuiltInQuestionnaire(const QString &id);

// A built-in id, or else the path of a questionnaire file. A word that is
// neither a file nor a path (no "/", no ".json") is taken for an id.
Expected<Questionnaire> loadQuestionnaire(const QString &idOrPath);

} // namespace rater
