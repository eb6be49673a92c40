#include "store.h"

#include "organisation/arrayliteral.h"
#include "storage/answercodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

// 1: results, workshops, drafts; 2: actions.
constexpr int currentVersion = 2;
// The statements of the questionnaire whose answers the store's views sum.
constexpr int statementCount = 17;

// SQLSTATEs that are the person's rights or input, not the store's fault.
constexpr auto insufficientPrivilege = "42501";
constexpr auto undefinedTable = "42P01";

// sum(a.answers[1]), …, one per statement of the questionnaire.
QString answerSums()
{
    QStringList sums;
    for (int i = 1; i <= statementCount; ++i)
        sums << u"sum(a.answers[%1])"_s.arg(i);
    return sums.join(u", "_s);
}

// Rater's schema in the store. Every table a member reaches has row-level
// security: a lead's rows are those of the teams team_lead gives them, and
// team_lead itself shows each lead their own rows only, so that a lead
// cannot see that other teams exist. Managers read no table of answers,
// only views of groups at least as large as the threshold.
QStringList schemaStatements(int threshold)
{
    return {
        u"CREATE SCHEMA rater"_s,
        u"CREATE TABLE rater.schema_version (version integer NOT NULL)"_s,
        u"INSERT INTO rater.schema_version VALUES (%1)"_s.arg(currentVersion),
        // The store's own identity: what a laptop's database remembers it by,
        // whatever address reaches it.
        u"CREATE TABLE rater.store_identity (uuid uuid NOT NULL)"_s,
        u"INSERT INTO rater.store_identity VALUES (gen_random_uuid())"_s,
        u"CREATE TABLE rater.setting (name text PRIMARY KEY, value integer NOT NULL)"_s,
        u"INSERT INTO rater.setting VALUES ('anonymity_threshold', %1)"_s.arg(threshold),
        u"CREATE TABLE rater.installation (id bigserial PRIMARY KEY, uuid uuid NOT NULL UNIQUE)"_s,
        u"CREATE TABLE rater.team ("
        "  id bigserial PRIMARY KEY,"
        "  name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),"
        "  version integer NOT NULL DEFAULT 1,"
        "  changed_at timestamptz)"_s,
        u"CREATE TABLE rater.team_lead ("
        "  login name NOT NULL,"
        "  team_id bigint NOT NULL REFERENCES rater.team(id) ON DELETE CASCADE,"
        "  PRIMARY KEY (login, team_id))"_s,
        u"CREATE TABLE rater.workshop ("
        "  id bigserial PRIMARY KEY,"
        "  uuid uuid NOT NULL UNIQUE,"
        "  origin_id bigint REFERENCES rater.installation(id),"
        "  title text NOT NULL,"
        "  held_on date NOT NULL,"
        "  facilitator text NOT NULL DEFAULT '',"
        "  team_id bigint REFERENCES rater.team(id),"
        "  lang text NOT NULL DEFAULT 'en',"
        "  version integer NOT NULL DEFAULT 1,"
        "  changed_at timestamptz)"_s,
        // Respondent codes are kept with each assessment: a table of codes
        // shared by every team would show a lead the codes of other teams.
        u"CREATE TABLE rater.assessment ("
        "  id bigserial PRIMARY KEY,"
        "  uuid uuid NOT NULL UNIQUE,"
        "  origin_id bigint REFERENCES rater.installation(id),"
        "  team_id bigint NOT NULL REFERENCES rater.team(id),"
        "  respondent text,"
        "  workshop_id bigint REFERENCES rater.workshop(id),"
        "  taken_on date NOT NULL,"
        "  questionnaire_id text NOT NULL,"
        "  questionnaire_version integer NOT NULL,"
        "  lang text NOT NULL,"
        "  answers smallint[] NOT NULL,"
        "  recorded_at timestamptz NOT NULL DEFAULT now(),"
        "  deleted_at timestamptz,"
        "  version integer NOT NULL DEFAULT 1,"
        "  changed_at timestamptz)"_s,
        u"CREATE INDEX assessment_team_date ON rater.assessment(team_id, taken_on) WHERE deleted_at IS NULL"_s,
        u"CREATE INDEX assessment_workshop ON rater.assessment(workshop_id)"_s,
        u"CREATE TABLE rater.draft ("
        "  name text NOT NULL,"
        "  team_id bigint NOT NULL REFERENCES rater.team(id),"
        "  respondent text NOT NULL DEFAULT '',"
        "  taken_on date NOT NULL,"
        "  lang text NOT NULL,"
        "  questionnaire_id text NOT NULL,"
        "  answers smallint[] NOT NULL,"
        "  saved_at timestamptz NOT NULL DEFAULT now(),"
        "  PRIMARY KEY (name, team_id))"_s,

        // What managers read: per team and calendar quarter, how many
        // assessments and the sum of each statement's answers, from which
        // Rater derives every mean exactly. Groups below the threshold are
        // left out. The view reads with its owner's rights, past the
        // row-level security that keeps managers from the answers.
        u"CREATE VIEW rater.team_quarter WITH (security_barrier) AS "
        "SELECT t.name AS team, date_trunc('quarter', a.taken_on)::date AS quarter_start, a.questionnaire_id, "
        "  count(*) AS assessments, ARRAY[%1]::bigint[] AS answer_sums "
        "FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
        "WHERE a.deleted_at IS NULL "
        "GROUP BY t.name, quarter_start, a.questionnaire_id "
        "HAVING count(*) >= (SELECT value FROM rater.setting WHERE name = 'anonymity_threshold')"_s.arg(answerSums()),
    };
}

