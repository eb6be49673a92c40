#include "command.h"

#include "history/demo.h"
#include "history/history.h"
#include "questionnaire/loader.h"
#include "storage/database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class History
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommands)
};

QString calendarName(CalendarChoice choice)
{
    switch (choice) {
    case CalendarChoice::Jalali: return u"jalali"_s;
    case CalendarChoice::IslamicCivil: return u"islamic"_s;
    default: return u"gregorian"_s;
    }
}

// The options history and compare share: calendar, fiscal start, format.
struct SchemeOptions
{
    QCommandLineOption calendar{u"calendar"_s, History::tr("gregorian, jalali or islamic (default: jalali for "
                                                           "Persian, else gregorian)"),
                                u"CALENDAR"_s};
    QCommandLineOption fiscalStart{u"fiscal-start"_s, History::tr("the month, 1 to 12 in the chosen calendar, "
                                                                  "that the year starts in (default: 1)"),
                                   u"MONTH"_s, u"1"_s};
    QCommandLineOption format{u"format"_s, History::tr("text or json (default: text)"), u"FORMAT"_s, u"text"_s};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(calendar);
        parser.addOption(fiscalStart);
        parser.addOption(format);
    }

    // Fills `scheme` (its period kind from `kindOption`) and `choice`; returns a refusal message, or nothing.
    QString read(const QCommandLineParser &parser, const QCommandLineOption &kindOption, Language language,
                 PeriodScheme &scheme, CalendarChoice &choice) const
    {
        const std::optional<PeriodKind> kind = periodKindFromName(parser.value(kindOption));
        if (!kind)
            return History::tr("unknown period \"%1\"; use quarter, month, half or year").arg(parser.value(kindOption));
        scheme.kind = *kind;
        choice = language == Language::Persian ? CalendarChoice::Jalali : CalendarChoice::Gregorian;
        if (parser.isSet(calendar)) {
            const QString name = parser.value(calendar);
            if (name == u"gregorian"_s)
                choice = CalendarChoice::Gregorian;
            else if (name == u"jalali"_s)
                choice = CalendarChoice::Jalali;
            else if (name == u"islamic"_s)
                choice = CalendarChoice::IslamicCivil;
            else
                return History::tr("unknown calendar \"%1\"; use gregorian, jalali or islamic").arg(name);
        }
        scheme.calendar = calendarFor(choice, language);
        const std::optional<int> month = parseLocalizedInt(parser.value(fiscalStart).trimmed());
        if (!month || *month < 1 || *month > 12)
            return History::tr("--fiscal-start takes a month from 1 to 12; got \"%1\"").arg(parser.value(fiscalStart));
        scheme.fiscalStartMonth = *month;
        if (parser.value(format) != u"text"_s && parser.value(format) != u"json"_s)
            return History::tr("unknown format \"%1\"; use text or json").arg(parser.value(format));
        return {};
    }
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

QString changeMark(const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Real: return change.difference > 0 ? u"▲"_s : u"▼"_s;
    case Change::Kind::WithinNoise: return u"≈"_s;
    case Change::Kind::SingleAssessment: return u"·"_s;
    }
    return {};
}

} // namespace

int demoCommand(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(History::tr("Writes a demo database: four teams over three years of "
                                                 "quarterly assessments, and two workshops."));
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    auto database = Database::open(databasePath(parser));
    if (!database)
        return invocation.refuse(database.error());
    const Expected<bool> filled = database.value()->assessments().any();
    if (!filled)
        return invocation.refuse(filled.error());
    if (*filled)
        return invocation.refuse(History::tr("%1 already holds assessments; write the demo data to a new file")
                                     .arg(QDir::toNativeSeparators(database.value()->path())));
    const Expected<qint64> written = writeDemoData(*database.value(), builtInQuestionnaire(), QDate::currentDate());
    if (!written) {
        invocation.streams.err << "rater-cli: " << written.error() << Qt::endl;
        return Failure;
    }
    invocation.streams.out << History::tr("Wrote %1 demo assessments to %2.")
                                  .arg(QLocale().toString(*written),
                                       QDir::toNativeSeparators(database.value()->path()))
                           << Qt::endl;
    return Success;
}

