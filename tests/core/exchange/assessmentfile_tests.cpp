#include "printing.h"
#include "storage/storage_support.h"

#include "exchange/assessmentfile.h"
#include "exchange/csv.h"

#include <QBuffer>
#include <QProcess>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>
#include <limits>
#include <random>

using namespace rater;
using namespace support;

namespace {

const QByteArray header = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17";

exchange::ReadResult readCsvText(const QByteArray &bytes)
{
    return exchange::readCsv(bytes, QStringLiteral("in.csv"), raterQuiz());
}

// Stores a varied set of assessments: names with separators, quotes, spaces
// and formula characters, Arabic and Persian text, workshops and respondents.
// (Line breaks and tabs cannot be in a name: the limits refuse them.)
void fill(Database &db)
{
    const QStringList teams{QStringLiteral("Support"), QStringLiteral("Sales, North"), QStringLiteral("The \"A\" team"),
                            QStringLiteral(" Two  spaces "), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-Ops"),
                            QStringLiteral("+Plus"), QStringLiteral("@Desk"), QStringLiteral("'=quoted"),
                            QStringLiteral("خدمات مشتریان"), QStringLiteral("خدمة العملاء"), QStringLiteral("Semi;colon"),
                            QStringLiteral("＝1+1"), QStringLiteral("  =spaced"), QStringLiteral("\u3000﹦small")};
    std::vector<NewAssessment> batch;
    for (int i = 0; i < 60; ++i) {
        NewAssessment a = assessment(teams.at(i % teams.size()), QDate(2025, 1, 1).addDays(i * 11), 1 + i % 5);
        for (int s = 0; s < 17; ++s)
            a.answers[std::size_t(s)] = 1 + (i * 7 + s * 3) % 5;
        a.lang = QStringList{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("fa")}.at(i % 3);
        if (i % 4 == 1)
            a.respondent = QStringLiteral("r-%1").arg(i);
        if (i % 5 == 2)
            a.workshopTitle = i % 2 ? QStringLiteral("Spring, day one") : QStringLiteral("کارگاه");
        batch.push_back(a);
    }
    REQUIRE(db.assessments().recordAll(batch).hasValue());
}

// What an export writes for a list in memory.
Expected<QByteArray> written(bool csv, const std::vector<StoredAssessment> &assessments)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const exchange::Source source = exchange::sourceOf(assessments);
    const Status status = csv ? exchange::writeCsv(buffer, source, raterQuiz())
                              : exchange::writeJson(buffer, source, raterQuiz());
    if (!status)
        return Expected<QByteArray>::failure(status.error());
    return buffer.data();
}

} // namespace

TEST_CASE("Import reads BOM, semicolons, CRLF, quoted fields and any digits, ignoring columns after q17", "[exchange]")
{
    const QByteArray file = "\xEF\xBB\xBF" + QByteArray(header).replace(',', ';') + ";note;total\r\n"
                            "\"Sales; North\";p1;\"Day \"\"one\"\"\";2026-03-21;fa;"
                            "۱;۲;۳;۴;۵;۱;۲;۳;۴;۵;۱;۲;۳;۴;۵;۱;۲;anything;999\r\n"
                            "Support;;;٢٠٢٦-٠٤-٠١;ar;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥;٥\r\n";
    const exchange::ReadResult read = readCsvText(file);
    INFO(read.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[0].team == QStringLiteral("Sales; North"));
    CHECK(read.records[0].respondent == QStringLiteral("p1"));
    CHECK(read.records[0].workshopTitle == QStringLiteral("Day \"one\""));
    CHECK(read.records[0].date == QDate(2026, 3, 21));
    CHECK(read.records[0].lang == QStringLiteral("fa"));
    CHECK(read.records[0].answers == Answers{1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2});
    CHECK(read.records[1].date == QDate(2026, 4, 1));
    CHECK(read.records[1].answers == Answers(17, 5));
}

