#include "corrections.h"

#include "quiz/entrylimits.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Corrections)
};

// The columns a correction may change, per table, as one JSON object of the
// row aliased x: what correction_row keeps before and after. Undo and redo
// write them back, and compare them to tell whether a row changed since.
struct Tracked
{
    const char *table;
    const char *image;
};

constexpr Tracked team{"team", "json_object('name', x.name)"};
constexpr Tracked respondent{"respondent", "json_object('code', x.code)"};
constexpr Tracked workshop{"workshop", "json_object('team_id', x.team_id)"};
constexpr Tracked assessment{"assessment",
                             "json_object('team_id', x.team_id, 'respondent_id', x.respondent_id, "
                             "'workshop_id', x.workshop_id, 'taken_on', x.taken_on, 'deleted_at', x.deleted_at)"};
constexpr std::array<Tracked, 4> trackedTables{team, respondent, workshop, assessment};

// Whether anything still refers to team ?1, each question answered by an index.
constexpr const char *teamInUse = "(EXISTS (SELECT 1 FROM assessment WHERE team_id = ?1 AND deleted_at IS NULL) "
                                  "OR EXISTS (SELECT 1 FROM assessment WHERE team_id = ?1 AND deleted_at IS NOT NULL) "
                                  "OR EXISTS (SELECT 1 FROM workshop WHERE team_id = ?1))";

// Ids as a JSON array, which the statements read with json_each.
QByteArray idArray(const std::vector<qint64> &ids)
{
    QByteArray text("[");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += ',';
        text += QByteArray::number(ids[i]);
    }
    return text + ']';
}

// The first ids of a correction, for its entry in the log: enough to find
// them again, without a list as long as a whole team.
QJsonArray someIds(const std::vector<qint64> &ids)
{
    constexpr std::size_t shown = 50;
    QJsonArray array;
    for (std::size_t i = 0; i < ids.size() && i < shown; ++i)
        array.append(ids[i]);
    return array;
}

QJsonObject fromTo(const QJsonValue &from, const QJsonValue &to)
{
    return QJsonObject{{u"from"_s, from}, {u"to"_s, to}};
}

constexpr std::array<std::pair<Correction::Kind, const char *>, 10> kindNames{{
    {Correction::Kind::Delete, "delete"},
    {Correction::Kind::Restore, "restore"},
    {Correction::Kind::Edit, "edit"},
    {Correction::Kind::Move, "move"},
    {Correction::Kind::Rename, "rename"},
    {Correction::Kind::Merge, "merge"},
    {Correction::Kind::LeaveWorkshop, "leave_workshop"},
    {Correction::Kind::EmptyBin, "empty_bin"},
    {Correction::Kind::Undo, "undo"},
    {Correction::Kind::Redo, "redo"},
}};

Expected<std::optional<qint64>> findTeam(const Connection &connection, const QString &name)
{
    Statement find(connection, "SELECT id FROM team WHERE name = ?");
    if (Status ready = find.prepared(); !ready)
        return Expected<std::optional<qint64>>::failure(ready.error());
    find.bind(1, name);
    return find.singleId();
}

// The teams a rename or merge names: the one it takes from and the other.
struct TeamPair
{
    std::optional<qint64> source;
    std::optional<qint64> other;
};

Expected<TeamPair> findTeams(const Connection &connection, const QString &source, const QString &other)
{
    const Expected<std::optional<qint64>> first = findTeam(connection, source);
    if (!first)
        return Expected<TeamPair>::failure(first.error());
    const Expected<std::optional<qint64>> second = findTeam(connection, other);
    if (!second)
        return Expected<TeamPair>::failure(second.error());
    return TeamPair{*first, *second};
}

} // namespace

