#include "historytables.h"

#include <QCoreApplication>

namespace rater::reports {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryTables)
};

QString describe(const Change &change, const QLocale &locale)
{
    switch (change.kind) {
    case Change::Kind::Real:
        return change.difference > 0 ? Text::tr("a real rise of %1").arg(locale.toString(change.difference, 'f', 2))
                                     : Text::tr("a real fall of %1").arg(locale.toString(-change.difference, 'f', 2));
    case Change::Kind::WithinNoise: return Text::tr("a change within the noise");
    case Change::Kind::SingleAssessment: return Text::tr("too few assessments to tell");
    }
    return {};
}

// A mean, with its change from `before` when there is one.
TableCell meanCell(const Summary &now, const Summary *before, const QLocale &locale)
{
    const QString text = locale.toString(now.mean, 'f', 2);
    TableCell cell{text, now.mean};
    if (before) {
        const Change change = compareMeans(*before, now);
        cell.text += u' ' + changeMark(change);
        cell.description = text + QStringLiteral(", ") + describe(change, locale);
        cell.strong = change.kind == Change::Kind::Real;
    }
    return cell;
}

TableCell countCell(int n, const QLocale &locale)
{
    return {locale.toString(n), n};
}

} // namespace

QString changeMark(const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Real: return change.difference > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    case Change::Kind::WithinNoise: return QStringLiteral("≈");
    case Change::Kind::SingleAssessment: return QStringLiteral("?");
    }
    return {};
}

TableContent historyTotalsTable(const TeamHistory &history, const PeriodScheme &scheme, Language language)
{
    const QLocale locale = localeFor(language);
    TableContent table{{Text::tr("Period"), Text::tr("Team"), Text::tr("n"), Text::tr("Mean total")}, {}};
    for (const auto &[team, stats] : history) {
        for (std::size_t i = 0; i < stats.size(); ++i) {
            const PeriodStats &s = stats[i];
            table.rows.push_back({{periodLabel(s.period, scheme, locale)},
                                  {team},
                                  countCell(s.total.n, locale),
                                  meanCell(s.total, i > 0 ? &stats[i - 1].total : nullptr, locale)});
        }
    }
    return table;
}

TableContent historyDimensionsTable(const TeamHistory &history, const PeriodScheme &scheme,
                                    const Questionnaire &questionnaire, Language language)
{
    const QLocale locale = localeFor(language);
    TableContent table{{Text::tr("Period"), Text::tr("n")}, {}};
    for (const Dimension &d : questionnaire.dimensions)
        table.headings << questionnaire.tr(d.name, languageCode(language));
    if (history.empty())
        return table;
    const std::vector<PeriodStats> &stats = history.front().second;
    for (std::size_t i = 0; i < stats.size(); ++i) {
        const PeriodStats &s = stats[i];
        std::vector<TableCell> row{{periodLabel(s.period, scheme, locale)}, countCell(s.total.n, locale)};
        for (std::size_t d = 0; d < s.dimensions.size(); ++d)
            row.push_back(meanCell(s.dimensions[d], i > 0 ? &stats[i - 1].dimensions[d] : nullptr, locale));
        table.rows.push_back(std::move(row));
    }
    return table;
}

TableContent comparisonTable(const std::vector<TeamFigures> &teams, const Questionnaire &questionnaire,
                             Language language)
{
    const QLocale locale = localeFor(language);
    TableContent table{{Text::tr("Team"), Text::tr("n"), Text::tr("Mean total")}, {}};
    for (const Dimension &d : questionnaire.dimensions)
        table.headings << questionnaire.tr(d.name, languageCode(language));
    const double lowTotal = questionnaire.minTotal();
    const double highTotal = questionnaire.maxTotal();
    const double lowScale = questionnaire.scaleMin();
    const double highScale = questionnaire.scaleMax();
    for (const TeamFigures &f : teams) {
        TableCell total{locale.toString(f.stats.total.mean, 'f', 1), f.stats.total.mean};
        total.heat = (f.stats.total.mean - lowTotal) / (highTotal - lowTotal);
        std::vector<TableCell> row{{f.team}, countCell(f.stats.total.n, locale), total};
        for (std::size_t d = 0; d < f.stats.dimensions.size(); ++d) {
            const double mean = f.stats.dimensions[d].mean;
            const QString text = locale.toString(mean, 'f', 2);
            TableCell cell{text, mean};
            cell.heat = (mean - lowScale) / (highScale - lowScale);
            if (d == f.lowest) {
                cell.text += QStringLiteral(" ▼");
                cell.strong = true;
                cell.description = Text::tr("%1, the team's lowest dimension").arg(text);
            }
            row.push_back(std::move(cell));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace rater::reports
