#pragma once

#include "expected/expected.h"
#include "storage/records.h"

#include <optional>

namespace rater::storage {

class Connection;

// Quizzes in progress, one per name (the desktop quiz, each workshop's), so
// that a crash or a closed window loses no answer.
class DraftStore
{
public:
    explicit DraftStore(Connection &connection) : m_connection(connection) {}

    Status save(const Draft &draft);
    // Empty when there is no draft of that name.
    Expected<std::optional<Draft>> load(const QString &name) const;
    Status clear(const QString &name);

private:
    Connection &m_connection;
};

} // namespace rater::storage