// Schema 2: the actions teams commit to, as a laptop keeps them (by UUID,
// with the installation that planned them, a version and a change time).
// A lead reads and writes their teams' actions; a manager reads every
// team's, which hold no answers; an admin everything.
QStringList actionStatements()
{
    return {
        u"CREATE TABLE rater.action ("
        "  id bigserial PRIMARY KEY,"
        "  uuid uuid NOT NULL UNIQUE,"
        "  origin_id bigint REFERENCES rater.installation(id),"
        "  team_id bigint NOT NULL REFERENCES rater.team(id),"
        "  dimension text NOT NULL CHECK (length(dimension) > 0),"
        "  text text NOT NULL CHECK (length(btrim(text)) > 0),"
        "  owner text NOT NULL DEFAULT '',"
        "  due_on date,"
        "  created_on date NOT NULL,"
        "  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),"
        "  closed_on date,"
        "  version integer NOT NULL DEFAULT 1,"
        "  changed_at timestamptz,"
        "  CHECK ((state = 'open') = (closed_on IS NULL)))"_s,
        u"CREATE INDEX action_team ON rater.action(team_id, state)"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON rater.action TO rater_admin, rater_lead"_s,
        u"GRANT SELECT ON rater.action TO rater_manager"_s,
        // Which installation planned an action; installations hold nothing else.
        u"GRANT SELECT ON rater.installation TO rater_manager"_s,
        u"GRANT USAGE ON SEQUENCE rater.action_id_seq TO rater_admin, rater_lead"_s,
        u"ALTER TABLE rater.action ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY led_teams ON rater.action TO rater_lead "
        "USING (team_id IN (SELECT team_id FROM rater.team_lead)) "
        "WITH CHECK (team_id IN (SELECT team_id FROM rater.team_lead))"_s,
        u"CREATE POLICY every_team ON rater.action FOR SELECT TO rater_manager USING (true)"_s,
        u"CREATE POLICY everything ON rater.action TO rater_admin USING (true) WITH CHECK (true)"_s,
    };
}

// The three roles, made once per server (roles are the server's, not one
// database's), and what each may do in this database. The admin may hand
// on the other two roles.
QStringList roleStatements()
{
    QStringList statements{
        u"DO $$ BEGIN "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rater_admin') THEN CREATE ROLE rater_admin NOLOGIN; END IF; "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rater_manager') THEN CREATE ROLE rater_manager NOLOGIN; "
        "END IF; "
        "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rater_lead') THEN CREATE ROLE rater_lead NOLOGIN; END IF; "
        "END $$"_s,
        u"GRANT rater_manager, rater_lead TO rater_admin WITH ADMIN OPTION"_s,
        u"GRANT USAGE ON SCHEMA rater TO rater_admin, rater_manager, rater_lead"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rater TO rater_admin"_s,
        u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA rater TO rater_admin, rater_lead"_s,
        u"GRANT SELECT ON rater.schema_version, rater.setting, rater.store_identity TO rater_manager, rater_lead"_s,
        u"GRANT SELECT ON rater.team, rater.team_quarter TO rater_manager"_s,
        u"GRANT SELECT ON rater.team, rater.team_lead TO rater_lead"_s,
        u"GRANT SELECT, INSERT ON rater.installation TO rater_lead"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON rater.assessment, rater.workshop, rater.draft TO rater_lead"_s,
        u"ALTER TABLE rater.team_lead ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY own_rows ON rater.team_lead TO rater_lead USING (login = current_user)"_s,
        u"ALTER TABLE rater.team ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY led_teams ON rater.team FOR SELECT TO rater_lead "
        "USING (id IN (SELECT team_id FROM rater.team_lead))"_s,
        u"CREATE POLICY every_team ON rater.team FOR SELECT TO rater_manager USING (true)"_s,
    };
    for (const char *table : {"assessment", "workshop", "draft"}) {
        const QString name = QString::fromLatin1(table);
        statements << u"ALTER TABLE rater.%1 ENABLE ROW LEVEL SECURITY"_s.arg(name)
                   << u"CREATE POLICY led_teams ON rater.%1 TO rater_lead "
                      "USING (team_id IN (SELECT team_id FROM rater.team_lead)) "
                      "WITH CHECK (team_id IN (SELECT team_id FROM rater.team_lead))"_s.arg(name);
    }
    for (const char *table : {"team_lead", "team", "assessment", "workshop", "draft"})
        statements << u"CREATE POLICY everything ON rater.%1 TO rater_admin USING (true) WITH CHECK (true)"_s.arg(
            QString::fromLatin1(table));
    return statements;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"rater_admin"_s;
    case Role::Manager:
        return u"rater_manager"_s;
    case Role::Lead:
        return u"rater_lead"_s;
    }
    return {};
}

