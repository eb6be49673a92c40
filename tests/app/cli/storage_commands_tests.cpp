#include "cli/cli_runner.h"
#include "printing.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <random>

namespace {

const QString all3 = QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3");
const QString mixed = QStringLiteral("2,4,4,5,1,3,2,1,4,2,5,1,4,5,3,2,5");
const QByteArray header = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17";

QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

CliRun ok(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.status == 0);
    return run;
}

void refused(const QStringList &arguments, const QString &part)
{
    const CliRun run = runCli(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK(run.status == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(part));
}

} // namespace

TEST_CASE("record stores an assessment and prints its id; list shows it with its scores", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Support"),
              QStringLiteral("--date"), QStringLiteral("2026-03-21"), mixed}).out == QStringLiteral("1\n"));
    CHECK(ok({QStringLiteral("record"), QStringLiteral("--db"), db, QStringLiteral("--team"), QStringLiteral("Sales"),
              QStringLiteral("--respondent"), QStringLiteral("p-1"), QStringLiteral("--lang"), QStringLiteral("fa"),
              all3}).out == QStringLiteral("2\n"));

    const CliRun json = ok({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray list = QJsonDocument::fromJson(json.rawOut).array();
    REQUIRE(list.size() == 2);
    const QJsonObject first = list.at(0).toObject();
    CHECK(first.value(QStringLiteral("team")).toString() == QStringLiteral("Support"));
    CHECK(first.value(QStringLiteral("date")).toString() == QStringLiteral("2026-03-21"));
    CHECK(first.value(QStringLiteral("total")).toInt() == 73);
    CHECK(first.value(QStringLiteral("band")).toString() == QStringLiteral("high"));
    CHECK(first.value(QStringLiteral("dimensions")).toObject().value(QStringLiteral("reliability")).toObject()
              .value(QStringLiteral("mean")).toDouble() == Approx(4.2));
    const QJsonObject second = list.at(1).toObject();
    CHECK(second.value(QStringLiteral("respondent")).toString() == QStringLiteral("p-1"));
    CHECK(second.value(QStringLiteral("lang")).toString() == QStringLiteral("fa"));
    CHECK(second.value(QStringLiteral("date")).toString() == QDate::currentDate().toString(Qt::ISODate));

    const CliRun text = ok({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--team"), QStringLiteral("Support")});
    CHECK(text.out.contains(QStringLiteral("Support")));
    CHECK(text.out.contains(QStringLiteral("73")));
    CHECK_FALSE(text.out.contains(QStringLiteral("Sales")));
    const CliRun persian = ok({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("list")});
    CHECK(persian.out.contains(QStringLiteral("۷۳")));
    CHECK(persian.out.contains(QStringLiteral("خدمات عالی")));
}

TEST_CASE("record refuses bad input with status 2 and stores nothing", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const QString record = QStringLiteral("record");
    refused({QStringLiteral("--db"), db, record, all3}, QStringLiteral("--team is missing; give it with --team NAME"));
    refused({QStringLiteral("--db"), db, record, QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--date"),
             QStringLiteral("21/03/2026"), all3}, QStringLiteral("\"21/03/2026\" is not a date"));
    refused({QStringLiteral("--db"), db, record, QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--workshop"),
             QStringLiteral("x"), all3}, QStringLiteral("--workshop takes a whole number of 1 or more; got \"x\""));
    refused({QStringLiteral("--db"), db, record, QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--workshop"),
             QStringLiteral("4"), all3}, QStringLiteral("there is no workshop with id 4"));
    refused({QStringLiteral("--db"), db, record, QStringLiteral("--team"), QStringLiteral("A"),
             QStringLiteral("3,3,3,3,3,3,3,3,7,3,3,3,3,3,3,3,3")}, QStringLiteral("answer 9 of 17 is 7"));
    const CliRun list = ok({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(list.rawOut).array().isEmpty());
}

TEST_CASE("import is all or nothing: an invalid row in the middle leaves the database unchanged", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Before"), all3});
    const QByteArray before = sha256(db);

    QByteArray file = header + "\r\n";
    for (int r = 0; r < 40; ++r) {
        const bool broken = r == 20;
        file += "Team,,," + QByteArray(broken ? "2026-13-40" : "2026-03-21") + ",en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,"
                + QByteArray(broken ? "9" : "4") + "\r\n";
    }
    const QString csv = dir.filePath(QStringLiteral("batch.csv"));
    write(csv, file);
    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), csv});
    CHECK(run.status == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(csv + QStringLiteral(": line 22, column date: \"2026-13-40\" is not a date")));
    CHECK(run.err.contains(csv + QStringLiteral(": line 22, column q17: \"9\" is not an answer")));
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));
    CHECK(sha256(db) == before);

    file.replace("2026-13-40", "2026-03-21").replace(",9\r\n", ",4\r\n");
    write(csv, file);
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("import"), csv}).out.startsWith(QStringLiteral("Imported 40 assessments")));
    const CliRun list = ok({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(list.rawOut).array().size() == 41);
}

