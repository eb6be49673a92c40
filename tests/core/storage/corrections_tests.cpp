#include "printing.h"
#include "storage/storage_support.h"

#include "corrections/recordsmodel.h"
#include "history/history.h"
#include "i18n/persiancalendar.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSqlRecord>

using namespace rater;
using namespace support;
using Kind = storage::Correction::Kind;

namespace {

QStringList dump(const Database &db)
{
    return dumpTables(db);
}

qint64 logSize(const Database &db)
{
    return count(db, QStringLiteral("correction"));
}

// Three teams over two quarters, one workshop, some respondent codes.
std::unique_ptr<Database> sample(const QString &path)
{
    auto db = openDatabase(path);
    NewWorkshop w{QStringLiteral("Spring workshop"), QDate(2026, 3, 2), QStringLiteral("Mina"),
                  QStringLiteral("Front Desk"), QStringLiteral("en")};
    const qint64 workshop = db->workshops().create(w).value();
    std::vector<NewAssessment> batch;
    for (int i = 0; i < 24; ++i) {
        NewAssessment a = assessment(i % 3 == 0 ? QStringLiteral("Field service")
                                     : i % 3 == 1 ? QStringLiteral("Front Desk")
                                                  : QStringLiteral("Field Service"),
                                     QDate(2026, 1, 5).addDays(i * 7), 1 + i % 5);
        a.answers[3] = 1 + (i * 7) % 5;
        if (i % 4 == 0)
            a.respondent = QStringLiteral("R%1").arg(i);
        if (i % 3 == 1 && i < 12)
            a.workshopId = workshop;
        batch.push_back(a);
    }
    REQUIRE(db->assessments().recordAll(batch).hasValue());
    return db;
}

std::vector<qint64> idsOf(const Database &db, const QString &team)
{
    std::vector<qint64> ids;
    const auto listed = db.assessments().list(team);
    for (const StoredAssessment &a : listed.value())
        ids.push_back(a.id);
    return ids;
}

// Makes `correct` on a fresh sample, after `prepare`, then checks that undo
// puts back every table exactly, that redo makes it again, and that each step
// is logged.
void checkUndoRedo(const std::function<Expected<storage::Corrected>(Database &)> &correct,
                   const std::function<void(Database &)> &prepare = {})
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("undo.sqlite")));
    if (prepare)
        prepare(*db);
    const qint64 logged = logSize(*db);
    const QStringList before = dump(*db);
    const storage::Corrected done = made(correct(*db));
    const QStringList after = dump(*db);
    REQUIRE(after != before);
    made(db->corrections().undo(*done.correction));
    CHECK(dump(*db) == before);
    made(db->corrections().redo(*done.correction));
    CHECK(dump(*db) == after);
    made(db->corrections().undo(*done.correction));
    CHECK(dump(*db) == before);
    CHECK(logSize(*db) == logged + 4);
    const storage::Correction undone = db->corrections().find(*done.correction + 3).value();
    CHECK(undone.kind == Kind::Undo);
    CHECK(undone.of == done.correction);
    CHECK(undone.count == done.count);
}

} // namespace

