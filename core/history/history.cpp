#include "history.h"

#include "scoring/scoring.h"

#include <cmath>
#include <map>

namespace rater {
namespace {

// Regularized incomplete beta I_x(a, b), by its continued fraction (Lentz).
double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x)
                                  + b * std::log(1 - x));
    if (x > (a + 1) / (a + b + 2))
        return 1 - incompleteBeta(b, a, 1 - x);
    constexpr double tiny = 1e-300;
    double f = 1;
    double c = 1;
    double d = 0;
    for (int i = 0; i <= 400; ++i) {
        const int m = i / 2;
        double numerator;
        if (i == 0)
            numerator = 1;
        else if (i % 2 == 0)
            numerator = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
        else
            numerator = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
        d = 1 + numerator * d;
        d = std::abs(d) < tiny ? tiny : d;
        d = 1 / d;
        c = 1 + numerator / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double step = c * d;
        f *= step;
        if (std::abs(1 - step) < 1e-12)
            break;
    }
    return front * (f - 1) / a;
}

// P(T <= t) for Student's t with df degrees of freedom.
double studentCdf(double t, double df)
{
    const double x = df / (df + t * t);
    const double tail = 0.5 * incompleteBeta(df / 2, 0.5, x);
    return t >= 0 ? 1 - tail : tail;
}

} // namespace

void Summary::add(double value)
{
    ++n;
    const double delta = value - mean;
    mean += delta / n;
    m2 += delta * (value - mean);
}

double studentT975(double df)
{
    double low = 0;
    double high = 1000;
    for (int i = 0; i < 200; ++i) {
        const double middle = (low + high) / 2;
        (studentCdf(middle, df) < 0.975 ? low : high) = middle;
    }
    return (low + high) / 2;
}

Change compareMeans(const Summary &before, const Summary &after)
{
    Change change;
    change.difference = after.mean - before.mean;
    if (before.n < 2 || after.n < 2) {
        change.kind = Change::Kind::SingleAssessment;
        return change;
    }
    const double a = before.variance() / before.n;
    const double b = after.variance() / after.n;
    const double standardError = std::sqrt(a + b);
    if (standardError == 0) {
        // No spread at all: any difference is real, none is noise.
        change.low = change.high = change.difference;
        change.kind = change.difference != 0 ? Change::Kind::Real : Change::Kind::WithinNoise;
        return change;
    }
    const double df = (a + b) * (a + b) / (a * a / (before.n - 1) + b * b / (after.n - 1));
    const double margin = studentT975(df) * standardError;
    change.low = change.difference - margin;
    change.high = change.difference + margin;
    change.kind = (change.low > 0 || change.high < 0) ? Change::Kind::Real : Change::Kind::WithinNoise;
    return change;
}

std::vector<PeriodStats> aggregate(const std::vector<DatedAnswers> &assessments, const Questionnaire &q,
                                   const PeriodScheme &scheme)
{
    std::map<std::pair<int, int>, PeriodStats> byPeriod;
    for (const DatedAnswers &a : assessments) {
        const Expected<Score> s = score(q, a.answers);
        if (!s)
            continue; // stored answers that cannot be scored are refused when read (decodeScorable)
        const Period period = periodOf(a.date, scheme);
        PeriodStats &stats = byPeriod[{period.year, period.index}];
        if (stats.dimensions.empty()) {
            stats.period = period;
            stats.dimensions.resize(q.dimensions.size());
        }
        stats.total.add(s->total);
        for (std::size_t d = 0; d < s->dimensions.size(); ++d)
            stats.dimensions[d].add(s->dimensions[d].mean);
    }
    std::vector<PeriodStats> result;
    result.reserve(byPeriod.size());
    for (auto &[key, stats] : byPeriod)
        result.push_back(std::move(stats));
    return result;
}

std::vector<TeamFigures> compareTeams(const std::vector<TeamAnswers> &rows, const Questionnaire &questionnaire,
                                      const PeriodScheme &scheme)
{
    std::map<QString, std::vector<DatedAnswers>> byTeam;
    for (const TeamAnswers &row : rows)
        byTeam[row.team].push_back({row.date, row.answers});
    std::vector<TeamFigures> teams;
    for (const auto &[team, dated] : byTeam) {
        const std::vector<PeriodStats> stats = aggregate(dated, questionnaire, scheme);
        if (stats.empty())
            continue;
        TeamFigures figures{team, stats.front(), 0};
        for (std::size_t d = 1; d < figures.stats.dimensions.size(); ++d) {
            if (figures.stats.dimensions[d].mean < figures.stats.dimensions[figures.lowest].mean)
                figures.lowest = d;
        }
        teams.push_back(std::move(figures));
    }
    return teams;
}

} // namespace rater
