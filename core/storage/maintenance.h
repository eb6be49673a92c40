#pragma once

#include "expected/expected.h"
#include "storage/records.h"

namespace rater::storage {

class Connection;

// Looking after a database file: checking it, and copying it.
class Maintenance
{
public:
    explicit Maintenance(Connection &connection) : m_connection(connection) {}

    // SQLite's integrity and foreign-key checks, and that every stored
    // answer set can be read and scored with the questionnaire it answered
    // (when this program has that questionnaire): each problem names the
    // assessment.
    IntegrityReport check() const;
    // A consistent copy, taken while other connections may be writing. Never overwrites.
    Status backupTo(const QString &target) const;

private:
    Connection &m_connection;
};

} // namespace rater::storage