TEST_CASE("An import killed while it streams leaves the database as it was or with the whole file",
          "[cli][storage][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Before"), all3});
    constexpr int rows = 3000;
    QByteArray csv = header + "\r\n";
    QByteArray json = "[";
    for (int r = 0; r < rows; ++r) {
        csv += "Team " + QByteArray::number(r % 7) + ",,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4\r\n";
        json += QByteArray(r ? "," : "") + R"({"team": "Team )" + QByteArray::number(r % 7)
                + R"(", "date": "2026-03-21", "lang": "fa", "q1": 1, "q2": 2, "q3": 3, "q4": 4, "q5": 5, "q6": 1,
                "q7": 2, "q8": 3, "q9": 4, "q10": 5, "q11": 1, "q12": 2, "q13": 3, "q14": 4, "q15": 5, "q16": 1,
                "q17": 2})";
    }
    json += "]";
    const QString csvFile = dir.filePath(QStringLiteral("many.csv"));
    const QString jsonFile = dir.filePath(QStringLiteral("many.json"));
    write(csvFile, csv);
    write(jsonFile, json);
    const auto stored = [&db]() {
        const CliRun check = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.status == 0);
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        qint64 count = -1;
        {
            reader.setDatabaseName(db);
            reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(reader.open());
            QSqlQuery query(QStringLiteral("SELECT count(*) FROM assessment"), reader);
            REQUIRE(query.next());
            count = query.value(0).toLongLong();
            query.finish();
            reader.close();
        }
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    };

    std::mt19937 random(31);
    int killedMidway = 0;
    qint64 expected = 1;
    for (int round = 0; round < 12; ++round) {
        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(RATER_CLI_PATH),
                     {QStringLiteral("--db"), db, QStringLiteral("import"), round % 2 ? jsonFile : csvFile});
        REQUIRE(import.waitForStarted());
        QThread::msleep(std::uniform_int_distribution<int>(20, 400)(random));
        import.kill(); // SIGKILL, wherever it is
        REQUIRE(import.waitForFinished(60000));
        const qint64 now = stored();
        INFO("round " << round);
        if (import.exitStatus() == QProcess::CrashExit && now == expected)
            ++killedMidway;
        CHECK((now == expected || now == expected + rows));
        expected = now;
    }
    CHECK(killedMidway > 0);
}

