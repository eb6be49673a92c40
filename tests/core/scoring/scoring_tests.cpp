#include "printing.h"
#include "rater_quiz.h"
#include "scoring/reference_scoring.h"

#include "questionnaire/loader.h"
#include "scoring/scoring.h"

#include <catch2/catch.hpp>

#include <limits>

#include <random>

using namespace rater;

namespace {

Score scored(const Answers &answers)
{
    const Expected<Score> result = score(raterQuiz(), answers);
    REQUIRE(result.hasValue());
    return result.value();
}

double meanOf(const Score &s, const char *id)
{
    for (const DimensionScore &d : s.dimensions) {
        if (d.id == QLatin1String(id))
            return d.mean;
    }
    FAIL("no dimension " << id);
    return 0;
}

double percentOf(const Score &s, const char *id)
{
    for (const DimensionScore &d : s.dimensions) {
        if (d.id == QLatin1String(id))
            return d.percent;
    }
    FAIL("no dimension " << id);
    return 0;
}

Answers uniform(int answer)
{
    return Answers(17, answer);
}

} // namespace

TEST_CASE("All answers 1: the seven reverse-keyed statements score 5, the rest 1", "[scoring]")
{
    const Score s = scored(uniform(1));
    CHECK(s.total == 7 * 5 + 10 * 1); // 45
    CHECK(s.bandId == QStringLiteral("middle"));
    CHECK(s.minTotal == 17);
    CHECK(s.maxTotal == 85);
    // reliability 6,7,12,13,14 -> 1+5+5+1+1 = 13 / 5
    CHECK(meanOf(s, "reliability") == Approx(2.6));
    CHECK(percentOf(s, "reliability") == Approx(40.0));
    // assurance 8,9,10,15,16,17 -> 5+1+5+1+5+1 = 18 / 6
    CHECK(meanOf(s, "assurance") == Approx(3.0));
    CHECK(percentOf(s, "assurance") == Approx(50.0));
    // tangibles 4,7,8,9,17 -> 1+5+5+1+1 = 13 / 5
    CHECK(meanOf(s, "tangibles") == Approx(2.6));
    // empathy 2,3,11,14,16 -> 1+1+1+1+5 = 9 / 5
    CHECK(meanOf(s, "empathy") == Approx(1.8));
    CHECK(percentOf(s, "empathy") == Approx(20.0));
    // responsiveness 1,4,5,7,13 -> 5+1+5+5+1 = 17 / 5
    CHECK(meanOf(s, "responsiveness") == Approx(3.4));
    CHECK(percentOf(s, "responsiveness") == Approx(60.0));
}

TEST_CASE("All answers 3: every item scores 3", "[scoring]")
{
    const Score s = scored(uniform(3));
    CHECK(s.total == 51);
    CHECK(s.bandId == QStringLiteral("middle"));
    for (const DimensionScore &d : s.dimensions) {
        CHECK(d.mean == Approx(3.0));
        CHECK(d.percent == Approx(50.0));
    }
}

TEST_CASE("All answers 5: the reverse-keyed statements score 1, the rest 5", "[scoring]")
{
    const Score s = scored(uniform(5));
    CHECK(s.total == 7 * 1 + 10 * 5); // 57
    CHECK(s.bandId == QStringLiteral("middle"));
    CHECK(meanOf(s, "reliability") == Approx(3.4));    // 5+1+1+5+5 = 17
    CHECK(meanOf(s, "assurance") == Approx(3.0));      // 1+5+1+5+1+5 = 18
    CHECK(meanOf(s, "tangibles") == Approx(3.4));      // 5+1+1+5+5 = 17
    CHECK(meanOf(s, "empathy") == Approx(4.2));        // 5+5+5+5+1 = 21
    CHECK(meanOf(s, "responsiveness") == Approx(2.6)); // 1+5+1+1+5 = 13
    CHECK(percentOf(s, "empathy") == Approx(80.0));
}

TEST_CASE("A mixed answer vector, worked by hand", "[scoring]")
{
    // statement:   1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17
    // answer:      2  4  4  5  1  3  2  1  4  2  5  1  4  5  3  2  5
    // reversed:    R           R     R  R     R     R           R
    // item score:  4  4  4  5  5  3  4  5  4  4  5  5  4  5  3  4  5  -> total 73
    const Score s = scored({2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5});
    CHECK(s.itemScores == std::vector<int>{4, 4, 4, 5, 5, 3, 4, 5, 4, 4, 5, 5, 4, 5, 3, 4, 5});
    CHECK(s.total == 73);
    CHECK(s.bandId == QStringLiteral("high"));
    CHECK(meanOf(s, "reliability") == Approx(21.0 / 5));   // 3+4+5+4+5
    CHECK(percentOf(s, "reliability") == Approx(80.0));
    CHECK(meanOf(s, "assurance") == Approx(25.0 / 6));     // 5+4+4+3+4+5
    CHECK(percentOf(s, "assurance") == Approx((25.0 / 6 - 1) / 4 * 100)); // 79.1666…
    CHECK(meanOf(s, "tangibles") == Approx(23.0 / 5));     // 5+4+5+4+5
    CHECK(meanOf(s, "empathy") == Approx(22.0 / 5));       // 4+4+5+5+4
    CHECK(meanOf(s, "responsiveness") == Approx(22.0 / 5)); // 4+5+5+4+4
    CHECK(percentOf(s, "responsiveness") == Approx(85.0));
}

