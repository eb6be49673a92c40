#pragma once

// Actions in a JSON file of results: after the assessments, one record per
// action, told from an assessment by "kind": "action". A file with no such
// record is read as before actions were written.

#include "questionnaire/questionnaire.h"
#include "storage/records.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace rater::exchange {

// The value of "kind" that makes a record an action.
inline constexpr char16_t actionKind[] = u"action";

// Reads an action record, checking each field against the entry limits and
// `questionnaire`'s dimensions; each problem goes to `report` with its field.
using ReportField = std::function<void(const QString &field, const QString &reason)>;
std::optional<Action> readActionRecord(const QJsonObject &record, const Questionnaire &questionnaire,
                                       const ReportField &report);

// Appends `action` to `out` as one record, on one line: kind, uuid, origin,
// team, dimension, text, owner, due, created, state, closed. Its id and
// workshop stay in the database they came from.
void appendActionRecord(QByteArray &out, const Action &action);

} // namespace rater::exchange
