// Actions in JSON files of results: written after the assessments, read back
// as they were, refused with their record and field when wrong, and stored
// all or none with the results of the same file.

#include "printing.h"
#include "storage/storage_support.h"

#include "exchange/assessmentfile.h"
#include "storage/fileresults.h"

#include <QBuffer>

using namespace rater;
using namespace support;

namespace {

// A laptop's file with results of three teams and actions in every state,
// with quotes and Persian and Arabic text.
std::unique_ptr<Database> withActions(const QString &path)
{
    auto db = openDatabase(path);
    for (const QString &team : {QStringLiteral("Front Desk"), QStringLiteral("خدمات مشتریان"),
                                QStringLiteral("The \"A\" team")})
        REQUIRE(db->assessments().record(assessment(team, QDate(2026, 1, 10))).hasValue());
    const auto ids = db->actions().addAll(
        {NewAction{QStringLiteral("Front Desk"), std::nullopt, QStringLiteral("empathy"),
                   QStringLiteral("Say \"hello\" by name"), QStringLiteral("Sara"), QDate(2026, 6, 1), QDate(2026, 1, 12)},
         NewAction{QStringLiteral("خدمات مشتریان"), std::nullopt, QStringLiteral("tangibles"),
                   QStringLiteral("تابلوهای تازه کنار میز"), QString(), QDate(), QDate(2026, 1, 15)},
         NewAction{QStringLiteral("The \"A\" team"), std::nullopt, QStringLiteral("reliability"),
                   QStringLiteral("سجل لكل وعد"), QStringLiteral("مدير"), QDate(2026, 3, 1), QDate(2026, 1, 20)}});
    REQUIRE(ids.hasValue());
    REQUIRE(db->actions().close(ids->at(1), Action::State::Done, QDate(2026, 2, 1)).value().made());
    REQUIRE(db->actions().close(ids->at(2), Action::State::Dropped, QDate(2026, 2, 3)).value().made());
    return db;
}

QByteArray exported(const Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const storage::AssessmentStore &assessments = db.assessments();
    const storage::ActionStore &actions = db.actions();
    const Status written = exchange::writeJson(
        buffer, [&assessments](const exchange::Visit &visit) { return assessments.forEach(QString(), visit); },
        raterQuiz(), [&actions](const exchange::VisitAction &visit) { return actions.forEach({}, visit); });
    INFO(written.error().toStdString());
    REQUIRE(written.hasValue());
    return buffer.data();
}

struct Imported
{
    QStringList problems;
    qint64 actionsAdded = 0;
    qint64 actionsHeld = 0;
};

// Imports `bytes` into `db` as the commands do: one recording, committed
// only when the whole file was read without a problem.
Imported imported(Database &db, const QByteArray &bytes)
{
    storage::FileResults results(db);
    auto recording = results.startRecording();
    REQUIRE(recording.hasValue());
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Imported outcome;
    outcome.problems = exchange::readJson(
        buffer, QStringLiteral("in.json"), raterQuiz(),
        [&](const NewAssessment &a, qsizetype) -> Status {
            const auto added = (*recording)->add(a);
            return added ? Status(Done{}) : Status::failure(added.error());
        },
        [&](const Action &a, qsizetype) -> Status {
            const Expected<bool> added = (*recording)->addAction(a);
            if (!added)
                return Status::failure(added.error());
            ++(*added ? outcome.actionsAdded : outcome.actionsHeld);
            return Done{};
        });
    if (outcome.problems.isEmpty())
        REQUIRE((*recording)->commit().hasValue());
    return outcome;
}

QStringList problemsOf(const QByteArray &record)
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Front Desk"), QDate(2026, 1, 10))).hasValue());
    return imported(*db, "[\n" + record + "\n]\n").problems;
}

const QByteArray goodAction =
    R"({"kind": "action", "uuid": null, "origin": null, "team": "Front Desk", "dimension": "empathy", )"
    R"("text": "Listen", "owner": null, "due": null, "created": "2026-01-12", "state": "open", "closed": null})";

} // namespace

TEST_CASE("A JSON export ends with the actions, which import with their UUIDs, states and days, once",
          "[exchange][actions]")
{
    QTemporaryDir dir;
    const auto first = withActions(dir.filePath(QStringLiteral("first.sqlite")));
    const QByteArray file = exported(*first);
    // After the three assessments, one record per action, each on its line.
    const QList<QByteArray> lines = file.split('\n');
    REQUIRE(lines.size() == 3 + 3 + 3); // [ … ] and the last newline
    CHECK(lines.at(4).startsWith("  {\"kind\": \"action\", \"uuid\": \""));
    CHECK(lines.at(4).contains("\"text\": \"Say \\\"hello\\\" by name\""));
    CHECK(file.contains("\"state\": \"done\", \"closed\": \"2026-02-01\""));
    CHECK(file.contains("\"owner\": null, \"due\": null"));

    const auto second = openDatabase(dir.filePath(QStringLiteral("second.sqlite")));
    const Imported once = imported(*second, file);
    INFO(once.problems.join(u'\n').toStdString());
    REQUIRE(once.problems.isEmpty());
    CHECK(once.actionsAdded == 3);
    // Byte for byte the same file again.
    CHECK(exported(*second) == file);
    std::vector<Action> before;
    std::vector<Action> after;
    for (const auto &[db, into] : {std::pair{first.get(), &before}, std::pair{second.get(), &after}})
        REQUIRE(db->actions()
                    .forEach({},
                             [into = into](const Action &a) -> Status {
                                 into->push_back(a);
                                 return Done{};
                             })
                    .hasValue());
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(after[i].uuid == before[i].uuid);
        CHECK(after[i].origin == before[i].origin);
        CHECK(after[i].state == before[i].state);
        CHECK(after[i].closed == before[i].closed);
        CHECK(after[i].created == before[i].created);
        CHECK(after[i].text == before[i].text);
    }
    // Imported again: held already, by their UUIDs.
    const Imported twice = imported(*second, file);
    REQUIRE(twice.problems.isEmpty());
    CHECK(twice.actionsAdded == 0);
    CHECK(twice.actionsHeld == 3);
}