TEST_CASE("The extremes reach 17 and 85", "[scoring]")
{
    Answers lowest(17);
    Answers highest(17);
    for (int i = 1; i <= 17; ++i) {
        const bool reversed = reference::reverseKeyed.count(i) > 0;
        lowest[i - 1] = reversed ? 5 : 1;
        highest[i - 1] = reversed ? 1 : 5;
    }
    const Score low = scored(lowest);
    CHECK(low.total == 17);
    CHECK(low.bandId == QStringLiteral("low"));
    for (const DimensionScore &d : low.dimensions)
        CHECK(d.percent == Approx(0.0));
    const Score high = scored(highest);
    CHECK(high.total == 85);
    CHECK(high.bandId == QStringLiteral("high"));
    for (const DimensionScore &d : high.dimensions)
        CHECK(d.percent == Approx(100.0));
}

TEST_CASE("Band boundaries fall between 39 and 40 and between 62 and 63", "[scoring]")
{
    // Start from all 3s (51) and move forward-keyed statements to shift the total.
    // Forward statements: 2 3 4 6 9 11 13 14 15 17.
    Answers a = uniform(3);
    // 51 - 12: statements 2, 3, 4, 6, 9, 11 from 3 to 1 -> 39
    for (int s : {2, 3, 4, 6, 9, 11})
        a[s - 1] = 1;
    CHECK(scored(a).total == 39);
    CHECK(scored(a).bandId == QStringLiteral("low"));
    a[11 - 1] = 2; // +1 -> 40
    CHECK(scored(a).total == 40);
    CHECK(scored(a).bandId == QStringLiteral("middle"));

    Answers b = uniform(3);
    // 51 + 11: statements 2, 3, 4, 6, 9 from 3 to 5 (+10) and 11 to 4 (+1) -> 62
    for (int s : {2, 3, 4, 6, 9})
        b[s - 1] = 5;
    b[11 - 1] = 4;
    CHECK(scored(b).total == 62);
    CHECK(scored(b).bandId == QStringLiteral("middle"));
    b[1 - 1] = 2; // statement 1 is reverse-keyed: answer 2 scores 4 -> 63
    CHECK(scored(b).total == 63);
    CHECK(scored(b).bandId == QStringLiteral("high"));
}

TEST_CASE("Each reverse-keyed statement scores 6 minus the answer", "[scoring]")
{
    for (int statement = 1; statement <= 17; ++statement) {
        const bool reversed = reference::reverseKeyed.count(statement) > 0;
        for (int answer = 1; answer <= 5; ++answer) {
            Answers a = uniform(3);
            a[statement - 1] = answer;
            const Score s = scored(a);
            INFO("statement " << statement << ", answer " << answer);
            const int expected = reversed ? 6 - answer : answer;
            CHECK(s.itemScores[statement - 1] == expected);
            CHECK(s.total == 48 + expected);
        }
    }
}

TEST_CASE("Each dimension draws on exactly its own statements", "[scoring]")
{
    for (int statement = 1; statement <= 17; ++statement) {
        Answers a = uniform(3);
        a[statement - 1] = reference::reverseKeyed.count(statement) ? 1 : 5; // item score 5
        const Score s = scored(a);
        for (const auto &[id, members] : reference::dimensionMembers) {
            const bool member = std::find(members.begin(), members.end(), statement) != members.end();
            INFO("statement " << statement << ", dimension " << id);
            const double expected = member ? 3.0 + 2.0 / double(members.size()) : 3.0;
            CHECK(meanOf(s, id.c_str()) == Approx(expected));
        }
    }
}

TEST_CASE("The core agrees with the reference rules on random answer vectors", "[scoring]")
{
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> answer(1, 5);
    for (int round = 0; round < 100000; ++round) {
        std::array<int, 17> values{};
        for (int &v : values)
            v = answer(random);
        const reference::Result expected = reference::score(values);
        const Score s = scored(Answers(values.begin(), values.end()));
        if (s.total != expected.total || s.bandId.toStdString() != expected.band)
            FAIL("round " << round << ": total " << s.total << " band " << s.bandId.toStdString()
                          << ", expected " << expected.total << " " << expected.band);
        for (const DimensionScore &d : s.dimensions) {
            if (d.mean != expected.mean.at(d.id.toStdString())
                || d.percent != Approx(expected.percent.at(d.id.toStdString())))
                FAIL("round " << round << ": dimension " << d.id.toStdString());
        }
    }
    SUCCEED();
}

TEST_CASE("Scoring refuses answers it cannot score", "[scoring]")
{
    CHECK_FALSE(score(raterQuiz(), Answers(16, 3)).hasValue());
    Answers a = uniform(3);
    a[8] = 7;
    const Expected<Score> refused = score(raterQuiz(), a);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error() == QStringLiteral("answer 9 of 17 is 7; answers run from 1 to 5"));

    // A questionnaire made in code, beyond the loader's limits: the total is refused, never wrapped.
    Questionnaire huge = raterQuiz();
    for (Statement &statement : huge.statements)
        statement.itemScores.assign(statement.itemScores.size(), std::numeric_limits<int>::max() / 4);
    const Expected<Score> overflow = score(huge, uniform(3));
    REQUIRE_FALSE(overflow.hasValue());
    CHECK(overflow.error().contains(QStringLiteral("too large")));
}

TEST_CASE("Weakest dimensions come first", "[scoring]")
{
    const Score s = scored(uniform(1));
    const std::vector<DimensionScore> ordered = weakestFirst(s);
    REQUIRE(ordered.size() == 5);
    CHECK(ordered[0].id == QStringLiteral("empathy"));       // 1.8
    CHECK(ordered[1].id == QStringLiteral("reliability"));   // 2.6, first in file order
    CHECK(ordered[2].id == QStringLiteral("tangibles"));     // 2.6
    CHECK(ordered[4].id == QStringLiteral("responsiveness")); // 3.4
}
