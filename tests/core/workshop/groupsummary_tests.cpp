#include "printing.h"
#include "rater_quiz.h"

#include "questionnaire/loader.h"
#include "workshop/groupsummary.h"

#include <catch2/catch.hpp>

#include <array>

using namespace rater;

namespace {

// Reverse-keyed statements answered 1, the others 5: every item scores 5, total 85.
Answers best()
{
    Answers a(17, 5);
    for (int s : {1, 5, 7, 8, 10, 12, 16})
        a[std::size_t(s - 1)] = 1;
    return a;
}

const DimensionGroupSummary &dimension(const GroupSummary &g, const char *id)
{
    for (const DimensionGroupSummary &d : g.dimensions) {
        if (d.id == QLatin1String(id))
            return d;
    }
    FAIL("no dimension " << id);
    return g.dimensions.front();
}

} // namespace

TEST_CASE("Quartiles interpolate between order statistics, ties included", "[workshop]")
{
    CHECK(quantile({4, 1, 3, 2}, 0.5) == Approx(2.5));
    CHECK(quantile({4, 1, 3, 2}, 0.25) == Approx(1.75));
    CHECK(quantile({4, 1, 3, 2}, 0.75) == Approx(3.25));
    CHECK(quantile({2, 2, 2, 5}, 0.5) == Approx(2.0));
    CHECK(quantile({2, 2, 2, 5}, 0.25) == Approx(2.0));
    CHECK(quantile({2, 2, 2, 5}, 0.75) == Approx(2.75));
    CHECK(quantile({3.4}, 0.25) == Approx(3.4)); // a single participant's value is every quartile
    CHECK(quantile({3.4}, 0.75) == Approx(3.4));
}

TEST_CASE("Cronbach's alpha, worked by hand", "[workshop]")
{
    // Items 1,2,3 and 2,3,3: variances 1 and 1/3; totals 3,5,6 have variance 7/3.
    // alpha = 2/1 * (1 - (4/3) / (7/3)) = 2 * 3/7 = 6/7.
    CHECK(cronbachAlpha({{1, 2}, {2, 3}, {3, 3}}).value() == Approx(6.0 / 7));
    CHECK_FALSE(cronbachAlpha({{1, 2}}).has_value());          // one person
    CHECK_FALSE(cronbachAlpha({{1}, {2}, {3}}).has_value());   // one item
    CHECK_FALSE(cronbachAlpha({{2, 2}, {2, 2}}).has_value());  // no spread at all
}

TEST_CASE("Below the anonymity threshold nothing but the count is given", "[workshop]")
{
    const GroupSummary two = summarizeGroup(raterQuiz(), {Answers(17, 3), Answers(17, 4)}, 3);
    CHECK(two.n == 2);
    CHECK(two.suppressed);
    CHECK(two.dimensions.empty());
    CHECK(two.answerCounts.empty());
    CHECK(two.bands.empty());
    // The threshold never goes below two: one participant is always withheld.
    CHECK(summarizeGroup(raterQuiz(), {Answers(17, 3)}, 1).suppressed);
    CHECK_FALSE(summarizeGroup(raterQuiz(), {Answers(17, 3), Answers(17, 4)}, 1).suppressed);
}

TEST_CASE("A group of three, worked by hand", "[workshop]")
{
    // Totals: all 1s -> 45, all 3s -> 51, best -> 85.
    const GroupSummary g = summarizeGroup(raterQuiz(), {Answers(17, 1), Answers(17, 3), best()}, 3);
    REQUIRE_FALSE(g.suppressed);
    CHECK(g.n == 3);
    CHECK(g.totalMean == Approx((45 + 51 + 85) / 3.0));
    // deviations -15.33, -9.33, 24.67: squares sum to 930.67; / 2 = 465.33
    CHECK(g.totalSd == Approx(std::sqrt(930.6666667 / 2)));
    CHECK(g.totalMin == 45);
    CHECK(g.totalMax == 85);
    CHECK(g.bands.at(QStringLiteral("low")) == 0);
    CHECK(g.bands.at(QStringLiteral("middle")) == 2);
    CHECK(g.bands.at(QStringLiteral("high")) == 1);
    // Reliability means 2.6, 3 and 5.
    const DimensionGroupSummary &reliability = dimension(g, "reliability");
    CHECK(reliability.mean == Approx((2.6 + 3 + 5) / 3));
    CHECK(reliability.median == Approx(3.0));
    CHECK(reliability.q1 == Approx(2.8));
    CHECK(reliability.q3 == Approx(4.0));
    CHECK(reliability.min == Approx(2.6));
    CHECK(reliability.max == Approx(5.0));
    CHECK_FALSE(reliability.alpha.has_value()); // fewer than five
    // Statement 1 answered 1, 3 and 1; counted as given, before keying.
    CHECK(g.answerCounts[0] == std::vector<int>{2, 0, 1, 0, 0});
    // Statement 2 (forward) answered 1, 3, 5.
    CHECK(g.answerCounts[1] == std::vector<int>{1, 0, 1, 0, 1});
    REQUIRE(g.weakestStatements.size() == 5);
    // Forward statements score (1 + 3 + 5) / 3 = 3; reversed ones (5 + 3 + 5) / 3 = 4.33.
    CHECK(g.weakestStatements.front().second == Approx(3.0));
    CHECK(g.weakestStatements.front().first == 2);
}

TEST_CASE("From five participants each dimension gets its alpha, worked by hand", "[workshop]")
{
    // Empathy is statements 2, 3, 11, 14 (forward) and 16 (reversed: score = 6 - answer).
    // Item scores, one row per participant, totals at the end:
    //   1 1 2 1 1   6
    //   2 2 2 3 2  11
    //   3 3 3 3 4  16
    //   4 4 5 4 4  21
    //   5 5 4 5 5  24
    // Item variances (n - 1 = 4): 10/4, 10/4, 6.8/4, 8.8/4, 10.8/4, summing to 11.6.
    // Totals: mean 15.6, squared deviations 213.2, variance 53.3.
    // alpha = 5/4 * (1 - 11.6 / 53.3) = 5/4 * 41.7 / 53.3 = 2085 / 2132.
    const std::vector<std::array<int, 5>> scores{
        {1, 1, 2, 1, 1}, {2, 2, 2, 3, 2}, {3, 3, 3, 3, 4}, {4, 4, 5, 4, 4}, {5, 5, 4, 5, 5}};
    std::vector<Answers> group;
    for (const auto &s : scores) {
        Answers a(17, 3);
        a[1] = s[0];      // statement 2
        a[2] = s[1];      // statement 3
        a[10] = s[2];     // statement 11
        a[13] = s[3];     // statement 14
        a[15] = 6 - s[4]; // statement 16, reversed
        group.push_back(a);
    }
    const GroupSummary g = summarizeGroup(raterQuiz(), group, 3);
    const DimensionGroupSummary &empathy = dimension(g, "empathy");
    REQUIRE(empathy.alpha.has_value());
    CHECK(*empathy.alpha == Approx(2085.0 / 2132));
    // Tangibles (4, 7, 8, 9, 17) was answered 3 throughout: no spread, so no alpha.
    CHECK_FALSE(dimension(g, "tangibles").alpha.has_value());
}
