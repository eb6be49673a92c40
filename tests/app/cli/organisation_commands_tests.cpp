// rater-cli org against a real PostgreSQL server, and what each role can do
// in the store through psql. Run inside pg_virtualenv, which starts a
// throw-away cluster and says where it is in PGHOST, PGPORT, PGUSER and
// PGPASSWORD (a superuser).

#include "organisation_support.h"
#include "organisation/address.h"
#include "organisation/store.h"
#include "organisation/sync.h"
#include "storage/database.h"
#include "printing.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <random>

#include <signal.h>

using namespace organisationTesting;

namespace {

// `count` assessments of `team`, every answer `answer`, inserted as `login`.
PsqlRun insertAs(const QString &database, const QString &login, const QString &team, int count, int answer = 3)
{
    QStringList answers;
    for (int i = 0; i < 17; ++i)
        answers << QString::number(answer);
    return psql(database,
                QStringLiteral("INSERT INTO rater.assessment (uuid, team_id, taken_on, questionnaire_id, "
                               "questionnaire_version, lang, answers, respondent) "
                               "SELECT gen_random_uuid(), t.id, DATE '2026-02-10', 'rater', 1, 'en', '{%1}', 'r-' || n "
                               "FROM rater.team t, generate_series(1, %2) n WHERE t.name = '%3'")
                    .arg(answers.join(QLatin1Char(',')))
                    .arg(count)
                    .arg(team),
                login);
}

// What differs between a database file and the store for the same results:
// the ids each gave them and their workshops.
QByteArray withoutIds(QByteArray json)
{
    static const QRegularExpression ids(QStringLiteral("\"(id|workshop)\": [0-9]+"));
    return QString::fromUtf8(json).replace(ids, QStringLiteral("\"\\1\": 0")).toUtf8();
}

} // namespace