QString kindName(Correction::Kind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Correction::Kind> kindFromName(QStringView name)
{
    for (const auto &[kind, text] : kindNames) {
        if (name == QLatin1StringView(text))
            return kind;
    }
    return std::nullopt;
}

// One correction being made: its transaction, its entry in the log, and the
// rows it changes, recorded as they were before each is first touched.
class CorrectionStore::Writing
{
public:
    explicit Writing(Connection &connection) : m_connection(connection), m_transaction(connection) {}

    Status begin(Correction::Kind kind, std::optional<qint64> of = std::nullopt)
    {
        if (Status begun = m_transaction.begin(); !begun)
            return begun;
        m_now = utcNow();
        Statement entry(m_connection, "INSERT INTO correction (made_at, kind, detail, count, of_correction) "
                                      "VALUES (?, ?, '{}', 0, ?)");
        if (Status ready = entry.prepared(); !ready)
            return ready;
        const QString kindText = kindName(kind);
        entry.bind(1, m_now);
        entry.bind(2, kindText);
        entry.bind(3, of);
        if (Status added = entry.run(); !added)
            return added;
        m_id = entry.lastInsertId();
        return Done{};
    }

    qint64 id() const { return m_id; }

    // Runs `sql`, whose ?1 is this correction's id and whose other
    // parameters `bind` sets.
    Status run(const QByteArray &sql, const std::function<void(Statement &)> &bind = {})
    {
        Statement statement(m_connection, sql.constData());
        if (Status ready = statement.prepared(); !ready)
            return ready;
        statement.bind(1, m_id);
        if (bind)
            bind(statement);
        return statement.run();
    }

    // Keeps, before they change, the rows of `table` that meet `condition`
    // (over the row aliased x). A row kept earlier in the same correction
    // keeps its first image.
    Status track(const Tracked &table, const QByteArray &condition, const std::function<void(Statement &)> &bind)
    {
        return run(QByteArray("INSERT OR IGNORE INTO correction_row (correction_id, tbl, row_id, before) "
                              "SELECT ?1, '")
                       + table.table + "', x.id, " + table.image + " FROM " + table.table + " x WHERE "
                       + condition,
                   bind);
    }

    // A row this correction has made: there was none before.
    Status created(const Tracked &table, qint64 id)
    {
        return run(QByteArray("INSERT OR IGNORE INTO correction_row (correction_id, tbl, row_id) VALUES (?1, '")
                       + table.table + "', ?2)",
                   [id](Statement &s) { s.bind(2, id); });
    }

    // The id of team `name`, made when there is none.
    Expected<qint64> teamId(const QString &name)
    {
        const Expected<std::optional<qint64>> found = findTeam(m_connection, name);
        if (!found)
            return Expected<qint64>::failure(found.error());
        if (*found)
            return **found;
        Statement add(m_connection, "INSERT INTO team (name) VALUES (?)");
        if (Status ready = add.prepared(); !ready)
            return Expected<qint64>::failure(ready.error());
        add.bind(1, name);
        if (Status added = add.run(); !added)
            return Expected<qint64>::failure(added.error());
        const qint64 id = add.lastInsertId();
        if (Status noted = created(team, id); !noted)
            return Expected<qint64>::failure(noted.error());
        return id;
    }

    // Removes the teams this correction has left without results or
    // workshops, in the bin or out: an emptied team leaves no name behind.
    Status dropUnusedTeams()
    {
        return run(QByteArray("DELETE FROM team WHERE id IN (SELECT row_id FROM correction_row WHERE correction_id = ?1 "
                              "AND tbl = 'team' UNION SELECT json_extract(before, '$.team_id') FROM correction_row "
                              "WHERE correction_id = ?1 AND tbl = 'assessment') AND NOT ")
                   + QByteArray(teamInUse).replace("?1", "team.id"));
    }

    // Notes each changed row as it is now, forgets the rows that did not
    // change, raises the versions of what did (and of the teams whose results
    // did), writes the entry's detail and commits.
    Expected<Corrected> finish(const QJsonObject &detail)
    {
        using Result = Expected<Corrected>;
        const auto bindNow = [this](Statement &s) { s.bind(2, m_now); };
        for (const Tracked &table : trackedTables) {
            const QByteArray name(table.table);
            if (Status noted = run("UPDATE correction_row SET after = (SELECT " + QByteArray(table.image) + " FROM "
                                   + name + " x WHERE x.id = correction_row.row_id) "
                                            "WHERE correction_id = ?1 AND tbl = '" + name + "'");
                !noted)
                return Result::failure(noted.error());
        }
        if (Status dropped = run("DELETE FROM correction_row WHERE correction_id = ?1 AND before IS after"); !dropped)
            return Result::failure(dropped.error());
        for (const char *table : {"team", "workshop", "assessment"}) {
            const QByteArray name(table);
            if (Status raised = run("UPDATE " + name + " SET version = version + 1, changed_at = ?2 WHERE id IN "
                                    "(SELECT row_id FROM correction_row WHERE correction_id = ?1 AND tbl = '" + name
                                        + "' AND after IS NOT NULL)",
                                    bindNow);
                !raised)
                return Result::failure(raised.error());
        }
        // A team given another name (or its old one back) sends its results
        // again, under that name: what carries a rename to the organisation's store.
        if (Status raised = run("UPDATE assessment SET version = version + 1, changed_at = ?2 WHERE team_id IN "
                                "(SELECT row_id FROM correction_row WHERE correction_id = ?1 AND tbl = 'team' "
                                "AND after IS NOT NULL AND json_extract(before, '$.name') IS NOT "
                                "json_extract(after, '$.name'))",
                                bindNow);
            !raised)
            return Result::failure(raised.error());
        if (Status raised = run("UPDATE team SET version = version + 1, changed_at = ?2 WHERE id IN "
                                "(SELECT json_extract(before, '$.team_id') FROM correction_row WHERE correction_id = ?1 "
                                "AND tbl = 'assessment' UNION SELECT json_extract(after, '$.team_id') FROM "
                                "correction_row WHERE correction_id = ?1 AND tbl = 'assessment') AND id NOT IN "
                                "(SELECT row_id FROM correction_row WHERE correction_id = ?1 AND tbl = 'team')",
                                bindNow);
            !raised)
            return Result::failure(raised.error());
        Statement counted(m_connection, "SELECT count(*) FROM correction_row WHERE correction_id = ? "
                                        "AND tbl = 'assessment'");
        if (Status ready = counted.prepared(); !ready)
            return Result::failure(ready.error());
        counted.bind(1, m_id);
        const Expected<std::optional<qint64>> count = counted.singleId();
        if (!count)
            return Result::failure(count.error());
        return finishWith(detail, count->value_or(0));
    }

    // The same, for a correction that keeps no rows (emptying the bin).
    Expected<Corrected> finishWith(const QJsonObject &detail, qint64 count)
    {
        using Result = Expected<Corrected>;
        const QByteArray text = QJsonDocument(detail).toJson(QJsonDocument::Compact);
        if (Status written = run("UPDATE correction SET detail = ?2, count = ?3 WHERE id = ?1",
                                 [&](Statement &s) {
                                     s.bindUtf8(2, text);
                                     s.bind(3, count);
                                 });
            !written)
            return Result::failure(written.error());
        if (Status committed = m_transaction.commit(); !committed)
            return Result::failure(committed.error());
        m_connection.wrote();
        return Corrected{m_id, count, {}};
    }

private:
    Connection &m_connection;
    WriteTransaction m_transaction;
    QString m_now;
    qint64 m_id = 0;
};

QString CorrectionStore::failure(const QString &detail) const
{
    return m_connection.failure(Messages::tr("could not correct the results; nothing was changed"), detail);
}

namespace {

// The first id of `ids` that `problem` (a condition on the assessment x, or
// on its absence when x.id is NULL) holds for, with `ids` bound as ?1.
Expected<std::optional<qint64>> firstWhere(const Connection &connection, const QByteArray &ids, const char *problem)
{
    const QByteArray sql = QByteArray("SELECT j.value FROM json_each(?1) j LEFT JOIN assessment x ON x.id = j.value "
                                      "WHERE ")
                           + problem + " ORDER BY j.key LIMIT 1";
    Statement query(connection, sql.constData());
    if (Status ready = query.prepared(); !ready)
        return Expected<std::optional<qint64>>::failure(ready.error());
    query.bindUtf8(1, ids);
    return query.singleId();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The first refusal of assessments that must all exist and be in the bin
// (`inBin`) or out of it; empty when there is none.
Expected<QString> checkIds(const Connection &connection, const std::vector<qint64> &ids, bool inBin)
{
    if (ids.empty())
        return Messages::tr("no assessment was given");
    const QByteArray array = idArray(ids);
    const Expected<std::optional<qint64>> unknown = firstWhere(connection, array, "x.id IS NULL");
    if (!unknown)
        return Expected<QString>::failure(unknown.error());
    if (*unknown)
        return Messages::tr("there is no assessment with id %1").arg(number(**unknown));
    const Expected<std::optional<qint64>> misplaced =
        firstWhere(connection, array, inBin ? "x.deleted_at IS NULL" : "x.deleted_at IS NOT NULL");
    if (!misplaced)
        return Expected<QString>::failure(misplaced.error());
    if (*misplaced)
        return inBin ? Messages::tr("assessment %1 is not in the bin").arg(number(**misplaced))
                     : Messages::tr("assessment %1 is in the bin; restore it first").arg(number(**misplaced));
    return QString();
}

QString noTeam(const QString &name)
{
    return Messages::tr("there is no team \"%1\"").arg(name);
}

} // namespace

Expected<Corrected> CorrectionStore::remove(const std::vector<qint64> &ids)
{
    return moveBin(ids, true);
}

Expected<Corrected> CorrectionStore::restore(const std::vector<qint64> &ids)
{
    return moveBin(ids, false);
}

Expected<Corrected> CorrectionStore::moveBin(const std::vector<qint64> &ids, bool intoBin)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    Writing writing(m_connection);
    if (Status begun = writing.begin(intoBin ? Correction::Kind::Delete : Correction::Kind::Restore); !begun)
        return fail(begun.error());
    const Expected<QString> refusal = checkIds(m_connection, ids, !intoBin);
    if (!refusal)
        return fail(refusal.error());
    if (!refusal->isEmpty())
        return Corrected::refused(*refusal);
    const QByteArray array = idArray(ids);
    const QByteArray now = utcNow().toUtf8();
    const auto bind = [&](Statement &s) {
        s.bindUtf8(2, array);
        if (intoBin)
            s.bindUtf8(3, now);
    };
    if (Status kept = writing.track(assessment, "x.id IN (SELECT value FROM json_each(?2))", bind); !kept)
        return fail(kept.error());
    if (Status moved = writing.run(intoBin ? "UPDATE assessment SET deleted_at = ?3 WHERE id IN "
                                             "(SELECT value FROM json_each(?2))"
                                           : "UPDATE assessment SET deleted_at = NULL WHERE id IN "
                                             "(SELECT value FROM json_each(?2))",
                                   bind);
        !moved)
        return fail(moved.error());
    const Expected<Corrected> done = writing.finish({{u"assessments"_s, someIds(ids)}});
    return done ? done : fail(done.error());
}

QString CorrectionStore::Edit::refusal() const
{
    if (team) {
        if (team->trimmed().isEmpty())
            return Messages::tr("the team is empty; every assessment belongs to a team");
        if (Status allowed = limits::checkText(limits::Field::Team, *team); !allowed)
            return allowed.error();
    }
    if (respondent) {
        if (Status allowed = limits::checkText(limits::Field::Respondent, *respondent); !allowed)
            return allowed.error();
    }
    if (date) {
        if (!date->isValid())
            return Messages::tr("the date is not a date");
        if (Status allowed = limits::checkDate(*date); !allowed)
            return allowed.error();
    }
    if (!team && !date && !respondent)
        return Messages::tr("nothing to change: give a team, a date or a respondent code");
    return {};
}

Expected<Corrected> CorrectionStore::edit(qint64 id, const Edit &edit)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    if (const QString refusal = edit.refusal(); !refusal.isEmpty())
        return Corrected::refused(refusal);

    Writing writing(m_connection);
    if (Status begun = writing.begin(Correction::Kind::Edit); !begun)
        return fail(begun.error());
    const Expected<QString> refusal = checkIds(m_connection, {id}, false);
    if (!refusal)
        return fail(refusal.error());
    if (!refusal->isEmpty())
        return Corrected::refused(*refusal);

    // What it was, for the log.
    Statement current(m_connection, "SELECT t.name, x.taken_on, r.code FROM assessment x JOIN team t ON t.id = x.team_id "
                                    "LEFT JOIN respondent r ON r.id = x.respondent_id WHERE x.id = ?");
    if (Status ready = current.prepared(); !ready)
        return fail(ready.error());
    current.bind(1, id);
    QString oldTeam;
    QString oldDate;
    QString oldRespondent;
    if (Status read = current.forEachRow([&](const Row &row) -> Status {
            oldTeam = row.text(0);
            oldDate = row.text(1);
            oldRespondent = row.text(2);
            return Done{};
        });
        !read)
        return fail(read.error());

    const auto bindId = [id](Statement &s) { s.bind(2, id); };
    if (Status kept = writing.track(assessment, "x.id = ?2", bindId); !kept)
        return fail(kept.error());
    if (Status kept = writing.track(team, "x.id = (SELECT team_id FROM assessment WHERE id = ?2)", bindId); !kept)
        return fail(kept.error());
    QJsonObject detail{{u"assessments"_s, QJsonArray{id}}};
    if (edit.team && *edit.team != oldTeam) {
        const Expected<qint64> teamId = writing.teamId(*edit.team);
        if (!teamId)
            return fail(teamId.error());
        if (Status moved = writing.run("UPDATE assessment SET team_id = ?3 WHERE id = ?2",
                                       [&](Statement &s) {
                                           bindId(s);
                                           s.bind(3, *teamId);
                                       });
            !moved)
            return fail(moved.error());
        detail.insert(u"team"_s, fromTo(oldTeam, *edit.team));
    }
    if (edit.date && QString::fromLatin1(isoDate(*edit.date)) != oldDate) {
        if (Status dated = writing.run("UPDATE assessment SET taken_on = ?3 WHERE id = ?2",
                                       [&](Statement &s) {
                                           bindId(s);
                                           s.bind(3, *edit.date);
                                       });
            !dated)
            return fail(dated.error());
        detail.insert(u"date"_s, fromTo(oldDate, QString::fromLatin1(isoDate(*edit.date))));
    }
    if (edit.respondent && edit.respondent->trimmed() != oldRespondent) {
        const QString code = edit.respondent->trimmed();
        std::optional<qint64> respondentId;
        if (!code.isEmpty()) {
            Statement find(m_connection, "SELECT id FROM respondent WHERE code = ?");
            if (Status ready = find.prepared(); !ready)
                return fail(ready.error());
            find.bind(1, code);
            const Expected<std::optional<qint64>> found = find.singleId();
            if (!found)
                return fail(found.error());
            respondentId = *found;
            if (!respondentId) {
                Statement add(m_connection, "INSERT INTO respondent (code) VALUES (?)");
                if (Status ready = add.prepared(); !ready)
                    return fail(ready.error());
                add.bind(1, code);
                if (Status added = add.run(); !added)
                    return fail(added.error());
                respondentId = add.lastInsertId();
                if (Status noted = writing.created(respondent, *respondentId); !noted)
                    return fail(noted.error());
            }
        }
        if (Status coded = writing.run("UPDATE assessment SET respondent_id = ?3 WHERE id = ?2",
                                       [&](Statement &s) {
                                           bindId(s);
                                           s.bind(3, respondentId);
                                       });
            !coded)
            return fail(coded.error());
        detail.insert(u"respondent"_s, fromTo(oldRespondent, code));
    }
    if (detail.size() == 1)
        return Corrected::refused(Messages::tr("nothing to change: assessment %1 already has these values").arg(number(id)));
    if (Status dropped = writing.dropUnusedTeams(); !dropped)
        return fail(dropped.error());
    const Expected<Corrected> done = writing.finish(detail);
    return done ? done : fail(done.error());
}