TEST_CASE("Every kind of correction is undone and redone exactly", "[storage][corrections]")
{
    SECTION("delete")
    {
        checkUndoRedo([](Database &db) { return db.corrections().remove({1, 5, 9}); });
    }
    SECTION("restore")
    {
        checkUndoRedo([](Database &db) { return db.corrections().restore({3}); },
                      [](Database &db) { made(db.corrections().remove({2, 3})); });
    }
    SECTION("edit the team, to a new one, leaving none behind")
    {
        checkUndoRedo(
            [](Database &db) {
                return db.corrections().edit(1, {QStringLiteral("Back Office"), std::nullopt, std::nullopt});
            },
            [](Database &db) {
                for (qint64 id : idsOf(db, QStringLiteral("Field service")))
                    if (id != 1)
                        made(db.corrections().move({id}, QStringLiteral("Front Desk")));
            });
    }
    SECTION("edit the date and the respondent code, to a new code")
    {
        checkUndoRedo([](Database &db) {
            return db.corrections().edit(2, {std::nullopt, QDate(2026, 7, 1), QStringLiteral("NEW-7")});
        });
    }
    SECTION("remove a respondent code")
    {
        checkUndoRedo([](Database &db) { return db.corrections().edit(1, {std::nullopt, std::nullopt, QString()}); });
    }
    SECTION("move several to a new team")
    {
        checkUndoRedo([](Database &db) { return db.corrections().move({1, 2, 3, 4}, QStringLiteral("Night Shift")); });
    }
    SECTION("rename a team")
    {
        checkUndoRedo([](Database &db) {
            return db.corrections().renameTeam(QStringLiteral("Front Desk"), QStringLiteral("Reception"));
        });
    }
    SECTION("merge a team with a workshop into another")
    {
        checkUndoRedo([](Database &db) {
            return db.corrections().mergeTeams(QStringLiteral("Front Desk"), QStringLiteral("Field Service"));
        });
    }
    SECTION("take participants out of their workshop")
    {
        checkUndoRedo([](Database &db) { return db.corrections().leaveWorkshop({2, 5}); });
    }
}

TEST_CASE("A merge joins two teams' histories and the first team goes", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("merge.sqlite")));
    const qint64 fieldService = db->assessments().count(QStringLiteral("Field Service")).value();
    const qint64 lower = db->assessments().count(QStringLiteral("Field service")).value();
    made(db->corrections().remove({1})); // in the bin, and still merged
    const storage::Corrected merged =
        made(db->corrections().mergeTeams(QStringLiteral("Field service"), QStringLiteral("Field Service")));
    CHECK(merged.count == lower);
    CHECK(db->assessments().count(QStringLiteral("Field Service")).value() == fieldService + lower - 1);
    CHECK_FALSE(db->assessments().teams().value().contains(QStringLiteral("Field service")));
    made(db->corrections().restore({1}));
    CHECK(db->assessments().count(QStringLiteral("Field Service")).value() == fieldService + lower);
    const storage::Correction entry = db->corrections().find(*merged.correction).value();
    CHECK(entry.kind == Kind::Merge);
    CHECK(entry.detail.value(QStringLiteral("team")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("Field service"));
    CHECK(entry.detail.value(QStringLiteral("team")).toObject().value(QStringLiteral("to")).toString()
          == QStringLiteral("Field Service"));
}

TEST_CASE("Refused corrections change nothing and say why", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("refused.sqlite")));
    made(db->corrections().remove({4}));
    const QStringList before = dump(*db);
    const qint64 logged = logSize(*db);
    auto &c = db->corrections();
    CHECK(refusal(c.remove({1, 999})) == QStringLiteral("there is no assessment with id 999"));
    CHECK(refusal(c.remove({4})) == QStringLiteral("assessment 4 is in the bin; restore it first"));
    CHECK(refusal(c.restore({5})) == QStringLiteral("assessment 5 is not in the bin"));
    CHECK(refusal(c.edit(4, {QStringLiteral("X"), std::nullopt, std::nullopt})).contains(QStringLiteral("in the bin")));
    CHECK(refusal(c.edit(5, {std::nullopt, QDate(1700, 1, 1), std::nullopt})).contains(QStringLiteral("1900")));
    CHECK(refusal(c.edit(5, {QStringLiteral("  "), std::nullopt, std::nullopt})).contains(QStringLiteral("empty")));
    CHECK(refusal(c.move({5}, QStringLiteral("Bad\nName"))).contains(QStringLiteral("line")));
    CHECK(refusal(c.renameTeam(QStringLiteral("Front Desk"), QStringLiteral("Field Service")))
          == QStringLiteral("there is already a team \"Field Service\"; to put the results of \"Front Desk\" together "
                            "with it, merge \"Front Desk\" into \"Field Service\" instead"));
    CHECK(refusal(c.renameTeam(QStringLiteral("Nobody"), QStringLiteral("Somebody")))
          == QStringLiteral("there is no team \"Nobody\""));
    CHECK(refusal(c.mergeTeams(QStringLiteral("Front Desk"), QStringLiteral("Front Desk")))
          == QStringLiteral("a team cannot be merged into itself (\"Front Desk\")"));
    CHECK(refusal(c.mergeTeams(QStringLiteral("Front Desk"), QStringLiteral("Reception"))).contains(QStringLiteral("rename")));
    CHECK(refusal(c.leaveWorkshop({1})) == QStringLiteral("assessment 1 is not in a workshop"));
    CHECK(refusal(c.undo(999)) == QStringLiteral("there is no change 999 in the log"));
    CHECK(dump(*db) == before);
    CHECK(logSize(*db) == logged);
}

