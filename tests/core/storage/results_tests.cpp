// The same tests of storage::Results on its two engines: a laptop's SQLite
// file and the organisation's PostgreSQL store. The binary runs inside
// pg_virtualenv, whose throw-away server libpq finds through PGHOST, PGPORT,
// PGUSER and PGPASSWORD; the store is set up by its owner, who may do
// anything an admin may.

#include "storage_support.h"

#include "organisation/store.h"
#include "storage/fileresults.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <set>

using namespace rater;
using support::assessment;
using support::made;
using support::refusal;

namespace {

// A new, empty store in a database of its own, its schema made by Rater.
std::unique_ptr<organisation::OrganisationStore> newStore()
{
    static int made = 0;
    const QString name = QStringLiteral("results_%1").arg(++made);
    {
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("server"));
        server.setDatabaseName(QStringLiteral("postgres"));
        INFO("no PostgreSQL server: run these tests inside pg_virtualenv");
        REQUIRE(server.open());
        QSqlQuery query(server);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)));
        REQUIRE(query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    const Expected<organisation::StoreAddress> address =
        organisation::parseStoreAddress(QStringLiteral("postgresql:///") + name);
    REQUIRE(address.hasValue());
    auto store = organisation::OrganisationStore::connect(*address);
    INFO(store.error().toStdString());
    REQUIRE(store.hasValue());
    const Status made_ = (*store)->init(3);
    INFO(made_.error().toStdString());
    REQUIRE(made_.hasValue());
    return std::move(store).value();
}

// Runs `test` once on a new laptop's file and once on a new store, each a
// section of its own.
void onBothEngines(const std::function<void(storage::Results &)> &test)
{
    SECTION("in a laptop's SQLite file")
    {
        QTemporaryDir dir;
        const auto database = support::openDatabase(dir.filePath(QStringLiteral("rater.sqlite")));
        storage::FileResults results(*database);
        test(results);
    }
    SECTION("in the organisation's PostgreSQL store")
    {
        const auto store = newStore();
        test(*store);
    }
}

std::vector<StoredAssessment> listed(const storage::Results &results, const QString &team = QString(),
                                     bool bin = false)
{
    std::vector<StoredAssessment> rows;
    const Status read = results.forEach(team, bin, [&rows](const StoredAssessment &a) -> Status {
        rows.push_back(a);
        return Done{};
    });
    INFO(read.error().toStdString());
    REQUIRE(read.hasValue());
    return rows;
}

std::vector<QString> teamsOf(const std::vector<StoredAssessment> &rows)
{
    std::vector<QString> teams;
    for (const StoredAssessment &a : rows)
        teams.push_back(a.team);
    return teams;
}

qint64 recorded(storage::Results &results, const NewAssessment &a)
{
    const Expected<qint64> id = results.record(a);
    INFO(id.error().toStdString());
    REQUIRE(id.hasValue());
    return *id;
}

qint64 counted(const storage::Results &results, const QString &team = QString())
{
    const Expected<qint64> n = results.count(team);
    REQUIRE(n.hasValue());
    return *n;
}

} // namespace

TEST_CASE("Both engines keep what is recorded as it was given, in date order, one team's or all",
          "[results]")
{
    onBothEngines([](storage::Results &results) {
        NewAssessment late = assessment(QStringLiteral("Front Desk"), QDate(2026, 3, 2), 4);
        late.respondent = QStringLiteral("fd-01");
        late.answers[16] = 2;
        late.lang = QStringLiteral("fa");
        const qint64 lateId = recorded(results, late);
        const qint64 earlyId = recorded(results, assessment(QStringLiteral("Field Service"), QDate(2026, 1, 5), 2));
        const qint64 sameDay = recorded(results, assessment(QStringLiteral("Front Desk"), QDate(2026, 3, 2), 5));
        CHECK(earlyId > lateId);
        CHECK(sameDay > earlyId);

        const std::vector<StoredAssessment> all = listed(results);
        REQUIRE(all.size() == 3);
        CHECK(all[0].id == earlyId);
        CHECK(all[1].id == lateId);
        CHECK(all[2].id == sameDay);
        const StoredAssessment &a = all[1];
        CHECK(a.team == QStringLiteral("Front Desk"));
        CHECK(a.respondent == QStringLiteral("fd-01"));
        CHECK(a.date == QDate(2026, 3, 2));
        CHECK(a.lang == QStringLiteral("fa"));
        CHECK(a.answers == late.answers);
        CHECK(a.questionnaireId == support::raterQuiz().id);
        CHECK_FALSE(a.uuid.isNull());
        CHECK_FALSE(a.workshopId.has_value());
        CHECK(a.deletedAt.isEmpty());
        CHECK(all[0].respondent.isEmpty());

        CHECK(teamsOf(listed(results, QStringLiteral("Front Desk")))
              == std::vector<QString>{QStringLiteral("Front Desk"), QStringLiteral("Front Desk")});
        CHECK(listed(results, QStringLiteral("Nobody")).empty());
        CHECK(counted(results) == 3);
        CHECK(counted(results, QStringLiteral("Field Service")) == 1);
        const Expected<storage::AssessmentStore::Extent> extent = results.extent();
        REQUIRE(extent.hasValue());
        CHECK(extent->largestId == sameDay);
        CHECK(extent->longestTeam == 13);
        CHECK(extent->longestRespondent == 5);
    });
}

