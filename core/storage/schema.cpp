#include "schema.h"

#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

using namespace Qt::StringLiterals;

namespace rater::schema {

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE team ("
            "  id INTEGER PRIMARY KEY,"
            "  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0))"_s,
            u"CREATE TABLE respondent ("
            "  id INTEGER PRIMARY KEY,"
            "  code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0))"_s,
            u"CREATE TABLE workshop ("
            "  id INTEGER PRIMARY KEY,"
            "  title TEXT NOT NULL,"
            "  held_on TEXT NOT NULL)"_s,
            // Answers are kept raw ("4,2,5,…"); scores are always derived from
            // them and the questionnaire, so a scoring fix reaches old results.
            u"CREATE TABLE assessment ("
            "  id INTEGER PRIMARY KEY,"
            "  team_id INTEGER NOT NULL REFERENCES team(id),"
            "  respondent_id INTEGER REFERENCES respondent(id),"
            "  workshop_id INTEGER REFERENCES workshop(id),"
            "  taken_on TEXT NOT NULL,"
            "  questionnaire_id TEXT NOT NULL,"
            "  questionnaire_version INTEGER NOT NULL,"
            "  lang TEXT NOT NULL,"
            "  answers TEXT NOT NULL,"
            "  recorded_at TEXT NOT NULL)"_s,
            u"CREATE INDEX assessment_team ON assessment(team_id)"_s,
            u"CREATE TABLE draft ("
            "  name TEXT PRIMARY KEY,"
            "  team TEXT NOT NULL,"
            "  respondent TEXT NOT NULL,"
            "  taken_on TEXT NOT NULL,"
            "  lang TEXT NOT NULL,"
            "  questionnaire_id TEXT NOT NULL,"
            "  answers TEXT NOT NULL,"
            "  saved_at TEXT NOT NULL)"_s,
        };
    case 2:
        // Workshops gain their facilitator, team and language; history views
        // read one team's assessments in date order.
        return {
            u"ALTER TABLE workshop ADD COLUMN facilitator TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE workshop ADD COLUMN team_id INTEGER REFERENCES team(id)"_s,
            u"ALTER TABLE workshop ADD COLUMN lang TEXT NOT NULL DEFAULT 'en'"_s,
            u"DROP INDEX assessment_team"_s,
            u"CREATE INDEX assessment_team_date ON assessment(team_id, taken_on)"_s,
            u"CREATE INDEX assessment_workshop ON assessment(workshop_id)"_s,
        };
    case 3:
        // Corrections. A deleted assessment stays in the bin (deleted_at set)
        // until the bin is emptied; the views read the others through an
        // index of those only. Each correction is logged with the rows it
        // changed, as they were and as they became, which is what undoes and
        // redoes it; a row's version and change time say which of two copies
        // of it changed last.
        return {
            u"ALTER TABLE assessment ADD COLUMN deleted_at TEXT"_s,
            u"ALTER TABLE assessment ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE assessment ADD COLUMN changed_at TEXT"_s,
            u"ALTER TABLE team ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE team ADD COLUMN changed_at TEXT"_s,
            u"ALTER TABLE workshop ADD COLUMN version INTEGER NOT NULL DEFAULT 1"_s,
            u"ALTER TABLE workshop ADD COLUMN changed_at TEXT"_s,
            u"DROP INDEX assessment_team_date"_s,
            u"CREATE INDEX assessment_team_date ON assessment(team_id, taken_on) WHERE deleted_at IS NULL"_s,
            u"CREATE INDEX assessment_bin ON assessment(team_id) WHERE deleted_at IS NOT NULL"_s,
            u"CREATE TABLE correction ("
            "  id INTEGER PRIMARY KEY,"
            "  made_at TEXT NOT NULL,"
            "  kind TEXT NOT NULL,"
            "  detail TEXT NOT NULL,"
            "  count INTEGER NOT NULL,"
            "  of_correction INTEGER REFERENCES correction(id))"_s,
            // One row a correction changed: its correctable columns as a JSON
            // object before and after; NULL where there was no row.
            u"CREATE TABLE correction_row ("
            "  correction_id INTEGER NOT NULL REFERENCES correction(id),"
            "  tbl TEXT NOT NULL,"
            "  row_id INTEGER NOT NULL,"
            "  before TEXT,"
            "  after TEXT,"
            "  PRIMARY KEY (correction_id, tbl, row_id)) WITHOUT ROWID"_s,
        };
    case 4:
        // Identity that travels: every assessment and workshop gets a UUID
        // when it is made, and the installation that made it is recorded.
        // The UUIDs of the many assessments are kept as 16 bytes, not as
        // text, which would add some 40 bytes to each row and its index. The
        // installation whose database this is has `here` set.
        return {
            u"CREATE TABLE installation ("
            "  id INTEGER PRIMARY KEY,"
            "  uuid TEXT NOT NULL UNIQUE,"
            "  here INTEGER NOT NULL DEFAULT 0 CHECK (here IN (0, 1)))"_s,
            u"CREATE UNIQUE INDEX installation_here ON installation(here) WHERE here = 1"_s,
            u"INSERT INTO installation (uuid, here) VALUES (rater_uuid_text(), 1)"_s,
            u"ALTER TABLE assessment ADD COLUMN uuid BLOB"_s,
            u"ALTER TABLE assessment ADD COLUMN origin_id INTEGER REFERENCES installation(id)"_s,
            u"ALTER TABLE workshop ADD COLUMN uuid BLOB"_s,
            u"ALTER TABLE workshop ADD COLUMN origin_id INTEGER REFERENCES installation(id)"_s,
            u"UPDATE assessment SET uuid = rater_uuid(), origin_id = (SELECT id FROM installation WHERE here = 1)"_s,
            u"UPDATE workshop SET uuid = rater_uuid(), origin_id = (SELECT id FROM installation WHERE here = 1)"_s,
            u"CREATE UNIQUE INDEX assessment_uuid ON assessment(uuid)"_s,
            u"CREATE UNIQUE INDEX workshop_uuid ON workshop(uuid)"_s,
            // The organisation's stores this database has sent results to,
            // by the UUID each store was given when it was set up, and which
            // results each has confirmed, at which version.
            u"CREATE TABLE store ("
            "  id INTEGER PRIMARY KEY,"
            "  uuid TEXT NOT NULL UNIQUE,"
            "  address TEXT NOT NULL)"_s,
            u"CREATE TABLE store_copy ("
            "  store_id INTEGER NOT NULL REFERENCES store(id),"
            "  assessment_id INTEGER NOT NULL,"
            "  version INTEGER NOT NULL,"
            "  PRIMARY KEY (store_id, assessment_id)) WITHOUT ROWID"_s,
        };
    case 5:
        // Actions a team commits to, each aimed at one dimension of the
        // questionnaire (by its id), open until it is done or dropped on a
        // day. They travel like results: a UUID and the installation that
        // made them, a version and a change time.
        return {
            u"CREATE TABLE action ("
            "  id INTEGER PRIMARY KEY,"
            "  uuid BLOB NOT NULL UNIQUE,"
            "  origin_id INTEGER REFERENCES installation(id),"
            "  team_id INTEGER NOT NULL REFERENCES team(id),"
            "  workshop_id INTEGER REFERENCES workshop(id),"
            "  dimension TEXT NOT NULL CHECK (length(dimension) > 0),"
            "  text TEXT NOT NULL CHECK (length(trim(text)) > 0),"
            "  owner TEXT NOT NULL DEFAULT '',"
            "  due_on TEXT,"
            "  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),"
            "  created_on TEXT NOT NULL,"
            "  closed_on TEXT,"
            "  version INTEGER NOT NULL DEFAULT 1,"
            "  changed_at TEXT,"
            "  CHECK ((state = 'open') = (closed_on IS NULL)))"_s,
            u"CREATE INDEX action_team ON action(team_id, state)"_s,
        };
    default:
        return {};
    }
}

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// One entry of sqlite_master: a table, index, trigger or view, with the
// statement that made it (none for the indexes SQLite makes itself).
struct Entry
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