TEST_CASE("An undo that would overwrite a later change is refused", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("conflict.sqlite")));
    auto &c = db->corrections();
    const qint64 rename = *made(c.renameTeam(QStringLiteral("Front Desk"), QStringLiteral("Reception"))).correction;
    made(c.renameTeam(QStringLiteral("Reception"), QStringLiteral("Lobby")));
    const QStringList before = dump(*db);
    CHECK(refusal(c.undo(rename)).contains(QStringLiteral("has been changed since")));
    const qint64 removal = *made(c.remove({2})).correction;
    made(c.restore({2}));
    made(c.edit(2, {std::nullopt, QDate(2026, 12, 1), std::nullopt}));
    CHECK(refusal(c.undo(removal)) == QStringLiteral("change 3 cannot be undone: assessment 2 has been changed since"));
    made(c.edit(2, {std::nullopt, QDate(2026, 1, 12), std::nullopt}));
    CHECK(dump(*db) == before);
}

TEST_CASE("Corrected rows and their teams get a new version and change time", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("versions.sqlite")));
    const auto version = [&db](const QString &sql) {
        QSqlQuery query(sql, db->connection());
        REQUIRE(query.next());
        return std::pair{query.value(0).toLongLong(), query.value(1).toString()};
    };
    CHECK(version(QStringLiteral("SELECT version, changed_at FROM assessment WHERE id = 2")).first == 1);
    made(db->corrections().remove({2}));
    const auto [assessmentVersion, changedAt] = version(QStringLiteral("SELECT version, changed_at FROM assessment WHERE id = 2"));
    CHECK(assessmentVersion == 2);
    CHECK(QDateTime::fromString(changedAt, Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc()) < 60);
    CHECK(version(QStringLiteral("SELECT version, 0 FROM team WHERE name = 'Front Desk'")).first == 2);
    CHECK(version(QStringLiteral("SELECT version, 0 FROM team WHERE name = 'Field Service'")).first == 1);
    CHECK(version(QStringLiteral("SELECT version, 0 FROM assessment WHERE id = 3")).first == 1);
}