Expected<Corrected> CorrectionStore::move(const std::vector<qint64> &ids, const QString &teamName)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    if (teamName.trimmed().isEmpty())
        return Corrected::refused(Messages::tr("the team is empty; every assessment belongs to a team"));
    if (Status allowed = limits::checkText(limits::Field::Team, teamName); !allowed)
        return Corrected::refused(allowed.error());
    Writing writing(m_connection);
    if (Status begun = writing.begin(Correction::Kind::Move); !begun)
        return fail(begun.error());
    const Expected<QString> refusal = checkIds(m_connection, ids, false);
    if (!refusal)
        return fail(refusal.error());
    if (!refusal->isEmpty())
        return Corrected::refused(*refusal);
    const QByteArray array = idArray(ids);
    const auto bindIds = [&array](Statement &s) { s.bindUtf8(2, array); };
    // The teams they come from, for the log (one, or several).
    Statement sources(m_connection, "SELECT DISTINCT t.name FROM json_each(?) j JOIN assessment x ON x.id = j.value "
                                    "JOIN team t ON t.id = x.team_id ORDER BY t.name LIMIT 20");
    if (Status ready = sources.prepared(); !ready)
        return fail(ready.error());
    sources.bindUtf8(1, array);
    QJsonArray from;
    if (Status read = sources.forEachRow([&from](const Row &row) -> Status {
            from.append(row.text(0));
            return Done{};
        });
        !read)
        return fail(read.error());
    if (Status kept = writing.track(assessment, "x.id IN (SELECT value FROM json_each(?2))", bindIds); !kept)
        return fail(kept.error());
    if (Status kept = writing.track(team, "x.id IN (SELECT a.team_id FROM assessment a WHERE a.id IN "
                                          "(SELECT value FROM json_each(?2)))",
                                    bindIds);
        !kept)
        return fail(kept.error());
    const Expected<qint64> teamId = writing.teamId(teamName);
    if (!teamId)
        return fail(teamId.error());
    if (Status moved = writing.run("UPDATE assessment SET team_id = ?3 WHERE id IN (SELECT value FROM json_each(?2))",
                                   [&](Statement &s) {
                                       bindIds(s);
                                       s.bind(3, *teamId);
                                   });
        !moved)
        return fail(moved.error());
    if (Status dropped = writing.dropUnusedTeams(); !dropped)
        return fail(dropped.error());
    const QJsonValue fromValue = from.size() == 1 ? QJsonValue(from.first()) : QJsonValue(from);
    const Expected<Corrected> done =
        writing.finish({{u"assessments"_s, someIds(ids)}, {u"team"_s, fromTo(fromValue, teamName)}});
    if (done && done->count == 0)
        return Corrected::refused(Messages::tr("nothing to change: they are in team \"%1\" already").arg(teamName));
    return done ? done : fail(done.error());
}

