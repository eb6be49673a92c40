#include "actionstore.h"

#include "quiz/entrylimits.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr const char *selectActions =
    "SELECT a.id, a.uuid, t.name, a.workshop_id, a.dimension, a.text, a.owner, a.due_on, a.created_on, a.state, "
    "a.closed_on, o.uuid, a.version FROM action a JOIN team t ON t.id = a.team_id LEFT JOIN installation o ON o.id = a.origin_id ";

Action actionOf(const Row &row)
{
    Action a;
    a.id = row.integer(0);
    a.uuid = row.uuid(1);
    a.team = row.text(2);
    a.workshopId = row.isNull(3) ? std::nullopt : std::optional<qint64>(row.integer(3));
    a.dimension = row.text(4);
    a.text = row.text(5);
    a.owner = row.text(6);
    a.due = row.date(7);
    a.created = row.date(8);
    a.state = stateFromName(row.text(9)).value_or(Action::State::Open);
    a.closed = row.date(10);
    a.origin = row.isNull(11) ? QUuid() : QUuid::fromString(row.text(11)); // installations keep theirs as text
    a.version = int(row.integer(12));
    return a;
}

} // namespace

QString stateName(Action::State state)
{
    switch (state) {
    case Action::State::Open: return u"open"_s;
    case Action::State::Done: return u"done"_s;
    case Action::State::Dropped: return u"dropped"_s;
    }
    return {};
}