OrganisationStore::OrganisationStore(StoreAddress address, QString name)
    : m_address(std::move(address)), m_name(std::move(name))
{
}

OrganisationStore::~OrganisationStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Expected<std::unique_ptr<OrganisationStore>> OrganisationStore::connect(const StoreAddress &address)
{
    using Result = Expected<std::unique_ptr<OrganisationStore>>;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Result::failure(Messages::tr("cannot reach %1: Qt's PostgreSQL driver is not installed (Debian's "
                                            "package libqt6sql6-psql)")
                                   .arg(address.shown()));
    std::unique_ptr<OrganisationStore> store(
        new OrganisationStore(address, u"rater-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)));
    store->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, store->m_name);
    store->m_db.setHostName(address.host);
    if (address.port > 0)
        store->m_db.setPort(address.port);
    store->m_db.setDatabaseName(address.database);
    store->m_db.setUserName(address.user);
    store->m_db.setPassword(address.password);
    // A store that does not answer is said to be unreachable within seconds,
    // not after the system's own timeout.
    QString options = address.options;
    if (!options.contains(u"connect_timeout="_s))
        options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
    store->m_db.setConnectOptions(options);
    if (!store->m_db.open())
        return Result::failure(Messages::tr("cannot reach the organisation store %1: %2")
                                   .arg(address.shown(), store->m_db.lastError().databaseText().simplified()));
    return store;
}

QString OrganisationStore::login() const
{
    QSqlQuery query(u"SELECT current_user"_s, m_db);
    return query.next() ? query.value(0).toString() : QString();
}

QString OrganisationStore::failure(const QString &what, const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    // PostgreSQL's message without the severity and code QPSQL wraps it in.
    QString detail = error.databaseText().section(u'\n', 0, 0).trimmed();
    for (const QString &severity : {u"ERROR:"_s, u"FATAL:"_s})
        if (detail.startsWith(severity))
            detail = detail.mid(severity.size()).trimmed();
    if (code == QLatin1String(insufficientPrivilege))
        return Messages::tr("%1: %2: the login \"%3\" does not have the right to do this (%4)")
            .arg(m_address.shown(), what, login(), detail);
    if (code == QLatin1String(undefinedTable))
        return Messages::tr("%1: %2: the store has no Rater schema, or one older than this Rater's; its owner sets it "
                            "up or brings it up to date with rater-cli org init")
            .arg(m_address.shown(), what);
    return Messages::tr("%1: %2: %3").arg(m_address.shown(), what, detail.isEmpty() ? error.text() : detail);
}

Status OrganisationStore::inTransaction(const QStringList &statements, const QString &what)
{
    if (!m_db.transaction())
        return Status::failure(failure(what, m_db.lastError()));
    QSqlQuery query(m_db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            m_db.rollback();
            return Status::failure(failure(what, error));
        }
    }
    return commit(what);
}

Status OrganisationStore::commit(const QString &what)
{
    if (m_db.commit())
        return Done{};
    const QSqlError error = m_db.lastError();
    m_db.rollback();
    return Status::failure(failure(what, error));
}

Expected<int> OrganisationStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT to_regclass('rater.schema_version') IS NOT NULL"_s) || !query.next())
        return Expected<int>::failure(failure(Messages::tr("cannot read the schema"), query.lastError()));
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT max(version) FROM rater.schema_version"_s) || !query.next())
        return Expected<int>::failure(failure(Messages::tr("cannot read the schema"), query.lastError()));
    return query.value(0).toInt();
}