Expected<Corrected> CorrectionStore::renameTeam(const QString &from, const QString &to)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    if (to.trimmed().isEmpty())
        return Corrected::refused(Messages::tr("the new name is empty"));
    if (Status allowed = limits::checkText(limits::Field::Team, to); !allowed)
        return Corrected::refused(allowed.error());
    if (from == to)
        return Corrected::refused(Messages::tr("nothing to change: the team is called \"%1\" already").arg(to));
    Writing writing(m_connection);
    if (Status begun = writing.begin(Correction::Kind::Rename); !begun)
        return fail(begun.error());
    const Expected<TeamPair> teams = findTeams(m_connection, from, to);
    if (!teams)
        return fail(teams.error());
    const std::optional<qint64> source = teams->source;
    if (!source)
        return Corrected::refused(noTeam(from));
    if (teams->other)
        return Corrected::refused(Messages::tr("there is already a team \"%1\"; to put the results of \"%2\" "
                                               "together with it, merge \"%2\" into \"%1\" instead")
                                      .arg(to, from));
    const auto bindTeam = [&source](Statement &s) { s.bind(2, *source); };
    if (Status kept = writing.track(team, "x.id = ?2", bindTeam); !kept)
        return fail(kept.error());
    if (Status renamed = writing.run("UPDATE team SET name = ?3 WHERE id = ?2",
                                     [&](Statement &s) {
                                         bindTeam(s);
                                         s.bind(3, to);
                                     });
        !renamed)
        return fail(renamed.error());
    const Expected<Corrected> done = writing.finish({{u"team"_s, fromTo(from, to)}});
    return done ? done : fail(done.error());
}