TEST_CASE("export, import into an empty database, export again: identical CSV and JSON", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("first.sqlite"));
    const QStringList teams{QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("-Ops"),
                            QStringLiteral("@SUM(1)"), QStringLiteral("Sales, \"North\""), QStringLiteral("پشتیبانی"),
                            QStringLiteral("'=kept")};
    for (int i = 0; i < teams.size(); ++i)
        ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), teams.at(i),
            QStringLiteral("--respondent"), i % 2 ? QStringLiteral("-r%1").arg(i) : QString(), QStringLiteral("--date"),
            QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate), i % 2 ? mixed : all3});

    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        INFO(format.toStdString());
        const CliRun exported = ok({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"), format});
        if (format == QStringLiteral("csv")) {
            CHECK(exported.rawOut.contains("\r\n'=cmd|' /C calc'!A0,"));
            CHECK(exported.rawOut.contains("\r\n'+1,"));
            CHECK(exported.rawOut.contains("\r\n'-Ops,,"));
            CHECK(exported.rawOut.contains("\r\n'@SUM(1),'-r3,"));
            CHECK(exported.rawOut.contains("\r\n''=kept,"));
        }
        const QString file = dir.filePath(QStringLiteral("out.") + format);
        write(file, exported.rawOut);
        const QString second = dir.filePath(format + QStringLiteral("-second.sqlite"));
        const CliRun first = ok({QStringLiteral("--db"), second, QStringLiteral("import"), file});
        CHECK(first.out.contains(QStringLiteral("Imported 7 assessments")));
        CHECK_FALSE(first.out.contains(QStringLiteral("Already stored")));
        // The same file again stores nothing, and says why.
        const CliRun repeated = ok({QStringLiteral("--db"), second, QStringLiteral("import"), file});
        CHECK(repeated.out.contains(QStringLiteral("Imported 0 assessments")));
        CHECK(repeated.out.contains(QStringLiteral("Already stored, and not stored again: 7.")));
        const QString again = dir.filePath(QStringLiteral("again.") + format);
        ok({QStringLiteral("--db"), second, QStringLiteral("export"), QStringLiteral("--out"), again});
        CHECK(read(again) == exported.rawOut);
        const CliRun list = ok({QStringLiteral("--db"), second, QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QStringList restored;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.rawOut).array())
            restored << v.toObject().value(QStringLiteral("team")).toString();
        CHECK(restored == teams);
    }
}

TEST_CASE("export options: team filter, files, xlsx needs --out, unknown format", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("A"), all3});
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("B"), mixed});
    const CliRun onlyB = ok({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--team"), QStringLiteral("B")});
    CHECK(onlyB.out.count(QStringLiteral("\r\n")) == 2);
    CHECK(onlyB.out.contains(QStringLiteral("\r\nB,")));
    refused({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx")},
            QStringLiteral("needs a file"));
    refused({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ods")},
            QStringLiteral("unknown format \"ods\""));
    const QString xlsx = dir.filePath(QStringLiteral("r.xlsx"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("export"),
              QStringLiteral("--out"), xlsx}).out.isEmpty());
    CHECK(read(xlsx).startsWith("PK"));
    CHECK_FALSE(QFileInfo::exists(xlsx + QStringLiteral(".partial")));
}

TEST_CASE("An Excel export of more results than a sheet holds is refused before a row is written",
          "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("many.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("A"), all3});
    // One row more than a sheet holds below its header, written by SQL in a second.
    changeAsAnotherProgram(db, QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 1048576) "
        "INSERT INTO assessment (team_id, taken_on, questionnaire_id, questionnaire_version, lang, answers, "
        "recorded_at) SELECT CASE WHEN i < 4 THEN 2 ELSE 1 END, '2026-01-01', 'rater', 1, 'en', "
        "'3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3', '2026-01-01T00:00:00Z' FROM n"));
    changeAsAnotherProgram(db, QStringLiteral("INSERT INTO team (id, name) VALUES (2, 'B')"));
    const QString xlsx = dir.filePath(QStringLiteral("all.xlsx"));
    refused({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--out"), xlsx},
            QStringLiteral("an Excel sheet holds at most 1,048,575 results"));
    CHECK_FALSE(QFileInfo::exists(xlsx));
    // One team's results fit.
    ok({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--team"), QStringLiteral("B"),
        QStringLiteral("--out"), dir.filePath(QStringLiteral("b.xlsx"))});
    CHECK(read(dir.filePath(QStringLiteral("b.xlsx"))).startsWith("PK"));
}

