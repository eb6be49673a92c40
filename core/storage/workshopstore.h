#pragma once

#include "expected/expected.h"
#include "storage/records.h"

#include <vector>

namespace rater::storage {

class Connection;

// The stored workshops.
class WorkshopStore
{
public:
    explicit WorkshopStore(Connection &connection) : m_connection(connection) {}

    Expected<qint64> create(const NewWorkshop &workshop);
    // A failure names the id when there is no such workshop.
    Expected<Workshop> find(qint64 id) const;
    Expected<std::vector<Workshop>> all() const; // newest first

private:
    Connection &m_connection;
};

} // namespace rater::storage