Expected<Corrected> CorrectionStore::mergeTeams(const QString &from, const QString &into)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    if (from == into)
        return Corrected::refused(Messages::tr("a team cannot be merged into itself (\"%1\")").arg(from));
    Writing writing(m_connection);
    if (Status begun = writing.begin(Correction::Kind::Merge); !begun)
        return fail(begun.error());
    const Expected<TeamPair> teams = findTeams(m_connection, from, into);
    if (!teams)
        return fail(teams.error());
    if (!teams->source)
        return Corrected::refused(noTeam(from));
    if (!teams->other)
        return Corrected::refused(Messages::tr("there is no team \"%1\" to merge into; to give \"%2\" that name, "
                                               "rename it")
                                      .arg(into, from));
    const auto bindTeams = [&teams](Statement &s) {
        s.bind(2, *teams->source);
        s.bind(3, *teams->other);
    };
    // The team's results are found through the two indexes, of those in the
    // bin and those out of it, not by reading every result.
    for (const Status &kept :
         {writing.track(assessment,
                        "x.id IN (SELECT id FROM assessment WHERE team_id = ?2 AND deleted_at IS NULL "
                        "UNION ALL SELECT id FROM assessment WHERE team_id = ?2 AND deleted_at IS NOT NULL)",
                        bindTeams),
          writing.track(workshop, "x.team_id = ?2", bindTeams), writing.track(team, "x.id = ?2", bindTeams)}) {
        if (!kept)
            return fail(kept.error());
    }
    for (const char *step : {"UPDATE assessment SET team_id = ?3 WHERE id IN (SELECT row_id FROM correction_row "
                             "WHERE correction_id = ?1 AND tbl = 'assessment')",
                             "UPDATE workshop SET team_id = ?3 WHERE team_id = ?2",
                             "DELETE FROM team WHERE id = ?2"}) {
        if (Status done = writing.run(step, bindTeams); !done)
            return fail(done.error());
    }
    const Expected<Corrected> done = writing.finish({{u"team"_s, fromTo(from, into)}});
    return done ? done : fail(done.error());
}

