#include "printing.h"

#include "history/history.h"
#include "i18n/persiancalendar.h"
#include "storage/storage_support.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <map>
#include <random>
#include <set>

using namespace rater;
using namespace Qt::StringLiterals;

namespace {

// The comparison worked out again from a plain list of what was recorded,
// with aggregate() and score(): none of the code under test.
struct Recorded
{
    std::map<QString, std::vector<DatedAnswers>> byTeam;

    void add(const NewAssessment &a) { byTeam[a.team].push_back({a.date, a.answers}); }

    std::vector<TeamFigures> figures(const Period &period, const PeriodScheme &scheme) const
    {
        std::vector<TeamFigures> teams;
        for (const auto &[team, dated] : byTeam) {
            std::vector<DatedAnswers> inPeriod;
            for (const DatedAnswers &a : dated) {
                if (a.date >= period.start && a.date <= period.end)
                    inPeriod.push_back(a);
            }
            const std::vector<PeriodStats> stats = aggregate(inPeriod, support::raterQuiz(), scheme);
            if (!stats.empty())
                teams.push_back({team, stats.front(), 0});
        }
        return teams;
    }
};

void requireSame(const std::vector<TeamFigures> &actual, const std::vector<TeamFigures> &expected)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t t = 0; t < actual.size(); ++t) {
        INFO(expected[t].team.toStdString());
        CHECK(actual[t].team == expected[t].team);
        CHECK(actual[t].stats.total.n == expected[t].stats.total.n);
        CHECK(actual[t].stats.total.mean == Approx(expected[t].stats.total.mean));
        REQUIRE(actual[t].stats.dimensions.size() == expected[t].stats.dimensions.size());
        for (std::size_t d = 0; d < expected[t].stats.dimensions.size(); ++d)
            CHECK(actual[t].stats.dimensions[d].mean == Approx(expected[t].stats.dimensions[d].mean));
    }
}

NewAssessment randomAssessment(std::mt19937 &random, const QString &team, const QDate &date)
{
    NewAssessment a = support::assessment(team, date);
    std::uniform_int_distribution<int> answer(1, 5);
    for (int &value : a.answers)
        value = answer(random);
    return a;
}

} // namespace

TEST_CASE("The comparison cache reads again only the teams that changed, and matches a count from scratch",
          "[history][storage]")
{
    QTemporaryDir dir;
    auto db = support::openDatabase(dir.filePath(QStringLiteral("c.sqlite")));
    std::mt19937 random(7);
    Recorded expected;
    const auto record = [&](const QString &team, const QDate &date) {
        const NewAssessment a = randomAssessment(random, team, date);
        REQUIRE(db->assessments().record(a));
        expected.add(a);
    };
    for (int i = 0; i < 60; ++i)
        record(QStringList{u"Front Desk"_s, u"Field Service"_s, u"خدمات"_s}.at(i % 3), QDate(2026, 1, 1).addDays(i * 3));

    const PeriodScheme scheme{QCalendar(), PeriodKind::Quarter, 1};
    const Period q2 = periodOf(QDate(2026, 5, 1), scheme);
    ComparisonCache cache;
    const auto figures = [&](const Period &period) {
        const auto read = cache.read(db->assessments(), period, support::raterQuiz());
        INFO(read.error().toStdString());
        REQUIRE(read);
        return *read;
    };
    requireSame(figures(q2), expected.figures(q2, scheme));
    const auto fresh = compareTeams(db->assessments(), q2, support::raterQuiz());
    REQUIRE(fresh);
    requireSame(*fresh, expected.figures(q2, scheme));

    SECTION("a result saved into the period changes its team's figures")
    {
        record(u"Field Service"_s, QDate(2026, 6, 30));
        record(u"Back Office"_s, QDate(2026, 4, 1)); // a team new to the period
        requireSame(figures(q2), expected.figures(q2, scheme));
        CHECK(figures(q2).size() == 4);
    }
    SECTION("a result outside the period changes nothing in it")
    {
        const std::vector<TeamFigures> before = figures(q2);
        record(u"Front Desk"_s, QDate(2026, 7, 1));
        requireSame(figures(q2), before);
    }
    SECTION("only teams whose tally changed are read again")
    {
        // Answers are never rewritten in place; doing it behind Rater's back
        // shows which teams the cache read again.
        QSqlQuery rewrite(db->connection());
        REQUIRE(rewrite.exec(u"UPDATE assessment SET answers = '5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5' "
                             "WHERE team_id IN (SELECT id FROM team WHERE name <> 'Front Desk')"_s));
        const std::vector<TeamFigures> before = figures(q2);
        record(u"Front Desk"_s, QDate(2026, 5, 5));
        const std::vector<TeamFigures> after = figures(q2);
        const auto rewritten = compareTeams(db->assessments(), q2, support::raterQuiz());
        REQUIRE(rewritten);
        REQUIRE(after.size() == 3);
        for (std::size_t t = 0; t < after.size(); ++t) {
            INFO(after[t].team.toStdString());
            if (after[t].team == u"Front Desk"_s) {
                CHECK(after[t].stats.total.n == before[t].stats.total.n + 1);
                CHECK(after[t].stats.total.mean == Approx(rewritten->at(t).stats.total.mean));
            } else {
                CHECK(after[t].stats.total.mean == Approx(before[t].stats.total.mean));
                CHECK(after[t].stats.total.mean != Approx(rewritten->at(t).stats.total.mean));
            }
        }
    }
    SECTION("a period of another calendar with the same year and number is read afresh")
    {
        const PeriodScheme persian{persianCalendar(), PeriodKind::Quarter, 1};
        Period other = periodOf(QDate(2026, 5, 1), persian);
        other.year = q2.year; // the same label numbers, other days
        other.index = q2.index;
        REQUIRE(other.start != q2.start);
        requireSame(figures(other), expected.figures(other, persian));
    }
}

