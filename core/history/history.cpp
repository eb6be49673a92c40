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

void ScoreSums::add(const ScoreSums &other)
{
    if (dimensions.empty()) {
        dimensions.resize(other.dimensions.size());
        dimensionSquares.resize(other.dimensionSquares.size());
    }
    n += other.n;
    total += other.total;
    totalSquares += other.totalSquares;
    for (std::size_t d = 0; d < other.dimensions.size(); ++d) {
        dimensions[d] += other.dimensions[d];
        dimensionSquares[d] += other.dimensionSquares[d];
    }
}

ScoreSums scoreSums(const std::vector<int> &itemScores, const Questionnaire &questionnaire)
{
    ScoreSums sums;
    sums.n = 1;
    for (const int item : itemScores)
        sums.total += item;
    sums.totalSquares = sums.total * sums.total;
    for (const Dimension &dimension : questionnaire.dimensions) {
        qint64 sum = 0;
        for (const int number : dimension.statements)
            sum += itemScores.at(std::size_t(number - 1));
        sums.dimensions.push_back(sum);
        sums.dimensionSquares.push_back(sum * sum);
    }
    return sums;
}

namespace {

__extension__ using Wide = __int128; // GCC's and Clang's; it keeps nΣs² − (Σs)² exact

// The summary of values x = s / scale over n values, from Σs and Σs²: the
// sum of squared deviations is (nΣs² − (Σs)²) / (n·scale²), its numerator
// exact in 128 bits.
Summary summaryOf(qint64 n, qint64 sum, qint64 squares, qint64 scale)
{
    Summary summary;
    summary.n = int(n);
    if (n == 0)
        return summary;
    summary.mean = double(sum) / double(n * scale);
    const Wide spread = Wide(n) * squares - Wide(sum) * sum;
    summary.m2 = double(spread) / (double(n) * double(scale) * double(scale));
    return summary;
}

} // namespace

PeriodStats periodStats(const Period &period, const ScoreSums &sums, const Questionnaire &questionnaire)
{
    PeriodStats stats{period, summaryOf(sums.n, sums.total, sums.totalSquares, 1), {}};
    for (std::size_t d = 0; d < questionnaire.dimensions.size(); ++d) {
        const auto statements = qint64(questionnaire.dimensions[d].statements.size());
        stats.dimensions.push_back(d < sums.dimensions.size()
                                       ? summaryOf(sums.n, sums.dimensions[d], sums.dimensionSquares[d], statements)
                                       : Summary{});
    }
    return stats;
}

std::vector<PeriodStats> aggregateDays(const std::vector<DaySums> &days, const Questionnaire &questionnaire,
                                       const PeriodScheme &scheme)
{
    std::map<std::pair<int, int>, std::pair<Period, ScoreSums>> byPeriod;
    for (const DaySums &day : days) {
        const Period period = periodOf(day.day, scheme);
        auto &[known, sums] = byPeriod[{period.year, period.index}];
        known = period;
        sums.add(day.sums);
    }
    std::vector<PeriodStats> result;
    result.reserve(byPeriod.size());
    for (const auto &[key, group] : byPeriod)
        result.push_back(periodStats(group.first, group.second, questionnaire));
    return result;
}

namespace {

// Assessments added up by the day they were taken on.
class DayTotals
{
public:
    explicit DayTotals(const Questionnaire &questionnaire) : m_questionnaire(questionnaire) {}

    void add(const QDate &day, const Answers &answers)
    {
        if (!scoreFigures(m_questionnaire, answers, m_figures))
            return; // stored answers that cannot be scored are refused when read (decodeScorable)
        m_byDay[day].add(scoreSums(m_figures.itemScores, m_questionnaire));
    }

    std::vector<DaySums> days() &&
    {
        std::vector<DaySums> days;
        days.reserve(m_byDay.size());
        for (auto &[day, sums] : m_byDay)
            days.push_back({day, std::move(sums)});
        return days;
    }

private:
    const Questionnaire &m_questionnaire;
    Figures m_figures;
    std::map<QDate, ScoreSums> m_byDay;
};

} // namespace

Expected<std::vector<DaySums>> teamDaySums(const storage::AssessmentStore &store, const QString &team,
                                           const Questionnaire &questionnaire)
{
    DayTotals totals(questionnaire);
    const Status read = store.forEachDated(team, [&totals](const QDate &day, const Answers &answers) -> Status {
        totals.add(day, answers);
        return Done{};
    });
    if (!read)
        return Expected<std::vector<DaySums>>::failure(read.error());
    return std::move(totals).days();
}

std::vector<PeriodStats> aggregate(const std::vector<DatedAnswers> &assessments, const Questionnaire &q,
                                   const PeriodScheme &scheme)
{
    DayTotals totals(q);
    for (const DatedAnswers &a : assessments)
        totals.add(a.date, a.answers);
    return aggregateDays(std::move(totals).days(), q, scheme);
}

TeamComparison::TeamComparison(const Questionnaire &questionnaire, const Period &period)
    : m_questionnaire(questionnaire), m_period(period)
{
}