TEST_CASE("Both engines keep the installation an imported result was made on", "[results]")
{
    onBothEngines([](storage::Results &results) {
        const QUuid laptop = QUuid::createUuid();
        const QUuid other = QUuid::createUuid();
        std::vector<NewAssessment> batch;
        for (const QUuid &origin : {laptop, other, laptop, QUuid()}) {
            NewAssessment a = assessment(QStringLiteral("North"), QDate(2026, 2, int(batch.size()) + 1));
            a.uuid = QUuid::createUuid();
            a.origin = origin;
            batch.push_back(a);
        }
        const Expected<storage::AssessmentStore::Recorded> recorded = results.recordAll(batch);
        INFO(recorded.error().toStdString());
        REQUIRE(recorded.hasValue());
        const std::vector<StoredAssessment> rows = listed(results);
        REQUIRE(rows.size() == 4);
        CHECK(rows[0].origin == laptop);
        CHECK(rows[1].origin == other);
        CHECK(rows[2].origin == laptop);
        // One made where it is recorded comes from there.
        CHECK_FALSE(rows[3].origin.isNull());
        CHECK(rows[3].origin != laptop);
        CHECK(rows[3].origin != other);
    });
}

TEST_CASE("Both engines record a batch all or none, and store an assessment with a known UUID once", "[results]")
{
    onBothEngines([](storage::Results &results) {
        std::vector<NewAssessment> batch;
        for (int i = 0; i < 4; ++i) {
            NewAssessment a = assessment(QStringLiteral("North"), QDate(2026, 2, 1 + i), 1 + i);
            a.uuid = QUuid::createUuid();
            batch.push_back(a);
        }
        // A wrong answer in the last one: none of them is kept.
        std::vector<NewAssessment> broken = batch;
        broken.back().answers[3] = 9;
        const Expected<storage::AssessmentStore::Recorded> refusedBatch = results.recordAll(broken);
        REQUIRE_FALSE(refusedBatch.hasValue());
        CHECK(refusedBatch.error().contains(QStringLiteral("assessment 4 was not saved")));
        CHECK(counted(results) == 0);
        CHECK(listed(results).empty());

        const Expected<storage::AssessmentStore::Recorded> first = results.recordAll(batch);
        INFO(first.error().toStdString());
        REQUIRE(first.hasValue());
        CHECK(first->added() == 4);
        CHECK(first->alreadyStored == 0);
        // Again, with one new: the four are found by their UUIDs.
        batch.push_back(assessment(QStringLiteral("North"), QDate(2026, 2, 9)));
        const Expected<storage::AssessmentStore::Recorded> again = results.recordAll(batch);
        REQUIRE(again.hasValue());
        CHECK(again->added() == 1);
        CHECK(again->alreadyStored == 4);
        CHECK(std::vector<qint64>(again->ids.begin(), again->ids.begin() + 4) == first->ids);
        CHECK(counted(results) == 5);
        const std::vector<StoredAssessment> rows = listed(results);
        CHECK(rows.front().uuid == batch.front().uuid);
    });
}