TEST_CASE("Import reports every invalid row with its line, column and reason", "[exchange]")
{
    QByteArray file = header + "\n";
    file += "Support,,,2026-03-21,en,3,3,3,3,3,3,3,3,7,3,3,3,3,3,3,3,3\n";     // line 2: q9
    file += "Support,,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n";     // line 3: fine
    file += "\"Multi\nline\",,,2026-02-30,de,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,x\n"; // lines 4-5: date, lang, q17
    file += ",,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,\n";            // line 6: team, q17
    file += "Short,,,2026-03-21,en,3,3\n";                                     // line 7: too few columns
    const exchange::ReadResult read = readCsvText(file);
    CHECK(read.records.empty());
    CHECK(read.problems == QStringList{
        QStringLiteral("in.csv: line 2, column q9: \"7\" is not an answer; answers are whole numbers from 1 to 5"),
        QStringLiteral("in.csv: line 4, column team: the team name holds a control character (U+000A) at character 6; "
                       "write it as plain text on one line"),
        QStringLiteral("in.csv: line 4, column date: \"2026-02-30\" is not a date; write dates as YYYY-MM-DD, for example 2026-03-21"),
        QStringLiteral("in.csv: line 4, column lang: \"de\" is not a language Rater knows; use en, ar or fa"),
        QStringLiteral("in.csv: line 4, column q17: \"x\" is not an answer; answers are whole numbers from 1 to 5"),
        QStringLiteral("in.csv: line 6, column team: the team is empty; every assessment belongs to a team"),
        QStringLiteral("in.csv: line 6, column q17: the answer is missing"),
        QStringLiteral("in.csv: line 7: the row has 7 columns; it needs at least 22 (team to q17)"),
    });
}

TEST_CASE("Import reports well over fifty invalid rows", "[exchange]")
{
    QByteArray file = header + "\n";
    for (int r = 0; r < 120; ++r)
        file += "Support,,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,0\n";
    const exchange::ReadResult read = readCsvText(file);
    REQUIRE(read.problems.size() == 120);
    CHECK(read.problems.front().startsWith(QStringLiteral("in.csv: line 2, column q17: ")));
    CHECK(read.problems.back().startsWith(QStringLiteral("in.csv: line 121, column q17: ")));
}

TEST_CASE("Import refuses a wrong header, an empty file and unknown file kinds", "[exchange]")
{
    CHECK(readCsvText("team,respondent,date\n").problems.front().startsWith(
        QStringLiteral("in.csv: line 1, column 3: expected the column \"workshop\", found \"date\"")));
    CHECK(readCsvText("").problems.front().startsWith(QStringLiteral("in.csv: the file is empty")));
    CHECK(readCsvText("a,\"b\n").problems.front() == QStringLiteral("in.csv: line 1: a quoted field is never closed"));
    CHECK(exchange::readFile(QStringLiteral("results.txt"), raterQuiz()).problems.front().contains(
        QStringLiteral("use a .csv or .json file")));
}

TEST_CASE("JSON import reads the records and reports faults by record and field", "[exchange]")
{
    const QByteArray good = R"([{"team": "Support", "respondent": null, "workshop": "", "date": "2026-03-21",
        "lang": "ar", "q1": 1, "q2": "٢", "q3": 3, "q4": 4, "q5": 5, "q6": 1, "q7": 2, "q8": 3, "q9": 4, "q10": 5,
        "q11": 1, "q12": 2, "q13": 3, "q14": 4, "q15": 5, "q16": 1, "q17": 2, "total": 51}])";
    const exchange::ReadResult read = exchange::readJson(good, QStringLiteral("in.json"), raterQuiz());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.records.size() == 1);
    CHECK(read.records[0].answers[1] == 2);
    CHECK(read.records[0].respondent.isEmpty());

    const QByteArray bad = R"([{"team": "A", "date": "2026-03-21", "lang": "en", "q1": 1.5}, 7])";
    const QStringList problems = exchange::readJson(bad, QStringLiteral("in.json"), raterQuiz()).problems;
    REQUIRE(problems.size() == 18);
    CHECK(problems.at(0) == QStringLiteral("in.json: record 1, field \"q1\": \"1.5\" is not an answer; answers are whole numbers from 1 to 5"));
    CHECK(problems.at(1) == QStringLiteral("in.json: record 1, field \"q2\": the answer is missing"));
    CHECK(problems.at(17) == QStringLiteral("in.json: record 2: expected an object in braces { }"));
    CHECK(exchange::readJson("{", QStringLiteral("in.json"), raterQuiz()).problems.front()
          == QStringLiteral("in.json: expected a list of assessments in brackets [ ]"));
    CHECK(exchange::readJson("[{", QStringLiteral("in.json"), raterQuiz()).problems.front().startsWith(
        QStringLiteral("in.json: not valid JSON at character 2 (the file ends inside a record)")));

    // Escaped halves of a surrogate pair are not characters: refused, never stored as something else.
    QByteArray lone = good;
    lone.replace("\"Support\"", "\"Te\\ud800am\"");
    const QStringList surrogate = exchange::readJson(lone, QStringLiteral("in.json"), raterQuiz()).problems;
    REQUIRE(surrogate.size() == 1);
    CHECK(surrogate.front().startsWith(QStringLiteral("in.json: record 1, field \"team\": ")));
    CHECK(surrogate.front().contains(QStringLiteral("not well-formed Unicode")));
    QByteArray paired = good;
    paired.replace("\"Support\"", "\"Te\\ud83d\\ude42am\"");
    CHECK(exchange::readJson(paired, QStringLiteral("in.json"), raterQuiz()).problems.isEmpty());
}

