#pragma once

#include "expected/expected.h"

#include <QString>

namespace rater::files {

// Only SQLite may open a database file. Closing any descriptor of a file
// drops every POSIX lock the process holds on it, SQLite's included; other
// programs can then checkpoint and delete the journal under it, and results
// the app calls saved are lost. So the database files open in this process
// are claimed here, and every file the product reads or writes for the user
// (imports, exports, questionnaires) is checked against them first.
void claimDatabase(const QString &path);
void forgetDatabase(const QString &path);
// Whether `path` is a file of a database open in this process: the database
// itself (by any name), or its -wal, -shm or -journal file.
bool isOpenDatabaseFile(const QString &path);

// Before reading `path`: why it cannot be read, if it cannot (missing, a
// folder, no permission, a database file in use).
Status checkReadable(const QString &path);
// Before writing `path`: why it cannot be written, if it cannot (its folder
// missing or not a folder, no permission in the folder or on the file, a
// folder by that name, a database file in use).
Status checkWritable(const QString &path);

} // namespace rater::files