TEST_CASE("org init sets up the schema and the three roles once", "[organisation]")
{
    const QString db = newStore(QStringLiteral("init_once"), {});
    CHECK(superuser(db, QStringLiteral("SELECT version FROM rater.schema_version")) == QStringLiteral("2"));
    CHECK(superuser(db, QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                                       "WHERE rolname LIKE 'rater\\_%'"))
          == QStringLiteral("rater_admin,rater_lead,rater_manager"));
    CHECK(superuser(db, QStringLiteral("SELECT value FROM rater.setting")) == QStringLiteral("3"));
    // Every table a member reaches has row-level security.
    CHECK(superuser(db, QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                                       "WHERE relnamespace = 'rater'::regnamespace AND relrowsecurity"))
          == QStringLiteral("action,assessment,draft,team,team_lead,workshop"));

    const CliRun again = org(db, QString(), {QStringLiteral("init")});
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("is set up already (Rater schema 2); nothing was changed")));

    const CliRun unreachable = runCli({QStringLiteral("org"), QStringLiteral("members"), QStringLiteral("--db"),
                                       QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
    CHECK(unreachable.status == 1);
    CHECK(unreachable.err.contains(QStringLiteral("cannot reach the organisation store postgresql://nobody@127.0.0.1:1/none")));
    const CliRun notInit = org(QStringLiteral("postgres"), QString(), {QStringLiteral("members")});
    CHECK(notInit.status == 1);
    CHECK(notInit.err.contains(QStringLiteral("the store has no Rater schema, or one older than this Rater's; its owner "
                                              "sets it up or brings it up to date with rater-cli org init")));
    // The stores of files are not stores of the organisation, and the other way round.
    const CliRun fileCommand = runCli({QStringLiteral("backup"), QStringLiteral("--db"), storeUrl(db), QStringLiteral("--out"),
                                       QStringLiteral("copy.sqlite")});
    CHECK(fileCommand.status == 2);
    CHECK(fileCommand.err.contains(QStringLiteral("the organisation store is backed up on its server with pg_dump")));
    const CliRun log = runCli({QStringLiteral("log"), QStringLiteral("--db"), storeUrl(db)});
    CHECK(log.status == 2);
    CHECK(log.err.contains(QStringLiteral("the organisation store keeps no change log")));
}

TEST_CASE("A lead reads and writes their own teams only, and cannot see that others exist, even through psql",
          "[organisation]")
{
    const QString db = newStore(QStringLiteral("leads"), {QStringLiteral("lead_sara"), QStringLiteral("lead_omid")});
    REQUIRE(org(db, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_sara"),
                                QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--team"),
                                QStringLiteral("Field Service")})
                .status == 0);
    const CliRun omid = org(db, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_omid"),
                                           QStringLiteral("--team"), QStringLiteral("Back Office")});
    CHECK(omid.out.contains(QStringLiteral("\"lead_omid\" now leads: Back Office.")));

    REQUIRE(insertAs(db, QStringLiteral("lead_sara"), QStringLiteral("Front Desk"), 4).status == 0);
    REQUIRE(insertAs(db, QStringLiteral("lead_omid"), QStringLiteral("Back Office"), 2).status == 0);
    // Another team's rows cannot be written, whether the team is named or its id guessed.
    CHECK(insertAs(db, QStringLiteral("lead_sara"), QStringLiteral("Back Office"), 1).out == QStringLiteral("INSERT 0 0"));
    const PsqlRun guessed =
        psql(db, QStringLiteral("INSERT INTO rater.assessment (uuid, team_id, taken_on, questionnaire_id, "
                                "questionnaire_version, lang, answers) VALUES (gen_random_uuid(), "
                                "(SELECT max(team_id) FROM rater.team_lead) + 1, DATE '2026-02-10', 'rater', 1, 'en', "
                                "'{3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3}')"),
             QStringLiteral("lead_sara"));
    CHECK(guessed.status != 0);
    CHECK(guessed.err.contains(QStringLiteral("row-level security")));
    CHECK(superuser(db, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("6"));

    CHECK(psql(db, QStringLiteral("SELECT count(*) FROM rater.assessment"), QStringLiteral("lead_sara")).out
          == QStringLiteral("4"));
    CHECK(psql(db, QStringLiteral("SELECT count(*) FROM rater.assessment"), QStringLiteral("lead_omid")).out
          == QStringLiteral("2"));
    CHECK(psql(db, QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM rater.team"), QStringLiteral("lead_omid")).out
          == QStringLiteral("Back Office"));
    CHECK(psql(db, QStringLiteral("SELECT count(*) FROM rater.team_lead"), QStringLiteral("lead_omid")).out
          == QStringLiteral("1"));
    // Changing or deleting another team's rows touches nothing.
    CHECK(psql(db, QStringLiteral("DELETE FROM rater.assessment"), QStringLiteral("lead_omid")).out
          == QStringLiteral("DELETE 2"));
    CHECK(superuser(db, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("4"));
    CHECK(psql(db, QStringLiteral("UPDATE rater.assessment SET team_id = team_id"), QStringLiteral("lead_omid")).out
          == QStringLiteral("UPDATE 0"));
    // A lead cannot give themselves another team.
    const PsqlRun widen = psql(db, QStringLiteral("INSERT INTO rater.team_lead SELECT 'lead_omid', id FROM rater.team"),
                               QStringLiteral("lead_omid"));
    CHECK(widen.status != 0);
    CHECK(widen.err.contains(QStringLiteral("permission denied")));
}

TEST_CASE("A manager reads every team's figures in groups at least as large as the threshold, never answers",
          "[organisation]")
{
    const QString db = newStore(QStringLiteral("managers"),
                                {QStringLiteral("mgr_mina"), QStringLiteral("lead_lale")}, 3);
    REQUIRE(org(db, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_mina")}).status == 0);
    REQUIRE(org(db, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_lale"),
                                QStringLiteral("--team"), QStringLiteral("North"), QStringLiteral("--team"),
                                QStringLiteral("South")})
                .status == 0);
    REQUIRE(insertAs(db, QStringLiteral("lead_lale"), QStringLiteral("North"), 3, 4).status == 0);
    REQUIRE(insertAs(db, QStringLiteral("lead_lale"), QStringLiteral("South"), 2, 2).status == 0);

    const QString mina = QStringLiteral("mgr_mina");
    // North's three are shown, summed per statement; South's two are withheld.
    CHECK(psql(db, QStringLiteral("SELECT team, quarter_start, assessments, answer_sums[1], answer_sums[17] "
                                  "FROM rater.team_quarter"),
               mina)
              .out
          == QStringLiteral("North|2026-01-01|3|12|12"));
    CHECK(psql(db, QStringLiteral("SELECT string_agg(name, ',' ORDER BY name) FROM rater.team"), mina).out
          == QStringLiteral("North,South"));
    for (const QString &sql : {QStringLiteral("SELECT answers FROM rater.assessment"),
                               QStringLiteral("SELECT respondent FROM rater.assessment"),
                               QStringLiteral("SELECT * FROM rater.draft"),
                               QStringLiteral("SELECT * FROM rater.team_lead")}) {
        const PsqlRun refused = psql(db, sql, mina);
        INFO(sql.toStdString());
        CHECK(refused.status != 0);
        CHECK(refused.err.contains(QStringLiteral("permission denied")));
    }
    // A lower threshold, set by the owner, shows South too.
    const CliRun lowered = org(db, QString(), {QStringLiteral("threshold"), QStringLiteral("2")});
    CHECK(lowered.out.contains(QStringLiteral("Groups of fewer than 2 assessments are withheld from managers.")));
    CHECK(psql(db, QStringLiteral("SELECT count(*) FROM rater.team_quarter"), mina).out == QStringLiteral("2"));
}

TEST_CASE("Only an admin gives rights or changes the threshold; a refusal says who was refused what",
          "[organisation]")
{
    const QString db = newStore(QStringLiteral("admins"), {QStringLiteral("adm_adam"), QStringLiteral("mgr_mani"),
                                                          QStringLiteral("lead_leyla"), QStringLiteral("lead_lars")});
    REQUIRE(org(db, QString(), {QStringLiteral("grant"), QStringLiteral("--admin"), QStringLiteral("adm_adam")}).status == 0);
    REQUIRE(org(db, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_mani")}).status == 0);

    // The admin hands on lead rights and teams, and takes them back.
    const QString adam = QStringLiteral("adm_adam");
    const CliRun given = org(db, adam, {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_leyla"),
                                        QStringLiteral("--team"), QStringLiteral("Front Desk")});
    INFO(given.err.toStdString());
    CHECK(given.status == 0);
    REQUIRE(org(db, adam, {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_lars"),
                           QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--team"),
                           QStringLiteral("Back Office")})
                .status == 0);
    const CliRun members = org(db, adam, {QStringLiteral("members")});
    CHECK(members.out.contains(QStringLiteral("lead_lars: rater_lead (Back Office, Front Desk)")));
    CHECK(members.out.contains(QStringLiteral("lead_leyla: rater_lead (Front Desk)")));
    CHECK(members.out.contains(QStringLiteral("mgr_mani: rater_manager")));
    CHECK(members.out.contains(QStringLiteral("adm_adam: rater_admin")));

    CHECK(org(db, adam, {QStringLiteral("revoke"), QStringLiteral("lead_lars"), QStringLiteral("--team"),
                         QStringLiteral("Front Desk")})
              .out.contains(QStringLiteral("\"lead_lars\" no longer leads: Front Desk.")));
    CHECK(psql(db, QStringLiteral("SELECT string_agg(name, ',') FROM rater.team"), QStringLiteral("lead_lars")).out
          == QStringLiteral("Back Office"));
    CHECK(org(db, adam, {QStringLiteral("revoke"), QStringLiteral("lead_leyla")}).status == 0);
    CHECK(psql(db, QStringLiteral("SELECT count(*) FROM rater.assessment"), QStringLiteral("lead_leyla")).status != 0);
    CHECK(org(db, adam, {QStringLiteral("threshold"), QStringLiteral("7")}).status == 0);

    // Leads and managers are refused, in words.
    const CliRun leadGrants = org(db, QStringLiteral("lead_lars"),
                                  {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_lars"),
                                   QStringLiteral("--team"), QStringLiteral("Sales")});
    CHECK(leadGrants.status == 1);
    CHECK(leadGrants.err.contains(QStringLiteral("could not make \"lead_lars\" a lead: the login \"lead_lars\" does not "
                                                 "have the right to do this")));
    const CliRun managerThreshold = org(db, QStringLiteral("mgr_mani"), {QStringLiteral("threshold"), QStringLiteral("2")});
    CHECK(managerThreshold.status == 1);
    CHECK(managerThreshold.err.contains(QStringLiteral("could not change the threshold: the login \"mgr_mani\" does not "
                                                       "have the right to do this")));
    CHECK(org(db, QString(), {QStringLiteral("threshold")}).out.contains(QStringLiteral("fewer than 7")));
    CHECK(superuser(db, QStringLiteral("SELECT count(*) FROM rater.team WHERE name = 'Sales'")) == QStringLiteral("0"));

    // Asking for rights for a login the server does not have says how to make it.
    const CliRun unknown = org(db, adam, {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("nobody_here")});
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("there is no login \"nobody_here\" on this server")));
    const CliRun noTeam = org(db, adam, {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_lars")});
    CHECK(noTeam.status == 2);
    CHECK(noTeam.err.contains(QStringLiteral("name them with --team NAME")));
}

namespace {

// Each result's UUID, team, date and answers, sorted: from the laptop's
// export, and from the store.
QStringList laptopRows(const QString &local)
{
    const CliRun exported = runCli({QStringLiteral("--db"), local, QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
    REQUIRE(exported.status == 0);
    QStringList rows;
    for (const QJsonValue &value : QJsonDocument::fromJson(exported.rawOut).array()) {
        const QJsonObject o = value.toObject();
        QStringList answers;
        for (int s = 1; s <= 17; ++s)
            answers << QString::number(o.value(QStringLiteral("q%1").arg(s)).toInt());
        rows << QStringLiteral("%1|%2|%3|%4|{%5}")
                    .arg(o.value(QStringLiteral("uuid")).toString(), o.value(QStringLiteral("team")).toString(),
                         o.value(QStringLiteral("date")).toString(), o.value(QStringLiteral("respondent")).toString(),
                         answers.join(QLatin1Char(',')));
    }
    rows.sort();
    return rows;
}

QStringList storeRows(const QString &store, const QString &where = QStringLiteral("true"))
{
    QStringList rows = superuser(store, QStringLiteral("SELECT a.uuid || '|' || t.name || '|' || a.taken_on || '|' || "
                                                       "coalesce(a.respondent, '') || '|' || a.answers::text "
                                                       "FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
                                                       "WHERE %1")
                                           .arg(where))
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    rows.sort();
    return rows;
}

} // namespace

TEST_CASE("sync sends what the store lacks, a second sync nothing; a lead's other teams stay on the laptop",
          "[organisation][sync]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("syncing"), {QStringLiteral("lead_nora")});
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_nora"),
                                   QStringLiteral("--team"), QStringLiteral("Front Desk")})
                .status == 0);
    const QString local = laptop(dir, QStringLiteral("nora"), {QStringLiteral("Front Desk"), QStringLiteral("Back Office")}, 250);

    const CliRun first = syncRun(local, store, QStringLiteral("lead_nora"), {QStringLiteral("--batch"), QStringLiteral("40")});
    INFO(first.err.toStdString());
    CHECK(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("Sent 125, already there 0.")));
    CHECK(first.out.contains(QStringLiteral("Kept here, not sent: 125 results of teams the login does not lead "
                                            "(Back Office).")));
    const CliRun second = syncRun(local, store, QStringLiteral("lead_nora"));
    CHECK(second.out.contains(QStringLiteral("Sent 0, already there 0.")));
    // What the store holds is what the laptop holds, field by field.
    QStringList frontDesk;
    for (const QString &row : laptopRows(local))
        if (row.section(QLatin1Char('|'), 1, 1) == QStringLiteral("Front Desk"))
            frontDesk << row;
    CHECK(storeRows(store) == frontDesk);
    CHECK(superuser(store, QStringLiteral("SELECT count(DISTINCT workshop_id) FROM rater.assessment")) == QStringLiteral("1"));

    // The owner sends the rest, making the team the store lacked.
    const CliRun owner = syncRun(local, store);
    CHECK(owner.out.contains(QStringLiteral("Sent 125, already there 0.")));
    CHECK(storeRows(store) == laptopRows(local));
    // A laptop that forgot what it sent (its database copied before a sync)
    // sends again and stores nothing twice.
    REQUIRE(QFile::copy(local, dir.filePath(QStringLiteral("copy.sqlite"))));
    changeAsAnotherProgram(dir.filePath(QStringLiteral("copy.sqlite")), QStringLiteral("DELETE FROM store_copy"));
    const CliRun forgotten = syncRun(dir.filePath(QStringLiteral("copy.sqlite")), store);
    CHECK(forgotten.out.contains(QStringLiteral("Sent 0, already there 250.")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("250"));

    // A manager may not send results.
    superuser(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE mgr_max LOGIN PASSWORD 'mgr_max'"));
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_max")}).status == 0);
    const CliRun manager = syncRun(local, store, QStringLiteral("mgr_max"));
    CHECK(manager.status == 1);
    CHECK(manager.err.contains(QStringLiteral("the login \"mgr_max\" may not store results there")));
}

TEST_CASE("Syncs killed at random moments, then one clean sync, leave every result stored exactly once",
          "[organisation][sync]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("killed"), {});
    const QString local = laptop(dir, QStringLiteral("killed"), {QStringLiteral("North"), QStringLiteral("South")}, 3000);
    std::mt19937 random(20261128);
    std::uniform_int_distribution<int> delay(30, 900);
    int killedMidway = 0;
    for (int run = 0; run < 20; ++run) {
        QProcess process;
        process.start(QStringLiteral(RATER_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--db"), local,
                                                       QStringLiteral("--to"), storeUrl(store),
                                                       QStringLiteral("--batch"), QStringLiteral("25")});
        REQUIRE(process.waitForStarted());
        QThread::msleep(unsigned(delay(random)));
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++killedMidway;
        }
        REQUIRE(process.waitForFinished(60000));
        // Removing a few notes of what was sent makes later runs send again
        // what the store holds already.
        if (run % 5 == 4)
            changeAsAnotherProgram(local, QStringLiteral("DELETE FROM store_copy WHERE assessment_id % 3 = 0"));
    }
    CHECK(killedMidway > 0);
    const CliRun clean = syncRun(local, store);
    INFO(clean.err.toStdString());
    CHECK(clean.status == 0);
    CHECK(superuser(store, QStringLiteral("SELECT count(*), count(DISTINCT uuid) FROM rater.assessment"))
          == QStringLiteral("3000|3000"));
    CHECK(storeRows(store) == laptopRows(local));
    CHECK(syncRun(local, store).out.contains(QStringLiteral("Sent 0, already there 0.")));
}

TEST_CASE("Twenty laptops syncing 2,000 results each at once store all 40,000 once", "[organisation][sync]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("crowd"), {});
    std::vector<QString> laptops;
    for (int i = 0; i < 20; ++i)
        laptops.push_back(laptop(dir, QStringLiteral("laptop%1").arg(i),
                                 {QStringLiteral("Team %1").arg(i % 4), QStringLiteral("Shared")}, 2000));
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QString &local : laptops) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(RATER_CLI_PATH),
                       {QStringLiteral("sync"), QStringLiteral("--db"), local, QStringLiteral("--to"), storeUrl(store),
                        QStringLiteral("--batch"), QStringLiteral("200")});
        REQUIRE(process->waitForStarted());
        running.push_back(std::move(process));
    }
    for (auto &process : running) {
        REQUIRE(process->waitForFinished(300000));
        INFO(process->readAllStandardError().toStdString());
        CHECK(process->exitCode() == 0);
        CHECK(process->readAllStandardOutput().contains("Sent 2,000, already there 0."));
    }
    CHECK(superuser(store, QStringLiteral("SELECT count(*), count(DISTINCT uuid) FROM rater.assessment"))
          == QStringLiteral("40000|40000"));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.team")) == QStringLiteral("5"));
}

TEST_CASE("Corrections made on a laptop travel with the next sync; a later change in the store wins and is named",
          "[organisation][sync]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("corrections"), {});
    const QString local = laptop(dir, QStringLiteral("corrected"), {QStringLiteral("North"), QStringLiteral("South")}, 20);
    REQUIRE(syncRun(local, store).out.contains(QStringLiteral("Sent 20, already there 0.")));
    const auto uuidOf = [&local](int id) {
        QString uuid;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("laptop"));
            db.setDatabaseName(local);
            REQUIRE(db.open());
            QSqlQuery query(QStringLiteral("SELECT uuid FROM assessment WHERE id = %1").arg(id), db);
            REQUIRE(query.next());
            uuid = QUuid::fromRfc4122(query.value(0).toByteArray()).toString(QUuid::WithoutBraces);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("laptop"));
        return uuid;
    };
    const auto inStore = [&store](const QString &column, const QString &uuid) {
        return superuser(store, QStringLiteral("SELECT %1 FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
                                               "WHERE uuid = '%2'")
                                    .arg(column, uuid));
    };
    // The store's admin changes result 5 after the laptop's correction of it below.
    superuser(store, QStringLiteral("UPDATE rater.assessment SET taken_on = DATE '2024-06-01', version = version + 1, "
                                    "changed_at = now() + interval '1 hour' WHERE uuid = '%1'")
                         .arg(uuidOf(5)));
    for (const QStringList &correction :
         {QStringList{QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("2")},
          QStringList{QStringLiteral("edit"), QStringLiteral("3"), QStringLiteral("--team"), QStringLiteral("South")},
          QStringList{QStringLiteral("edit"), QStringLiteral("4"), QStringLiteral("--date"), QStringLiteral("2025-12-24")},
          QStringList{QStringLiteral("edit"), QStringLiteral("5"), QStringLiteral("--date"), QStringLiteral("2025-12-25")}}) {
        const CliRun made = runCli(QStringList{QStringLiteral("--db"), local} + correction);
        INFO(made.err.toStdString());
        REQUIRE(made.status == 0);
    }
    const CliRun synced = syncRun(local, store);
    INFO(synced.err.toStdString());
    CHECK(synced.out.contains(QStringLiteral("Sent 0, already there 1.")));
    CHECK(synced.out.contains(QStringLiteral("Corrections sent: 4.")));
    CHECK(synced.out.contains(QStringLiteral("Changed in the store since they were corrected here, and kept as the store "
                                             "has them: 5.")));
    CHECK(inStore(QStringLiteral("count(deleted_at)"), uuidOf(1)) == QStringLiteral("1"));
    CHECK(inStore(QStringLiteral("count(deleted_at)"), uuidOf(2)) == QStringLiteral("1"));
    CHECK(inStore(QStringLiteral("t.name"), uuidOf(3)) == QStringLiteral("South"));
    CHECK(inStore(QStringLiteral("taken_on"), uuidOf(4)) == QStringLiteral("2025-12-24"));
    CHECK(inStore(QStringLiteral("taken_on"), uuidOf(5)) == QStringLiteral("2024-06-01"));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("20"));

    // Restoring one from the bin travels too; then there is nothing left to send.
    REQUIRE(runCli({QStringLiteral("--db"), local, QStringLiteral("restore"), QStringLiteral("2")}).status == 0);
    // Within the same second as the deletion, as a quick hand makes it: the time ties, the version decides.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("laptop"));
        db.setDatabaseName(local);
        REQUIRE(db.open());
        QSqlQuery query(QStringLiteral("SELECT changed_at FROM assessment WHERE id = 2"), db);
        REQUIRE(query.next());
        superuser(store, QStringLiteral("UPDATE rater.assessment SET changed_at = '%1' WHERE uuid = '%2'")
                             .arg(query.value(0).toString(), uuidOf(2)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("laptop"));
    const CliRun restored = syncRun(local, store);
    CHECK(restored.out.contains(QStringLiteral("Corrections sent: 1.")));
    CHECK(inStore(QStringLiteral("count(deleted_at)"), uuidOf(2)) == QStringLiteral("0"));
    const CliRun quiet = syncRun(local, store);
    CHECK(quiet.out.trimmed() == QStringLiteral("Sent 0, already there 0."));
}