Expected<Corrected> CorrectionStore::leaveWorkshop(const std::vector<qint64> &ids)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    Writing writing(m_connection);
    if (Status begun = writing.begin(Correction::Kind::LeaveWorkshop); !begun)
        return fail(begun.error());
    const Expected<QString> refusal = checkIds(m_connection, ids, false);
    if (!refusal)
        return fail(refusal.error());
    if (!refusal->isEmpty())
        return Corrected::refused(*refusal);
    const QByteArray array = idArray(ids);
    const Expected<std::optional<qint64>> outside = firstWhere(m_connection, array, "x.workshop_id IS NULL");
    if (!outside)
        return fail(outside.error());
    if (*outside)
        return Corrected::refused(Messages::tr("assessment %1 is not in a workshop").arg(number(**outside)));
    Statement titles(m_connection, "SELECT DISTINCT w.title FROM json_each(?) j JOIN assessment x ON x.id = j.value "
                                   "JOIN workshop w ON w.id = x.workshop_id ORDER BY w.title LIMIT 20");
    if (Status ready = titles.prepared(); !ready)
        return fail(ready.error());
    titles.bindUtf8(1, array);
    QJsonArray from;
    if (Status read = titles.forEachRow([&from](const Row &row) -> Status {
            from.append(row.text(0));
            return Done{};
        });
        !read)
        return fail(read.error());
    const auto bindIds = [&array](Statement &s) { s.bindUtf8(2, array); };
    if (Status kept = writing.track(assessment, "x.id IN (SELECT value FROM json_each(?2))", bindIds); !kept)
        return fail(kept.error());
    if (Status left = writing.run("UPDATE assessment SET workshop_id = NULL WHERE id IN (SELECT value FROM json_each(?2))",
                                  bindIds);
        !left)
        return fail(left.error());
    const QJsonValue fromValue = from.size() == 1 ? QJsonValue(from.first()) : QJsonValue(from);
    const Expected<Corrected> done = writing.finish(
        {{u"assessments"_s, someIds(ids)}, {u"workshop"_s, fromTo(fromValue, QJsonValue::Null)}});
    return done ? done : fail(done.error());
}

