#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rater {

// Reads and validates a questionnaire. A refusal names `sourceName`, the
// place in the document (a JSON path such as `dimensions[2].statements[0]`,
// counted from 0) and what is wrong there.
Expected<Questionnaire> parseQuestionnaire(const QByteArray &json, const QString &sourceName);
Expected<Questionnaire> loadQuestionnaireFile(const QString &path);

// Questionnaires compiled into the program, by id ("rater" is the default).
QString defaultQuestionnaireId();
QStringList builtInQuestionnaireIds();
Expected<Questionnaire> loadBuiltInQuestionnaire(const QString &id);

// A built-in id, or else the path of a questionnaire file.
Expected<Questionnaire> loadQuestionnaire(const QString &idOrPath);

} // namespace rater