TEST_CASE("check says sound, damaged or refused with 0, 1 and 2", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    QByteArray file = header + "\n";
    for (int r = 0; r < 3000; ++r)
        file += "Team " + QByteArray::number(r % 9) + ",,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4\n";
    const QString csv = dir.filePath(QStringLiteral("many.csv"));
    write(csv, file);
    ok({QStringLiteral("--db"), db, QStringLiteral("import"), csv});
    const CliRun sound = ok({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(sound.out.contains(QStringLiteral("sound; 3,000 assessments of 9 teams")));

    {
        // The middle third of the file's pages, where the results' rows are,
        // whatever the tables and indexes before and after them.
        QFile damage(db);
        REQUIRE(damage.open(QIODevice::ReadWrite));
        const qint64 pages = damage.size() / 4096;
        REQUIRE(damage.seek(pages / 3 * 4096));
        damage.write(QByteArray((pages / 3) * 4096, char(0x5A)));
    }
    const QByteArray before = sha256(db);
    const CliRun damaged = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(damaged.status == 1);
    CHECK(damaged.out.contains(QStringLiteral("damaged")));
    CHECK(sha256(db) == before);
    // Opening reads no more than it needs; the damage is named where reading meets it.
    const CliRun listed = runCli({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(listed.status == 1);
    CHECK(listed.err.contains(QStringLiteral("the database is damaged")));
    CHECK(listed.err.contains(QStringLiteral("rater-cli check")));
    CHECK(sha256(db) == before);

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    write(text, "just some notes\n");
    refused({QStringLiteral("--db"), text, QStringLiteral("check")}, QStringLiteral("not an SQLite database"));
    refused({QStringLiteral("--db"), text, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("A"), all3},
            QStringLiteral("not an SQLite database"));
    CHECK(read(text) == "just some notes\n");
}

TEST_CASE("check names every assessment whose stored answers cannot be read or scored", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("edited.sqlite"));
    for (int i = 0; i < 6; ++i)
        ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("A"), all3});
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("check")}).out.contains(QStringLiteral("sound")));

    // Another program writes answers Rater would never store.
    const std::map<int, QString> edits = {
        {1, QStringLiteral("-1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")},
        {2, QStringLiteral("")},
        {3, QStringLiteral("3,3,3")},
        {4, QStringLiteral("99999999999,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")},
    };
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other tool"));
        other.setDatabaseName(db);
        REQUIRE(other.open());
        QSqlQuery query(other);
        for (const auto &[id, answers] : edits) {
            REQUIRE(query.prepare(QStringLiteral("UPDATE assessment SET answers = ? WHERE id = ?")));
            query.addBindValue(answers);
            query.addBindValue(id);
            REQUIRE(query.exec());
            REQUIRE(query.numRowsAffected() == 1);
        }
        REQUIRE(query.exec(QStringLiteral("UPDATE assessment SET questionnaire_id = 'elsewhere' WHERE id = 5")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other tool"));

    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.status == 1);
    CHECK(run.out.contains(QStringLiteral("damaged")));
    for (const auto &[id, answers] : edits)
        CHECK(run.out.contains(QStringLiteral("assessment %1 ").arg(id)));
    CHECK(run.out.contains(QStringLiteral("assessment 5 cannot be scored: it was taken with the questionnaire "
                                          "\"elsewhere\"")));
    CHECK_FALSE(run.out.contains(QStringLiteral("assessment 6 ")));
    CHECK(run.out.contains(QStringLiteral("too large")));

    // The views that score them say so rather than leave them out.
    for (const QStringList &command : {QStringList{QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("A")},
                                       QStringList{QStringLiteral("list")}}) {
        const CliRun shown = runCli(QStringList{QStringLiteral("--db"), db} + command);
        INFO(shown.out.toStdString() << shown.err.toStdString());
        CHECK(shown.status == 1);
        CHECK((shown.err.contains(QStringLiteral("cannot be scored"))
               || shown.err.contains(QStringLiteral("unreadable answers"))));
        CHECK(shown.err.contains(QRegularExpression(QStringLiteral("assessment [1-5] "))));
    }
}

TEST_CASE("backup writes a consistent copy while another process records", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("busy.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("A"), all3});
    QProcess writer;
    writer.start(QStringLiteral(RATER_STORAGE_WORKER),
                 {QStringLiteral("record"), db, QStringLiteral("400"), QStringLiteral("Busy")});
    REQUIRE(writer.waitForStarted());
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy}).out.contains(copy));
    REQUIRE(writer.waitForFinished(120000));
    CHECK(writer.exitCode() == 0);
    CHECK(ok({QStringLiteral("--db"), copy, QStringLiteral("check")}).out.contains(QStringLiteral("sound")));
    refused({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy},
            QStringLiteral("already exists"));
    refused({QStringLiteral("--db"), db, QStringLiteral("backup")}, QStringLiteral("--out FILE"));
}

