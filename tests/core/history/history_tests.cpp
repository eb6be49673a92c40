#include "printing.h"

#include "history/history.h"
#include "questionnaire/loader.h"

#include <catch2/catch.hpp>

using namespace rater;

namespace {

Summary summary(std::initializer_list<double> values)
{
    Summary s;
    for (double v : values)
        s.add(v);
    return s;
}

} // namespace

TEST_CASE("Summaries keep the mean and the sample variance", "[history]")
{
    const Summary s = summary({2, 4, 4, 4, 5, 5, 7, 9});
    CHECK(s.n == 8);
    CHECK(s.mean == Approx(5.0));
    CHECK(s.variance() == Approx(32.0 / 7)); // squared deviations sum to 32
    CHECK(summary({3}).variance() == 0);
}

TEST_CASE("Student's t quantiles", "[history]")
{
    CHECK(studentT975(1) == Approx(12.706).epsilon(1e-4));
    CHECK(studentT975(5) == Approx(2.5706).epsilon(1e-4));
    CHECK(studentT975(30) == Approx(2.0423).epsilon(1e-4));
    CHECK(studentT975(1000) == Approx(1.9623).epsilon(1e-3));
}

TEST_CASE("A change is real only when its 95% interval excludes zero", "[history]")
{
    // Worked by hand: means 50 and 60, variances 10 and 10, n = 5 each.
    // SE = sqrt(2 + 2) = 2; Welch df = 16 / (4/4 + 4/4) = 8; t(8) = 2.306; interval 10 ± 4.61.
    const Change clear = compareMeans(summary({46, 48, 50, 52, 54}), summary({56, 58, 60, 62, 64}));
    CHECK(clear.kind == Change::Kind::Real);
    CHECK(clear.difference == Approx(10));
    CHECK(clear.low == Approx(10 - 2.306 * 2).epsilon(1e-3));
    CHECK(clear.high == Approx(10 + 2.306 * 2).epsilon(1e-3));

    const Change noisy = compareMeans(summary({40, 50, 60}), summary({45, 55, 65}));
    CHECK(noisy.kind == Change::Kind::WithinNoise);
    CHECK(noisy.low < 0);
    CHECK(noisy.high > 0);

    const Change falling = compareMeans(summary({70, 71, 72, 73}), summary({50, 51, 52, 53}));
    CHECK(falling.kind == Change::Kind::Real);
    CHECK(falling.difference == Approx(-20));

    CHECK(compareMeans(summary({50}), summary({60, 61})).kind == Change::Kind::SingleAssessment);
    CHECK(compareMeans(summary({50, 52}), summary({60})).kind == Change::Kind::SingleAssessment);
    CHECK(compareMeans(summary({50, 50}), summary({50, 50})).kind == Change::Kind::WithinNoise);
    CHECK(compareMeans(summary({50, 50}), summary({51, 51})).kind == Change::Kind::Real);
}

TEST_CASE("Assessments are grouped into the periods that hold them, in time order", "[history]")
{
    const Questionnaire q = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    const PeriodScheme scheme{QCalendar(), PeriodKind::Quarter, 1};
    const Answers all3(17, 3);  // total 51, every dimension 3
    const Answers all1(17, 1);  // total 45
    const std::vector<DatedAnswers> assessments{{QDate(2026, 5, 1), all3},
                                                {QDate(2025, 12, 31), all1},
                                                {QDate(2026, 4, 2), all1},
                                                {QDate(2025, 10, 1), all3}};
    const std::vector<PeriodStats> periods = aggregate(assessments, q, scheme);
    REQUIRE(periods.size() == 2); // Q1 2026 holds nothing and is absent
    CHECK(periods[0].period.year == 2025);
    CHECK(periods[0].period.index == 4);
    CHECK(periods[0].total.n == 2);
    CHECK(periods[0].total.mean == Approx((51 + 45) / 2.0));
    CHECK(periods[1].period.index == 2);
    CHECK(periods[1].total.n == 2);
    REQUIRE(periods[1].dimensions.size() == 5);
    CHECK(periods[1].dimensions[3].mean == Approx((3 + 1.8) / 2)); // empathy: 3 and 1.8
}