TEST_CASE("A rename, and its undo, give the team's results a new version: a sync sends them under the name they have",
          "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("renamed.sqlite")));
    const auto versions = [&db](const QString &team) {
        QSqlQuery query(QStringLiteral("SELECT count(*), min(a.version), max(a.version) FROM assessment a "
                                       "JOIN team t ON t.id = a.team_id WHERE t.name = '%1'")
                            .arg(team),
                        db->connection());
        REQUIRE(query.next());
        return std::tuple{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
    };
    const auto [frontDesk, lowest, highest] = versions(QStringLiteral("Front Desk"));
    REQUIRE(frontDesk > 1);
    CHECK(lowest == 1);
    const auto others = versions(QStringLiteral("Field Service"));
    const qint64 rename = *made(db->corrections().renameTeam(QStringLiteral("Front Desk"), QStringLiteral("Reception"))).correction;
    CHECK(versions(QStringLiteral("Reception")) == std::tuple{frontDesk, lowest + 1, highest + 1});
    made(db->corrections().undo(rename));
    CHECK(versions(QStringLiteral("Front Desk")) == std::tuple{frontDesk, lowest + 2, highest + 2});
    CHECK(versions(QStringLiteral("Field Service")) == others);
}

TEST_CASE("The bin keeps deleted results out of every view until it is emptied", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("bin.sqlite")));
    const qint64 all = db->assessments().count().value();
    const std::vector<qint64> frontDesk = idsOf(*db, QStringLiteral("Front Desk"));
    made(db->corrections().remove(frontDesk));
    made(db->corrections().remove({1}));
    CHECK(db->assessments().count().value() == all - qint64(frontDesk.size()) - 1);
    // The team has a workshop, so it stays a team with nothing to show.
    CHECK(db->assessments().count(QStringLiteral("Front Desk")).value() == 0);
    CHECK(teamDaySums(db->assessments(), QStringLiteral("Front Desk"), raterQuiz()).value().empty());
    CHECK(db->assessments().workshopAnswers(1).value().empty());

    storage::AssessmentStore::Browse bin;
    bin.bin = true;
    CHECK(db->assessments().countBrowsed(bin).value() == qint64(frontDesk.size()) + 1);
    std::vector<qint64> listed;
    REQUIRE(db->assessments().browse(bin, 0, 100, [&listed](const StoredAssessment &a) -> Status {
        CHECK_FALSE(a.deletedAt.isEmpty());
        listed.push_back(a.id);
        return Done{};
    }));
    CHECK(listed.size() == frontDesk.size() + 1);

    CHECK(db->corrections().binCount(30).value() == 0);
    CHECK(made(db->corrections().emptyBin(30)).count == 0);
    CHECK(db->corrections().binCount().value() == qint64(frontDesk.size()) + 1);
    const storage::Corrected emptied = made(db->corrections().emptyBin());
    CHECK(emptied.count == qint64(frontDesk.size()) + 1);
    CHECK(count(*db, QStringLiteral("assessment")) == all - qint64(frontDesk.size()) - 1);
    CHECK(db->assessments().countBrowsed(bin).value() == 0);
    CHECK(refusal(db->corrections().undo(*emptied.correction)) == QStringLiteral("emptying the bin cannot be undone"));
    // Undoing the deletion of what is gone for good is refused.
    CHECK(refusal(db->corrections().undo(1)).contains(QStringLiteral("has been changed since")));
    // The codes of assessments 1, 5 and 17 went with them; the others stayed.
    CHECK(count(*db, QStringLiteral("respondent")) == 3);
}

TEST_CASE("Browsing filters, searches and orders the records", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("browse.sqlite")));
    using Browse = storage::AssessmentStore::Browse;
    const auto ids = [&db](const Browse &b, qint64 offset = 0, qint64 limit = 100) {
        std::vector<qint64> found;
        REQUIRE(db->assessments().browse(b, offset, limit, [&found](const StoredAssessment &a) -> Status {
            found.push_back(a.id);
            return Done{};
        }));
        CHECK(db->assessments().countBrowsed(b).value() >= qint64(found.size()));
        return found;
    };
    Browse b;
    CHECK(ids(b).size() == 24);
    CHECK(ids(b, 20, 10) == std::vector<qint64>{21, 22, 23, 24});
    b.team = QStringLiteral("Front Desk");
    CHECK(ids(b) == idsOf(*db, QStringLiteral("Front Desk")));
    b = Browse{};
    b.first = QDate(2026, 4, 1);
    b.last = QDate(2026, 4, 30);
    for (qint64 id : ids(b))
        CHECK(QDate(2026, 1, 5).addDays((id - 1) * 7).month() == 4);
    CHECK(ids(b).size() == 4);
    b = Browse{};
    b.workshopId = 1;
    CHECK(ids(b) == std::vector<qint64>{2, 5, 8, 11});
    b = Browse{};
    b.search = QStringLiteral("r1");
    CHECK(ids(b) == std::vector<qint64>{13, 17}); // codes R12 and R16
    b.search = QStringLiteral("spring");
    CHECK(ids(b).size() == 4);
    b.search = QStringLiteral("7");
    CHECK(ids(b) == std::vector<qint64>{7});
    b.search = QStringLiteral("%");
    CHECK(ids(b).empty());
    b = Browse{};
    b.order = Browse::Order::Total;
    b.descending = true;
    std::vector<qint64> totals;
    REQUIRE(db->assessments().browse(b, 0, 100, [&totals](const StoredAssessment &a) -> Status {
        totals.push_back(score(raterQuiz(), a.answers).value().total);
        return Done{};
    }));
    CHECK(std::is_sorted(totals.rbegin(), totals.rend()));
    CHECK(totals.front() > totals.back());
}

