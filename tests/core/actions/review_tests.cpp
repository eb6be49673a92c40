// The before/after rule of a done action, on figures worked out by hand:
// Welch's interval of the difference of two means, with Student's t for the
// degrees of freedom of each example taken from a printed table.

#include "actions/review.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace rater;

namespace {

constexpr std::size_t empathy = 3;

PeriodScheme quarters()
{
    return PeriodScheme{QCalendar(), PeriodKind::Quarter, 1};
}

// A quarter of 2026 whose Empathy means are `values`, one per assessment.
PeriodStats quarter(int index, std::initializer_list<double> values)
{
    PeriodStats stats;
    stats.period = periodAt(2026, index, quarters());
    stats.dimensions.resize(5);
    for (const double value : values) {
        stats.dimensions[empathy].add(value);
        stats.total.add(value * 17);
    }
    return stats;
}

} // namespace

TEST_CASE("A rise larger than its interval is real", "[actions][review]")
{
    // Before 2, 2.5, 3 (mean 2.5, variance 0.25); after 3.5, 4, 4.5 (mean 4,
    // variance 0.25). Standard error √(0.25/3 + 0.25/3) = 0.408248; Welch's
    // degrees of freedom 4; t(0.975, 4) = 2.776445; half-width 1.133479.
    const std::vector<PeriodStats> periods{quarter(1, {2, 2.5, 3}), quarter(2, {3, 3, 3}), quarter(3, {3.5, 4, 4.5})};
    const ActionReview review = reviewAction(QDate(2026, 5, 10), periods, empathy);
    CHECK(review.kind == ActionReview::Kind::RealIncrease);
    REQUIRE(review.before.has_value());
    REQUIRE(review.after.has_value());
    // The quarter it was done in belongs to neither side.
    CHECK(review.before->period.index == 1);
    CHECK(review.after->period.index == 3);
    CHECK(review.before->n == 3);
    CHECK(review.before->mean == Approx(2.5));
    CHECK(review.after->mean == Approx(4.0));
    CHECK(*review.change == Approx(1.5));
    CHECK(*review.low == Approx(1.5 - 1.133479).epsilon(1e-5));
    CHECK(*review.high == Approx(1.5 + 1.133479).epsilon(1e-5));
    CHECK(reviewKindName(review.kind) == QStringLiteral("real_increase"));
}

TEST_CASE("A fall larger than its interval is real too", "[actions][review]")
{
    const std::vector<PeriodStats> periods{quarter(1, {3.5, 4, 4.5}), quarter(3, {2, 2.5, 3})};
    const ActionReview review = reviewAction(QDate(2026, 4, 1), periods, empathy);
    CHECK(review.kind == ActionReview::Kind::RealDecrease);
    CHECK(*review.change == Approx(-1.5));
    CHECK(*review.low == Approx(-1.5 - 1.133479).epsilon(1e-5));
    CHECK(*review.high == Approx(-1.5 + 1.133479).epsilon(1e-5));
    CHECK(reviewKindName(review.kind) == QStringLiteral("real_decrease"));
}

TEST_CASE("A change within its interval is noise", "[actions][review]")
{
    // Means 3 and 3.5, each variance 1 over three: standard error 0.816497,
    // four degrees of freedom, half-width 2.266958: the interval holds zero.
    const std::vector<PeriodStats> periods{quarter(1, {2, 3, 4}), quarter(3, {2.5, 3.5, 4.5})};
    const ActionReview review = reviewAction(QDate(2026, 5, 15), periods, empathy);
    CHECK(review.kind == ActionReview::Kind::Noise);
    CHECK(*review.change == Approx(0.5));
    CHECK(*review.low == Approx(0.5 - 2.266958).epsilon(1e-5));
    CHECK(*review.high == Approx(0.5 + 2.266958).epsilon(1e-5));
    CHECK(reviewKindName(review.kind) == QStringLiteral("noise"));
}

TEST_CASE("The period an action was done in, to the day, is on neither side", "[actions][review]")
{
    const std::vector<PeriodStats> periods{quarter(1, {2, 3}), quarter(2, {3, 4}), quarter(3, {4, 5})};
    // On the last day of Q1: Q1 does not end before it.
    ActionReview review = reviewAction(QDate(2026, 3, 31), periods, empathy);
    CHECK_FALSE(review.before.has_value());
    CHECK(review.after->period.index == 2);
    // On the first day of Q2: Q1 ends before it, Q2 does not start after it.
    review = reviewAction(QDate(2026, 4, 1), periods, empathy);
    CHECK(review.before->period.index == 1);
    CHECK(review.after->period.index == 3);
}

TEST_CASE("A period of one assessment, no period before, or none after, is not enough", "[actions][review]")
{
    SECTION("one assessment before")
    {
        const ActionReview review = reviewAction(QDate(2026, 5, 1), {quarter(1, {2}), quarter(3, {3, 4})}, empathy);
        CHECK(review.kind == ActionReview::Kind::Insufficient);
        CHECK(review.before->n == 1);
        CHECK(*review.change == Approx(1.5));
        CHECK_FALSE(review.low.has_value());
        CHECK_FALSE(review.high.has_value());
    }
    SECTION("done before any assessment")
    {
        const ActionReview review = reviewAction(QDate(2025, 12, 1), {quarter(1, {2, 3}), quarter(2, {3, 4})}, empathy);
        CHECK(review.kind == ActionReview::Kind::Insufficient);
        CHECK_FALSE(review.before.has_value());
        CHECK(review.after->period.index == 1);
        CHECK_FALSE(review.change.has_value());
    }
    SECTION("nothing yet after the period it was done in")
    {
        const ActionReview review = reviewAction(QDate(2026, 5, 1), {quarter(1, {2, 3}), quarter(2, {3, 4})}, empathy);
        CHECK(review.kind == ActionReview::Kind::Insufficient);
        CHECK(review.before->period.index == 1);
        CHECK_FALSE(review.after.has_value());
        CHECK(reviewKindName(review.kind) == QStringLiteral("insufficient"));
    }
    SECTION("a dimension the questionnaire does not have")
    {
        const ActionReview review =
            reviewAction(QDate(2026, 5, 1), {quarter(1, {2, 3}), quarter(3, {3, 4})}, std::nullopt);
        CHECK(review.kind == ActionReview::Kind::Insufficient);
        CHECK_FALSE(review.before.has_value());
    }
}