TEST_CASE("A team renamed or merged on a laptop is renamed or merged in the store by an admin's sync, its lead "
          "keeping it; a lead's sync keeps a name they do not lead here",
          "[organisation][sync]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("renames"), {QStringLiteral("lead_rey")});
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_rey"),
                                   QStringLiteral("--team"), QStringLiteral("Field service")})
                .status == 0);
    const QString local = laptop(dir, QStringLiteral("renaming"), {QStringLiteral("Field service"), QStringLiteral("Front Desk")}, 20);
    REQUIRE(syncRun(local, store).status == 0);
    const auto corrected = [&local](const QStringList &correction) {
        const CliRun made = runCli(QStringList{QStringLiteral("--db"), local} + correction);
        INFO(made.err.toStdString());
        REQUIRE(made.status == 0);
    };
    const auto storeTeams = [&store] {
        return superuser(store, QStringLiteral("SELECT string_agg(t.name || '=' || (SELECT count(*) FROM rater.assessment a "
                                               "WHERE a.team_id = t.id), ', ' ORDER BY t.name) FROM rater.team t"));
    };
    const auto sameList = [&] {
        const QStringList json{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
        CHECK(withoutIds(runCli(QStringList{QStringLiteral("--db"), storeUrl(store)} + json).rawOut)
              == withoutIds(runCli(QStringList{QStringLiteral("--db"), local} + json).rawOut));
    };

    corrected({QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Field service"), QStringLiteral("Field Service")});
    const CliRun renamed = syncRun(local, store);
    INFO(renamed.err.toStdString());
    CHECK(renamed.out.contains(QStringLiteral("Corrections sent: 10.")));
    CHECK(renamed.out.contains(QStringLiteral("Teams renamed or merged in the store as here, with their leads and "
                                              "workshops: 1.")));
    CHECK(storeTeams() == QStringLiteral("Field Service=10, Front Desk=10"));
    // The lead leads the team under its new name, and sees it so through psql.
    CHECK(psql(store, QStringLiteral("SELECT string_agg(name, ',') FROM rater.team"), QStringLiteral("lead_rey")).out
          == QStringLiteral("Field Service"));
    sameList();
    CHECK(syncRun(local, store).out.trimmed() == QStringLiteral("Sent 0, already there 0."));

    // Merged: the results, and the workshop they were taken in, go to the other team.
    corrected({QStringLiteral("team"), QStringLiteral("merge"), QStringLiteral("Front Desk"), QStringLiteral("Field Service")});
    const CliRun merged = syncRun(local, store);
    CHECK(merged.out.contains(QStringLiteral("Corrections sent: 10.")));
    CHECK(storeTeams() == QStringLiteral("Field Service=20"));
    CHECK(superuser(store, QStringLiteral("SELECT string_agg(DISTINCT t.name, ',') FROM rater.workshop w "
                                          "JOIN rater.team t ON t.id = w.team_id"))
          == QStringLiteral("Field Service"));
    sameList();

    // A lead's own sync cannot rename in the store: what they do not lead stays here, and is said.
    const QString leads = laptop(dir, QStringLiteral("lead"), {QStringLiteral("Field Service")}, 6);
    REQUIRE(syncRun(leads, store, QStringLiteral("lead_rey")).status == 0);
    const CliRun leadRenamed = [&] {
        REQUIRE(runCli({QStringLiteral("--db"), leads, QStringLiteral("team"), QStringLiteral("rename"),
                        QStringLiteral("Field Service"), QStringLiteral("Field Crew")})
                    .status == 0);
        return syncRun(leads, store, QStringLiteral("lead_rey"));
    }();
    CHECK(leadRenamed.out.contains(QStringLiteral("Kept here, not sent: 6 results of teams the login does not lead "
                                                  "(Field Crew).")));
    CHECK(storeTeams() == QStringLiteral("Field Service=26"));

    // In the store itself: an admin renames and merges; a lead may not.
    const auto inStore = [&store](const QStringList &arguments, const QString &login = QString()) {
        QProcessEnvironment extra;
        if (!login.isEmpty())
            extra.insert(QStringLiteral("PGPASSWORD"), login);
        return runCli(QStringList{QStringLiteral("--db"), storeUrl(store, login)} + arguments, extra);
    };
    const CliRun leadRename = inStore({QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Field Service"),
                                       QStringLiteral("Field Crew")},
                                      QStringLiteral("lead_rey"));
    CHECK(leadRename.status == 2);
    CHECK(leadRename.err.contains(QStringLiteral("the login \"lead_rey\" does not rename or merge teams in the store")));
    CHECK(inStore({QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Field Service"), QStringLiteral("Field Crew")})
              .out.trimmed()
          == QStringLiteral("Renamed team \"Field Service\" to \"Field Crew\" in the store."));
    CHECK(psql(store, QStringLiteral("SELECT string_agg(name, ',') FROM rater.team"), QStringLiteral("lead_rey")).out
          == QStringLiteral("Field Crew"));
    REQUIRE(inStore({QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Night"),
                     QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")})
                .status == 0);
    CHECK(inStore({QStringLiteral("team"), QStringLiteral("merge"), QStringLiteral("Night"), QStringLiteral("Nowhere")})
              .err.contains(QStringLiteral("there is no team \"Nowhere\" in the store to merge into")));
    CHECK(inStore({QStringLiteral("team"), QStringLiteral("merge"), QStringLiteral("Night"), QStringLiteral("Field Crew")})
              .out.trimmed()
          == QStringLiteral("Merged team \"Night\" into \"Field Crew\" in the store; assessments moved: 1."));
    CHECK(storeTeams() == QStringLiteral("Field Crew=27"));
    // The lead empties their team's bin, for good.
    const QString one = superuser(store, QStringLiteral("SELECT min(id) FROM rater.assessment"));
    REQUIRE(inStore({QStringLiteral("delete"), one}, QStringLiteral("lead_rey")).status == 0);
    CHECK(inStore({QStringLiteral("bin"), QStringLiteral("empty")}, QStringLiteral("lead_rey")).out.trimmed()
          == QStringLiteral("Assessments deleted from the store's bin for good: 1."));
    CHECK(storeTeams() == QStringLiteral("Field Crew=26"));
}

TEST_CASE("A bundle carries a laptop's results to the store without a network, once, and is refused whole when "
          "damaged or altered",
          "[organisation][bundle]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("bundles"), {QStringLiteral("lead_bea")});
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_bea"),
                                   QStringLiteral("--team"), QStringLiteral("North")})
                .status == 0);
    const QString local = laptop(dir, QStringLiteral("offline"), {QStringLiteral("North"), QStringLiteral("South")}, 60);
    const QString bundle = dir.filePath(QStringLiteral("results.bundle"));
    const CliRun made = runCli({QStringLiteral("bundle"), QStringLiteral("--db"), local, QStringLiteral("--out"), bundle});
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    CHECK(made.out.contains(QStringLiteral("Bundled 60 results into")));

    const auto importAs = [&](const QString &file, const QString &login) {
        QProcessEnvironment extra;
        if (!login.isEmpty())
            extra.insert(QStringLiteral("PGPASSWORD"), login);
        return runCli({QStringLiteral("import"), file, QStringLiteral("--db"), storeUrl(store, login)}, extra);
    };
    // Damaged, altered, cut short: refused whole, nothing stored.
    QFile original(bundle);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    const auto variant = [&dir](const QString &name, const QByteArray &content) {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    };
    QByteArray altered = bytes;
    altered.replace("\"North\"", "\"South\"");
    const QString alteredPath = variant(QStringLiteral("altered.bundle"), altered);
    const QString cutPath = variant(QStringLiteral("cut.bundle"), bytes.left(bytes.lastIndexOf("{\"sha256\"")));
    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = flipped[bytes.size() / 2] == 'a' ? 'b' : 'a';
    const QString flippedPath = variant(QStringLiteral("flipped.bundle"), flipped);
    for (const auto &[path, reason] :
         {std::pair{alteredPath, QStringLiteral("its checksum does not match its contents: it was damaged or altered")},
          std::pair{cutPath, QStringLiteral("it ends before its checksum")},
          std::pair{flippedPath, QStringLiteral("is refused whole, nothing was stored")}}) {
        const CliRun refused = importAs(path, QString());
        INFO(path.toStdString() << ": " << refused.err.toStdString());
        CHECK(refused.status == 1);
        CHECK(refused.err.contains(reason));
    }
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("0"));

    // The lead's import stores their team's results and names the rest.
    const CliRun lead = importAs(bundle, QStringLiteral("lead_bea"));
    INFO(lead.err.toStdString());
    CHECK(lead.status == 0);
    CHECK(lead.out.contains(QStringLiteral("Sent 30, already there 0.")));
    CHECK(lead.out.contains(QStringLiteral("Not stored: 30 results of teams the login does not lead (South).")));
    // The owner's stores the rest; again, nothing.
    CHECK(importAs(bundle, QString()).out.contains(QStringLiteral("Sent 30, already there 30.")));
    CHECK(importAs(bundle, QString()).out.contains(QStringLiteral("Sent 0, already there 60.")));
    CHECK(storeRows(store) == laptopRows(local));
    // The laptop's next sync finds them there.
    CHECK(syncRun(local, store).out.contains(QStringLiteral("Sent 0, already there 60.")));
    CHECK(runCli({QStringLiteral("bundle"), QStringLiteral("--db"), local, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("empty.bundle"))})
              .out.contains(QStringLiteral("Bundled 0 results")));

    // A bundle goes to a store, not to a file.
    const CliRun intoFile = runCli({QStringLiteral("import"), bundle, QStringLiteral("--db"), local});
    CHECK(intoFile.status == 2);
    CHECK(intoFile.err.contains(QStringLiteral("is a bundle for the organisation store")));
    // A store takes exported files as a laptop's file does: all or none, and
    // what it holds by UUID once.
    const CliRun csvByLead = importAs(dir.filePath(QStringLiteral("offline.csv")), QStringLiteral("lead_bea"));
    CHECK(csvByLead.status == 2);
    CHECK(csvByLead.err.contains(QStringLiteral("you can record for North only, not for \"South\"")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("60"));
    const QString exported = dir.filePath(QStringLiteral("offline.json"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("--db"), local, QStringLiteral("--out"), exported}).status == 0);
    const CliRun again = importAs(exported, QString());
    INFO(again.err.toStdString());
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("Imported 0 assessments")));
    CHECK(again.out.contains(QStringLiteral("Already stored, and not stored again: 60.")));
    CHECK(storeRows(store) == laptopRows(local));
}