TEST_CASE("Without --db the database lives in the user's data folder", "[cli][storage]")
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    const CliRun run = runCli({QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("A"), all3}, env);
    CHECK(run.status == 0);
    const QString path = dir.filePath(QStringLiteral("Rater/rater.sqlite"));
    REQUIRE(QFileInfo::exists(path));
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("An option's value may begin with a dash, in every command that takes it", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dash.sqlite"));
    const QString team = QStringLiteral("-3");
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), team, all3});
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team=-3"), mixed});
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("-x"),
        QStringLiteral("--respondent"), QStringLiteral("-7"), all3});
    const QJsonArray stored = QJsonDocument::fromJson(ok({QStringLiteral("--db"), db, QStringLiteral("list"),
                                                          QStringLiteral("--team"), team, QStringLiteral("--format"),
                                                          QStringLiteral("json")})
                                                          .rawOut)
                                  .array();
    REQUIRE(stored.size() == 2);
    for (const QJsonValue &a : stored)
        CHECK(a.toObject().value(QStringLiteral("team")).toString() == team);
    const QJsonArray dashX = QJsonDocument::fromJson(ok({QStringLiteral("--db"), db, QStringLiteral("list"),
                                                         QStringLiteral("--team=-x"), QStringLiteral("--format"),
                                                         QStringLiteral("json")})
                                                         .rawOut)
                                 .array();
    REQUIRE(dashX.size() == 1);
    CHECK(dashX.first().toObject().value(QStringLiteral("respondent")).toString() == QStringLiteral("-7"));
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("--team"), team}).out.count(u'\n')
          == 3);
    const CliRun history = ok({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--team"), team});
    CHECK(history.out.startsWith(QStringLiteral("-3: ")));
    const QString id = ok({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("create"),
                           QStringLiteral("--title"), QStringLiteral("-Kick-off-"), QStringLiteral("--team=-3")})
                           .out.trimmed();
    CHECK(ok({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("summary"), QStringLiteral("--id"),
              id})
              .out.startsWith(QStringLiteral("-Kick-off-: ")));
    // An answer list that begins with a minus is still an argument, refused for what it is.
    refused({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), team,
             QStringLiteral("-1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")},
            QStringLiteral("answer 1 of 17 is \"-1\""));
}

TEST_CASE("Names and dates beyond the documented limits are refused where they enter, and nothing is stored",
          "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("limits.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QString(120, u'T'), all3});
    const QByteArray before = sha256(db);
    const auto record = [&](const QStringList &options) {
        return QStringList{QStringLiteral("--db"), db, QStringLiteral("record")} + options + QStringList{all3};
    };
    refused(record({QStringLiteral("--team"), QString(121, u'T')}),
            QStringLiteral("the team name is 121 characters long; it may have at most 120"));
    refused(record({QStringLiteral("--team"), QString(40000, u'T')}), QStringLiteral("at most 120"));
    refused(record({QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--respondent"), QString(65, u'r')}),
            QStringLiteral("the respondent code is 65 characters long; it may have at most 64"));
    refused(record({QStringLiteral("--team"), QStringLiteral("Front\tDesk")}),
            QStringLiteral("the team name holds a control character (U+0009) at character 6"));
    refused(record({QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--date"),
                    QStringLiteral("1899-12-31")}),
            QStringLiteral("1899-12-31 is outside the dates Rater keeps, 1900-01-01 to 2100-12-31"));
    refused(record({QStringLiteral("--team"), QStringLiteral("A"), QStringLiteral("--date"),
                    QStringLiteral("2101-01-01")}),
            QStringLiteral("outside the dates Rater keeps"));
    refused({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("--title"),
             QString(121, u'W')},
            QStringLiteral("the workshop's title is 121 characters long"));
    refused({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"),
             QStringLiteral("2150-01-01")},
            QStringLiteral("outside the dates Rater keeps"));
    refused({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"), QStringLiteral("Q1 1850")},
            QStringLiteral("not a period within the dates Rater keeps"));

    // In a file, each refusal names its line and column; nothing of the file is stored.
    const QString csv = dir.filePath(QStringLiteral("limits.csv"));
    write(csv, header + "\nGood,,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n" + QByteArray(121, 'T')
                   + ",,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\nLate,,,2101-01-01,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,"
                     "3,3\n");
    const CliRun imported = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), csv});
    CHECK(imported.status == 2);
    CHECK(imported.err.contains(QStringLiteral("line 3")));
    CHECK(imported.err.contains(QStringLiteral("at most 120")));
    CHECK(imported.err.contains(QStringLiteral("line 4")));
    CHECK(imported.err.contains(QStringLiteral("2101-01-01 is outside the dates Rater keeps")));
    CHECK(sha256(db) == before);
}