namespace {

// The bin's assessments to empty: all, or those deleted at least `days` ago.
constexpr const char *binCondition = "deleted_at IS NOT NULL AND (?2 IS NULL OR deleted_at <= ?3)";

void bindAge(Statement &s, std::optional<int> days)
{
    s.bind(2, days ? std::optional<qint64>(*days) : std::nullopt);
    s.bindUtf8(3, QDateTime::currentDateTimeUtc().addDays(-days.value_or(0)).toString(Qt::ISODate).toUtf8());
}

} // namespace

Expected<qint64> CorrectionStore::binCount(std::optional<int> olderThanDays) const
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM assessment WHERE ") + binCondition;
    Statement query(m_connection, sql.constData());
    if (Status ready = query.prepared(); !ready)
        return Expected<qint64>::failure(failure(ready.error()));
    bindAge(query, olderThanDays);
    const Expected<std::optional<qint64>> count = query.singleId();
    if (!count)
        return Expected<qint64>::failure(failure(count.error()));
    return count->value_or(0);
}

Expected<Corrected> CorrectionStore::emptyBin(std::optional<int> olderThanDays)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    if (olderThanDays && *olderThanDays < 0)
        return Corrected::refused(Messages::tr("the number of days cannot be negative"));
    Writing writing(m_connection);
    if (Status begun = writing.begin(Correction::Kind::EmptyBin); !begun)
        return fail(begun.error());
    const auto bindDays = [olderThanDays](Statement &s) { bindAge(s, olderThanDays); };
    Statement removed(m_connection, "SELECT changes()");
    if (Status gone = writing.run(QByteArray("DELETE FROM assessment WHERE ") + binCondition, bindDays); !gone)
        return fail(gone.error());
    const Expected<std::optional<qint64>> count = removed.singleId();
    if (!count)
        return fail(count.error());
    // Teams left with nothing go too (there are few, and each question is
    // answered by an index); so do codes no assessment uses.
    for (const QByteArray &step : std::initializer_list<QByteArray>{
             "DELETE FROM team WHERE NOT " + QByteArray(teamInUse).replace("?1", "team.id"),
          QByteArray("DELETE FROM respondent WHERE id NOT IN "
                     "(SELECT respondent_id FROM assessment WHERE respondent_id IS NOT NULL)")}) {
        if (Status done = writing.run(step); !done)
            return fail(done.error());
    }
    QJsonObject detail;
    if (olderThanDays)
        detail.insert(u"older_than_days"_s, *olderThanDays);
    const Expected<Corrected> done = writing.finishWith(detail, count->value_or(0));
    return done ? done : fail(done.error());
}

Expected<Corrected> CorrectionStore::undo(qint64 id)
{
    return replay(id, Correction::Kind::Undo);
}

Expected<Corrected> CorrectionStore::redo(qint64 id)
{
    return replay(id, Correction::Kind::Redo);
}

