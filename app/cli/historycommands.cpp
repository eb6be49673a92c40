#include "command.h"

#include "historytables.h"
#include "periodoptions.h"
#include "history/demo.h"
#include "history/history.h"
#include "organisation/comparison.h"
#include "organisation/store.h"
#include "questionnaire/loader.h"
#include "storage/database.h"
#include "storage/results.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class History
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

QJsonObject dimensionMeans(const std::vector<Summary> &dimensions)
{
    QJsonObject object;
    for (std::size_t d = 0; d < dimensions.size(); ++d)
        object.insert(builtInQuestionnaire().dimensions[d].id, dimensions[d].mean);
    return object;
}

QJsonObject changeJson(const Change &change)
{
    QJsonObject object{{u"difference"_s, change.difference}};
    switch (change.kind) {
    case Change::Kind::Real: object.insert(u"kind"_s, u"real"_s); break;
    case Change::Kind::WithinNoise: object.insert(u"kind"_s, u"within-noise"_s); break;
    case Change::Kind::SingleAssessment: object.insert(u"kind"_s, u"single-assessment"_s); break;
    }
    if (change.kind != Change::Kind::SingleAssessment) {
        object.insert(u"low"_s, change.low);
        object.insert(u"high"_s, change.high);
    }
    return object;
}

Outcome demo(Context &context)
{
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    // Demo figures go only where there is nothing to mix them with.
    const Expected<qint64> held = (*results)->count(QString());
    if (!held)
        return Outcome::refused(held.error());
    if (*held > 0)
        return Outcome::refused(History::tr("%1 already holds assessments; write the demo data to a new file")
                                    .arg((*results)->shown()));
    const Expected<qint64> written = writeDemoData(**results, builtInQuestionnaire(), QDate::currentDate());
    if (!written)
        return context.notWritten(written.error());
    context.out() << History::tr("Wrote %1 demo assessments to %2.").arg(QLocale().toString(*written), (*results)->shown())
                  << Qt::endl;
    return Outcome::done();
}