TEST_CASE("compare and history give the same JSON from a database file and from the store; a manager's compare "
          "leaves out small groups",
          "[organisation][compare]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("comparing"), {QStringLiteral("mgr_cleo"), QStringLiteral("lead_cato")});
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_cleo")}).status == 0);
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_cato"),
                                   QStringLiteral("--team"), QStringLiteral("Front Desk")})
                .status == 0);
    // Two laptops, and a third with two results only: too few to show a manager.
    const QString first = laptop(dir, QStringLiteral("first"), {QStringLiteral("Front Desk")}, 90);
    const QString second = laptop(dir, QStringLiteral("second"), {QStringLiteral("Field Service"), QStringLiteral("Atelier")}, 160);
    const QString third = laptop(dir, QStringLiteral("third"), {QStringLiteral("Night Shift")}, 2);
    for (const QString &local : {first, second, third})
        REQUIRE(syncRun(local, store).status == 0);
    // The same results in one database file.
    const QString merged = dir.filePath(QStringLiteral("merged.sqlite"));
    for (const QString &name : {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")})
        REQUIRE(runCli({QStringLiteral("--db"), merged, QStringLiteral("import"), dir.filePath(name + QStringLiteral(".csv"))})
                    .status == 0);

    const auto compare = [](const QString &db, const QString &period, const QString &login = QString(),
                            const QStringList &more = {}) {
        QProcessEnvironment extra;
        if (!login.isEmpty())
            extra.insert(QStringLiteral("PGPASSWORD"), login);
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"), period,
                                  QStringLiteral("--format"), QStringLiteral("json")}
                          + more,
                      extra);
    };
    const QStringList quarters{QStringLiteral("Q1 2025"), QStringLiteral("Q2 2025")};
    for (const QString &quarter : quarters) {
        INFO(quarter.toStdString());
        const CliRun fromFile = compare(merged, quarter);
        const CliRun fromStore = compare(storeUrl(store), quarter);
        INFO(fromStore.err.toStdString());
        REQUIRE(fromStore.status == 0);
        CHECK(QJsonDocument::fromJson(fromFile.rawOut).object().value(QStringLiteral("teams")).toArray().size() >= 2);
        CHECK(fromStore.rawOut == fromFile.rawOut);
    }
    // Any period of any calendar, for those who may read the results.
    const QStringList jalali{QStringLiteral("--calendar"), QStringLiteral("jalali")};
    const CliRun jalaliFile = compare(merged, QStringLiteral("2025-05-01"), QString(), jalali);
    CHECK(compare(storeUrl(store), QStringLiteral("2025-05-01"), QString(), jalali).rawOut == jalaliFile.rawOut);

    // Each team's history, in every kind of period and calendar: the same bytes.
    const auto history = [](const QString &db, const QString &team, const QStringList &more, const QString &login = QString()) {
        QProcessEnvironment extra;
        if (!login.isEmpty())
            extra.insert(QStringLiteral("PGPASSWORD"), login);
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--team"), team,
                                  QStringLiteral("--format"), QStringLiteral("json")}
                          + more,
                      extra);
    };
    for (const QString &name : {QStringLiteral("Front Desk"), QStringLiteral("Field Service"), QStringLiteral("Atelier")}) {
        for (const QStringList &more : {QStringList{}, QStringList{QStringLiteral("--period"), QStringLiteral("month")},
                                        QStringList{QStringLiteral("--calendar"), QStringLiteral("jalali")},
                                        QStringList{QStringLiteral("--calendar"), QStringLiteral("islamic"),
                                                    QStringLiteral("--period"), QStringLiteral("month")}}) {
            INFO(name.toStdString() << " " << more.join(QLatin1Char(' ')).toStdString());
            const CliRun fromFile = history(merged, name, more);
            const CliRun fromStore = history(storeUrl(store), name, more);
            INFO(fromStore.err.toStdString());
            REQUIRE(fromStore.status == 0);
            CHECK(QJsonDocument::fromJson(fromFile.rawOut).object().value(QStringLiteral("periods")).toArray().size() >= 1);
            CHECK(fromStore.rawOut == fromFile.rawOut);
        }
    }
    const CliRun leadHistory = history(storeUrl(store, QStringLiteral("lead_cato")), QStringLiteral("Front Desk"), {},
                                       QStringLiteral("lead_cato"));
    CHECK(leadHistory.rawOut == history(merged, QStringLiteral("Front Desk"), {}).rawOut);
    const CliRun othersHistory = history(storeUrl(store, QStringLiteral("lead_cato")), QStringLiteral("Atelier"), {},
                                         QStringLiteral("lead_cato"));
    CHECK(othersHistory.status == 2);
    CHECK(othersHistory.err.contains(QStringLiteral("there is no team \"Atelier\"; the teams are: Front Desk")));
    const CliRun managerHistory = history(storeUrl(store, QStringLiteral("mgr_cleo")), QStringLiteral("Atelier"), {},
                                          QStringLiteral("mgr_cleo"));
    CHECK(managerHistory.status == 1);
    CHECK(managerHistory.err.contains(QStringLiteral("a manager reads the teams' quarters side by side (rater-cli "
                                                     "compare), not one team's assessments")));

    // The lead sees their own team only, with the same figures.
    const auto teams = [](const CliRun &run) {
        QStringList names;
        for (const QJsonValue &team : QJsonDocument::fromJson(run.rawOut).object().value(QStringLiteral("teams")).toArray())
            names << team.toObject().value(QStringLiteral("team")).toString();
        return names;
    };
    const auto team = [](const CliRun &run, const QString &name) {
        for (const QJsonValue &t : QJsonDocument::fromJson(run.rawOut).object().value(QStringLiteral("teams")).toArray())
            if (t.toObject().value(QStringLiteral("team")).toString() == name)
                return t.toObject();
        return QJsonObject();
    };
    const CliRun all = compare(merged, QStringLiteral("Q1 2025"));
    CHECK(teams(all) == QStringList{QStringLiteral("Atelier"), QStringLiteral("Field Service"), QStringLiteral("Front Desk"),
                                    QStringLiteral("Night Shift")});
    const CliRun lead = compare(storeUrl(store, QStringLiteral("lead_cato")), QStringLiteral("Q1 2025"), QStringLiteral("lead_cato"));
    CHECK(teams(lead) == QStringList{QStringLiteral("Front Desk")});
    CHECK(team(lead, QStringLiteral("Front Desk")) == team(all, QStringLiteral("Front Desk")));

    // The manager sees every team but Night Shift, whose two results are below the threshold of three.
    const CliRun manager = compare(storeUrl(store, QStringLiteral("mgr_cleo")), QStringLiteral("Q1 2025"), QStringLiteral("mgr_cleo"));
    INFO(manager.err.toStdString());
    CHECK(teams(manager) == QStringList{QStringLiteral("Atelier"), QStringLiteral("Field Service"), QStringLiteral("Front Desk")});
    for (const QString &name : teams(manager))
        CHECK(team(manager, name) == team(all, name));
    // Groups cut smaller than a quarter could be taken apart: refused.
    const CliRun month = compare(storeUrl(store, QStringLiteral("mgr_cleo")), QStringLiteral("2025-02-01"),
                                 QStringLiteral("mgr_cleo"), {QStringLiteral("--kind"), QStringLiteral("month")});
    CHECK(month.status == 1);
    CHECK(month.err.contains(QStringLiteral("a manager reads the organisation's figures by whole calendar quarters of "
                                            "the Gregorian calendar (such as Q1 2026), not from 2025-02-01 to 2025-02-28")));
}

