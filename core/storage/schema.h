#pragma once

#include "expected/expected.h"

#include <QStringList>

namespace rater::storage {
class Connection;
}

namespace rater::schema {

// Written into every Rater database's header (PRAGMA application_id), so a
// Rater file is told apart from any other SQLite file. "RATR" in ASCII.
constexpr int applicationId = 0x52415452;

// The schema version this build writes (PRAGMA user_version).
constexpr int currentVersion = 5;

// The statements that take a database from `version - 1` to `version`.
// Version 1 creates the tables from nothing.
QStringList migrationTo(int version);

// Whether the tables, columns, indexes, triggers and views of the database on
// `connection` are exactly those this build makes for `version`; the failure
// names each difference. A trigger or view planted in a file could change
// what is stored or read, so anything else is refused.
Status checkSchema(const storage::Connection &connection, int version);

} // namespace rater::schema