Expected<Corrected> CorrectionStore::replay(qint64 id, Correction::Kind kind)
{
    using Result = Expected<Corrected>;
    const auto fail = [this](const QString &why) { return Result::failure(failure(why)); };
    const Expected<Correction> original = find(id);
    if (!original)
        return Corrected::refused(original.error());
    Writing writing(m_connection);
    if (Status begun = writing.begin(kind, id); !begun)
        return fail(begun.error());
    if (original->kind == Correction::Kind::EmptyBin)
        return Corrected::refused(Messages::tr("emptying the bin cannot be undone"));
    if (original->kind == Correction::Kind::Undo || original->kind == Correction::Kind::Redo)
        return Corrected::refused(Messages::tr("change %1 is itself an undo or a redo").arg(number(id)));
    // An undo swaps the images: what the rows became is what they must be now.
    if (Status copied = writing.run(kind == Correction::Kind::Undo
                                        ? "INSERT INTO correction_row SELECT ?1, tbl, row_id, after, before "
                                          "FROM correction_row WHERE correction_id = ?2"
                                        : "INSERT INTO correction_row SELECT ?1, tbl, row_id, before, after "
                                          "FROM correction_row WHERE correction_id = ?2",
                                    [id](Statement &s) { s.bind(2, id); });
        !copied)
        return fail(copied.error());
    for (const Tracked &table : trackedTables) {
        const QByteArray name(table.table);
        const QByteArray sql = "SELECT r.row_id FROM correction_row r LEFT JOIN " + name
                               + " x ON x.id = r.row_id WHERE r.correction_id = ? AND r.tbl = '" + name
                               + "' AND r.before IS NOT (CASE WHEN x.id IS NULL THEN NULL ELSE " + table.image
                               + " END) LIMIT 1";
        Statement changed(m_connection, sql.constData());
        if (Status ready = changed.prepared(); !ready)
            return fail(ready.error());
        changed.bind(1, writing.id());
        const Expected<std::optional<qint64>> row = changed.singleId();
        if (!row)
            return fail(row.error());
        if (*row) {
            const QString what = table.table == assessment.table ? Messages::tr("assessment %1").arg(number(**row))
                                 : table.table == team.table     ? Messages::tr("a team it changed")
                                 : table.table == workshop.table ? Messages::tr("a workshop it changed")
                                                                 : Messages::tr("a respondent code it changed");
            return Corrected::refused(kind == Correction::Kind::Undo
                                          ? Messages::tr("change %1 cannot be undone: %2 has been changed since")
                                                .arg(number(id), what)
                                          : Messages::tr("change %1 cannot be redone: %2 has been changed since")
                                                .arg(number(id), what));
        }
    }
    const char *rows = "FROM correction_row r WHERE r.correction_id = ?1 AND r.tbl = ";
    const QByteArray from(rows);
    const QByteArray present = " AND r.before IS NOT NULL AND r.after IS NOT NULL";
    for (const QByteArray &step : std::initializer_list<QByteArray>{
             "INSERT INTO team (id, name) SELECT r.row_id, json_extract(r.after, '$.name') " + from
                 + "'team' AND r.before IS NULL",
             "INSERT INTO respondent (id, code) SELECT r.row_id, json_extract(r.after, '$.code') " + from
                 + "'respondent' AND r.before IS NULL",
             "UPDATE team SET name = json_extract(r.after, '$.name') " + from + "'team' AND r.row_id = team.id"
                 + present,
             "UPDATE workshop SET team_id = json_extract(r.after, '$.team_id') " + from
                 + "'workshop' AND r.row_id = workshop.id" + present,
             "UPDATE assessment SET team_id = json_extract(r.after, '$.team_id'), "
             "respondent_id = json_extract(r.after, '$.respondent_id'), "
             "workshop_id = json_extract(r.after, '$.workshop_id'), taken_on = json_extract(r.after, '$.taken_on'), "
             "deleted_at = json_extract(r.after, '$.deleted_at') "
                 + from + "'assessment' AND r.row_id = assessment.id" + present,
             "DELETE FROM team WHERE id IN (SELECT r.row_id " + from + "'team' AND r.after IS NULL)",
             "DELETE FROM respondent WHERE id IN (SELECT r.row_id " + from + "'respondent' AND r.after IS NULL)",
         }) {
        if (Status done = writing.run(step); !done) {
            // A team or code made since under the same name, or one still in use.
            if (m_connection.lastError().contains(u"constraint"_s, Qt::CaseInsensitive))
                return Corrected::refused(Messages::tr("change %1 cannot be put back: its teams or codes have "
                                                       "been changed since")
                                              .arg(number(id)));
            return fail(done.error());
        }
    }
    const Expected<Corrected> done = writing.finish(original->detail);
    return done ? done : fail(done.error());
}

namespace {

// The log's columns, and an entry read from them.
constexpr const char *logColumns = "SELECT c.id, c.made_at, c.kind, c.detail, c.count, c.of_correction, o.kind "
                                   "FROM correction c LEFT JOIN correction o ON o.id = c.of_correction ";

Correction logEntry(const Row &row)
{
    return Correction{row.integer(0),
                      row.text(1),
                      kindFromName(row.text(2)).value_or(Correction::Kind::Edit),
                      QJsonDocument::fromJson(row.bytes(3).toByteArray()).object(),
                      row.integer(4),
                      row.isNull(5) ? std::nullopt : std::optional<qint64>(row.integer(5)),
                      row.isNull(6) ? std::nullopt : kindFromName(row.text(6))};
}

} // namespace

Expected<Correction> CorrectionStore::find(qint64 id) const
{
    std::optional<Correction> found;
    const QByteArray sql = QByteArray(logColumns) + "WHERE c.id = ?";
    Statement query(m_connection, sql.constData());
    Status read = query.prepared();
    if (read) {
        query.bind(1, id);
        read = query.forEachRow([&found](const Row &row) -> Status {
            found = logEntry(row);
            return Done{};
        });
    }
    if (!read)
        return Expected<Correction>::failure(failure(read.error()));
    if (!found)
        return Expected<Correction>::failure(Messages::tr("there is no change %1 in the log").arg(number(id)));
    return *found;
}

Status CorrectionStore::forEach(const std::function<Status(const Correction &)> &visit) const
{
    const QByteArray sql = QByteArray(logColumns) + "ORDER BY c.id";
    Statement query(m_connection, sql.constData());
    if (Status ready = query.prepared(); !ready)
        return Status::failure(m_connection.failure(Messages::tr("could not read the change log"), ready.error()));
    bool visitorRefused = false;
    const Status read = query.forEachRow([&](const Row &row) -> Status {
        Status visited = visit(logEntry(row));
        visitorRefused = !visited;
        return visited;
    });
    if (!read && !visitorRefused)
        return Status::failure(m_connection.failure(Messages::tr("could not read the change log"), read.error()));
    return read;
}

} // namespace rater::storage