int historyCommand(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(History::tr("Prints a team's mean scores per period, and whether each change "
                                                 "is larger than its uncertainty."));
    const QCommandLineOption team(u"team"_s, History::tr("the team (required)"), u"NAME"_s);
    const QCommandLineOption period(u"period"_s, History::tr("quarter, month, half or year (default: quarter)"),
                                    u"PERIOD"_s, u"quarter"_s);
    const SchemeOptions shared;
    parser.addOption(team);
    parser.addOption(period);
    shared.addTo(parser);
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;

    PeriodScheme scheme;
    CalendarChoice choice = CalendarChoice::Gregorian;
    if (const QString refusal = shared.read(parser, period, invocation.language, scheme, choice); !refusal.isEmpty())
        return invocation.refuse(refusal);
    if (!parser.isSet(team))
        return invocation.refuse(History::tr("the team is missing; give it with --team NAME"));

    auto database = Database::open(databasePath(parser));
    if (!database)
        return invocation.refuse(database.error());
    const Expected<QStringList> teams = database.value()->assessments().teams();
    if (!teams)
        return invocation.refuse(teams.error());
    if (!teams->contains(parser.value(team)))
        return invocation.refuse(History::tr("there is no team \"%1\"; the teams are: %2")
                                     .arg(parser.value(team), teams->join(u", "_s)));
    const auto rows = database.value()->assessments().datedAnswers(parser.value(team));
    if (!rows) {
        invocation.streams.err << "rater-cli: " << rows.error() << Qt::endl;
        return Failure;
    }
    const std::vector<PeriodStats> periods = aggregate(*rows, builtInQuestionnaire(), scheme);
    const QLocale locale;

    if (parser.value(shared.format) == u"json"_s) {
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
        const QJsonObject result{{u"team"_s, parser.value(team)},
                                 {u"calendar"_s, calendarName(choice)},
                                 {u"period"_s, periodKindName(scheme.kind)},
                                 {u"fiscal_start"_s, scheme.fiscalStartMonth},
                                 {u"periods"_s, array}};
        invocation.streams.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Success;
    }

    QTextStream &out = invocation.streams.out;
    out << History::tr("%1: mean scores by period").arg(parser.value(team)) << '\n';
    QStringList header{History::tr("Period"), History::tr("n"), History::tr("Total")};
    for (const Dimension &d : builtInQuestionnaire().dimensions)
        header << builtInQuestionnaire().tr(d.name, languageCode(invocation.language));
    out << header.join(u"\t"_s) << '\n';
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const PeriodStats &p = periods[i];
        const auto cell = [&](const Summary &now, const Summary *before) {
            QString text = locale.toString(now.mean, 'f', 2);
            if (before)
                text += u' ' + changeMark(compareMeans(*before, now));
            return text;
        };
        QStringList row{periodLabel(p.period, scheme, locale), locale.toString(p.total.n),
                        cell(p.total, i > 0 ? &periods[i - 1].total : nullptr)};
        for (std::size_t d = 0; d < p.dimensions.size(); ++d)
            row << cell(p.dimensions[d], i > 0 ? &periods[i - 1].dimensions[d] : nullptr);
        out << row.join(u"\t"_s) << '\n';
    }
    out << History::tr("▲ ▼ a real rise or fall (the 95% interval of the difference excludes zero); "
                       "≈ within the noise; · too few assessments to tell")
        << Qt::endl;
    return Success;
}