Outcome history(Context &context)
{
    const Expected<ChosenScheme> chosen = chosenScheme(context, u"period"_s);
    if (!chosen)
        return Outcome::refused(chosen.error());
    const PeriodScheme &scheme = chosen->scheme;
    const QString team = context.value(u"team"_s);

    // From a database file or from the organisation's store, whichever --db names.
    const auto unknownTeam = [&team](const Expected<QStringList> &teams) -> std::optional<Outcome> {
        if (!teams)
            return Outcome::refused(teams.error());
        if (!teams->contains(team))
            return Outcome::refused(History::tr("there is no team \"%1\"; the teams are: %2")
                                        .arg(team, teams->join(u", "_s)));
        return std::nullopt;
    };
    const Questionnaire &q = builtInQuestionnaire();
    std::vector<PeriodStats> periods;
    if (!organisation::isStoreAddress(context.databasePath())) {
        const Expected<Database *> database = context.database();
        if (!database)
            return Outcome::refused(database.error());
        if (const std::optional<Outcome> refused = unknownTeam((*database)->assessments().teams()))
            return *refused;
        const Expected<std::vector<DaySums>> days = teamDaySums((*database)->assessments(), team, q);
        if (!days)
            return Outcome::failed(days.error());
        periods = aggregateDays(*days, q, scheme);
    } else {
        const Expected<organisation::StoreAddress> address = context.storeAddress();
        if (!address)
            return Outcome::refused(address.error());
        const auto store = organisation::OrganisationStore::connect(*address);
        if (!store)
            return Outcome::failed(store.error());
        if (const std::optional<Outcome> refused = unknownTeam((*store)->teams()))
            return *refused;
        const Expected<std::vector<DaySums>> days = (*store)->teamDaySums(team, q);
        if (!days)
            return Outcome::failed(days.error());
        periods = aggregateDays(*days, q, scheme);
    }
    const QLocale locale;

    if (context.format() == u"json"_s) {
        QJsonArray array;
        for (std::size_t i = 0; i < periods.size(); ++i) {
            const PeriodStats &p = periods[i];
            QJsonObject object{{u"year"_s, p.period.year},
                               {u"index"_s, p.period.index},
                               {u"label"_s, periodLabel(p.period, scheme, locale)},
                               {u"start"_s, p.period.start.toString(Qt::ISODate)},
                               {u"end"_s, p.period.end.toString(Qt::ISODate)},
                               {u"n"_s, p.total.n},
                               {u"total_mean"_s, p.total.mean},
                               {u"dimensions"_s, dimensionMeans(p.dimensions)}};
            if (i > 0) {
                const PeriodStats &before = periods[i - 1];
                QJsonObject dimensions;
                for (std::size_t d = 0; d < p.dimensions.size(); ++d)
                    dimensions.insert(builtInQuestionnaire().dimensions[d].id,
                                      changeJson(compareMeans(before.dimensions[d], p.dimensions[d])));
                object.insert(u"change"_s, QJsonObject{{u"total"_s, changeJson(compareMeans(before.total, p.total))},
                                                       {u"dimensions"_s, dimensions}});
            }
            array.append(object);
        }
        const QJsonObject result{{u"team"_s, team},
                                 {u"calendar"_s, calendarName(chosen->calendar)},
                                 {u"period"_s, periodKindName(scheme.kind)},
                                 {u"fiscal_start"_s, scheme.fiscalStartMonth},
                                 {u"periods"_s, array}};
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Outcome::done();
    }

    QTextStream &out = context.out();
    out << History::tr("%1: mean scores by period").arg(team) << '\n';
    QStringList header{History::tr("Period"), History::tr("n"), History::tr("Total")};
    for (const Dimension &d : builtInQuestionnaire().dimensions)
        header << builtInQuestionnaire().tr(d.name, context.lang());
    out << header.join(u"\t"_s) << '\n';
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const PeriodStats &p = periods[i];
        const auto cell = [&](const Summary &now, const Summary *before) {
            QString text = locale.toString(now.mean, 'f', 2);
            if (before)
                text += u' ' + reports::changeMark(compareMeans(*before, now));
            return text;
        };
        QStringList row{periodLabel(p.period, scheme, locale), locale.toString(p.total.n),
                        cell(p.total, i > 0 ? &periods[i - 1].total : nullptr)};
        for (std::size_t d = 0; d < p.dimensions.size(); ++d)
            row << cell(p.dimensions[d], i > 0 ? &periods[i - 1].dimensions[d] : nullptr);
        out << row.join(u"\t"_s) << '\n';
    }
    out << History::tr("▲ ▼ a real rise or fall (the 95% interval of the difference excludes zero); "
                       "≈ within the noise; ? too few assessments to tell")
        << Qt::endl;
    return Outcome::done();
}

// The figures compare shows, from a database file or from the organisation's
// store, whichever --db names.
Expected<std::vector<TeamFigures>> teamsCompared(Context &context, const Period &period, const Questionnaire &q)
{
    using Result = Expected<std::vector<TeamFigures>>;
    if (!organisation::isStoreAddress(context.databasePath())) {
        const Expected<Database *> database = context.database();
        if (!database)
            return Result::failure(database.error());
        return compareTeams((*database)->assessments(), period, q);
    }
    const Expected<organisation::StoreAddress> address = context.storeAddress();
    if (!address)
        return Result::failure(address.error());
    const auto store = organisation::OrganisationStore::connect(*address);
    if (!store)
        return Result::failure(store.error());
    return organisation::compareStoreTeams(**store, period, q);
}