TEST_CASE("Both engines keep workshops and their participants, and name a workshop that is not there", "[results]")
{
    onBothEngines([](storage::Results &results) {
        const Expected<qint64> id = results.createWorkshop(
            {QStringLiteral("Spring review"), QDate(2026, 4, 1), QStringLiteral("Dana"), QStringLiteral("Atelier"),
             QStringLiteral("ar")});
        INFO(id.error().toStdString());
        REQUIRE(id.hasValue());
        const Expected<Workshop> workshop = results.workshop(*id);
        REQUIRE(workshop.hasValue());
        CHECK(workshop->title == QStringLiteral("Spring review"));
        CHECK(workshop->date == QDate(2026, 4, 1));
        CHECK(workshop->facilitator == QStringLiteral("Dana"));
        CHECK(workshop->team == QStringLiteral("Atelier"));
        CHECK(workshop->lang == QStringLiteral("ar"));

        for (int answer = 1; answer <= 3; ++answer) {
            NewAssessment a = assessment(QStringLiteral("Atelier"), QDate(2026, 4, 1), answer);
            a.workshopId = *id;
            recorded(results, a);
        }
        recorded(results, assessment(QStringLiteral("Atelier"), QDate(2026, 4, 1), 5));
        std::vector<int> firstAnswers;
        const Status read = results.forEachInWorkshop(*id, [&firstAnswers](const StoredAssessment &a) -> Status {
            firstAnswers.push_back(a.answers.front());
            return Done{};
        });
        REQUIRE(read.hasValue());
        CHECK(firstAnswers == std::vector<int>{1, 2, 3});
        const Expected<std::vector<Answers>> answers = results.workshopAnswers(*id);
        REQUIRE(answers.hasValue());
        CHECK(answers->size() == 3);
        CHECK(listed(results).front().workshopId == id.value());

        // A participant named by the workshop's title joins it; a new title starts one.
        NewAssessment byTitle = assessment(QStringLiteral("Atelier"), QDate(2026, 4, 1), 4);
        byTitle.workshopTitle = QStringLiteral("Spring review");
        const qint64 joined = recorded(results, byTitle);
        byTitle.workshopTitle = QStringLiteral("Autumn review");
        const qint64 started = recorded(results, byTitle);
        std::optional<qint64> joinedWorkshop;
        std::optional<qint64> startedWorkshop;
        for (const StoredAssessment &a : listed(results)) {
            if (a.id == joined)
                joinedWorkshop = a.workshopId;
            if (a.id == started)
                startedWorkshop = a.workshopId;
        }
        CHECK(joinedWorkshop == id.value());
        REQUIRE(startedWorkshop.has_value());
        CHECK(*startedWorkshop != *id);
        CHECK(results.workshop(*startedWorkshop).value().title == QStringLiteral("Autumn review"));

        const Expected<Workshop> missing = results.workshop(*id + 100);
        REQUIRE_FALSE(missing.hasValue());
        CHECK(missing.error().contains(QString::number(*id + 100)));
        CHECK(missing.error().contains(results.shown()));
        NewAssessment nowhere = assessment(QStringLiteral("Atelier"), QDate(2026, 4, 2));
        nowhere.workshopId = *id + 100;
        CHECK_FALSE(results.record(nowhere).hasValue());
        CHECK(counted(results) == 6);
    });
}

TEST_CASE("Both engines move results to the bin and back, refuse what cannot be moved, and empty the bin",
          "[results]")
{
    onBothEngines([](storage::Results &results) {
        std::vector<qint64> ids;
        for (int day = 1; day <= 4; ++day)
            ids.push_back(recorded(results, assessment(QStringLiteral("South"), QDate(2026, 5, day))));

        CHECK(made(results.moveToBin({ids[1], ids[2]}, true)).count == 2);
        CHECK(counted(results) == 2);
        const std::vector<StoredAssessment> bin = listed(results, QString(), true);
        REQUIRE(bin.size() == 2);
        const std::set<qint64> binned{bin[0].id, bin[1].id};
        CHECK(binned == std::set<qint64>{ids[1], ids[2]});
        CHECK_FALSE(bin[0].deletedAt.isEmpty());
        CHECK(listed(results, QStringLiteral("South"), true).size() == 2);

        // One in the bin cannot go there again, one out of it cannot be
        // restored, one that is not there cannot be either; nothing changes.
        CHECK(refusal(results.moveToBin({ids[0], ids[1]}, true)).contains(QString::number(ids[1])));
        CHECK(refusal(results.moveToBin({ids[3]}, false)).contains(QString::number(ids[3])));
        CHECK(refusal(results.moveToBin({ids[3] + 50}, true)).contains(QString::number(ids[3] + 50)));
        CHECK(counted(results) == 2);

        CHECK(made(results.moveToBin({ids[2]}, false)).count == 1);
        CHECK(counted(results) == 3);
        // Not old enough yet, then for good.
        CHECK(made(results.emptyBin(30)).count == 0);
        CHECK(listed(results, QString(), true).size() == 1);
        CHECK(made(results.emptyBin(std::nullopt)).count == 1);
        CHECK(listed(results, QString(), true).empty());
        CHECK(refusal(results.moveToBin({ids[1]}, false)).contains(QString::number(ids[1])));
        CHECK(counted(results) == 3);
    });
}

