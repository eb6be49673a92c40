// The actions teams commit to, in the store: read as a laptop lists them,
// and received from laptops in batches by sync. Who reads and writes which
// is PostgreSQL's row-level security: a lead their teams', a manager every
// team's, an admin all.

#include "store.h"

#include "organisation/arrayliteral.h"
#include "storage/actionstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

QString dateText(const QDate &day)
{
    return day.isValid() ? QString::fromLatin1(isoDate(day)) : QString();
}

} // namespace

Status OrganisationStore::forEachAction(const QString &team, const VisitAction &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // In a laptop's order: open ones first, soonest due first, then done,
    // then dropped, each most recently closed first.
    const bool prepared = query.prepare(u"SELECT a.id, a.uuid, o.uuid, t.name, a.dimension, a.text, a.owner, a.due_on::text, "
                  "a.created_on::text, a.state, a.closed_on::text, a.version "
                  "FROM rater.action a JOIN rater.team t ON t.id = a.team_id "
                  "LEFT JOIN rater.installation o ON o.id = a.origin_id "
                  "WHERE ?::text IS NULL OR t.name = ?::text "
                  "ORDER BY CASE a.state WHEN 'open' THEN 0 WHEN 'done' THEN 1 ELSE 2 END, "
                  "CASE WHEN a.state = 'open' THEN coalesce(a.due_on, '9999-12-31') END, a.closed_on DESC, a.id"_s);
    if (!prepared)
        return Status::failure(failure(Messages::tr("could not read the actions"), query.lastError()));
    const QVariant name = team.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(team);
    query.addBindValue(name);
    query.addBindValue(name);
    if (!query.exec())
        return Status::failure(failure(Messages::tr("could not read the actions"), query.lastError()));
    Action a;
    while (query.next()) {
        a.id = query.value(0).toLongLong();
        a.uuid = QUuid::fromString(query.value(1).toString());
        a.origin = query.isNull(2) ? QUuid() : QUuid::fromString(query.value(2).toString());
        a.team = query.value(3).toString();
        a.dimension = query.value(4).toString();
        a.text = query.value(5).toString();
        a.owner = query.value(6).toString();
        a.due = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        a.created = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        a.state = storage::stateFromName(query.value(9).toString()).value_or(Action::State::Open);
        a.closed = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        a.version = query.value(11).toInt();
        if (Status visited = visit(a); !visited)
            return visited;
    }
    if (query.lastError().isValid())
        return Status::failure(failure(Messages::tr("could not read the actions"), query.lastError()));
    return Done{};
}

Expected<OrganisationStore::ActionsReceived> OrganisationStore::receiveActions(const std::vector<Action> &batch)
{
    using Result = Expected<ActionsReceived>;
    const QString what = Messages::tr("could not store the actions sent");
    if (!m_db.transaction())
        return Result::failure(failure(what, m_db.lastError()));
    QSqlQuery query(m_db);
    const auto failed = [&]() {
        const QSqlError error = query.lastError();
        m_db.rollback();
        return Result::failure(failure(what, error));
    };
    ArrayLiteral origins;
    ArrayLiteral teams;
    for (const Action &a : batch) {
        if (!a.origin.isNull())
            origins.add(uuidText(a.origin));
        teams.add(a.team);
    }
    QHash<QString, qint64> originIds;
    if (!installationIds(query, origins.text(), originIds))
        return failed();
    // The teams the login may write and the store knows: a lead's own.
    QHash<QString, qint64> teamIds;
    if (!knownTeamIds(query, teams.text(), teamIds))
        return failed();

    enum Column { Uuid, Origin, Team, Dimension, Text, Owner, Due, Created, State, Closed, Version, Columns };
    std::array<ArrayLiteral, Columns> columns;
    ActionsReceived received;
    for (const Action &a : batch) {
        const auto team = teamIds.constFind(a.team);
        if (team == teamIds.cend()) {
            ++received.keptHere;
            continue;
        }
        columns[Uuid].add(uuidText(a.uuid));
        columns[Origin].addOrNull(a.origin.isNull() ? QString() : QString::number(originIds.value(uuidText(a.origin))));
        columns[Team].add(QString::number(*team));
        columns[Dimension].add(a.dimension);
        columns[Text].add(a.text);
        columns[Owner].add(a.owner);
        columns[Due].addOrNull(dateText(a.due));
        columns[Created].add(dateText(a.created));
        columns[State].add(storage::stateName(a.state));
        columns[Closed].addOrNull(dateText(a.closed));
        columns[Version].add(QString::number(a.version));
    }
    if (!columns[Uuid].isEmpty()) {
        // New ones are stored; those held at an older version take the
        // laptop's; those the store changed since are left as it has them.
        const bool prepared = query.prepare(u"INSERT INTO rater.action AS s (uuid, origin_id, team_id, dimension, text, owner, due_on, "
                      "  created_on, state, closed_on, version, changed_at) "
                      "SELECT i.*, now() FROM unnest(?::uuid[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], "
                      "  ?::text[], ?::date[], ?::date[], ?::text[], ?::date[], ?::integer[]) "
                      "  AS i(uuid, origin_id, team_id, dimension, text, owner, due_on, created_on, state, closed_on, "
                      "       version) ORDER BY i.uuid "
                      "ON CONFLICT (uuid) DO UPDATE SET team_id = excluded.team_id, dimension = excluded.dimension, "
                      "  text = excluded.text, owner = excluded.owner, due_on = excluded.due_on, "
                      "  state = excluded.state, closed_on = excluded.closed_on, version = excluded.version, "
                      "  changed_at = excluded.changed_at "
                      "  WHERE s.version < excluded.version "
                      "RETURNING (xmax = 0)"_s);
        if (!prepared)
            return failed();
        for (const ArrayLiteral &column : columns)
            query.addBindValue(column.text());
        if (!query.exec())
            return failed();
        while (query.next())
            ++(query.value(0).toBool() ? received.stored : received.updated);
        received.alreadyThere = qint64(batch.size()) - received.keptHere - received.stored - received.updated;
    }
    if (Status committed = commit(what); !committed)
        return Result::failure(committed.error());
    return received;
}

} // namespace rater::organisation