Expected<IntegrityReport> OrganisationStore::check() const
{
    using Result = Expected<IntegrityReport>;
    const Expected<int> version = schemaVersion();
    if (!version)
        return Result::failure(version.error());
    if (*version == 0)
        return Result::failure(Messages::tr("%1 holds no Rater store; its owner sets one up with rater-cli org init")
                                   .arg(m_address.shown()));
    if (*version > currentVersion)
        return Result::failure(Messages::tr("%1 was set up by a newer Rater (store schema %2; this one knows %3)")
                                   .arg(m_address.shown(), QString::number(*version), QString::number(currentVersion)));
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    const QString what = Messages::tr("could not check the store");
    IntegrityReport report;
    QSqlQuery query(m_db);
    // Without row-level security a lead would read every team's rows.
    if (!query.exec(u"SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'rater'::regnamespace "
                    "AND c.relname IN ('team', 'team_lead', 'assessment', 'workshop', 'draft', 'action') "
                    "AND NOT c.relrowsecurity ORDER BY c.relname"_s))
        return Result::failure(failure(what, query.lastError()));
    while (query.next())
        report.problems << Messages::tr("row-level security is off on rater.%1: leads could read every team's rows "
                                        "there; its owner turns it on with ALTER TABLE rater.%1 ENABLE ROW LEVEL "
                                        "SECURITY")
                               .arg(query.value(0).toString());
    if (!query.exec(u"SELECT count(*) FROM rater.team"_s) || !query.next())
        return Result::failure(failure(what, query.lastError()));
    report.teams = query.value(0).toLongLong();
    // Every result the login may read, the bin's too, read one at a time:
    // answers or dates written past Rater are named, as a laptop's check names them.
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, questionnaire_id, array_to_string(answers, ','), taken_on::text "
                    "FROM rater.assessment ORDER BY id"_s))
        return Result::failure(failure(what, query.lastError()));
    constexpr qsizetype listed = 1000;
    qint64 more = 0;
    while (query.next()) {
        ++report.assessments;
        const qint64 id = query.value(0).toLongLong();
        QStringList faults;
        if (const Expected<Answers> answers = storage::decodeScorable(id, query.value(1).toString().toUtf8(),
                                                                      query.value(2).toString().toLatin1());
            !answers)
            faults << answers.error();
        if (const Status date = storage::checkStoredDate(id, query.value(3).toString()); !date)
            faults << date.error();
        for (const QString &fault : faults) {
            if (report.problems.size() < listed)
                report.problems << fault;
            else
                ++more;
        }
    }
    if (query.lastError().isValid())
        return Result::failure(failure(what, query.lastError()));
    if (more > 0)
        report.problems << Messages::tr("… and %1 more").arg(QLocale().toString(more));
    report.sound = report.problems.isEmpty();
    return report;
}

Status OrganisationStore::init(int threshold)
{
    const Expected<int> version = schemaVersion();
    if (!version)
        return Status::failure(version.error());
    if (*version == 1)
        return inTransaction(actionStatements() << u"UPDATE rater.schema_version SET version = 2"_s,
                             Messages::tr("could not bring the store up to schema %1").arg(currentVersion));
    if (*version > 0)
        return Status::failure(Messages::tr("%1 is set up already (Rater schema %2); nothing was changed")
                                   .arg(m_address.shown(), QString::number(*version)));
    return inTransaction(schemaStatements(threshold) + roleStatements() + actionStatements(),
                         Messages::tr("could not set up the store"));
}

Status OrganisationStore::checkLogin(const QString &login) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s);
    query.addBindValue(login);
    if (!query.exec())
        return Status::failure(failure(Messages::tr("cannot look up \"%1\"").arg(login), query.lastError()));
    if (!query.next())
        return Status::failure(Messages::tr("%1: there is no login \"%2\" on this server; its administrator "
                                            "creates it first, for example with: createuser --pwprompt %2")
                                   .arg(m_address.shown(), login));
    if (!query.value(0).toBool())
        return Status::failure(
            Messages::tr("%1: \"%2\" is a role that cannot log in; rights are given to logins").arg(m_address.shown(), login));
    return Done{};
}

Status OrganisationStore::grant(const QString &login, Role role)
{
    if (Status known = checkLogin(login); !known)
        return known;
    const QString quoted = m_db.driver()->escapeIdentifier(login, QSqlDriver::TableName);
    return inTransaction({u"GRANT %1 TO %2"_s.arg(roleName(role), quoted)},
                         Messages::tr("could not give \"%1\" the role %2").arg(login, roleName(role)));
}