TEST_CASE("CSV and JSON exports round-trip through an empty database to identical files", "[exchange]")
{
    QTemporaryDir dir;
    auto first = openDatabase(dir.filePath(QStringLiteral("first.sqlite")));
    fill(*first);
    const auto stored = first->assessments().list();
    REQUIRE(stored.hasValue());

    for (const bool useCsv : {true, false}) {
        INFO((useCsv ? "csv" : "json"));
        const auto exported = written(useCsv, *stored);
        REQUIRE(exported.hasValue());
        const exchange::ReadResult read = useCsv ? exchange::readCsv(*exported, QStringLiteral("x"), raterQuiz())
                                                 : exchange::readJson(*exported, QStringLiteral("x"), raterQuiz());
        INFO(read.problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(read.problems.isEmpty());
        REQUIRE(read.records.size() == stored->size());
        auto second = openDatabase(dir.filePath(useCsv ? QStringLiteral("csv.sqlite") : QStringLiteral("json.sqlite")));
        REQUIRE(second->assessments().recordAll(read.records).hasValue());
        const auto restored = second->assessments().list();
        REQUIRE(restored.hasValue());
        const auto again = written(useCsv, *restored);
        REQUIRE(again.hasValue());
        CHECK(*again == *exported);
        for (std::size_t i = 0; i < stored->size(); ++i) {
            CHECK(restored->at(i).team == stored->at(i).team);
            CHECK(restored->at(i).workshop == stored->at(i).workshop);
        }
    }
}

TEST_CASE("CSV export is UTF-8 with a BOM, has the computed columns and defuses formulas", "[exchange]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    NewAssessment a = assessment(QStringLiteral("=1+1"), QDate(2026, 3, 21));
    a.answers = {2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5};
    a.respondent = QStringLiteral("@me");
    REQUIRE(db->assessments().record(a).hasValue());
    const QByteArray bytes = written(true, *db->assessments().list()).value();
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "team,respondent,workshop,date,lang,q1,"));
    const csv::Document document = csv::parse(bytes).value();
    REQUIRE(document.records.size() == 2);
    CHECK(document.records[0].fields.mid(22) == QStringList{QStringLiteral("total"), QStringLiteral("band"),
                                                          QStringLiteral("reliability"), QStringLiteral("assurance"),
                                                          QStringLiteral("tangibles"), QStringLiteral("empathy"),
                                                          QStringLiteral("responsiveness"), QStringLiteral("uuid"),
                                                          QStringLiteral("origin")});
    const QStringList row = document.records[1].fields;
    CHECK(row.at(0) == QStringLiteral("'=1+1"));
    CHECK(row.at(1) == QStringLiteral("'@me"));
    CHECK(row.mid(22, 7) == QStringList{QStringLiteral("73"), QStringLiteral("high"), QStringLiteral("4.2"),
                                        QStringLiteral("4.166666666666667"), QStringLiteral("4.6"),
                                        QStringLiteral("4.4"), QStringLiteral("4.4")});
    // The stored identity, and this database's installation as its origin.
    const StoredAssessment stored = db->assessments().list()->front();
    CHECK(row.at(29) == stored.uuid.toString(QUuid::WithoutBraces));
    CHECK(row.at(29).size() == 36);
    QSqlQuery here(QStringLiteral("SELECT uuid FROM installation WHERE here = 1"), db->connection());
    REQUIRE(here.next());
    CHECK(row.at(30) == here.value(0).toString());
}