TEST_CASE("list and workshop summary read the same from the store as from a database file; a lead records for their "
          "own teams only, a manager not at all",
          "[organisation][assessments]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("assessments"), {QStringLiteral("lead_ada"), QStringLiteral("mgr_bo")});
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_ada"),
                                   QStringLiteral("--team"), QStringLiteral("Front Desk")})
                .status == 0);
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_bo")}).status == 0);
    const QString local = laptop(dir, QStringLiteral("desk"), {QStringLiteral("Front Desk"), QStringLiteral("Atelier")}, 60);
    REQUIRE(runCli({QStringLiteral("--db"), local, QStringLiteral("delete"), QStringLiteral("2"), QStringLiteral("9"),
                    QStringLiteral("30")})
                .status == 0);
    REQUIRE(syncRun(local, store).status == 0);

    const auto cli = [](const QString &db, const QStringList &arguments, const QString &login = QString()) {
        QProcessEnvironment extra;
        if (!login.isEmpty())
            extra.insert(QStringLiteral("PGPASSWORD"), login);
        return runCli(QStringList{QStringLiteral("--db"), db} + arguments, extra);
    };
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
    for (const QStringList &more : {QStringList{}, QStringList{QStringLiteral("--team"), QStringLiteral("Atelier")},
                                    QStringList{QStringLiteral("--deleted")}}) {
        INFO(more.join(QLatin1Char(' ')).toStdString());
        const CliRun fromFile = cli(local, QStringList{QStringLiteral("list")} + json + more);
        const CliRun fromStore = cli(storeUrl(store), QStringList{QStringLiteral("list")} + json + more);
        INFO(fromStore.err.toStdString());
        REQUIRE(fromStore.status == 0);
        CHECK(QJsonDocument::fromJson(fromFile.rawOut).array().size() >= 3);
        CHECK(withoutIds(fromStore.rawOut) == withoutIds(fromFile.rawOut));
        CHECK(withoutIds(fromStore.rawOut) != fromStore.rawOut);
    }
    const CliRun text = cli(storeUrl(store), {QStringLiteral("list")});
    CHECK(text.out.trimmed().endsWith(QStringLiteral("Assessments: 57")));
    // Exports carry UUIDs, not ids: the same bytes from either.
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const QStringList exported{QStringLiteral("export"), QStringLiteral("--format"), format};
        const CliRun fromFile = cli(local, exported);
        const CliRun fromStore = cli(storeUrl(store), exported);
        INFO(fromStore.err.toStdString());
        REQUIRE(fromStore.status == 0);
        CHECK(fromStore.rawOut.size() > 1000);
        CHECK(fromStore.rawOut == fromFile.rawOut);
    }

    // The workshop all sixty were taken in, with the store's id for it.
    const QString storeWorkshop = superuser(store, QStringLiteral("SELECT id FROM rater.workshop"));
    for (const QStringList &format : {json, QStringList{}}) {
        const CliRun fromFile = cli(local, QStringList{QStringLiteral("workshop"), QStringLiteral("summary"),
                                                       QStringLiteral("--id"), QStringLiteral("1")} + format);
        const CliRun fromStore = cli(storeUrl(store), QStringList{QStringLiteral("workshop"), QStringLiteral("summary"),
                                                                  QStringLiteral("--id"), storeWorkshop} + format);
        INFO(fromStore.err.toStdString());
        REQUIRE(fromStore.status == 0);
        CHECK(fromFile.rawOut.contains("Spring day") == format.isEmpty());
        if (!format.isEmpty()) {
            const QJsonObject figures = QJsonDocument::fromJson(fromStore.rawOut).object();
            CHECK(figures.value(QStringLiteral("n")).toInt() == 9);
            CHECK(!figures.value(QStringLiteral("suppressed")).toBool());
        }
        CHECK(withoutIds(fromStore.rawOut) == withoutIds(fromFile.rawOut));
    }

    // A lead lists their own team's results, as the file lists that team's.
    const QString ada = storeUrl(store, QStringLiteral("lead_ada"));
    const CliRun leadList = cli(ada, QStringList{QStringLiteral("list")} + json, QStringLiteral("lead_ada"));
    REQUIRE(leadList.status == 0);
    CHECK(withoutIds(leadList.rawOut)
          == withoutIds(cli(local, QStringList{QStringLiteral("list"), QStringLiteral("--team"), QStringLiteral("Front Desk")}
                                       + json)
                            .rawOut));
    // …and records for it, but for no other team.
    const QStringList answers{QStringLiteral("5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,4")};
    const CliRun recorded = cli(ada, QStringList{QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                                 QStringLiteral("--respondent"), QStringLiteral("ada-1"),
                                                 QStringLiteral("--date"), QStringLiteral("2026-03-02")} + answers,
                                QStringLiteral("lead_ada"));
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.status == 0);
    CHECK(superuser(store, QStringLiteral("SELECT t.name || ' ' || a.respondent || ' ' || a.taken_on || ' ' || "
                                          "array_to_string(a.answers, ',') || ' ' || (o.uuid = s.uuid) "
                                          "FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
                                          "JOIN rater.installation o ON o.id = a.origin_id, rater.store_identity s "
                                          "WHERE a.id = %1")
                                   .arg(recorded.out.trimmed()))
          == QStringLiteral("Front Desk ada-1 2026-03-02 5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,4 true"));
    const CliRun elsewhere = cli(ada, QStringList{QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Atelier")}
                                          + answers,
                                 QStringLiteral("lead_ada"));
    CHECK(elsewhere.status == 2);
    CHECK(elsewhere.err.contains(QStringLiteral("you can record for Front Desk only, not for \"Atelier\"")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("61"));

    // A workshop of the lead's own, with one participant: too few to show.
    const CliRun created = cli(ada, {QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("--title"),
                                     QStringLiteral("Desk review"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                     QStringLiteral("--date"), QStringLiteral("2026-03-03")},
                               QStringLiteral("lead_ada"));
    INFO(created.err.toStdString());
    REQUIRE(created.status == 0);
    const QString workshop = created.out.trimmed();
    REQUIRE(cli(ada, QStringList{QStringLiteral("workshop"), QStringLiteral("add"), QStringLiteral("--id"), workshop} + answers,
                QStringLiteral("lead_ada"))
                .status == 0);
    const CliRun small = cli(ada, QStringList{QStringLiteral("workshop"), QStringLiteral("summary"), QStringLiteral("--id"),
                                              workshop} + json,
                             QStringLiteral("lead_ada"));
    INFO(small.err.toStdString());
    CHECK(QJsonDocument::fromJson(small.rawOut).object().value(QStringLiteral("n")).toInt() == 1);
    CHECK(QJsonDocument::fromJson(small.rawOut).object().value(QStringLiteral("suppressed")).toBool());
    // Participants from a file join it as they join a laptop's workshop: all
    // or none, a code the workshop holds already refused.
    QFile people(dir.filePath(QStringLiteral("people.csv")));
    REQUIRE(people.open(QIODevice::WriteOnly));
    people.write("team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n"
                 "Elsewhere,p1,,2026-03-03,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                 "Elsewhere,p2,,2026-03-03,en,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4\n");
    people.close();
    const QStringList importPeople{QStringLiteral("workshop"), QStringLiteral("import"), QStringLiteral("--id"),
                                   workshop, people.fileName()};
    const CliRun joined = cli(ada, importPeople, QStringLiteral("lead_ada"));
    INFO(joined.err.toStdString());
    CHECK(joined.status == 0);
    CHECK(joined.out.contains(QStringLiteral("Imported 2 participants into workshop %1, under the team \"Front Desk\"")
                                  .arg(workshop)));
    const CliRun joinedAgain = cli(ada, importPeople, QStringLiteral("lead_ada"));
    CHECK(joinedAgain.status == 2);
    CHECK(joinedAgain.err.contains(QStringLiteral("respondent \"p1\" appears twice (already in the workshop)")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) || ' ' || string_agg(DISTINCT t.name, ',') FROM "
                                          "rater.assessment a JOIN rater.team t ON t.id = a.team_id WHERE a.workshop_id = %1")
                               .arg(workshop))
          == QStringLiteral("3 Front Desk"));
    const CliRun otherTeams = cli(ada, {QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("--title"),
                                        QStringLiteral("Atelier day"), QStringLiteral("--date"), QStringLiteral("2026-03-03")},
                                  QStringLiteral("lead_ada"));
    CHECK(otherTeams.status == 2);
    CHECK(otherTeams.err.contains(QStringLiteral("you can record for Front Desk only, not for \"Atelier day\"")));

    // Corrections in the store itself, by the lead, within their own team.
    const QString first = QJsonDocument::fromJson(leadList.rawOut).array().at(0).toObject().value(QStringLiteral("id")).toVariant().toString();
    const auto storeRow = [&](const QString &columns) {
        return superuser(store, QStringLiteral("SELECT %1 FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
                                               "WHERE a.id = %2").arg(columns, first));
    };
    const QString versionBefore = storeRow(QStringLiteral("a.version"));
    const CliRun deleted = cli(ada, {QStringLiteral("delete"), first}, QStringLiteral("lead_ada"));
    INFO(deleted.err.toStdString());
    CHECK(deleted.out.trimmed() == QStringLiteral("Assessments moved to the store's bin: 1; rater-cli restore brings them back."));
    CHECK(storeRow(QStringLiteral("a.deleted_at IS NOT NULL AND a.changed_at IS NOT NULL")) == QStringLiteral("t"));
    CHECK(cli(ada, {QStringLiteral("delete"), first}, QStringLiteral("lead_ada")).err.contains(
        QStringLiteral("assessment %1 is in the bin; restore it first").arg(first)));
    CHECK(cli(ada, {QStringLiteral("restore"), first}, QStringLiteral("lead_ada")).out.trimmed()
          == QStringLiteral("Assessments restored from the store's bin: 1."));
    const CliRun edited = cli(ada, {QStringLiteral("edit"), first, QStringLiteral("--date"), QStringLiteral("2025-12-30"),
                                    QStringLiteral("--respondent"), QStringLiteral("fd-new")},
                              QStringLiteral("lead_ada"));
    INFO(edited.err.toStdString());
    CHECK(edited.status == 0);
    CHECK(storeRow(QStringLiteral("taken_on || ' ' || respondent || ' ' || t.name || ' ' || a.version"))
          == QStringLiteral("2025-12-30 fd-new Front Desk %1").arg(versionBefore.toInt() + 3));
    const CliRun moved = cli(ada, {QStringLiteral("edit"), first, QStringLiteral("--team"), QStringLiteral("Atelier")},
                             QStringLiteral("lead_ada"));
    CHECK(moved.status == 2);
    CHECK(moved.err.contains(QStringLiteral("you can record for Front Desk only, not for \"Atelier\"")));
    // Results of a team the lead does not lead are not there for them to change.
    const QString atelier = superuser(store, QStringLiteral("SELECT min(a.id) FROM rater.assessment a JOIN rater.team t "
                                                            "ON t.id = a.team_id WHERE t.name = 'Atelier' AND a.deleted_at IS NULL"));
    const CliRun notTheirs = cli(ada, {QStringLiteral("delete"), atelier}, QStringLiteral("lead_ada"));
    CHECK(notTheirs.status == 2);
    CHECK(notTheirs.err.contains(QStringLiteral("there is no assessment with id %1 that the login \"lead_ada\" may "
                                                "change").arg(atelier)));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment WHERE id = %1 AND deleted_at IS NULL")
                               .arg(atelier)) == QStringLiteral("1"));

    // A manager reads groups, never single results, and records nothing.
    const QString bo = storeUrl(store, QStringLiteral("mgr_bo"));
    const CliRun managerList = cli(bo, {QStringLiteral("list")}, QStringLiteral("mgr_bo"));
    CHECK(managerList.status == 1);
    CHECK(managerList.err.contains(QStringLiteral("the login \"mgr_bo\" reads the teams' figures by quarter (rater-cli "
                                                  "compare), not single assessments")));
    const CliRun managerRecord = cli(bo, QStringList{QStringLiteral("record"), QStringLiteral("--team"),
                                                     QStringLiteral("Front Desk")} + answers,
                                     QStringLiteral("mgr_bo"));
    CHECK(managerRecord.status == 2);
    CHECK(managerRecord.err.contains(QStringLiteral("the login \"mgr_bo\" does not record in the store")));
    const CliRun managerDelete = cli(bo, {QStringLiteral("delete"), first}, QStringLiteral("mgr_bo"));
    CHECK(managerDelete.status == 1);
    CHECK(managerDelete.err.contains(QStringLiteral("not single assessments")));

    // check reads what the login may: sound so far, for the owner and for a lead.
    const CliRun sound = cli(storeUrl(store), {QStringLiteral("check")});
    INFO(sound.err.toStdString());
    CHECK(sound.status == 0);
    CHECK(sound.out.contains(QStringLiteral(": sound; ")));
    CHECK(sound.out.contains(QStringLiteral("row-level security on")));
    const CliRun leadCheck = cli(ada, {QStringLiteral("check")}, QStringLiteral("lead_ada"));
    CHECK(leadCheck.status == 0);
    CHECK(leadCheck.out.contains(QStringLiteral("teams that the login \"lead_ada\" may read")));
    CHECK(cli(bo, {QStringLiteral("check")}, QStringLiteral("mgr_bo")).err.contains(QStringLiteral("not single assessments")));
    superuser(store, QStringLiteral("ALTER TABLE rater.draft DISABLE ROW LEVEL SECURITY"));
    const CliRun open = cli(storeUrl(store), {QStringLiteral("check")});
    CHECK(open.status == 1);
    CHECK(open.out.contains(QStringLiteral("row-level security is off on rater.draft")));
    superuser(store, QStringLiteral("ALTER TABLE rater.draft ENABLE ROW LEVEL SECURITY"));

    // Answers written past Rater, through psql, are named, not listed as if they were sound.
    const QString broken = superuser(store, QStringLiteral("INSERT INTO rater.assessment (uuid, team_id, taken_on, "
                                                           "questionnaire_id, questionnaire_version, lang, answers) "
                                                           "SELECT gen_random_uuid(), id, DATE '2026-01-05', 'rater', 1, "
                                                           "'en', '{9,9}' FROM rater.team WHERE name = 'Atelier' "
                                                           "RETURNING id"))
                               .section(QLatin1Char('\n'), 0, 0);
    const CliRun unreadable = cli(storeUrl(store), QStringList{QStringLiteral("list"), QStringLiteral("--team"),
                                                               QStringLiteral("Atelier")} + json);
    INFO(broken.toStdString() << " | " << unreadable.err.toStdString());
    CHECK(unreadable.status == 1);
    CHECK(unreadable.err.contains(QStringLiteral("assessment %1 cannot be scored").arg(broken)));
    const CliRun damaged = cli(storeUrl(store), {QStringLiteral("check")});
    CHECK(damaged.status == 1);
    CHECK(damaged.out.contains(QStringLiteral("assessment %1 cannot be scored").arg(broken)));
    CHECK_FALSE(damaged.out.contains(QStringLiteral("row-level security is off")));
}