Status OrganisationStore::grantLead(const QString &login, const QStringList &teams)
{
    if (Status known = checkLogin(login); !known)
        return known;
    const QString what = Messages::tr("could not make \"%1\" a lead").arg(login);
    if (!m_db.transaction())
        return Status::failure(failure(what, m_db.lastError()));
    const auto failed = [&](const QSqlQuery &query) {
        const QSqlError error = query.lastError();
        m_db.rollback();
        return Status::failure(failure(what, error));
    };
    QSqlQuery query(m_db);
    if (!query.exec(u"GRANT rater_lead TO %1"_s.arg(m_db.driver()->escapeIdentifier(login, QSqlDriver::TableName))))
        return failed(query);
    for (const QString &team : teams) {
        query.prepare(u"INSERT INTO rater.team (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s);
        query.addBindValue(team);
        if (!query.exec())
            return failed(query);
        query.prepare(u"INSERT INTO rater.team_lead (login, team_id) SELECT ?, id FROM rater.team WHERE name = ? "
                      "ON CONFLICT DO NOTHING"_s);
        query.addBindValue(login);
        query.addBindValue(team);
        if (!query.exec())
            return failed(query);
    }
    if (!m_db.commit())
        return failed(query);
    return Done{};
}

Status OrganisationStore::revoke(const QString &login, const QStringList &teams)
{
    const QString what = Messages::tr("could not take back the rights of \"%1\"").arg(login);
    if (!teams.isEmpty()) {
        if (!m_db.transaction())
            return Status::failure(failure(what, m_db.lastError()));
        QSqlQuery query(m_db);
        for (const QString &team : teams) {
            query.prepare(u"DELETE FROM rater.team_lead WHERE login = ? "
                          "AND team_id = (SELECT id FROM rater.team WHERE name = ?)"_s);
            query.addBindValue(login);
            query.addBindValue(team);
            if (!query.exec()) {
                const QSqlError error = query.lastError();
                m_db.rollback();
                return Status::failure(failure(what, error));
            }
        }
        if (!m_db.commit())
            return Status::failure(failure(what, m_db.lastError()));
        return Done{};
    }
    if (Status known = checkLogin(login); !known)
        return known;
    // Only the roles it holds are taken back: an admin may take back the
    // other two, and only an owner the admin's.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                  "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = ? "
                  "AND g.rolname IN ('rater_admin', 'rater_manager', 'rater_lead')"_s);
    query.addBindValue(login);
    if (!query.exec())
        return Status::failure(failure(what, query.lastError()));
    QStringList statements;
    QSqlQuery literal(m_db);
    literal.prepare(u"SELECT quote_literal(?)"_s);
    literal.addBindValue(login);
    if (!literal.exec() || !literal.next())
        return Status::failure(failure(what, literal.lastError()));
    statements << u"DELETE FROM rater.team_lead WHERE login = %1"_s.arg(literal.value(0).toString());
    const QString quoted = m_db.driver()->escapeIdentifier(login, QSqlDriver::TableName);
    while (query.next())
        statements << u"REVOKE %1 FROM %2"_s.arg(query.value(0).toString(), quoted);
    return inTransaction(statements, what);
}

Expected<std::vector<Member>> OrganisationStore::members() const
{
    using Result = Expected<std::vector<Member>>;
    const QString what = Messages::tr("could not list the members");
    std::map<QString, Member> byLogin;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT r.rolname, g.rolname FROM pg_auth_members m "
                    "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
                    "WHERE g.rolname IN ('rater_admin', 'rater_manager', 'rater_lead') AND r.rolcanlogin "
                    "ORDER BY 1, 2"_s))
        return Result::failure(failure(what, query.lastError()));
    while (query.next()) {
        Member &member = byLogin[query.value(0).toString()];
        member.login = query.value(0).toString();
        member.roles << query.value(1).toString();
    }
    if (!query.exec(u"SELECT l.login, t.name FROM rater.team_lead l JOIN rater.team t ON t.id = l.team_id "
                    "ORDER BY 1, 2"_s))
        return Result::failure(failure(what, query.lastError()));
    while (query.next()) {
        Member &member = byLogin[query.value(0).toString()];
        member.login = query.value(0).toString();
        member.teams << query.value(1).toString();
    }
    std::vector<Member> members;
    members.reserve(byLogin.size());
    for (auto &[login, member] : byLogin)
        members.push_back(std::move(member));
    return members;
}

Expected<QUuid> OrganisationStore::identity() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT uuid FROM rater.store_identity"_s) || !query.next())
        return Expected<QUuid>::failure(failure(Messages::tr("cannot read the store's identity"), query.lastError()));
    return QUuid::fromString(query.value(0).toString());
}