TEST_CASE("The periods that hold data are found one after the other, in every calendar", "[history][storage]")
{
    QTemporaryDir dir;
    auto db = support::openDatabase(dir.filePath(QStringLiteral("p.sqlite")));
    const PeriodScheme gregorian{QCalendar(), PeriodKind::Quarter, 1};
    REQUIRE(periodsWithData(db->assessments(), gregorian).value().empty());

    // Gaps of several periods, two teams on their own days, and the first and
    // last days of periods.
    const std::vector<std::pair<QString, QDate>> taken{
        {u"A"_s, QDate(2023, 3, 31)}, {u"B"_s, QDate(2023, 4, 1)},  {u"A"_s, QDate(2023, 4, 1)},
        {u"B"_s, QDate(2024, 12, 31)}, {u"A"_s, QDate(2025, 3, 20)}, {u"B"_s, QDate(2025, 3, 21)},
        {u"A"_s, QDate(2026, 11, 27)}};
    std::vector<NewAssessment> batch;
    for (const auto &[team, date] : taken)
        batch.push_back(support::assessment(team, date));
    REQUIRE(db->assessments().recordAll(batch));

    for (const PeriodScheme &scheme : {gregorian, PeriodScheme{QCalendar(), PeriodKind::Month, 1},
                                       PeriodScheme{persianCalendar(), PeriodKind::Quarter, 1},
                                       PeriodScheme{QCalendar(QCalendar::System::IslamicCivil), PeriodKind::Month, 1},
                                       PeriodScheme{QCalendar(), PeriodKind::Quarter, 4}}) {
        std::set<QDate> starts;
        for (const auto &[team, date] : taken)
            starts.insert(periodOf(date, scheme).start);
        const auto periods = periodsWithData(db->assessments(), scheme);
        REQUIRE(periods);
        std::vector<QDate> found;
        for (const Period &p : *periods)
            found.push_back(p.start);
        CHECK(found == std::vector<QDate>(starts.begin(), starts.end()));
    }
}

TEST_CASE("A stored date that is not a date is named, and the periods stop at it", "[history][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.sqlite"));
    auto db = support::openDatabase(path);
    REQUIRE(db->assessments().record(support::assessment(u"A"_s, QDate(2026, 1, 5))));
    const qint64 bad = db->assessments().record(support::assessment(u"A"_s, QDate(2026, 2, 5))).value();
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(u"UPDATE assessment SET taken_on = '2026-02-30' WHERE id = %1"_s.arg(bad)));

    const auto periods = periodsWithData(db->assessments(), PeriodScheme{QCalendar(), PeriodKind::Month, 1});
    REQUIRE_FALSE(periods);
    CHECK(periods.error().contains(u"assessment %1"_s.arg(bad)));
    CHECK(periods.error().contains(u"2026-02-30"_s));

    const IntegrityReport report = db->maintenance().check();
    CHECK_FALSE(report.sound);
    CHECK(report.problems.join(u'\n').contains(u"assessment %1 has the date \"2026-02-30\""_s.arg(bad)));
}
