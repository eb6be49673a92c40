#pragma once

#include "expected/expected.h"
#include "questionnaire/questionnaire.h"

#include <QDate>

namespace rater {

class Database;
namespace storage {
class Results;
}

// Fills `results` (a laptop's file or the organisation's store) with believable demo results for the twelve quarters up to
// `today`: four teams (one improving, one declining, one flat, one new in the
// last three quarters) with several respondents each, and two workshops.
// The same `today` always gives the same data. Returns how many assessments
// were written.
Expected<qint64> writeDemoData(storage::Results &results, const Questionnaire &questionnaire, const QDate &today);
// The same, into a laptop's database file.
Expected<qint64> writeDemoData(Database &database, const Questionnaire &questionnaire, const QDate &today);

} // namespace rater