TEST_CASE("A file of results written before actions existed reads as before", "[exchange][actions]")
{
    const QByteArray old =
        "[\n  {\"team\": \"Support\", \"respondent\": null, \"workshop\": null, \"date\": \"2026-03-21\", \"lang\": \"en\", "
        "\"q1\": 2, \"q2\": 4, \"q3\": 3, \"q4\": 3, \"q5\": 3, \"q6\": 3, \"q7\": 3, \"q8\": 3, \"q9\": 3, \"q10\": 3, "
        "\"q11\": 3, \"q12\": 3, \"q13\": 3, \"q14\": 3, \"q15\": 3, \"q16\": 3, \"q17\": 5}\n]\n";
    const exchange::ReadResult read = exchange::readJson(old, QStringLiteral("old.json"), raterQuiz());
    CHECK(read.problems.isEmpty());
    CHECK(read.records.size() == 1);
    CHECK(problemsOf(old.mid(2, old.size() - 5)).isEmpty());
}

TEST_CASE("An action record that is wrong is named by its record and field, and nothing of the file is stored",
          "[exchange][actions]")
{
    CHECK(problemsOf(goodAction).isEmpty());
    const auto refusedWith = [](QByteArray record, const char *from, const char *to, const QString &expected) {
        record.replace(from, to);
        const QStringList problems = problemsOf(record);
        INFO(record.toStdString());
        INFO(problems.join(u'\n').toStdString());
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().startsWith(QStringLiteral("in.json: record 1, field ")));
        CHECK(problems.front().contains(expected));
    };
    refusedWith(goodAction, "\"kind\": \"action\"", "\"kind\": \"task\"",
                QStringLiteral("\"kind\": expected \"action\" for an action, or no kind for an assessment"));
    refusedWith(goodAction, "\"empathy\"", "\"kindness\"",
                QStringLiteral("\"dimension\": \"kindness\" is not a dimension; the dimensions are: reliability"));
    refusedWith(goodAction, "\"text\": \"Listen\"", "\"text\": \"  \"", QStringLiteral("\"text\": expected text"));
    refusedWith(goodAction, "\"state\": \"open\"", "\"state\": \"finished\"",
                QStringLiteral("\"state\": \"finished\" is not a state; use open, done or dropped"));
    refusedWith(goodAction, "\"created\": \"2026-01-12\"", "\"created\": \"2026-02-30\"",
                QStringLiteral("\"created\": expected a date as YYYY-MM-DD"));
    refusedWith(goodAction, "\"uuid\": null", "\"uuid\": \"not-a-uuid\"", QStringLiteral("\"uuid\": expected a UUID"));
    refusedWith(goodAction, "\"state\": \"open\"", "\"state\": \"done\"",
                QStringLiteral("\"closed\": an action done or dropped needs the day it was closed on"));
    refusedWith(goodAction, "\"closed\": null", "\"closed\": \"2026-02-01\"",
                QStringLiteral("\"closed\": an open action has no day it was closed on"));
    QByteArray early = goodAction;
    early.replace("\"state\": \"open\"", "\"state\": \"dropped\"");
    refusedWith(early, "\"closed\": null", "\"closed\": \"2026-01-01\"",
                QStringLiteral("\"closed\": 2026-01-01 is before the day it was planned, 2026-01-12"));

    // A team with no results: the whole file is refused, its assessments too.
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    QByteArray stray = goodAction;
    stray.replace("\"Front Desk\"", "\"Nowhere\"");
    const QByteArray assessmentRecord =
        "{\"team\": \"Support\", \"respondent\": null, \"workshop\": null, \"date\": \"2026-03-21\", \"lang\": \"en\", "
        "\"q1\": 2, \"q2\": 4, \"q3\": 3, \"q4\": 3, \"q5\": 3, \"q6\": 3, \"q7\": 3, \"q8\": 3, \"q9\": 3, \"q10\": 3, "
        "\"q11\": 3, \"q12\": 3, \"q13\": 3, \"q14\": 3, \"q15\": 3, \"q16\": 3, \"q17\": 5}";
    const Imported refused = imported(*db, "[\n" + assessmentRecord + ",\n" + stray + "\n]\n");
    REQUIRE(refused.problems.size() == 1);
    CHECK(refused.problems.front().contains(QStringLiteral("there is no team \"Nowhere\"")));
    CHECK(db->assessments().count().value() == 0);

    // Where actions are not taken (a workshop's participants), they are named.
    const exchange::ReadResult participants =
        exchange::readJson("[\n" + goodAction + "\n]\n", QStringLiteral("in.json"), raterQuiz());
    REQUIRE(participants.problems.size() == 1);
    CHECK(participants.problems.front().startsWith(QStringLiteral("in.json: record 1 is an action")));
}
