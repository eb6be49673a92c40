#include "cli/cli_runner.h"
#include "printing.h"
#include "storage/storage_support.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <random>

namespace {

CliRun ok(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    INFO(arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.err.isEmpty());
    return run;
}

// Refused with exit 2 and `message`, and the database file exactly as before.
void refused(const QString &db, const QStringList &arguments, const QString &message)
{
    const QByteArray before = support::sha256(db);
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + arguments);
    INFO(arguments.join(u' ').toStdString());
    CHECK(run.status == 2);
    CHECK(run.err == QStringLiteral("rater-cli: ") + message + u'\n');
    CHECK(run.out.isEmpty());
    CHECK(support::sha256(db) == before);
}

QString record(const QString &db, const QString &team, const QString &date, const QString &answers)
{
    return ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), team,
               QStringLiteral("--date"), date, answers})
        .out.trimmed();
}

QJsonArray listed(const QString &db, const QStringList &extra = {})
{
    const CliRun run =
        ok(QStringList{QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}
           + extra);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.rawOut, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

QStringList idsOf(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &row : rows)
        ids << QString::number(row.toObject().value(QStringLiteral("id")).toInt());
    return ids;
}

const QString low = QStringLiteral("1,2,1,2,1,2,1,2,1,2,1,2,1,2,1,2,1");
const QString high = QStringLiteral("5,4,5,4,5,4,5,4,5,4,5,4,5,4,5,4,5");

} // namespace

TEST_CASE("delete, list --deleted, restore and bin empty", "[cli][corrections]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bin.sqlite"));
    for (int i = 0; i < 4; ++i)
        record(db, QStringLiteral("Front Desk"), QStringLiteral("2026-0%1-10").arg(i + 1), i % 2 ? high : low);

    const CliRun removed = ok({QStringLiteral("--db"), db, QStringLiteral("delete"), QStringLiteral("2"), QStringLiteral("4")});
    CHECK(removed.out == QStringLiteral("Assessments moved to the bin: 2 (change 1); rater-cli restore brings them back.\n"));
    CHECK(idsOf(listed(db)) == QStringList{QStringLiteral("1"), QStringLiteral("3")});
    const QJsonArray bin = listed(db, {QStringLiteral("--deleted")});
    CHECK(idsOf(bin).size() == 2);
    CHECK(QDateTime::fromString(bin.at(0).toObject().value(QStringLiteral("deleted_at")).toString(), Qt::ISODate).isValid());
    const CliRun binText = ok({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--deleted")});
    CHECK(binText.out.section(u'\n', 0, 0).endsWith(QStringLiteral("Deleted")));
    CHECK(binText.out.contains(QStringLiteral("Assessments: 2\n")));
    // History and comparison leave out what is in the bin: they read as on a
    // database that never held it.
    const QString direct = dir.filePath(QStringLiteral("direct.sqlite"));
    record(direct, QStringLiteral("Front Desk"), QStringLiteral("2026-01-10"), low);
    record(direct, QStringLiteral("Front Desk"), QStringLiteral("2026-03-10"), low);
    for (const QStringList &command : {QStringList{QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Front Desk")},
                                       QStringList{QStringLiteral("compare"), QStringLiteral("--period"), QStringLiteral("Q1 2026")}}) {
        const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
        CHECK(ok(QStringList{QStringLiteral("--db"), db} + command + json).out
              == ok(QStringList{QStringLiteral("--db"), direct} + command + json).out);
    }

    refused(db, {QStringLiteral("delete"), QStringLiteral("3"), QStringLiteral("77")}, QStringLiteral("there is no assessment with id 77"));
    refused(db, {QStringLiteral("delete"), QStringLiteral("2")}, QStringLiteral("assessment 2 is in the bin; restore it first"));
    refused(db, {QStringLiteral("restore"), QStringLiteral("1")}, QStringLiteral("assessment 1 is not in the bin"));
    refused(db, {QStringLiteral("delete"), QStringLiteral("x")},
            QStringLiteral("\"x\" is not an assessment id; ids are whole numbers from 1, as rater-cli list shows them"));

    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("restore"), QStringLiteral("4")}).out
          == QStringLiteral("Assessments restored from the bin: 1 (change 2).\n"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("bin"), QStringLiteral("empty"), QStringLiteral("--older-than"),
              QStringLiteral("7")})
              .out
          == QStringLiteral("Assessments deleted from the bin for good: 0 (change 3).\n"));
    CHECK(idsOf(listed(db, {QStringLiteral("--deleted")})) == QStringList{QStringLiteral("2")});
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("bin"), QStringLiteral("empty")}).out
          == QStringLiteral("Assessments deleted from the bin for good: 1 (change 4).\n"));
    CHECK(listed(db, {QStringLiteral("--deleted")}).isEmpty());
    CHECK(idsOf(listed(db)) == QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")});
    refused(db, {QStringLiteral("restore"), QStringLiteral("2")}, QStringLiteral("there is no assessment with id 2"));
}