TEST_CASE("A database in a folder that cannot be written is read, and writing it says why it cannot",
          "[cli][storage]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkdir(folder));
    const QString db = folder + QStringLiteral("/r.sqlite");
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Support"), all3});

    // The superuser may write anywhere: the commands then run as nobody.
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        REQUIRE_FALSE(setpriv.isEmpty());
        prefix = {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                  QStringLiteral(RATER_CLI_PATH)};
        REQUIRE(::chown(QFile::encodeName(db).constData(), 65534, 65534) == 0);
        REQUIRE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                      | QFile::ReadOther | QFile::ExeOther));
        const CliRun probe = runCli(prefix + QStringList{QStringLiteral("--help")}, {}, setpriv);
        if (probe.status != 0) {
            WARN("nobody cannot run rater-cli here (" << probe.err.toStdString() << "); not checked");
            return;
        }
    }
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    const QString program = prefix.isEmpty() ? QString() : QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    const auto as = [&](const QStringList &arguments) { return runCli(prefix + arguments, {}, program); };

    const QByteArray before = sha256(db);
    const CliRun listed = as({QStringLiteral("--db"), db, QStringLiteral("list")});
    INFO(listed.err.toStdString());
    CHECK(listed.status == 0);
    CHECK(listed.out.contains(QStringLiteral("Support")));
    const CliRun checked = as({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(checked.status == 0);
    CHECK(checked.out.contains(QStringLiteral("sound")));

    const CliRun recorded = as({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"),
                                QStringLiteral("Support"), all3});
    INFO(recorded.err.toStdString());
    CHECK(recorded.status == 1);
    CHECK(recorded.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(recorded.err.contains(QStringLiteral("damaged")));
    const CliRun created = as({QStringLiteral("--db"), folder + QStringLiteral("/new.sqlite"), QStringLiteral("record"),
                               QStringLiteral("--team"), QStringLiteral("Support"), all3});
    CHECK(created.status != 0);
    CHECK(created.err.contains(QStringLiteral("does not let Rater write")));
    CHECK(sha256(db) == before);
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("r.sqlite")});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("Names stored by another program print with their control and direction characters made visible",
          "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    ok({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Support"), all3});
    const QString hostile = QStringLiteral("Te\x1b]0;owned\x07" "am") + QChar(0x202e) + QStringLiteral("xyz")
                            + QChar(0x85);
    changeAsAnotherProgram(db, QStringLiteral("UPDATE team SET name = ?"), {hostile});
    const auto plain = [](const QByteArray &bytes) {
        return !bytes.contains('\x1b') && !bytes.contains('\x07') && !bytes.contains("\xe2\x80\xae")
               && !bytes.contains("\xc2\x85");
    };
    const CliRun listed = ok({QStringLiteral("--db"), db, QStringLiteral("list")});
    CHECK(plain(listed.rawOut));
    CHECK(listed.out.contains(QStringLiteral("Te\\x1B]0;owned\\x07am\\u202Exyz\\u0085")));
    const CliRun json = ok({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"),
                            QStringLiteral("json")});
    CHECK(plain(json.rawOut));
    CHECK(QJsonDocument::fromJson(json.rawOut).array().at(0).toObject().value(QStringLiteral("team")).toString()
          == hostile);
    const CliRun refusal = runCli({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--team"),
                                   QStringLiteral("Nobody")});
    CHECK(refusal.status == 2);
    CHECK(refusal.err.contains(QStringLiteral("\\x1B]0;owned")));
    CHECK_FALSE(refusal.err.contains(QChar(0x1b)));
    // What enters by the command line is refused outright.
    refused({QStringLiteral("--db"), db, QStringLiteral("record"), QStringLiteral("--team"),
             QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b"), all3},
            QStringLiteral("changes the direction"));
}
