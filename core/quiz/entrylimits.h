#pragma once

// What Rater accepts where people type or import: names of a sensible length
// on one line, and dates within the range its calendars and periods cover.
// Documented in docs/data-formats.md ("Limits"); the stores, the import
// reader, the command line and the desktop app all check through here.

#include "expected/expected.h"
#include "storage/records.h"

#include <QDate>
#include <QStringView>

namespace rater::limits {

// A team, a workshop's title or a facilitator: a name, not a paragraph.
inline constexpr int maxNameLength = 120;
// A respondent's pseudonymous code.
inline constexpr int maxCodeLength = 64;
// An action a team commits to: a sentence or two.
inline constexpr int maxActionLength = 500;

inline QDate earliestDate() { return QDate(1900, 1, 1); }
inline QDate latestDate() { return QDate(2100, 12, 31); }

enum class Field { Team, Respondent, WorkshopTitle, Facilitator, ActionText, ActionOwner };

int maxLength(Field field);
// Refuses a text that is too long, is not well-formed Unicode (half of a
// surrogate pair), or holds a control character (a line break, a tab, NUL,
// ESC) or a bidirectional embedding, override or isolate that could reorder
// what surrounds the name; the message names the field and where.
Status checkText(Field field, QStringView text);
// Refuses a date outside earliestDate() to latestDate().
Status checkDate(const QDate &date);
// Every text and the date of an assessment or a workshop about to be stored.
Status checkEntry(const NewAssessment &assessment);
Status checkEntry(const NewWorkshop &workshop);
// The same of an action: its text may not be empty either.
Status checkEntry(const NewAction &action);

} // namespace rater::limits