TEST_CASE("edit corrects one assessment's team, date and code, and refuses what is wrong", "[cli][corrections]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("edit.sqlite"));
    record(db, QStringLiteral("Front Desk"), QStringLiteral("2026-01-10"), low);
    record(db, QStringLiteral("Front Desk"), QStringLiteral("2026-02-10"), high);
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("2"), QStringLiteral("--team"),
              QStringLiteral("Field Service"), QStringLiteral("--date"), QStringLiteral("2026-03-01"),
              QStringLiteral("--respondent"), QStringLiteral("FS-9")})
              .out
          == QStringLiteral("Corrected assessment 2 (change 1).\n"));
    const QJsonObject second = listed(db).at(1).toObject();
    CHECK(second.value(QStringLiteral("team")).toString() == QStringLiteral("Field Service"));
    CHECK(second.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-01"));
    CHECK(second.value(QStringLiteral("respondent")).toString() == QStringLiteral("FS-9"));
    ok({QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("2"), QStringLiteral("--respondent"), QString()});
    CHECK(listed(db).at(1).toObject().value(QStringLiteral("respondent")).isNull());

    refused(db, {QStringLiteral("edit"), QStringLiteral("9"), QStringLiteral("--team"), QStringLiteral("X")},
            QStringLiteral("there is no assessment with id 9"));
    refused(db, {QStringLiteral("edit"), QStringLiteral("1")}, QStringLiteral("nothing to change: give --team, --date or --respondent"));
    refused(db, {QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--date"), QStringLiteral("2026-02-30")},
            QStringLiteral("--date: \"2026-02-30\" is not a date; write it as YYYY-MM-DD, for example 2026-03-21"));
    refused(db, {QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--team"), QStringLiteral("Front Desk")},
            QStringLiteral("nothing to change: assessment 1 already has these values"));
    refused(db, {QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("--team"), QStringLiteral("X")},
            QStringLiteral("ID must be one argument; got 2. Put it in quotes, or leave out the spaces"));
}

TEST_CASE("team rename and team merge, with their refusals", "[cli][corrections]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("teams.sqlite"));
    record(db, QStringLiteral("Field service"), QStringLiteral("2026-01-10"), low);
    record(db, QStringLiteral("Field  service"), QStringLiteral("2026-02-10"), high);
    record(db, QStringLiteral("Front Desk"), QStringLiteral("2026-02-11"), high);

    refused(db, {QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Field  service"), QStringLiteral("Field service")},
            QStringLiteral("there is already a team \"Field service\"; to put the results of \"Field  service\" "
                           "together with it, merge \"Field  service\" into \"Field service\" instead"));
    refused(db, {QStringLiteral("team"), QStringLiteral("merge"), QStringLiteral("Front Desk"), QStringLiteral("Front Desk")},
            QStringLiteral("a team cannot be merged into itself (\"Front Desk\")"));
    refused(db, {QStringLiteral("team"), QStringLiteral("merge"), QStringLiteral("Nobody"), QStringLiteral("Front Desk")},
            QStringLiteral("there is no team \"Nobody\""));
    refused(db, {QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Front Desk")},
            QStringLiteral("OLD NEW is missing: the team's name, and its new name; run \"rater-cli team rename --help\" for more"));

    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("merge"), QStringLiteral("Field  service"),
              QStringLiteral("Field service")})
              .out
          == QStringLiteral("Merged team \"Field  service\" into \"Field service\"; assessments moved: 1 (change 1).\n"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Field service"),
              QStringLiteral("Field Service")})
              .out
          == QStringLiteral("Renamed team \"Field service\" to \"Field Service\" (change 2).\n"));
    const CliRun compared = ok({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"),
                                QStringLiteral("Q1 2026"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(compared.out.contains(QStringLiteral("\"Field Service\"")));
    CHECK_FALSE(compared.out.contains(QStringLiteral("service\"")));
    const QJsonArray rows = listed(db);
    CHECK(rows.at(0).toObject().value(QStringLiteral("team")).toString() == QStringLiteral("Field Service"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("team")).toString() == QStringLiteral("Field Service"));
}

TEST_CASE("log lists every correction, as text and as JSON", "[cli][corrections]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("log.sqlite"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("log")}).out == QStringLiteral("No corrections have been made.\n"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("--format"), QStringLiteral("json")}).out
          == QStringLiteral("[]\n"));
    record(db, QStringLiteral("Front desk"), QStringLiteral("2026-01-10"), low);
    record(db, QStringLiteral("Front desk"), QStringLiteral("2026-01-11"), low);
    ok({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("rename"), QStringLiteral("Front desk"),
        QStringLiteral("Front Desk")});
    ok({QStringLiteral("--db"), db, QStringLiteral("delete"), QStringLiteral("1")});
    ok({QStringLiteral("--db"), db, QStringLiteral("edit"), QStringLiteral("2"), QStringLiteral("--date"), QStringLiteral("2026-02-01")});

    const CliRun text = ok({QStringLiteral("--db"), db, QStringLiteral("log")});
    const QStringList lines = text.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("1  20")));
    CHECK(lines.at(0).endsWith(QStringLiteral("Renamed team “Front desk” to “Front Desk”")));
    CHECK(lines.at(1).endsWith(QStringLiteral("Moved assessments 1 to the bin")));
    CHECK(lines.at(2).endsWith(QStringLiteral("Corrected assessment 2: date 11 Jan 2026 → 1 Feb 2026")));
    const CliRun persian = ok({QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("--db"), db, QStringLiteral("log")});
    CHECK(persian.out.startsWith(QStringLiteral("۱  ۲۰")));

    const QJsonArray log =
        QJsonDocument::fromJson(ok({QStringLiteral("--db"), db, QStringLiteral("log"), QStringLiteral("--format"),
                                    QStringLiteral("json")})
                                    .rawOut)
            .array();
    REQUIRE(log.size() == 3);
    const QJsonObject rename = log.at(0).toObject();
    CHECK(rename.value(QStringLiteral("kind")).toString() == QStringLiteral("rename"));
    CHECK(rename.value(QStringLiteral("detail")).toObject().value(QStringLiteral("team")).toObject()
          == QJsonObject{{QStringLiteral("from"), QStringLiteral("Front desk")}, {QStringLiteral("to"), QStringLiteral("Front Desk")}});
    CHECK(log.at(1).toObject().value(QStringLiteral("count")).toInt() == 1);
    CHECK(log.at(2).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("edit"));
    CHECK(log.at(2).toObject().value(QStringLiteral("of")).isNull());
}