TEST_CASE("An exported file imported twice is stored once; the second import counts it as already stored",
          "[exchange]")
{
    QTemporaryDir dir;
    auto first = openDatabase(dir.filePath(QStringLiteral("first.sqlite")));
    fill(*first);
    const auto stored = first->assessments().list();
    REQUIRE(stored.hasValue());
    for (const bool useCsv : {true, false}) {
        INFO((useCsv ? "csv" : "json"));
        const QByteArray exported = written(useCsv, *stored).value();
        const exchange::ReadResult read = useCsv ? exchange::readCsv(exported, QStringLiteral("x"), raterQuiz())
                                                 : exchange::readJson(exported, QStringLiteral("x"), raterQuiz());
        REQUIRE(read.problems.isEmpty());
        auto second = openDatabase(dir.filePath(useCsv ? QStringLiteral("csv.sqlite") : QStringLiteral("json.sqlite")));
        const auto once = second->assessments().recordAll(read.records);
        REQUIRE(once.hasValue());
        CHECK(once->added() == 60);
        CHECK(once->alreadyStored == 0);
        const QStringList teams = second->assessments().allTeams().value();
        const qint64 workshops = count(*second, QStringLiteral("workshop"));

        const auto twice = second->assessments().recordAll(read.records);
        REQUIRE(twice.hasValue());
        CHECK(twice->added() == 0);
        CHECK(twice->alreadyStored == 60);
        CHECK(twice->ids == once->ids);
        CHECK(second->assessments().count().value() == 60);
        CHECK(second->assessments().allTeams().value() == teams);
        CHECK(count(*second, QStringLiteral("workshop")) == workshops);
        // The installation that made them travels with them: two are known here.
        CHECK(count(*second, QStringLiteral("installation")) == 2);

        // One already stored, moved to the bin, is still not stored again.
        REQUIRE(second->corrections().remove({once->ids.front()}).hasValue());
        const auto thrice = second->assessments().recordAll({read.records.front()});
        REQUIRE(thrice.hasValue());
        CHECK(thrice->alreadyStored == 1);
        CHECK(second->assessments().count().value() == 59);
    }
}

TEST_CASE("A file without identities is stored again on every import, each time under new UUIDs", "[exchange]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    const QByteArray file = header + "\nSupport,,,2026-03-21,en,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4\n";
    const exchange::ReadResult read = readCsvText(file);
    REQUIRE(read.problems.isEmpty());
    CHECK(read.records.front().uuid.isNull());
    REQUIRE(db->assessments().recordAll(read.records)->added() == 1);
    REQUIRE(db->assessments().recordAll(read.records)->added() == 1);
    const auto all = db->assessments().list().value();
    REQUIRE(all.size() == 2);
    CHECK_FALSE(all[0].uuid.isNull());
    CHECK_FALSE(all[1].uuid.isNull());
    CHECK(all[0].uuid != all[1].uuid);
    CHECK(all[0].origin == all[1].origin);
}

TEST_CASE("Import reads identity columns wherever they stand and reports one that is not a UUID", "[exchange]")
{
    const QByteArray good = header + ",note,Origin,UUID\n"
                                     "Support,,,2026-03-21,en,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,x,"
                                     "{6F0C1D8E-3B1A-4F5C-9D2E-1A2B3C4D5E6F}, 0b6e3f7a-9c2d-4e1f-8a3b-5c6d7e8f9a0b \n";
    const exchange::ReadResult read = readCsvText(good);
    INFO(read.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(read.problems.isEmpty());
    CHECK(read.records.front().uuid == QUuid::fromString(QStringLiteral("0b6e3f7a-9c2d-4e1f-8a3b-5c6d7e8f9a0b")));
    CHECK(read.records.front().origin == QUuid::fromString(QStringLiteral("6f0c1d8e-3b1a-4f5c-9d2e-1a2b3c4d5e6f")));

    const QByteArray bad = header + ",uuid\nSupport,,,2026-03-21,en,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,not-a-uuid\n";
    const exchange::ReadResult refused = readCsvText(bad);
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.front().startsWith(QStringLiteral("in.csv: line 2, column uuid: \"not-a-uuid\" is not a UUID")));
    CHECK(refused.records.empty());

    const QByteArray json = R"([{"team": "Support", "date": "2026-03-21", "lang": "en", "q1": 4, "q2": 4, "q3": 4,
        "q4": 4, "q5": 4, "q6": 4, "q7": 4, "q8": 4, "q9": 4, "q10": 4, "q11": 4, "q12": 4, "q13": 4, "q14": 4,
        "q15": 4, "q16": 4, "q17": 4, "uuid": 12, "origin": null}])";
    const exchange::ReadResult typed = exchange::readJson(json, QStringLiteral("in.json"), raterQuiz());
    REQUIRE(typed.problems.size() == 1);
    CHECK(typed.problems.front() == QStringLiteral("in.json: record 1, field \"uuid\": expected a UUID as text, or null"));
}