TEST_CASE("Both engines correct one result's team, date and code, and refuse what is not a correction",
          "[results]")
{
    onBothEngines([](storage::Results &results) {
        NewAssessment a = assessment(QStringLiteral("East"), QDate(2026, 6, 1));
        a.respondent = QStringLiteral("e-7");
        const qint64 id = recorded(results, a);

        storage::CorrectionStore::Edit edit;
        edit.team = QStringLiteral("West");
        edit.date = QDate(2026, 6, 3);
        CHECK(made(results.edit(id, edit)).count == 1);
        StoredAssessment now = listed(results).front();
        CHECK(now.team == QStringLiteral("West"));
        CHECK(now.date == QDate(2026, 6, 3));
        CHECK(now.respondent == QStringLiteral("e-7"));

        storage::CorrectionStore::Edit uncoded;
        uncoded.respondent = QString();
        made(results.edit(id, uncoded));
        CHECK(listed(results).front().respondent.isEmpty());

        storage::CorrectionStore::Edit noTeam;
        noTeam.team = QStringLiteral("  ");
        refusal(results.edit(id, noTeam));
        CHECK(refusal(results.edit(id + 9, edit)).contains(QString::number(id + 9)));
        made(results.moveToBin({id}, true));
        CHECK(refusal(results.edit(id, edit)).contains(QString::number(id)));
        CHECK(listed(results, QString(), true).front().team == QStringLiteral("West"));
    });
}

TEST_CASE("Both engines rename and merge teams, their results and workshops with them", "[results]")
{
    onBothEngines([](storage::Results &results) {
        recorded(results, assessment(QStringLiteral("Help desk"), QDate(2026, 7, 1)));
        recorded(results, assessment(QStringLiteral("Help desk"), QDate(2026, 7, 2)));
        const qint64 binned = recorded(results, assessment(QStringLiteral("Help desk"), QDate(2026, 7, 3)));
        made(results.moveToBin({binned}, true));
        recorded(results, assessment(QStringLiteral("Support"), QDate(2026, 7, 4)));
        const Expected<qint64> workshop = results.createWorkshop(
            {QStringLiteral("July"), QDate(2026, 7, 1), QString(), QStringLiteral("Help desk"), QStringLiteral("en")});
        REQUIRE(workshop.hasValue());

        made(results.renameTeam(QStringLiteral("Help desk"), QStringLiteral("Help Desk")));
        CHECK(counted(results, QStringLiteral("Help Desk")) == 2);
        CHECK(counted(results, QStringLiteral("Help desk")) == 0);
        CHECK(results.workshop(*workshop).value().team == QStringLiteral("Help Desk"));
        refusal(results.renameTeam(QStringLiteral("Help Desk"), QStringLiteral("Support")));
        refusal(results.renameTeam(QStringLiteral("Nowhere"), QStringLiteral("Somewhere")));
        refusal(results.renameTeam(QStringLiteral("Support"), QStringLiteral("")));

        refusal(results.mergeTeams(QStringLiteral("Support"), QStringLiteral("Support")));
        refusal(results.mergeTeams(QStringLiteral("Support"), QStringLiteral("Nowhere")));
        // Every result moves, the one in the bin too.
        CHECK(made(results.mergeTeams(QStringLiteral("Help Desk"), QStringLiteral("Support"))).count == 3);
        CHECK(counted(results, QStringLiteral("Support")) == 3);
        CHECK(listed(results, QStringLiteral("Support"), true).size() == 1);
        CHECK(results.workshop(*workshop).value().team == QStringLiteral("Support"));
        refusal(results.renameTeam(QStringLiteral("Help Desk"), QStringLiteral("Anything")));
        CHECK(teamsOf(listed(results))
              == std::vector<QString>{QStringLiteral("Support"), QStringLiteral("Support"), QStringLiteral("Support")});
    });
}