// A statement as SQLite keeps it, with its layout taken out: files made by
// earlier builds wrote the same statements over several lines.
QString normalised(const QString &sql)
{
    QString text = sql.simplified();
    static const QRegularExpression aroundPunctuation(u"\\s*([(),])\\s*"_s);
    text.replace(aroundPunctuation, u"\\1"_s);
    return text;
}

Expected<std::map<QString, Entry>> entries(const storage::Connection &connection)
{
    using Result = Expected<std::map<QString, Entry>>;
    // SQLite's own statistics tables hold no statements that run; ANALYZE may have made them.
    storage::Statement query(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master "
                                         "WHERE name NOT IN ('sqlite_stat1', 'sqlite_stat4')");
    if (Status ready = query.prepared(); !ready)
        return Result::failure(ready.error());
    std::map<QString, Entry> found;
    const Status read = query.forEachRow([&found](const storage::Row &row) -> Status {
        Entry entry{row.text(0), row.text(1), row.text(2), normalised(row.text(3))};
        found.emplace(entry.type + u' ' + entry.name, std::move(entry));
        return Done{};
    });
    if (!read)
        return Result::failure(read.error());
    return found;
}

// What a database of `version` holds when this build made it: the
// migrations run on an empty database in memory.
Expected<std::map<QString, Entry>> expectedEntries(int version)
{
    using Result = Expected<std::map<QString, Entry>>;
    auto made = storage::Connection::open(u":memory:"_s, false);
    if (!made)
        return Result::failure(made.error());
    QSqlQuery query((*made)->database());
    for (int step = 1; step <= version; ++step) {
        for (const QString &statement : migrationTo(step)) {
            if (!query.exec(statement))
                return Result::failure(query.lastError().text());
        }
    }
    return entries(**made);
}

QString kindName(const QString &type)
{
    if (type == u"table"_s)
        return Messages::tr("table");
    if (type == u"index"_s)
        return Messages::tr("index");
    if (type == u"trigger"_s)
        return Messages::tr("trigger");
    if (type == u"view"_s)
        return Messages::tr("view");
    return type;
}

} // namespace

Status checkSchema(const storage::Connection &connection, int version)
{
    const auto expected = expectedEntries(version);
    if (!expected)
        return Status::failure(expected.error());
    const auto found = entries(connection);
    if (!found)
        return Status::failure(found.error());
    QStringList differences;
    for (const auto &[key, entry] : *found) {
        const auto wanted = expected->find(key);
        if (wanted == expected->end())
            differences << Messages::tr("it has a %1 \"%2\" that Rater does not make").arg(kindName(entry.type), entry.name);
        else if (wanted->second.sql != entry.sql || wanted->second.table != entry.table)
            differences << Messages::tr("its %1 \"%2\" is not the one Rater makes").arg(kindName(entry.type), entry.name);
    }
    for (const auto &[key, entry] : *expected) {
        if (!found->contains(key))
            differences << Messages::tr("its %1 \"%2\" is missing").arg(kindName(entry.type), entry.name);
    }
    if (differences.isEmpty())
        return Done{};
    return Status::failure(differences.join(u"; "_s));
}

} // namespace rater::schema