Outcome compare(Context &context)
{
    Expected<ChosenScheme> chosenOrFailure = chosenScheme(context, u"kind"_s);
    if (!chosenOrFailure)
        return Outcome::refused(chosenOrFailure.error());
    ChosenScheme chosen = std::move(chosenOrFailure).value();
    PeriodScheme &scheme = chosen.scheme;
    const Expected<Period> period = parsePeriod(context.value(u"period"_s), scheme);
    if (!period)
        return Outcome::refused(period.error());

    const QLocale locale;
    const Questionnaire &q = builtInQuestionnaire();
    const Expected<std::vector<TeamFigures>> figures = teamsCompared(context, *period, q);
    if (!figures)
        return Outcome::failed(figures.error());
    QJsonArray teams;
    QStringList lines;
    for (const TeamFigures &f : *figures) {
        const PeriodStats &s = f.stats;
        teams.append(QJsonObject{{u"team"_s, f.team},
                                 {u"n"_s, s.total.n},
                                 {u"total_mean"_s, s.total.mean},
                                 {u"dimensions"_s, dimensionMeans(s.dimensions)},
                                 {u"lowest_dimension"_s, q.dimensions[f.lowest].id}});
        QStringList row{f.team, locale.toString(s.total.n), locale.toString(s.total.mean, 'f', 2)};
        for (std::size_t d = 0; d < s.dimensions.size(); ++d)
            row << locale.toString(s.dimensions[d].mean, 'f', 2) + (d == f.lowest ? u" *"_s : QString());
        lines << row.join(u"\t"_s);
    }
    const QString label = periodLabel(*period, scheme, locale);
    if (context.format() == u"json"_s) {
        const QJsonObject result{
            {u"calendar"_s, calendarName(chosen.calendar)},
            {u"kind"_s, periodKindName(scheme.kind)},
            {u"period"_s, QJsonObject{{u"year"_s, period->year},
                                      {u"index"_s, period->index},
                                      {u"label"_s, label},
                                      {u"start"_s, period->start.toString(Qt::ISODate)},
                                      {u"end"_s, period->end.toString(Qt::ISODate)}}},
            {u"teams"_s, teams}};
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Outcome::done();
    }
    QTextStream &out = context.out();
    out << History::tr("%1 (%2 to %3): mean scores by team")
               .arg(label, formatDate(period->start, locale, scheme.calendar, QLocale::ShortFormat),
                    formatDate(period->end, locale, scheme.calendar, QLocale::ShortFormat))
        << '\n';
    QStringList header{History::tr("Team"), History::tr("n"), History::tr("Total")};
    for (const Dimension &d : q.dimensions)
        header << q.tr(d.name, context.lang());
    out << header.join(u"\t"_s) << '\n';
    for (const QString &line : lines)
        out << line << '\n';
    out << History::tr("* each team's lowest dimension") << Qt::endl;
    return Outcome::done();
}

} // namespace

std::vector<Command> historyCommands()
{
    return {
        {
            .name = u"demo"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "write demo data into a new database: four teams over three "
                                                     "years, and two workshops"),
            .usesDatabase = true,
            .run = demo,
        },
        {
            .name = u"history"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "a team's mean scores per period, and whether each change is "
                                                     "larger than its uncertainty"),
            .options = {{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "the team"), {}, true},
                        periodKindOption(u"period"_s, u"PERIOD"_s,
                                         QT_TRANSLATE_NOOP("Commands", "quarter, month, half or year (default: %1)")),
                        calendarOption, fiscalStartOption},
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = history,
        },
        {
            .name = u"compare"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "every team's mean scores for one period, teams as rows"),
            .options = {{u"period"_s, u"LABEL|DATE"_s,
                         QT_TRANSLATE_NOOP("Commands", "the period, as a label (Q1 2026, H2 2025, 2026) or any date "
                                                       "in it (2026-02-14)"),
                         {}, true},
                        periodKindOption(u"kind"_s, u"KIND"_s,
                                         QT_TRANSLATE_NOOP("Commands", "for a date: quarter, month, half or year "
                                                                       "(default: %1)")),
                        calendarOption, fiscalStartOption},
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = compare,
        },
    };
}

} // namespace rater::cli
