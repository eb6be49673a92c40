#pragma once

#include "expected/expected.h"
#include "storage/corrections.h"
#include "storage/records.h"

#include <functional>
#include <optional>

namespace rater::storage {

class Connection;
class Statement;

QString stateName(Action::State state); // "open", "done", "dropped", as stored and in JSON
std::optional<Action::State> stateFromName(QStringView name);

// The actions teams commit to, and whether they were done.
class ActionStore
{
public:
    explicit ActionStore(Connection &connection) : m_connection(connection) {}

    // Its team must be stored already (actions come from results), its
    // workshop too when it names one; the dimension is not checked here
    // against a questionnaire.
    Expected<qint64> add(const NewAction &action);
    // Several in one transaction: all of them, or none.
    Expected<std::vector<qint64>> addAll(const std::vector<NewAction> &actions);

    // Within a write transaction the caller holds (an import's): `action` as
    // it is, with its UUID, the installation it came from, its state and its
    // days; its id is new. False when an action with its UUID is held
    // already, which is left as it is. Refused when its team holds no results.
    Expected<bool> addWithin(const Action &action);

    struct Filter
    {
        QString team; // null: every team
        std::optional<Action::State> state;
    };
    using Visit = std::function<Status(const Action &)>;
    // Open ones first, those due soonest first (no due date last), then
    // those done, then those dropped, each most recently closed first.
    Status forEach(const Filter &filter, const Visit &visit) const;
    // Empty when there is none with `id`.
    Expected<std::optional<Action>> find(qint64 id) const;

    // Done or dropped on `on`; refused for an action that is not open, or
    // when `on` is before the day it was planned.
    Expected<Corrected> close(qint64 id, Action::State state, const QDate &on);
    // Open again, as before it was closed: what undoing a close does.
    Expected<Corrected> reopen(qint64 id);
    // What may be changed in an action once it is planned, whatever its state.
    struct Terms
    {
        QString dimension;
        QString text;
        QString owner;
        QDate due; // invalid: no due date
    };
    static Terms termsOf(const Action &action) { return {action.dimension, action.text, action.owner, action.due}; }
    // Gives action `id` these terms; refused when they break the entry limits.
    Expected<Corrected> edit(qint64 id, const Terms &terms);
    // Deletes an action; `putBack` stores it again as it was, with its id and
    // UUID: what undoing the deletion does. Its team must still be there.
    Expected<Corrected> remove(qint64 id);
    Status putBack(const Action &action);

private:
    // Runs `sql`, its values bound by `bind`, on action `id` in one
    // transaction, unless there is no such action or `refusal` gives a reason.
    Expected<Corrected> change(qint64 id, const QString &what, const std::function<QString(const Action &)> &refusal,
                               const char *sql, const std::function<void(Statement &)> &bind);

    Connection &m_connection;
};

} // namespace rater::storage