TEST_CASE("Figures after corrections equal those of a database that had the corrected data from the start",
          "[storage][corrections]")
{
    QTemporaryDir dir;
    auto corrected = sample(dir.filePath(QStringLiteral("corrected.sqlite")));
    auto &c = corrected->corrections();
    made(c.renameTeam(QStringLiteral("Front Desk"), QStringLiteral("Reception")));
    made(c.mergeTeams(QStringLiteral("Field service"), QStringLiteral("Field Service")));
    made(c.remove({2, 3, 8}));
    made(c.restore({8}));
    made(c.edit(6, {std::nullopt, QDate(2026, 9, 9), std::nullopt}));

    // The same data, written right the first time.
    auto direct = openDatabase(dir.filePath(QStringLiteral("direct.sqlite")));
    std::vector<NewAssessment> batch;
    REQUIRE(corrected->assessments().forEach(QString(), [&batch](const StoredAssessment &a) -> Status {
        NewAssessment n = assessment(a.team, a.date);
        n.answers = a.answers;
        batch.push_back(n);
        return Done{};
    }));
    REQUIRE(direct->assessments().recordAll(batch).hasValue());
    CHECK(batch.size() == 22);

    CHECK(corrected->assessments().teams().value() == QStringList{QStringLiteral("Field Service"), QStringLiteral("Reception")});
    CHECK(direct->assessments().teams().value() == corrected->assessments().teams().value());
    const PeriodScheme scheme{QCalendar(), PeriodKind::Quarter, 1};
    const auto sameStats = [](const PeriodStats &a, const PeriodStats &b) {
        CHECK(a.period.start == b.period.start);
        CHECK(a.total.n == b.total.n);
        CHECK(a.total.mean == Approx(b.total.mean));
        CHECK(a.total.m2 == Approx(b.total.m2).margin(1e-9));
        for (std::size_t d = 0; d < a.dimensions.size(); ++d)
            CHECK(a.dimensions[d].mean == Approx(b.dimensions[d].mean));
    };
    const QStringList teams = direct->assessments().teams().value();
    for (const QString &team : teams) {
        const auto history =
            aggregateDays(teamDaySums(corrected->assessments(), team, raterQuiz()).value(), raterQuiz(), scheme);
        const auto expected =
            aggregateDays(teamDaySums(direct->assessments(), team, raterQuiz()).value(), raterQuiz(), scheme);
        REQUIRE(history.size() == expected.size());
        for (std::size_t i = 0; i < history.size(); ++i)
            sameStats(history[i], expected[i]);
    }
    const auto periods = periodsWithData(corrected->assessments(), scheme).value();
    REQUIRE(periods.size() == periodsWithData(direct->assessments(), scheme).value().size());
    ComparisonCache cache;
    for (const Period &period : periods) {
        const auto shown = cache.read(corrected->assessments(), period, raterQuiz()).value();
        const auto expected = compareTeams(direct->assessments(), period, raterQuiz()).value();
        REQUIRE(shown.size() == expected.size());
        for (std::size_t i = 0; i < shown.size(); ++i) {
            CHECK(shown[i].team == expected[i].team);
            sameStats(shown[i].stats, expected[i].stats);
        }
    }
}

TEST_CASE("The comparison cache reads a team again after a correction that keeps its count", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("cache.sqlite")));
    const PeriodScheme scheme{QCalendar(), PeriodKind::Quarter, 1};
    const Period q1 = periodsWithData(db->assessments(), scheme).value().front();
    ComparisonCache cache;
    REQUIRE(cache.read(db->assessments(), q1, raterQuiz()).hasValue());
    // Swap one assessment out of the team and another in: same count, new figures.
    made(db->corrections().edit(1, {QStringLiteral("Front Desk"), std::nullopt, std::nullopt}));
    made(db->corrections().edit(2, {QStringLiteral("Field service"), std::nullopt, std::nullopt}));
    const auto shown = cache.read(db->assessments(), q1, raterQuiz()).value();
    const auto fresh = compareTeams(db->assessments(), q1, raterQuiz()).value();
    REQUIRE(shown.size() == fresh.size());
    for (std::size_t i = 0; i < shown.size(); ++i)
        CHECK(shown[i].stats.total.mean == Approx(fresh[i].stats.total.mean));
}

