// rater-cli org against a real PostgreSQL server, and what each role can do
// in the store through psql. Run inside pg_virtualenv, which starts a
// throw-away cluster and says where it is in PGHOST, PGPORT, PGUSER and
// PGPASSWORD (a superuser).

#include "cli_runner.h"
#include "printing.h"

#include <QProcessEnvironment>

namespace {

QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

// The store's URL for `login` (the superuser when empty) in `database`.
QString storeUrl(const QString &database, const QString &login = QString())
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login.isEmpty() ? env("PGUSER") : login, env("PGHOST"), env("PGPORT"), database);
}

struct PsqlRun
{
    int status = -1;
    QString out;
    QString err;
};

// psql as `login` (password: the login's name), or as the superuser.
PsqlRun psql(const QString &database, const QString &sql, const QString &login = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!login.isEmpty()) {
        environment.insert(QStringLiteral("PGUSER"), login);
        environment.insert(QStringLiteral("PGPASSWORD"), login);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database,
                                           QStringLiteral("-c"), sql});
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

// Runs `sql` as the superuser and requires it to succeed.
QString superuser(const QString &database, const QString &sql)
{
    const PsqlRun run = psql(database, sql);
    INFO(sql.toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.status == 0);
    return run.out;
}

// A store of its own for one test: a new database, set up by rater-cli, and
// logins (password: their names) made for it. Roles are the server's, so
// each test names its logins apart.
QString newStore(const QString &name, const QStringList &logins, int threshold = 3)
{
    superuser(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    for (const QString &login : logins)
        superuser(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%1'").arg(login));
    const CliRun init = runCli({QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--db"), storeUrl(name),
                                QStringLiteral("--threshold"), QString::number(threshold)});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    return name;
}

CliRun org(const QString &database, const QString &login, QStringList arguments)
{
    const QString command = arguments.takeFirst();
    QProcessEnvironment extra;
    if (!login.isEmpty())
        extra.insert(QStringLiteral("PGPASSWORD"), login);
    return runCli(QStringList{QStringLiteral("org"), command, QStringLiteral("--db"), storeUrl(database, login)}
                      + arguments,
                  extra);
}

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

} // namespace

TEST_CASE("org init sets up the schema and the three roles once", "[organisation]")
{
    const QString db = newStore(QStringLiteral("init_once"), {});
    CHECK(superuser(db, QStringLiteral("SELECT version FROM rater.schema_version")) == QStringLiteral("1"));
    CHECK(superuser(db, QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                                       "WHERE rolname LIKE 'rater\\_%'"))
          == QStringLiteral("rater_admin,rater_lead,rater_manager"));
    CHECK(superuser(db, QStringLiteral("SELECT value FROM rater.setting")) == QStringLiteral("3"));
    // Every table a member reaches has row-level security.
    CHECK(superuser(db, QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                                       "WHERE relnamespace = 'rater'::regnamespace AND relrowsecurity"))
          == QStringLiteral("assessment,draft,team,team_lead,workshop"));

    const CliRun again = org(db, QString(), {QStringLiteral("init")});
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("is set up already (Rater schema 1); nothing was changed")));

    const CliRun unreachable = runCli({QStringLiteral("org"), QStringLiteral("members"), QStringLiteral("--db"),
                                       QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
    CHECK(unreachable.status == 1);
    CHECK(unreachable.err.contains(QStringLiteral("cannot reach the organisation store postgresql://nobody@127.0.0.1:1/none")));
    const CliRun notInit = org(QStringLiteral("postgres"), QString(), {QStringLiteral("members")});
    CHECK(notInit.status == 1);
    CHECK(notInit.err.contains(QStringLiteral("the store has no Rater schema; its owner sets it up with rater-cli org init")));
    // The stores of files are not stores of the organisation, and the other way round.
    const CliRun fileCommand = runCli({QStringLiteral("list"), QStringLiteral("--db"), storeUrl(db)});
    CHECK(fileCommand.status == 2);
    CHECK(fileCommand.err.contains(QStringLiteral("works on a Rater database file")));
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
