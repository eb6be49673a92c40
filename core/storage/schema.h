#pragma once

#include <QStringList>

namespace rater::schema {

// Written into every Rater database's header (PRAGMA application_id), so a
// Rater file is told apart from any other SQLite file. "RATR" in ASCII.
constexpr int applicationId = 0x52415452;

// The schema version this build writes (PRAGMA user_version).
constexpr int currentVersion = 2;

// The statements that take a database from `version - 1` to `version`.
// Version 1 creates the tables from nothing.
QStringList migrationTo(int version);

} // namespace rater::schema