TEST_CASE("Excel export: one sheet with computed columns, right to left for Arabic and Persian", "[exchange]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    fill(*db);
    const auto sheetXml = [&](Language language) {
        const QString path = dir.filePath(QStringLiteral("out-%1.xlsx").arg(languageCode(language)));
        const auto all = db->assessments().list();
        const Status written = exchange::writeXlsx(path, exchange::sourceOf(*all), raterQuiz(), language);
        INFO(written.error().toStdString());
        REQUIRE(written.hasValue());
        QProcess unzip;
        // Written in constant-memory mode: every text is inline in the sheet.
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        REQUIRE(unzip.waitForFinished());
        REQUIRE(unzip.exitCode() == 0);
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString english = sheetXml(Language::English);
    CHECK_FALSE(english.contains(QStringLiteral("rightToLeft")));
    CHECK(english.contains(QStringLiteral("Responsiveness")));
    // Names are text cells, never formulas, and carry no apostrophe a reader would see.
    CHECK(english.contains(QStringLiteral("=HYPERLINK")));
    CHECK_FALSE(english.contains(QStringLiteral("'=HYPERLINK")));
    CHECK_FALSE(english.contains(QStringLiteral("<f>")));
    CHECK(english.count(QStringLiteral("<row ")) == 61);
    const QString persian = sheetXml(Language::Persian);
    CHECK(persian.contains(QStringLiteral("rightToLeft=\"1\"")));
    CHECK(persian.contains(QStringLiteral("پاسخ‌گویی")));
    CHECK(sheetXml(Language::Arabic).contains(QStringLiteral("rightToLeft=\"1\"")));
}

TEST_CASE("Import reads answers, dates and languages with spaces around them", "[exchange]")
{
    // Found by fuzz_csv: trimming made a new text that a view outlived.
    QByteArray file = header + "\n";
    file += "Support,,, 2026-03-21 , fa ,  ۳ ,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3, 4 \n";
    const exchange::ReadResult read = readCsvText(file);
    INFO(read.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(read.records.size() == 1);
    CHECK(read.records[0].date == QDate(2026, 3, 21));
    CHECK(read.records[0].lang == QStringLiteral("fa"));
    CHECK(read.records[0].answers.front() == 3);
    CHECK(read.records[0].answers.back() == 4);
}

TEST_CASE("Numbers are written as QByteArray::number writes its shortest form", "[exchange]")
{
    std::mt19937_64 random(12);
    std::vector<double> values{0, -0.0, 1, -1, 0.1, 0.5, 2.0 / 3, 3.4, 4.4, 66.66666666666667, 100, 12.5, 85,
                               1e-5, 1.5e-7, 123456789012.0, 1e15, 1e16, 1e17, 1e21, 5e-324, 1.7976931348623157e308,
                               -3.0 / 7, 1000000, 0.0001, 0.001};
    std::uniform_real_distribution<double> scale(-3, 12);
    std::uniform_int_distribution<int> exponent(-8, 20);
    for (int i = 0; i < 20000; ++i) {
        values.push_back(scale(random));
        values.push_back(std::ldexp(scale(random), exponent(random)));
        values.push_back(double(int(scale(random) * 17)) / 17);
    }
    for (const double value : values) {
        QByteArray written;
        exchange::appendNumber(written, value);
        INFO(value);
        REQUIRE(written == QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    }
    for (const qint64 value : {qint64(0), qint64(-7), qint64(85), std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min()}) {
        QByteArray written;
        exchange::appendNumber(written, value);
        CHECK(written == QByteArray::number(value));
    }
}