Expected<std::optional<Role>> OrganisationStore::role() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT pg_has_role('rater_admin', 'USAGE') OR (SELECT rolsuper OR rolname = "
                    "(SELECT nspowner::regrole::name FROM pg_namespace WHERE nspname = 'rater') FROM pg_roles "
                    "WHERE rolname = current_user), pg_has_role('rater_lead', 'USAGE'), "
                    "pg_has_role('rater_manager', 'USAGE')"_s)
        || !query.next())
        return Expected<std::optional<Role>>::failure(failure(Messages::tr("cannot read the login's rights"),
                                                              query.lastError()));
    if (query.value(0).toBool())
        return std::optional<Role>(Role::Admin);
    if (query.value(1).toBool())
        return std::optional<Role>(Role::Lead);
    if (query.value(2).toBool())
        return std::optional<Role>(Role::Manager);
    return std::optional<Role>();
}

Expected<QStringList> OrganisationStore::teams() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT name FROM rater.team ORDER BY name"_s))
        return Expected<QStringList>::failure(failure(Messages::tr("cannot read the teams"), query.lastError()));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool OrganisationStore::installationIds(QSqlQuery &query, const QString &uuids, QHash<QString, qint64> &ids)
{
    for (const QString &sql : {u"INSERT INTO rater.installation (uuid) SELECT o FROM unnest(?::uuid[]) o ORDER BY o "
                               "ON CONFLICT DO NOTHING"_s,
                               u"SELECT id, uuid FROM rater.installation WHERE uuid = ANY (?::uuid[])"_s}) {
        if (!query.prepare(sql))
            return false;
        query.addBindValue(uuids);
        if (!query.exec())
            return false;
    }
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    return true;
}

bool OrganisationStore::knownTeamIds(QSqlQuery &query, const QString &names, QHash<QString, qint64> &ids)
{
    if (!query.prepare(u"SELECT id, name FROM rater.team WHERE name = ANY (?::text[])"_s))
        return false;
    query.addBindValue(names);
    if (!query.exec())
        return false;
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    return true;
}