TEST_CASE("The change log lists every correction in order with what it changed", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = sample(dir.filePath(QStringLiteral("log.sqlite")));
    auto &c = db->corrections();
    made(c.edit(3, {QStringLiteral("Front Desk"), QDate(2026, 2, 2), std::nullopt}));
    const qint64 rename = *made(c.renameTeam(QStringLiteral("Front Desk"), QStringLiteral("Reception"))).correction;
    made(c.undo(rename));
    std::vector<storage::Correction> log;
    REQUIRE(c.forEach([&log](const storage::Correction &entry) -> Status {
        log.push_back(entry);
        return Done{};
    }));
    REQUIRE(log.size() == 3);
    CHECK(log[0].kind == Kind::Edit);
    CHECK(log[0].count == 1);
    CHECK(log[0].detail.value(QStringLiteral("team")).toObject().value(QStringLiteral("from")).toString()
          == QStringLiteral("Field Service"));
    CHECK(log[0].detail.value(QStringLiteral("date")).toObject().value(QStringLiteral("to")).toString()
          == QStringLiteral("2026-02-02"));
    CHECK(log[1].kind == Kind::Rename);
    CHECK(log[1].count == 0);
    CHECK(log[2].kind == Kind::Undo);
    CHECK(log[2].ofKind == Kind::Rename);
    CHECK(log[2].detail == log[1].detail);
    for (const auto &entry : log)
        CHECK(QDateTime::fromString(entry.madeAt, Qt::ISODate).isValid());
    CHECK(storage::kindName(Kind::LeaveWorkshop) == QStringLiteral("leave_workshop"));
    CHECK(storage::kindFromName(u"empty_bin") == Kind::EmptyBin);
}

TEST_CASE("The Records model reads pages as the list scrolls, and passes Qt's model checks", "[storage][corrections]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("model.sqlite")));
    std::vector<NewAssessment> batch;
    for (int i = 0; i < 450; ++i)
        batch.push_back(assessment(i % 2 ? QStringLiteral("Front Desk") : QStringLiteral("Field Service"),
                                   QDate(2026, 1, 1).addDays(i % 300), 1 + i % 5));
    REQUIRE(db->assessments().recordAll(batch).hasValue());
    RecordsModel model(db->assessments(), raterQuiz());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPresentation(Language::Persian, persianCalendar());
    model.reload();
    CHECK(model.total() == 450);
    CHECK(model.rowCount() == 200); // one page, until more is asked for
    CHECK(model.columnCount() == RecordsModel::ColumnCount - 1);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == 450);
    // The latest recorded first, in Persian digits and the Solar Hijri calendar.
    CHECK(model.data(model.index(0, RecordsModel::Id)).toString() == QStringLiteral("۴۵۰"));
    CHECK(model.data(model.index(449, RecordsModel::Date)).toString() == QStringLiteral("۱۴۰۴/۱۰/۱۱"));
    CHECK(model.data(model.index(449, RecordsModel::Id), RecordsModel::IdRole).toLongLong() == 1);

    model.sort(RecordsModel::Total, Qt::DescendingOrder);
    CHECK(model.rowCount() == 200);
    CHECK(model.data(model.index(0, RecordsModel::Total)).toString() == model.data(model.index(1, RecordsModel::Total)).toString());
    RecordsModel::Browse bin = model.browse();
    bin.bin = true;
    REQUIRE(db->corrections().remove({3, 4}).value().made());
    model.setBrowse(bin);
    CHECK(model.columnCount() == RecordsModel::ColumnCount);
    CHECK(model.total() == 2);
    CHECK(model.rowOf(4) >= 0);
    CHECK(model.headerData(RecordsModel::Deleted, Qt::Horizontal).toString() == QStringLiteral("Deleted"));
}