int compareCommand(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(History::tr("Prints every team's mean scores for one period, teams as rows."));
    const QCommandLineOption period(u"period"_s, History::tr("the period, as a label (Q1 2026, H2 2025, 2026) or "
                                                             "any date in it (2026-02-14)"),
                                    u"LABEL-or-DATE"_s);
    const QCommandLineOption kind(u"kind"_s, History::tr("for a date: quarter, month, half or year (default: quarter)"),
                                  u"KIND"_s, u"quarter"_s);
    const SchemeOptions shared;
    parser.addOption(period);
    parser.addOption(kind);
    shared.addTo(parser);
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    PeriodScheme scheme;
    CalendarChoice choice = CalendarChoice::Gregorian;
    if (const QString refusal = shared.read(parser, kind, invocation.language, scheme, choice); !refusal.isEmpty())
        return invocation.refuse(refusal);
    if (!parser.isSet(period))
        return invocation.refuse(History::tr("the period is missing; give it with --period, for example "
                                             "--period \"Q1 2026\" or --period 2026-02-14"));

    // Any digits; a label's numbers are its index and year, whatever its language.
    QString text = parser.value(period).trimmed();
    for (QChar &c : text) {
        if (c.isDigit())
            c = QChar(u'0' + c.digitValue());
    }
    Period chosen;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    static const QRegularExpression number(u"\\d+"_s);
    QList<int> numbers;
    for (auto it = number.globalMatch(text); it.hasNext();)
        numbers << it.next().captured().toInt();
    if (date.isValid()) {
        chosen = periodOf(date, scheme);
    } else if (numbers.size() == 1) {
        scheme.kind = PeriodKind::Year;
        chosen = periodAt(numbers.front(), 1, scheme);
    } else if (numbers.size() == 2) {
        if (text.startsWith(u'H', Qt::CaseInsensitive) || text.contains(u"نیمه"_s) || text.contains(u"النصف"_s))
            scheme.kind = PeriodKind::Half;
        else if (scheme.kind != PeriodKind::Month)
            scheme.kind = PeriodKind::Quarter;
        const int perYear = 12 / monthsIn(scheme.kind);
        if (numbers.front() < 1 || numbers.front() > perYear)
            return invocation.refuse(History::tr("\"%1\" names period %2, but a year has %3")
                                         .arg(parser.value(period))
                                         .arg(numbers.front())
                                         .arg(perYear));
        chosen = periodAt(numbers.back(), numbers.front(), scheme);
    } else {
        return invocation.refuse(History::tr("\"%1\" is neither a period label such as \"Q1 2026\" nor a date "
                                             "such as 2026-02-14").arg(parser.value(period)));
    }
    if (!chosen.start.isValid())
        return invocation.refuse(History::tr("\"%1\" is not a period this calendar has").arg(parser.value(period)));

    auto database = Database::open(databasePath(parser));
    if (!database)
        return invocation.refuse(database.error());
    const auto rows = database.value()->assessments().between(chosen.start, chosen.end);
    if (!rows) {
        invocation.streams.err << "rater-cli: " << rows.error() << Qt::endl;
        return Failure;
    }
    std::map<QString, std::vector<DatedAnswers>> byTeam;
    for (const TeamAnswers &row : *rows)
        byTeam[row.team].push_back({row.date, row.answers});
    const QLocale locale;
    const Questionnaire &q = builtInQuestionnaire();
    const QString lang = languageCode(invocation.language);

    QJsonArray teams;
    QStringList lines;
    for (const auto &[team, dated] : byTeam) {
        const std::vector<PeriodStats> stats = aggregate(dated, q, scheme);
        if (stats.empty())
            continue;
        const PeriodStats &s = stats.front();
        std::size_t lowest = 0;
        for (std::size_t d = 1; d < s.dimensions.size(); ++d) {
            if (s.dimensions[d].mean < s.dimensions[lowest].mean)
                lowest = d;
        }
        teams.append(QJsonObject{{u"team"_s, team},
                                 {u"n"_s, s.total.n},
                                 {u"total_mean"_s, s.total.mean},
                                 {u"dimensions"_s, dimensionMeans(s.dimensions)},
                                 {u"lowest_dimension"_s, q.dimensions[lowest].id}});
        QStringList row{team, locale.toString(s.total.n), locale.toString(s.total.mean, 'f', 2)};
        for (std::size_t d = 0; d < s.dimensions.size(); ++d)
            row << locale.toString(s.dimensions[d].mean, 'f', 2) + (d == lowest ? u" *"_s : QString());
        lines << row.join(u"\t"_s);
    }
    const QString label = periodLabel(chosen, scheme, locale);
    if (parser.value(shared.format) == u"json"_s) {
        const QJsonObject result{
            {u"calendar"_s, calendarName(choice)},
            {u"kind"_s, periodKindName(scheme.kind)},
            {u"period"_s, QJsonObject{{u"year"_s, chosen.year},
                                      {u"index"_s, chosen.index},
                                      {u"label"_s, label},
                                      {u"start"_s, chosen.start.toString(Qt::ISODate)},
                                      {u"end"_s, chosen.end.toString(Qt::ISODate)}}},
            {u"teams"_s, teams}};
        invocation.streams.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Success;
    }
    QTextStream &out = invocation.streams.out;
    out << History::tr("%1 (%2 to %3): mean scores by team")
               .arg(label, formatDate(chosen.start, locale, scheme.calendar, QLocale::ShortFormat),
                    formatDate(chosen.end, locale, scheme.calendar, QLocale::ShortFormat))
        << '\n';
    QStringList header{History::tr("Team"), History::tr("n"), History::tr("Total")};
    for (const Dimension &d : q.dimensions)
        header << q.tr(d.name, lang);
    out << header.join(u"\t"_s) << '\n';
    for (const QString &line : lines)
        out << line << '\n';
    out << History::tr("* each team's lowest dimension") << Qt::endl;
    return Success;
}

} // namespace rater::cli