Expected<OrganisationStore::Received> OrganisationStore::receive(const std::vector<storage::OutgoingAssessment> &batch,
                                                                 bool createTeams)
{
    using Result = Expected<Received>;
    const QString what = Messages::tr("could not store the results sent");
    if (!m_db.transaction())
        return Result::failure(failure(what, m_db.lastError()));
    QSqlQuery query(m_db);
    const auto failed = [&]() {
        const QSqlError error = query.lastError();
        m_db.rollback();
        return Result::failure(failure(what, error));
    };
    const auto run = [&query](const QString &sql, const std::vector<const ArrayLiteral *> &bound) {
        if (!query.prepare(sql))
            return false;
        for (const ArrayLiteral *array : bound)
            query.addBindValue(array->text());
        return query.exec();
    };
    // Each installation, team and workshop is sent once, and its id in the
    // store looked up once: the rows then carry ids, not names.
    const auto idsOf = [&](const QString &sql, const ArrayLiteral &keys, QHash<QString, qint64> &ids) {
        if (!run(sql, {&keys}))
            return false;
        while (query.next())
            ids.insert(query.value(1).toString(), query.value(0).toLongLong());
        return true;
    };

    QSet<QString> seen;
    ArrayLiteral origins;
    ArrayLiteral teams;
    for (const storage::OutgoingAssessment &a : batch) {
        if (!a.origin.isNull() && !seen.contains(uuidText(a.origin))) {
            seen.insert(uuidText(a.origin));
            origins.add(uuidText(a.origin));
        }
        if (!seen.contains(u'\n' + a.team)) {
            seen.insert(u'\n' + a.team);
            teams.add(a.team);
        }
    }
    // Team ids, like installation ids, are handed out in one order, so that
    // laptops sending at once do not wait on each other's rows in a circle.
    QHash<QString, qint64> originIds;
    if (!installationIds(query, origins.text(), originIds))
        return failed();
    if (createTeams
        && !run(u"INSERT INTO rater.team (name) SELECT t FROM unnest(?::text[]) t ORDER BY t ON CONFLICT DO NOTHING"_s,
                {&teams}))
        return failed();
    QHash<QString, qint64> teamIds;
    if (!knownTeamIds(query, teams.text(), teamIds))
        return failed();

    enum WorkshopColumn { WorkshopUuid, WorkshopOrigin, WorkshopTeam, Title, HeldOn, Facilitator, WorkshopLang,
                          WorkshopColumns };
    std::array<ArrayLiteral, WorkshopColumns> workshops;
    for (const storage::OutgoingAssessment &a : batch) {
        if (a.workshop.isNull() || seen.contains(uuidText(a.workshop)))
            continue;
        seen.insert(uuidText(a.workshop));
        workshops[WorkshopUuid].add(uuidText(a.workshop));
        workshops[WorkshopOrigin].addOrNull(a.origin.isNull() ? QString() : QString::number(originIds.value(uuidText(a.origin))));
        workshops[WorkshopTeam].add(QString::number(teamIds.value(a.team)));
        workshops[Title].add(a.workshopTitle);
        workshops[HeldOn].add(QString::fromLatin1(a.workshopHeldOn.isEmpty() ? a.takenOn : a.workshopHeldOn));
        workshops[Facilitator].add(a.workshopFacilitator);
        workshops[WorkshopLang].add(a.workshopLang.isEmpty() ? a.lang : a.workshopLang);
    }
    QHash<QString, qint64> workshopIds;
    if (!workshops[WorkshopUuid].isEmpty()
        && (!run(u"INSERT INTO rater.workshop (uuid, origin_id, team_id, title, held_on, facilitator, lang) "
                 "SELECT * FROM unnest(?::uuid[], ?::bigint[], ?::bigint[], ?::text[], ?::date[], ?::text[], ?::text[]) "
                 "ORDER BY 1 ON CONFLICT (uuid) DO NOTHING"_s,
                 {&workshops[WorkshopUuid], &workshops[WorkshopOrigin], &workshops[WorkshopTeam], &workshops[Title],
                  &workshops[HeldOn], &workshops[Facilitator], &workshops[WorkshopLang]})
            || !idsOf(u"SELECT id, uuid FROM rater.workshop WHERE uuid = ANY (?::uuid[])"_s, workshops[WorkshopUuid],
                      workshopIds)))
        return failed();

    enum Column { Uuid, Origin, Team, Respondent, Workshop, TakenOn, QuestionnaireId, QuestionnaireVersion, Lang,
                  Answers, RecordedAt, DeletedAt, Version, ChangedAt, Columns };
    std::array<ArrayLiteral, Columns> columns;
    // A batch's columns are long strings: grown once, not row by row.
    for (ArrayLiteral &column : columns)
        column.reserve(qsizetype(batch.size()) * 40);
    for (const storage::OutgoingAssessment &a : batch) {
        const auto team = teamIds.constFind(a.team);
        if (team == teamIds.cend()) {
            m_db.rollback();
            return Result::failure(failure(what, QSqlError(Messages::tr("the login may not write the team \"%1\"")
                                                               .arg(a.team))));
        }
        columns[Uuid].add(uuidText(a.uuid));
        columns[Origin].addOrNull(a.origin.isNull() ? QString() : QString::number(originIds.value(uuidText(a.origin))));
        columns[Team].add(QString::number(*team));
        columns[Respondent].addOrNull(a.respondent);
        columns[Workshop].addOrNull(a.workshop.isNull() ? QString()
                                                        : QString::number(workshopIds.value(uuidText(a.workshop))));
        columns[TakenOn].add(QString::fromLatin1(a.takenOn));
        columns[QuestionnaireId].add(a.questionnaireId);
        columns[QuestionnaireVersion].add(QString::number(a.questionnaireVersion));
        columns[Lang].add(a.lang);
        columns[Answers].add(u'{' + QString::fromLatin1(a.answers) + u'}');
        columns[RecordedAt].add(a.recordedAt);
        columns[DeletedAt].addOrNull(a.deletedAt);
        columns[Version].add(QString::number(a.version));
        columns[ChangedAt].addOrNull(a.changedAt);
    }
    std::vector<const ArrayLiteral *> bound;
    bound.reserve(columns.size());
    for (const ArrayLiteral &column : columns)
        bound.push_back(&column);
    if (!run(u"INSERT INTO rater.assessment (uuid, origin_id, team_id, respondent, workshop_id, taken_on, "
             "  questionnaire_id, questionnaire_version, lang, answers, recorded_at, deleted_at, version, changed_at) "
             "SELECT uuid, origin_id, team_id, respondent, workshop_id, taken_on, qid, qversion, lang, "
             "  answers::smallint[], recorded_at, deleted_at, version, changed_at "
             "FROM unnest(?::uuid[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::date[], ?::text[], "
             "  ?::integer[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::integer[], "
             "  ?::timestamptz[]) "
             "  AS i(uuid, origin_id, team_id, respondent, workshop_id, taken_on, qid, qversion, lang, answers, "
             "       recorded_at, deleted_at, version, changed_at) "
             "ON CONFLICT (uuid) DO NOTHING"_s,
             bound))
        return failed();
    Received received;
    received.stored = query.numRowsAffected();

    // Corrections travel: only a result corrected on the laptop (version
    // above 1) can differ from the store's copy for the laptop's sake.
    const bool corrected = std::any_of(batch.cbegin(), batch.cend(),
                                       [](const storage::OutgoingAssessment &a) { return a.version > 1; });
    const QString correctedRows =
        u"FROM unnest(?::uuid[], ?::bigint[], ?::text[], ?::bigint[], ?::date[], ?::timestamptz[], ?::integer[], "
        "  ?::timestamptz[]) AS i(uuid, team_id, respondent, workshop_id, taken_on, deleted_at, version, changed_at) "
        "WHERE s.uuid = i.uuid AND i.version > 1 AND (s.team_id, s.respondent, s.workshop_id, s.taken_on, "
        "  s.deleted_at) IS DISTINCT FROM (i.team_id, i.respondent, i.workshop_id, i.taken_on, i.deleted_at) "_s;
    const std::vector<const ArrayLiteral *> correctedColumns{&columns[Uuid],     &columns[Team],     &columns[Respondent],
                                                             &columns[Workshop], &columns[TakenOn],  &columns[DeletedAt],
                                                             &columns[Version],  &columns[ChangedAt]};
    // Which of two copies changed later: the laptop's times are whole
    // seconds, so two corrections there within one second tie on the time,
    // and the higher version, the laptop's later one, wins the tie.
    const QString laptopLater = u"(s.changed_at IS NULL OR s.changed_at < i.changed_at "
                                "OR (s.changed_at = i.changed_at AND s.version < i.version))"_s;
    // An admin's sync may move every result of a team to another (a team
    // renamed or merged on the laptop): which teams results leave, for where.
    std::vector<std::pair<qint64, qint64>> moves;
    if (corrected && createTeams) {
        if (!run(u"SELECT DISTINCT s.team_id, i.team_id FROM rater.assessment s, "_s + correctedRows.mid(5)
                     + u"AND s.team_id <> i.team_id AND "_s + laptopLater,
                 correctedColumns))
            return failed();
        while (query.next())
            moves.emplace_back(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    if (corrected) {
        // The later change wins; a copy the store never changed is older
        // than any correction.
        if (!run(u"UPDATE rater.assessment s SET team_id = i.team_id, respondent = i.respondent, "
                 "workshop_id = i.workshop_id, taken_on = i.taken_on, deleted_at = i.deleted_at, "
                 "version = greatest(s.version, i.version), changed_at = i.changed_at "_s
                     + correctedRows + u"AND "_s + laptopLater,
                 correctedColumns))
            return failed();
        received.updated = query.numRowsAffected();
        // What still differs was changed in the store later.
        if (!run(u"SELECT s.uuid FROM rater.assessment s, "_s + correctedRows.mid(5) + u"ORDER BY s.uuid"_s,
                 correctedColumns))
            return failed();
        while (query.next())
            received.storeWins.push_back(QUuid::fromString(query.value(0).toString()));
    }
    // A team left with no result, all of them gone to one other team, was
    // renamed or merged: its leads and workshops go with them, and it goes.
    std::map<qint64, std::set<qint64>> destinations;
    for (const auto &[from, to] : moves)
        destinations[from].insert(to);
    for (const auto &[from, to] : destinations) {
        if (to.size() != 1)
            continue;
        query.prepare(u"SELECT NOT EXISTS (SELECT FROM rater.assessment WHERE team_id = ?) "
                      "AND NOT EXISTS (SELECT FROM rater.draft WHERE team_id = ?)"_s);
        query.addBindValue(from);
        query.addBindValue(from);
        if (!query.exec() || !query.next())
            return failed();
        if (!query.value(0).toBool())
            continue;
        for (const QString &step : {u"INSERT INTO rater.team_lead (login, team_id) SELECT login, ? FROM rater.team_lead "
                                    "WHERE team_id = ? ON CONFLICT DO NOTHING"_s,
                                    u"UPDATE rater.workshop SET team_id = ? WHERE team_id = ?"_s}) {
            query.prepare(step);
            query.addBindValue(*to.begin());
            query.addBindValue(from);
            if (!query.exec())
                return failed();
        }
        query.prepare(u"DELETE FROM rater.team WHERE id = ?"_s);
        query.addBindValue(from);
        if (!query.exec())
            return failed();
        ++received.teamsReplaced;
    }
    received.alreadyThere = qint64(batch.size()) - received.stored - received.updated;
    if (Status committed = commit(what); !committed)
        return Result::failure(committed.error());
    return received;
}

Expected<int> OrganisationStore::threshold() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT value FROM rater.setting WHERE name = 'anonymity_threshold'"_s) || !query.next())
        return Expected<int>::failure(failure(Messages::tr("could not read the threshold"), query.lastError()));
    return query.value(0).toInt();
}

Status OrganisationStore::setThreshold(int threshold)
{
    return inTransaction({u"UPDATE rater.setting SET value = %1 WHERE name = 'anonymity_threshold'"_s.arg(threshold)},
                         Messages::tr("could not change the threshold"));
}

} // namespace rater::organisation