TEST_CASE("A sync stopped between batches keeps what the store confirmed, and the next one sends the rest",
          "[organisation][sync]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("stopping"), {});
    const QString local = laptop(dir, QStringLiteral("stopper"), {QStringLiteral("Front Desk")}, 230);
    auto database = rater::Database::open(local);
    REQUIRE(database.hasValue());
    auto address = rater::organisation::parseStoreAddress(storeUrl(store));
    REQUIRE(address.hasValue());
    auto connected = rater::organisation::OrganisationStore::connect(*address);
    INFO(connected.error().toStdString());
    REQUIRE(connected.hasValue());

    std::vector<std::pair<qint64, qint64>> calls;
    const auto stopAfterTwo = [&calls](qint64 done, qint64 total) -> rater::Status {
        calls.emplace_back(done, total);
        if (calls.size() == 3)
            return rater::Status::failure(QStringLiteral("stopped by the person"));
        return rater::Done{};
    };
    const auto stopped = rater::organisation::sync(**database, **connected, 100, stopAfterTwo);
    REQUIRE_FALSE(stopped.hasValue());
    CHECK(stopped.error() == QStringLiteral("stopped by the person"));
    CHECK(calls == std::vector<std::pair<qint64, qint64>>{{0, 230}, {100, 230}, {200, 230}});
    // Both batches read before the stop are in the store and noted here.
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("200"));
    CHECK((*database)->publishing().countUnpublished(*(*connected)->identity()).value() == 30);

    calls.clear();
    const auto rest = rater::organisation::sync(**database, **connected, 100, [&calls](qint64 done, qint64 total) {
        calls.emplace_back(done, total);
        return rater::Status(rater::Done{});
    });
    REQUIRE(rest.hasValue());
    CHECK(rest->sent == 30);
    CHECK(calls == std::vector<std::pair<qint64, qint64>>{{0, 30}, {30, 30}});
    CHECK(storeRows(store) == laptopRows(local));
}