std::optional<Action::State> stateFromName(QStringView name)
{
    for (const Action::State state : {Action::State::Open, Action::State::Done, Action::State::Dropped}) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

Expected<qint64> ActionStore::add(const NewAction &action)
{
    const Expected<std::vector<qint64>> added = addAll({action});
    if (!added)
        return Expected<qint64>::failure(added.error());
    return added->front();
}

Expected<std::vector<qint64>> ActionStore::addAll(const std::vector<NewAction> &actions)
{
    using Result = Expected<std::vector<qint64>>;
    const auto failed = [this](const QString &detail) {
        return Result::failure(m_connection.failure(Messages::tr("could not save the actions; none was stored"), detail));
    };
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return failed(begun.error());
    Statement team(m_connection, "SELECT id FROM team WHERE name = ?");
    Statement workshop(m_connection, "SELECT id FROM workshop WHERE id = ?");
    Statement insert(m_connection,
                     "INSERT INTO action (uuid, origin_id, team_id, workshop_id, dimension, text, owner, due_on, "
                     "created_on, changed_at) VALUES (?, (SELECT id FROM installation WHERE here = 1), ?, ?, ?, ?, ?, ?, "
                     "?, ?)");
    for (const Status &ready : {team.prepared(), workshop.prepared(), insert.prepared()}) {
        if (!ready)
            return failed(ready.error());
    }
    const QString now = utcNow();
    std::vector<qint64> ids;
    for (const NewAction &a : actions) {
        const QString number = QLocale().toString(qint64(ids.size()) + 1);
        if (const Status allowed = limits::checkEntry(a); !allowed)
            return Result::failure(Messages::tr("action %1 was not saved: %2").arg(number, allowed.error()));
        if (a.dimension.trimmed().isEmpty())
            return Result::failure(Messages::tr("action %1 was not saved: it names no dimension").arg(number));
        team.bind(1, a.team);
        const Expected<std::optional<qint64>> teamId = team.singleId();
        if (!teamId)
            return failed(teamId.error());
        if (!*teamId)
            return Result::failure(Messages::tr("action %1 was not saved: there is no team \"%2\" in %3")
                                       .arg(number, a.team, m_connection.path()));
        if (a.workshopId) {
            workshop.bind(1, *a.workshopId);
            const Expected<std::optional<qint64>> found = workshop.singleId();
            if (!found)
                return failed(found.error());
            if (!*found)
                return Result::failure(Messages::tr("action %1 was not saved: there is no workshop with id %2")
                                           .arg(number, QLocale().toString(*a.workshopId)));
        }
        const QString dimension = a.dimension.trimmed();
        const QString text = a.text.trimmed();
        const QString owner = a.owner.trimmed();
        insert.bind(1, QUuid::createUuid());
        insert.bind(2, **teamId);
        insert.bind(3, a.workshopId);
        insert.bind(4, dimension);
        insert.bind(5, text);
        insert.bind(6, owner);
        insert.bind(7, a.due);
        insert.bind(8, a.created);
        insert.bind(9, now);
        if (Status inserted = insert.run(); !inserted)
            return failed(inserted.error());
        ids.push_back(insert.lastInsertId());
    }
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    m_connection.wrote();
    return ids;
}

Expected<bool> ActionStore::addWithin(const Action &a)
{
    using Result = Expected<bool>;
    const auto failed = [this](const QString &detail) {
        return Result::failure(m_connection.failure(Messages::tr("could not save the actions; none was stored"), detail));
    };
    if (const Status allowed = limits::checkEntry(NewAction{a.team, std::nullopt, a.dimension, a.text, a.owner, a.due,
                                                            a.created});
        !allowed)
        return Result::failure(allowed.error());
    if (a.dimension.trimmed().isEmpty())
        return Result::failure(Messages::tr("an action aims at one dimension; none was named"));
    if ((a.state == Action::State::Open) != !a.closed.isValid())
        return Result::failure(a.state == Action::State::Open
                                   ? Messages::tr("an open action has no day it was closed on")
                                   : Messages::tr("an action done or dropped needs the day it was closed on"));
    if (a.closed.isValid()) {
        if (const Status allowed = limits::checkDate(a.closed); !allowed)
            return Result::failure(allowed.error());
        if (a.closed < a.created)
            return Result::failure(Messages::tr("it was closed on %1, before it was planned on %2")
                                       .arg(a.closed.toString(Qt::ISODate), a.created.toString(Qt::ISODate)));
    }
    const QUuid uuid = a.uuid.isNull() ? QUuid::createUuid() : a.uuid;
    Statement held(m_connection, "SELECT id FROM action WHERE uuid = ?");
    Statement team(m_connection, "SELECT id FROM team WHERE name = ?");
    Statement origin(m_connection, "INSERT INTO installation (uuid) VALUES (?) ON CONFLICT DO NOTHING");
    Statement insert(m_connection,
                     "INSERT INTO action (uuid, origin_id, team_id, dimension, text, owner, due_on, created_on, state, "
                     "closed_on, changed_at) VALUES (?1, coalesce((SELECT id FROM installation WHERE uuid = ?2), "
                     "(SELECT id FROM installation WHERE here = 1)), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (const Status &ready : {held.prepared(), team.prepared(), origin.prepared(), insert.prepared()}) {
        if (!ready)
            return failed(ready.error());
    }
    held.bind(1, uuid);
    const Expected<std::optional<qint64>> found = held.singleId();
    if (!found)
        return failed(found.error());
    if (*found)
        return false;
    team.bind(1, a.team.trimmed());
    const Expected<std::optional<qint64>> teamId = team.singleId();
    if (!teamId)
        return failed(teamId.error());
    if (!*teamId)
        return Result::failure(Messages::tr("there is no team \"%1\" in %2; an action's team needs results")
                                   .arg(a.team, m_connection.path()));
    if (!a.origin.isNull()) {
        origin.bind(1, a.origin.toString(QUuid::WithoutBraces));
        if (Status made = origin.run(); !made)
            return failed(made.error());
    }
    insert.bind(1, uuid);
    if (a.origin.isNull())
        insert.bind(2, std::optional<qint64>());
    else
        insert.bind(2, a.origin.toString(QUuid::WithoutBraces));
    insert.bind(3, **teamId);
    insert.bind(4, a.dimension.trimmed());
    insert.bind(5, a.text.trimmed());
    insert.bind(6, a.owner.trimmed());
    insert.bind(7, a.due);
    insert.bind(8, a.created);
    insert.bind(9, stateName(a.state));
    insert.bind(10, a.closed);
    insert.bind(11, utcNow());
    if (Status inserted = insert.run(); !inserted)
        return failed(inserted.error());
    return true;
}

Status ActionStore::forEach(const Filter &filter, const Visit &visit) const
{
    // Stays whole: the statement text is chosen, its values are bound.
    const char *sql = filter.team.isNull()
                          ? (filter.state ? "WHERE a.state = ?1 " : "")
                          : (filter.state ? "WHERE t.name = ?2 AND a.state = ?1 " : "WHERE t.name = ?2 ");
    const QByteArray text = QByteArray(selectActions) + sql
                            + "ORDER BY CASE a.state WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END, "
                              "CASE WHEN a.state = 'open' THEN coalesce(a.due_on, '9999-12-31') END, "
                              "a.closed_on DESC, a.id";
    Statement query(m_connection, text.constData());
    if (Status ready = query.prepared(); !ready)
        return Status::failure(m_connection.failure(Messages::tr("could not read the actions"), ready.error()));
    const QString state = filter.state ? stateName(*filter.state) : QString();
    if (filter.state)
        query.bind(1, state);
    if (!filter.team.isNull())
        query.bind(2, filter.team);
    return query.forEachRow([&visit](const Row &row) { return visit(actionOf(row)); });
}

Expected<std::optional<Action>> ActionStore::find(qint64 id) const
{
    using Result = Expected<std::optional<Action>>;
    const QByteArray sql = QByteArray(selectActions) + "WHERE a.id = ?";
    Statement query(m_connection, sql.constData());
    if (Status ready = query.prepared(); !ready)
        return Result::failure(m_connection.failure(Messages::tr("could not read the actions"), ready.error()));
    query.bind(1, id);
    std::optional<Action> found;
    const Status read = query.forEachRow([&found](const Row &row) -> Status {
        found = actionOf(row);
        return Done{};
    });
    if (!read)
        return Result::failure(read.error());
    return found;
}

Expected<Corrected> ActionStore::change(qint64 id, const QString &what,
                                        const std::function<QString(const Action &)> &refusal, const char *sql,
                                        const std::function<void(Statement &)> &bind)
{
    const auto failed = [this, &what](const QString &detail) {
        return Expected<Corrected>::failure(m_connection.failure(what, detail));
    };
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return failed(begun.error());
    const Expected<std::optional<Action>> action = find(id);
    if (!action)
        return Expected<Corrected>::failure(action.error());
    if (!*action)
        return Corrected::refused(
            Messages::tr("there is no action with id %1 in %2").arg(QLocale().toString(id), m_connection.path()));
    if (const QString why = refusal(**action); !why.isEmpty())
        return Corrected::refused(why);
    Statement statement(m_connection, sql);
    if (Status ready = statement.prepared(); !ready)
        return failed(ready.error());
    bind(statement);
    if (Status ran = statement.run(); !ran)
        return failed(ran.error());
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    m_connection.wrote();
    return Corrected{std::nullopt, 1, {}};
}

Expected<Corrected> ActionStore::close(qint64 id, Action::State state, const QDate &on)
{
    if (state == Action::State::Open)
        return Corrected::refused(Messages::tr("an action is closed as done or dropped"));
    if (const Status allowed = limits::checkDate(on); !allowed)
        return Corrected::refused(allowed.error());
    const QString number = QLocale().toString(id);
    const QString name = stateName(state);
    const QString now = utcNow();
    return change(
        id, Messages::tr("could not change the action"),
        [&](const Action &action) -> QString {
            if (action.state != Action::State::Open)
                return (action.state == Action::State::Done ? Messages::tr("action %1 was done already, on %2")
                                                            : Messages::tr("action %1 was dropped already, on %2"))
                    .arg(number, action.closed.toString(Qt::ISODate));
            if (on < action.created)
                return Messages::tr("action %1 was planned on %2; it cannot be closed before that, on %3")
                    .arg(number, action.created.toString(Qt::ISODate), on.toString(Qt::ISODate));
            return {};
        },
        "UPDATE action SET state = ?, closed_on = ?, version = version + 1, changed_at = ? WHERE id = ?",
        [&](Statement &update) {
            update.bind(1, name);
            update.bind(2, on);
            update.bind(3, now);
            update.bind(4, id);
        });
}

Expected<Corrected> ActionStore::reopen(qint64 id)
{
    const QString now = utcNow();
    return change(
        id, Messages::tr("could not change the action"),
        [id](const Action &action) {
            return action.state == Action::State::Open
                       ? Messages::tr("action %1 is open already").arg(QLocale().toString(id))
                       : QString();
        },
        "UPDATE action SET state = 'open', closed_on = NULL, version = version + 1, changed_at = ? WHERE id = ?",
        [&](Statement &update) {
            update.bind(1, now);
            update.bind(2, id);
        });
}

Expected<Corrected> ActionStore::edit(qint64 id, const Terms &terms)
{
    const QString dimension = terms.dimension.trimmed();
    const QString text = terms.text.trimmed();
    const QString owner = terms.owner.trimmed();
    if (dimension.isEmpty())
        return Corrected::refused(Messages::tr("an action aims at one dimension; none was named"));
    const QString now = utcNow();
    return change(
        id, Messages::tr("could not change the action"),
        [&](const Action &action) {
            NewAction checked{action.team, action.workshopId, dimension, text, owner, terms.due, action.created};
            const Status allowed = limits::checkEntry(checked);
            return allowed ? QString() : allowed.error();
        },
        "UPDATE action SET dimension = ?, text = ?, owner = ?, due_on = ?, version = version + 1, changed_at = ? "
        "WHERE id = ?",
        [&](Statement &update) {
            update.bind(1, dimension);
            update.bind(2, text);
            update.bind(3, owner);
            update.bind(4, terms.due);
            update.bind(5, now);
            update.bind(6, id);
        });
}

Expected<Corrected> ActionStore::remove(qint64 id)
{
    return change(
        id, Messages::tr("could not delete the action"), [](const Action &) { return QString(); },
        "DELETE FROM action WHERE id = ?", [id](Statement &removal) { removal.bind(1, id); });
}

Status ActionStore::putBack(const Action &a)
{
    const auto failed = [this](const QString &detail) {
        return Status::failure(m_connection.failure(Messages::tr("could not save the actions; none was stored"), detail));
    };
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return failed(begun.error());
    Statement insert(m_connection,
                     "INSERT INTO action (id, uuid, origin_id, team_id, workshop_id, dimension, text, owner, due_on, "
                     "created_on, state, closed_on, changed_at, version) "
                     "SELECT ?, ?, (SELECT id FROM installation WHERE here = 1), t.id, "
                     "(SELECT id FROM workshop WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ? FROM team t WHERE t.name = ?");
    const QString state = stateName(a.state);
    const QString now = utcNow();
    insert.bind(1, a.id);
    insert.bind(2, a.uuid);
    insert.bind(3, a.workshopId);
    insert.bind(4, a.dimension);
    insert.bind(5, a.text);
    insert.bind(6, a.owner);
    insert.bind(7, a.due);
    insert.bind(8, a.created);
    insert.bind(9, state);
    insert.bind(10, a.closed);
    insert.bind(11, now);
    // Put back is a change too: a store that holds it takes it as the latest.
    insert.bind(12, qint64(a.version) + 1);
    insert.bind(13, a.team);
    if (Status inserted = insert.run(); !inserted)
        return failed(inserted.error());
    const Expected<std::optional<Action>> back = find(a.id);
    if (!back)
        return Status::failure(back.error());
    if (!*back)
        return Status::failure(Messages::tr("the action cannot be put back: there is no team \"%1\" any more")
                                   .arg(a.team));
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    m_connection.wrote();
    return Done{};
}

} // namespace rater::storage
