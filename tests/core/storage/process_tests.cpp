#include "printing.h"
#include "storage/storage_support.h"

#include "exchange/assessmentfile.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <random>

using namespace rater;
using namespace support;

namespace {

const QString worker = QStringLiteral(RATER_STORAGE_WORKER);

// A CSV of `rows` assessments spread evenly over four teams.
QByteArray importFile(int rows)
{
    QByteArray csv = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n";
    for (int r = 0; r < rows; ++r) {
        csv += "Team " + QByteArray::number(r % 4) + ",,," + QDate(2026, 1, 1).addDays(r).toString(Qt::ISODate).toUtf8()
               + ",en";
        for (int s = 0; s < 17; ++s)
            csv += ',' + QByteArray::number(1 + (r + s) % 5);
        csv += '\n';
    }
    return csv;
}

// Starts the worker with `arguments` `rounds` times, and each time, once it
// has said `started` (a first whole write), kills it (SIGKILL) a random while
// later, up to `maxDelayMs`: in the middle of a write, or between two.
void killAtRandom(const QStringList &arguments, const QByteArray &started, int rounds, int maxDelayMs, unsigned seed)
{
    std::mt19937 random(seed);
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.start(worker, arguments);
        REQUIRE(child.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (!child.readAllStandardOutput().contains(started) && waited.elapsed() < 30000
               && child.state() == QProcess::Running)
            child.waitForReadyRead(50);
        INFO("round " << round << ": " << child.readAllStandardError().toStdString());
        REQUIRE(child.state() == QProcess::Running);
        QThread::msleep(std::uniform_int_distribution<int>(0, maxDelayMs)(random));
        child.kill(); // SIGKILL
        REQUIRE(child.waitForFinished(30000));
        CHECK(child.exitStatus() == QProcess::CrashExit);
    }
}

} // namespace

TEST_CASE("Imports killed at random moments leave only whole imports and a sound database", "[storage][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("killed.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("batch.csv"));
    constexpr int rowsPerImport = 200;
    writeFile(csv, importFile(rowsPerImport));
    openDatabase(db); // create it before the children race for it

    killAtRandom({QStringLiteral("import-loop"), db, csv}, "imported", 50, 120, 50);

    auto database = openDatabase(db);
    const IntegrityReport report = database->maintenance().check();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.sound);
    const qint64 stored = count(*database, QStringLiteral("assessment"));
    CHECK(stored >= 50 * rowsPerImport);
    CHECK(stored % rowsPerImport == 0);
    // Each import holds 50 rows per team, so whole imports keep the teams level.
    QSqlQuery perTeam(QStringLiteral("SELECT count(*) FROM assessment GROUP BY team_id"), database->connection());
    int teams = 0;
    while (perTeam.next()) {
        ++teams;
        CHECK(perTeam.value(0).toLongLong() == stored / 4);
    }
    CHECK(teams == 4);
}

TEST_CASE("Action writes and imports killed at random moments leave whole changes only", "[storage][process][actions]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("killed-actions.sqlite"));
    // Twenty results and five actions of a team, with no identities: each
    // import stores them all anew, or nothing.
    QByteArray json = "[\n";
    for (int i = 0; i < 20; ++i) {
        json += "  {\"team\": \"Imported\", \"respondent\": null, \"workshop\": null, \"date\": \"2026-01-"
                + QByteArray::number(10 + i) + "\", \"lang\": \"en\"";
        for (int s = 1; s <= 17; ++s)
            json += ", \"q" + QByteArray::number(s) + "\": " + QByteArray::number(1 + (i + s) % 5);
        json += "},\n";
    }
    for (int i = 0; i < 5; ++i)
        json += "  {\"kind\": \"action\", \"team\": \"Imported\", \"dimension\": \"assurance\", \"text\": \"Imported "
                + QByteArray::number(i) + "\", \"created\": \"2026-02-01\", \"state\": \"dropped\", "
                "\"closed\": \"2026-02-02\"}" + (i < 4 ? ",\n" : "\n]\n");
    const QString file = dir.filePath(QStringLiteral("with-actions.json"));
    writeFile(file, json);
    {
        auto database = openDatabase(db);
        REQUIRE(database->assessments().record(assessment(QStringLiteral("Planned"), QDate(2026, 1, 1))).hasValue());
    }

    killAtRandom({QStringLiteral("actions-loop"), db, file}, "round", 30, 60, 15);

    auto database = openDatabase(db);
    const IntegrityReport report = database->maintenance().check();
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.sound);
    const auto single = [&database](const QString &sql) {
        QSqlQuery query(sql, database->connection());
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    };
    // Planned ten at a time: whole batches only.
    const qint64 planned = single(QStringLiteral("SELECT count(*) FROM action a JOIN team t ON t.id = a.team_id "
                                                 "WHERE t.name = 'Planned'"));
    CHECK(planned >= 30 * 10);
    CHECK(planned % 10 == 0);
    // Each import: its twenty results with its five actions, or neither.
    const qint64 importedResults = single(QStringLiteral("SELECT count(*) FROM assessment a JOIN team t "
                                                         "ON t.id = a.team_id WHERE t.name = 'Imported'"));
    const qint64 importedActions = single(QStringLiteral("SELECT count(*) FROM action a JOIN team t "
                                                         "ON t.id = a.team_id WHERE t.name = 'Imported'"));
    CHECK(importedResults % 20 == 0);
    CHECK(importedActions * 4 == importedResults);
    CHECK(importedResults >= 30 * 20);
    // A closed action always has the day it was closed on.
    CHECK(single(QStringLiteral("SELECT count(*) FROM action WHERE (state = 'open') <> (closed_on IS NULL)")) == 0);
}

TEST_CASE("Two processes recording at once store all 1000 records", "[storage][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.sqlite"));
    openDatabase(db);
    QProcess first;
    QProcess second;
    first.start(worker, {QStringLiteral("record"), db, QStringLiteral("500"), QStringLiteral("North")});
    second.start(worker, {QStringLiteral("record"), db, QStringLiteral("500"), QStringLiteral("South")});
    REQUIRE(first.waitForFinished(300000));
    REQUIRE(second.waitForFinished(300000));
    const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
    INFO(errors.toStdString());
    CHECK_FALSE(errors.contains(QStringLiteral("locked")));
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    auto database = openDatabase(db);
    CHECK(count(*database, QStringLiteral("assessment")) == 1000);
    CHECK(database->assessments().list(QStringLiteral("North"))->size() == 500);
    CHECK(database->assessments().list(QStringLiteral("South"))->size() == 500);
    CHECK(database->maintenance().check().sound);
}

TEST_CASE("Processes that create the same new database at once all use the one database", "[storage][process]")
{
    QTemporaryDir dir;
    constexpr int rounds = 8;
    constexpr int writers = 4;
    for (int round = 0; round < rounds; ++round) {
        const QString db = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int w = 0; w < writers; ++w) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->start(worker, {QStringLiteral("record"), db, QStringLiteral("1"),
                                             QStringLiteral("Team %1").arg(w)});
        }
        QString errors;
        int failed = 0;
        for (auto &process : processes) {
            REQUIRE(process->waitForFinished(60000));
            errors += QString::fromUtf8(process->readAllStandardError());
            failed += process->exitCode() != 0 ? 1 : 0;
        }
        INFO("round " << round << ": " << errors.toStdString());
        CHECK(failed == 0);
        auto database = openDatabase(db);
        CHECK(count(*database, QStringLiteral("assessment")) == writers);
        CHECK(database->maintenance().check().sound);
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*.new-*")}, QDir::Files).isEmpty());
    }
}