TEST_CASE("Demo data and a workshop's PDF report come from the store as from a database file", "[organisation][pdf]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("demo_store"), {});
    const QString local = dir.filePath(QStringLiteral("demo.sqlite"));
    for (const QString &db : {local, storeUrl(store)}) {
        const CliRun written = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        INFO(written.err.toStdString());
        REQUIRE(written.status == 0);
        CHECK(written.out.contains(QStringLiteral("demo assessments to ")));
        // Never mixed with results already there.
        const CliRun again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        CHECK(again.status == 2);
        CHECK(again.err.contains(QStringLiteral("already holds assessments")));
    }
    const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun fromFile = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--db"), local} + json);
    const CliRun fromStore = runCli(QStringList{QStringLiteral("list"), QStringLiteral("--db"), storeUrl(store)} + json);
    REQUIRE(fromStore.status == 0);
    CHECK(QJsonDocument::fromJson(fromStore.rawOut).array().size() == QJsonDocument::fromJson(fromFile.rawOut).array().size());

    const QString workshop = superuser(store, QStringLiteral("SELECT id FROM rater.workshop WHERE title = 'Service "
                                                             "recovery workshop'"));
    const QString pdf = dir.filePath(QStringLiteral("recovery.pdf"));
    const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("--db"), storeUrl(store),
                                  QStringLiteral("--workshop"), workshop, QStringLiteral("--out"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.status == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(extracted.contains(QStringLiteral("Service recovery workshop")));
    CHECK(extracted.contains(QStringLiteral("Reliability")));
}

TEST_CASE("Actions reach the store by sync, changes too; a lead lists their teams' actions there, a manager every "
          "team's, and PostgreSQL enforces it",
          "[organisation][sync][actions]")
{
    QTemporaryDir dir;
    const QString store = newStore(QStringLiteral("acting"), {QStringLiteral("lead_aya"), QStringLiteral("lead_bram"),
                                                              QStringLiteral("mgr_cyra")});
    for (const auto &[login, team] : {std::pair{QStringLiteral("lead_aya"), QStringLiteral("Front Desk")},
                                      std::pair{QStringLiteral("lead_bram"), QStringLiteral("Back Office")}})
        REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), login, QStringLiteral("--team"),
                                       team})
                    .status == 0);
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_cyra")})
                .status == 0);
    const QString local = laptop(dir, QStringLiteral("ada"), {QStringLiteral("Front Desk"), QStringLiteral("Back Office")}, 40);
    const auto onLaptop = [&local](QStringList arguments) {
        arguments << QStringLiteral("--db") << local;
        const CliRun run = runCli(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        return run.out.trimmed();
    };
    const QString listen = onLaptop({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--team"),
                                     QStringLiteral("Front Desk"), QStringLiteral("--dimension"), QStringLiteral("empathy"),
                                     QStringLiteral("--text"), QStringLiteral("Listen to the end"), QStringLiteral("--on"),
                                     QStringLiteral("2025-03-01")});
    onLaptop({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
              QStringLiteral("--dimension"), QStringLiteral("tangibles"), QStringLiteral("--text"),
              QStringLiteral("New signs"), QStringLiteral("--due"), QStringLiteral("2026-01-31")});
    onLaptop({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--team"), QStringLiteral("Back Office"),
              QStringLiteral("--dimension"), QStringLiteral("reliability"), QStringLiteral("--text"),
              QStringLiteral("Keep a promise log")});

    // Ada leads Front Desk: its two actions go, Back Office's stays here.
    const CliRun first = syncRun(local, store, QStringLiteral("lead_aya"));
    INFO(first.err.toStdString());
    REQUIRE(first.status == 0);
    CHECK(first.out.contains(QStringLiteral("Actions sent: 2; brought up to date: 0.")));
    CHECK(first.out.contains(QStringLiteral("Kept here, not sent: 1 actions of teams the login does not lead.")));
    const auto storeActions = [&store] {
        return superuser(store, QStringLiteral("SELECT a.text || '|' || t.name || '|' || a.state || '|' || "
                                               "coalesce(a.closed_on::text, '') || '|' || a.version FROM rater.action a "
                                               "JOIN rater.team t ON t.id = a.team_id ORDER BY a.text"));
    };
    CHECK(storeActions() == QStringLiteral("Listen to the end|Front Desk|open||1\nNew signs|Front Desk|open||1"));
    // Again: nothing new.
    CHECK(syncRun(local, store, QStringLiteral("lead_aya")).out.contains(QStringLiteral("Actions sent: 0")) == false);

    // Done and reworded here: the next sync brings the store's copy up to date.
    onLaptop({QStringLiteral("action"), QStringLiteral("done"), listen, QStringLiteral("--on"), QStringLiteral("2025-06-01")});
    onLaptop({QStringLiteral("action"), QStringLiteral("edit"), listen, QStringLiteral("--text"),
              QStringLiteral("Listen, then answer")});
    const CliRun second = syncRun(local, store, QStringLiteral("lead_aya"));
    CHECK(second.out.contains(QStringLiteral("Actions sent: 0; brought up to date: 1.")));
    CHECK(storeActions()
          == QStringLiteral("Listen, then answer|Front Desk|done|2025-06-01|3\nNew signs|Front Desk|open||1"));
    // The same UUIDs on both sides.
    const QJsonArray laptopList = QJsonDocument::fromJson(runCli({QStringLiteral("action"), QStringLiteral("list"),
                                                                  QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                                                  QStringLiteral("--format"), QStringLiteral("json"),
                                                                  QStringLiteral("--db"), local})
                                                              .rawOut)
                                      .array();
    QProcessEnvironment aya;
    aya.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("lead_aya"));
    const CliRun adaList = runCli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--db"), storeUrl(store, QStringLiteral("lead_aya"))},
                                  aya);
    INFO(adaList.err.toStdString());
    REQUIRE(adaList.status == 0);
    const QJsonArray storeList = QJsonDocument::fromJson(adaList.rawOut).array();
    REQUIRE(storeList.size() == 2);
    REQUIRE(laptopList.size() == 2);
    for (qsizetype i = 0; i < 2; ++i) {
        CHECK(storeList.at(i).toObject().value(QStringLiteral("uuid")) == laptopList.at(i).toObject().value(QStringLiteral("uuid")));
        CHECK(storeList.at(i).toObject().value(QStringLiteral("state")) == laptopList.at(i).toObject().value(QStringLiteral("state")));
    }

    // The owner sends Back Office's; Ben, its lead, sees that one only, even
    // through psql; the manager sees all three, and no answers.
    REQUIRE(syncRun(local, store).status == 0);
    QProcessEnvironment ben;
    ben.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("lead_bram"));
    const CliRun benList = runCli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--db"),
                                   storeUrl(store, QStringLiteral("lead_bram"))},
                                  ben);
    CHECK(benList.out.contains(QStringLiteral("Keep a promise log")));
    CHECK_FALSE(benList.out.contains(QStringLiteral("New signs")));
    CHECK(psql(store, QStringLiteral("SELECT count(*) FROM rater.action"), QStringLiteral("lead_bram")).out
          == QStringLiteral("1"));
    const PsqlRun sneak = psql(store,
                               QStringLiteral("UPDATE rater.action SET text = 'x' WHERE team_id = "
                                              "(SELECT id FROM rater.team WHERE name = 'Front Desk')"),
                               QStringLiteral("lead_bram"));
    CHECK(sneak.out == QStringLiteral("UPDATE 0")); // rows of teams not led are not there for him
    QProcessEnvironment cy;
    cy.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("mgr_cyra"));
    const CliRun cyList = runCli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--db"),
                                  storeUrl(store, QStringLiteral("mgr_cyra"))},
                                 cy);
    INFO(cyList.err.toStdString());
    CHECK(cyList.status == 0);
    CHECK(cyList.out.contains(QStringLiteral("Actions: 3")));
    CHECK(psql(store, QStringLiteral("UPDATE rater.action SET text = 'x'"), QStringLiteral("mgr_cyra")).status != 0);
    CHECK(psql(store, QStringLiteral("SELECT count(*) FROM rater.assessment"), QStringLiteral("mgr_cyra")).status != 0);

    // A later change in the store itself is kept over an older laptop copy.
    superuser(store, QStringLiteral("UPDATE rater.action SET text = 'Signs at the door', version = 7 "
                                    "WHERE text = 'New signs'"));
    const CliRun third = syncRun(local, store);
    CHECK_FALSE(third.out.contains(QStringLiteral("brought up to date: 1")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.action WHERE text = 'Signs at the door'"))
          == QStringLiteral("1"));

    // A file of results and actions imports straight into the store too.
    const QString exported = dir.filePath(QStringLiteral("all.json"));
    onLaptop({QStringLiteral("export"), QStringLiteral("--out"), exported});
    const QString other = newStore(QStringLiteral("acting_import"), {});
    const CliRun imported = runCli({QStringLiteral("import"), exported, QStringLiteral("--db"), storeUrl(other)});
    INFO(imported.err.toStdString());
    CHECK(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("Actions imported: 3; already stored, and not stored again: 0.")));
    CHECK(superuser(other, QStringLiteral("SELECT count(*) FROM rater.action WHERE state = 'done'")) == QStringLiteral("1"));
}

TEST_CASE("A store set up before actions were kept gains them with org init, and says how when it lacks them",
          "[organisation][actions]")
{
    const QString store = newStore(QStringLiteral("older"), {});
    // As schema 1 left it.
    superuser(store, QStringLiteral("DROP TABLE rater.action; UPDATE rater.schema_version SET version = 1"));
    const CliRun listed = runCli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--db"), storeUrl(store)});
    CHECK(listed.status != 0);
    INFO(listed.err.toStdString());
    CHECK(listed.err.contains(QStringLiteral("brings it up to date with rater-cli org init")));
    const CliRun upgraded = org(store, QString(), {QStringLiteral("init")});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.status == 0);
    CHECK(superuser(store, QStringLiteral("SELECT version FROM rater.schema_version")) == QStringLiteral("2"));
    CHECK(superuser(store, QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = 'rater.action'::regclass"))
          == QStringLiteral("t"));
    CHECK(runCli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--db"), storeUrl(store)}).status == 0);
    // Once is enough.
    CHECK(org(store, QString(), {QStringLiteral("init")}).err.contains(QStringLiteral("is set up already")));
}