TEST_CASE("A merge killed at any moment leaves the database whole, merged or not", "[cli][corrections][slow]")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    constexpr int rows = 20000;
    {
        auto database = support::openDatabase(pristine);
        std::vector<rater::NewAssessment> batch;
        for (int i = 0; i < rows; ++i)
            batch.push_back(support::assessment(i % 2 ? QStringLiteral("Field service") : QStringLiteral("Field Service"),
                                                QDate(2024, 1, 1).addDays(i % 900), 1 + i % 5));
        REQUIRE(database->assessments().recordAll(batch).hasValue());
        QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), database->connection());
    }
    const auto countWhere = [](const QString &db, const QString &sql) {
        qint64 value = -1;
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            reader.setDatabaseName(db);
            REQUIRE(reader.open());
            QSqlQuery query(sql, reader);
            REQUIRE(query.next());
            value = query.value(0).toLongLong();
            query.finish();
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return value;
    };

    // How long a whole merge takes in this build on this machine: the kills
    // fall anywhere from its start to a little after its end.
    const auto startMerge = [](QProcess &merge, const QString &db) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        merge.setProcessEnvironment(env);
        merge.start(QStringLiteral(RATER_CLI_PATH), {QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("merge"),
                                                     QStringLiteral("Field service"), QStringLiteral("Field Service")});
        REQUIRE(merge.waitForStarted());
    };
    QElapsedTimer timer;
    {
        const QString db = dir.filePath(QStringLiteral("timed.sqlite"));
        REQUIRE(QFile::copy(pristine, db));
        QProcess merge;
        timer.start();
        startMerge(merge, db);
        REQUIRE(merge.waitForFinished(120000));
        REQUIRE(merge.exitCode() == 0);
    }
    const int wholeMerge = int(timer.elapsed());
    std::mt19937 random(13);
    int killedMidway = 0;
    int merged = 0;
    for (int round = 0; round < 20; ++round) {
        INFO("round " << round);
        const QString db = dir.filePath(QStringLiteral("round%1.sqlite").arg(round));
        REQUIRE(QFile::copy(pristine, db));
        QProcess merge;
        startMerge(merge, db);
        QThread::msleep(std::uniform_int_distribution<int>(0, wholeMerge * 6 / 5)(random));
        merge.kill(); // SIGKILL, wherever it is
        REQUIRE(merge.waitForFinished(60000));
        const bool finished = merge.exitStatus() == QProcess::NormalExit;
        CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}).status == 0);
        CHECK(countWhere(db, QStringLiteral("SELECT count(*) FROM assessment")) == rows);
        const qint64 lower = countWhere(db, QStringLiteral("SELECT count(*) FROM assessment a JOIN team t ON t.id = a.team_id "
                                                           "WHERE t.name = 'Field service'"));
        const qint64 teams = countWhere(db, QStringLiteral("SELECT count(*) FROM team"));
        const qint64 logged = countWhere(db, QStringLiteral("SELECT count(*) FROM correction"));
        const qint64 kept = countWhere(db, QStringLiteral("SELECT count(*) FROM correction_row"));
        if (lower == 0) {
            ++merged;
            CHECK(teams == 1);
            CHECK(logged == 1);
            CHECK(kept == rows / 2 + 1); // every moved assessment, and the team that went
        } else {
            CHECK(lower == rows / 2);
            CHECK(teams == 2);
            CHECK(logged == 0);
            CHECK(kept == 0);
            CHECK_FALSE(finished);
            ++killedMidway;
        }
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
    }
    CHECK(killedMidway > 0);
    CHECK(merged > 0);
}