Status TeamComparison::add(const QString &team, const Answers &answers)
{
    if (Status scored = scoreFigures(m_questionnaire, answers, m_scored); !scored)
        return scored;
    if (m_current && m_current->team != team)
        closeTeam();
    if (!m_current)
        m_current = OpenTeam{team, 0, std::vector<qint64>(m_scored.itemScores.size(), 0)};
    ++m_current->n;
    for (std::size_t i = 0; i < m_scored.itemScores.size(); ++i)
        m_current->itemSums[i] += m_scored.itemScores[i];
    return Done{};
}

void TeamComparison::closeTeam()
{
    m_teams.push_back(teamFigures(m_current->team, m_period, m_current->n, m_current->itemSums, m_questionnaire));
    m_current.reset();
}

TeamFigures teamFigures(const QString &team, const Period &period, qint64 n, const std::vector<qint64> &itemSums,
                        const Questionnaire &questionnaire)
{
    TeamFigures figures{team, PeriodStats{period, {}, {}}, 0};
    PeriodStats &stats = figures.stats;
    stats.total.n = int(n);
    qint64 total = 0;
    for (const qint64 sum : itemSums)
        total += sum;
    stats.total.mean = n > 0 ? double(total) / double(n) : 0;
    for (const Dimension &dimension : questionnaire.dimensions) {
        qint64 sum = 0;
        for (const int number : dimension.statements)
            sum += itemSums.at(std::size_t(number - 1));
        const qint64 count = n * qint64(dimension.statements.size());
        stats.dimensions.push_back(Summary{int(n), count > 0 ? double(sum) / double(count) : 0, 0});
    }
    for (std::size_t d = 1; d < stats.dimensions.size(); ++d) {
        if (stats.dimensions[d].mean < stats.dimensions[figures.lowest].mean)
            figures.lowest = d;
    }
    return figures;
}

std::vector<TeamFigures> TeamComparison::take()
{
    if (m_current)
        closeTeam();
    return std::move(m_teams);
}

Expected<std::vector<TeamFigures>> compareTeams(const storage::AssessmentStore &store, const Period &period,
                                                const Questionnaire &questionnaire)
{
    TeamComparison comparison(questionnaire, period);
    const Status read = store.forEachBetween(period.start, period.end, [&comparison](const QString &team,
                                                                                     const Answers &answers) {
        return comparison.add(team, answers);
    });
    if (!read)
        return Expected<std::vector<TeamFigures>>::failure(read.error());
    return comparison.take();
}

Expected<std::vector<TeamFigures>> ComparisonCache::read(const storage::AssessmentStore &store, const Period &period,
                                                         const Questionnaire &questionnaire)
{
    using Result = Expected<std::vector<TeamFigures>>;
    // Periods of two calendars can share a year and an index: compare their days.
    if (!m_period || m_period->start != period.start || m_period->end != period.end
        || m_questionnaire != &questionnaire) {
        m_teams.clear();
        m_period = period;
        m_questionnaire = &questionnaire;
    }
    const auto tallies = store.tallyBetween(period.start, period.end);
    if (!tallies)
        return Result::failure(tallies.error());
    std::map<qint64, Team> teams;
    std::vector<TeamFigures> figures;
    for (const storage::AssessmentStore::TeamTally &tally : *tallies) {
        auto known = m_teams.find(tally.teamId);
        if (known == m_teams.end() || known->second.tally != tally) {
            TeamComparison comparison(questionnaire, period);
            const Status read = store.forEachBetween(
                period.start, period.end,
                [&comparison](const QString &team, const Answers &answers) { return comparison.add(team, answers); },
                tally.teamId);
            if (!read) {
                m_teams.clear(); // nothing half read is kept
                return Result::failure(read.error());
            }
            std::vector<TeamFigures> fresh = comparison.take();
            if (fresh.empty())
                continue; // its assessments went between the tally and the read: the next read looks again
            known = m_teams.insert_or_assign(tally.teamId, Team{tally, std::move(fresh.front())}).first;
        }
        figures.push_back(known->second.figures);
        teams.insert(m_teams.extract(known));
    }
    m_teams = std::move(teams); // teams that have no assessments any more are forgotten
    return figures;
}

Expected<std::vector<Period>> periodsWithData(const storage::AssessmentStore &store, const PeriodScheme &scheme)
{
    return periodsWithData([&store](const QDate &from) { return store.firstDayFrom(from); }, scheme);
}

Expected<std::vector<Period>> periodsWithData(const FirstDayFrom &firstDayFrom, const PeriodScheme &scheme)
{
    std::vector<Period> periods;
    QDate from = QDate(1, 1, 1);
    for (;;) {
        const Expected<std::optional<QDate>> day = firstDayFrom(from);
        if (!day)
            return Expected<std::vector<Period>>::failure(day.error());
        if (!*day)
            return periods;
        periods.push_back(periodOf(**day, scheme));
        from = periods.back().end.addDays(1);
    }
}

} // namespace rater
