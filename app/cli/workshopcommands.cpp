#include "command.h"

#include "exchange/assessmentfile.h"
#include "questionnaire/loader.h"
#include "storage/database.h"
#include "workshop/groupsummary.h"
#include "workshop/participants.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Workshops
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopCommands)
};

// The workshop named by --id, or a refusal.
struct Chosen
{
    std::unique_ptr<Database> database;
    Workshop workshop;
};

std::optional<Chosen> openWorkshop(const Invocation &invocation, const QCommandLineParser &parser,
                                   const QCommandLineOption &id, int &status)
{
    const std::optional<int> number = parseLocalizedInt(parser.value(id).trimmed());
    if (!parser.isSet(id) || !number) {
        status = invocation.refuse(Workshops::tr("give the workshop with --id N, the number \"workshop create\" printed"));
        return std::nullopt;
    }
    auto database = Database::open(databasePath(parser));
    if (!database) {
        status = invocation.refuse(database.error());
        return std::nullopt;
    }
    const Expected<Workshop> workshop = database.value()->workshops().find(*number);
    if (!workshop) {
        status = invocation.refuse(workshop.error() + u" in "_s + QDir::toNativeSeparators(database.value()->path()));
        return std::nullopt;
    }
    return Chosen{std::move(database).value(), *workshop};
}

int create(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Workshops::tr("Creates a workshop and prints its id."));
    const QCommandLineOption title(u"title"_s, Workshops::tr("the workshop's title (required)"), u"TITLE"_s);
    const QCommandLineOption date(u"date"_s, Workshops::tr("the day it is held, YYYY-MM-DD (default: today)"), u"DATE"_s);
    const QCommandLineOption team(u"team"_s, Workshops::tr("the team it is for (optional)"), u"NAME"_s);
    const QCommandLineOption facilitator(u"facilitator"_s, Workshops::tr("who runs it (optional)"), u"NAME"_s);
    for (const auto &option : {title, date, team, facilitator})
        parser.addOption(option);
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    if (parser.value(title).trimmed().isEmpty())
        return invocation.refuse(Workshops::tr("the title is missing; give it with --title TITLE"));
    QDate held = QDate::currentDate();
    if (parser.isSet(date)) {
        const QDate parsed = parseIsoDate(parser.value(date).trimmed());
        if (!parsed.isValid())
            return invocation.refuse(Workshops::tr("\"%1\" is not a date; write it as YYYY-MM-DD").arg(parser.value(date)));
        held = parsed;
    }
    auto database = Database::open(databasePath(parser));
    if (!database)
        return invocation.refuse(database.error());
    const Expected<qint64> id = database.value()->workshops().create(
        {parser.value(title).trimmed(), held, parser.value(facilitator).trimmed(), parser.value(team).trimmed(),
         languageCode(invocation.language)});
    if (!id) {
        invocation.streams.err << "rater-cli: " << id.error() << Qt::endl;
        return Failure;
    }
    invocation.streams.out << *id << Qt::endl;
    return Success;
}

int add(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Workshops::tr("Records one participant's answers in a workshop."));
    const QCommandLineOption id(u"id"_s, Workshops::tr("the workshop"), u"N"_s);
    const QCommandLineOption respondent(u"respondent"_s, Workshops::tr("an optional pseudonymous code"), u"CODE"_s);
    parser.addOption(id);
    parser.addOption(respondent);
    parser.addPositionalArgument(u"ANSWERS"_s, Workshops::tr("one answer per statement, separated by commas"));
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return invocation.refuse(Workshops::tr("give the answers as one argument, for example 4,2,5,…"));
    Expected<Answers> answers = parseAnswers(parser.positionalArguments().first(), builtInQuestionnaire());
    if (!answers)
        return invocation.refuse(answers.error());
    auto chosen = openWorkshop(invocation, parser, id, status);
    if (!chosen)
        return status;
    NewAssessment a;
    a.team = participantTeam(chosen->workshop);
    a.respondent = parser.value(respondent).trimmed();
    a.workshopId = chosen->workshop.id;
    a.date = chosen->workshop.date;
    a.lang = chosen->workshop.lang;
    a.questionnaireId = builtInQuestionnaire().id;
    a.questionnaireVersion = builtInQuestionnaire().version;
    a.answers = std::move(answers).value();
    const Expected<qint64> stored = chosen->database->assessments().record(a);
    if (!stored) {
        invocation.streams.err << "rater-cli: " << stored.error() << Qt::endl;
        return Failure;
    }
    invocation.streams.out << *stored << Qt::endl;
    return Success;
}

int import(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Workshops::tr("Imports participants' results into a workshop, all or nothing; "
                                                   "duplicates are refused."));
    const QCommandLineOption id(u"id"_s, Workshops::tr("the workshop"), u"N"_s);
    parser.addOption(id);
    parser.addPositionalArgument(u"FILE"_s, Workshops::tr("a .csv or .json file"));
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return invocation.refuse(Workshops::tr("give one file to import"));
    const QString file = parser.positionalArguments().first();
    auto chosen = openWorkshop(invocation, parser, id, status);
    if (!chosen)
        return status;
    const ParticipantFile participants =
        readParticipants(file, *chosen->database, chosen->workshop, builtInQuestionnaire());
    const exchange::ReadResult &read = participants.read;
    if (!read.problems.isEmpty()) {
        for (const QString &problem : read.problems.mid(0, 200))
            invocation.streams.err << problem << '\n';
        return invocation.refuse(Workshops::tr("nothing was imported from %1").arg(QDir::toNativeSeparators(file)));
    }
    const auto ids = chosen->database->assessments().recordAll(read.records);
    if (!ids) {
        invocation.streams.err << "rater-cli: " << ids.error() << Qt::endl;
        return Failure;
    }
    invocation.streams.out << Workshops::tr("Imported %1 participants into workshop %2, under the team \"%3\".")
                                  .arg(QLocale().toString(qint64(ids->size())), QLocale().toString(chosen->workshop.id),
                                       participantTeam(chosen->workshop))
                           << Qt::endl;
    if (!participants.otherTeams.isEmpty())
        invocation.streams.out << Workshops::tr("The file named other teams (%1); as participants of this workshop "
                                                "they were recorded under \"%2\".")
                                      .arg(participants.otherTeams.join(u", "_s), participantTeam(chosen->workshop))
                               << Qt::endl;
    return Success;
}

int summary(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Workshops::tr("Prints a workshop's group figures; nothing but the count below "
                                                   "the anonymity threshold."));
    const QCommandLineOption id(u"id"_s, Workshops::tr("the workshop"), u"N"_s);
    const QCommandLineOption format(u"format"_s, Workshops::tr("text or json (default: text)"), u"FORMAT"_s, u"text"_s);
    const QCommandLineOption threshold(u"min-group"_s,
                                       Workshops::tr("the fewest participants for which figures are shown, 2 or "
                                                     "more (default: %1)").arg(defaultAnonymityThreshold),
                                       u"N"_s, QString::number(defaultAnonymityThreshold));
    for (const auto &option : {id, format, threshold})
        parser.addOption(option);
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    const std::optional<int> minimum = parseLocalizedInt(parser.value(threshold).trimmed());
    if (!minimum || *minimum < minimumAnonymityThreshold)
        return invocation.refuse(Workshops::tr("--min-group must be 2 or more; got \"%1\"").arg(parser.value(threshold)));
    if (parser.value(format) != u"text"_s && parser.value(format) != u"json"_s)
        return invocation.refuse(Workshops::tr("unknown format \"%1\"; use text or json").arg(parser.value(format)));
    auto chosen = openWorkshop(invocation, parser, id, status);
    if (!chosen)
        return status;
    const Expected<std::vector<Answers>> participants =
        chosen->database->assessments().workshopAnswers(chosen->workshop.id);
    if (!participants)
        return invocation.refuse(participants.error());
    const GroupSummary g = summarizeGroup(builtInQuestionnaire(), *participants, *minimum);
    const Questionnaire &q = builtInQuestionnaire();

    if (parser.value(format) == u"json"_s) {
        QJsonObject result{{u"workshop"_s, chosen->workshop.id}, {u"n"_s, g.n}, {u"suppressed"_s, g.suppressed}};
        if (!g.suppressed) {
            result.insert(u"total"_s, QJsonObject{{u"mean"_s, g.totalMean},
                                                 {u"sd"_s, g.totalSd},
                                                 {u"min"_s, g.totalMin},
                                                 {u"max"_s, g.totalMax}});
            QJsonObject bands;
            for (const auto &[band, count] : g.bands)
                bands.insert(band, count);
            result.insert(u"bands"_s, bands);
            QJsonObject dimensions;
            for (const DimensionGroupSummary &d : g.dimensions)
                dimensions.insert(d.id, QJsonObject{{u"mean"_s, d.mean},
                                                    {u"median"_s, d.median},
                                                    {u"q1"_s, d.q1},
                                                    {u"q3"_s, d.q3},
                                                    {u"min"_s, d.min},
                                                    {u"max"_s, d.max},
                                                    {u"alpha"_s, d.alpha ? QJsonValue(*d.alpha) : QJsonValue()}});
            result.insert(u"dimensions"_s, dimensions);
            QJsonObject statements;
            for (std::size_t s = 0; s < g.answerCounts.size(); ++s) {
                QJsonArray counts;
                for (int c : g.answerCounts[s])
                    counts.append(c);
                statements.insert(QString::number(q.statements[s].number), counts);
            }
            result.insert(u"statements"_s, statements);
        }
        invocation.streams.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Success;
    }
    const QLocale locale;
    const QString lang = languageCode(invocation.language);
    QTextStream &out = invocation.streams.out;
    out << chosen->workshop.title << ": " << Workshops::tr("%1 participants").arg(locale.toString(g.n)) << '\n';
    if (g.suppressed) {
        out << Workshops::tr("Group figures are withheld below %1 participants, so that no one's answers can be "
                             "told apart.").arg(locale.toString(std::max(*minimum, minimumAnonymityThreshold)))
            << Qt::endl;
        return Success;
    }
    out << Workshops::tr("Mean total %1 (standard deviation %2; from %3 to %4)")
               .arg(locale.toString(g.totalMean, 'f', 1), locale.toString(g.totalSd, 'f', 1),
                    locale.toString(g.totalMin), locale.toString(g.totalMax))
        << '\n';
    for (const Band &band : q.bands)
        out << "  " << q.tr(band.title, lang) << ": " << locale.toString(g.bands.at(band.id)) << '\n';
    for (const DimensionGroupSummary &d : g.dimensions) {
        out << "  " << q.tr(q.dimension(d.id)->name, lang) << ": "
            << Workshops::tr("median %1, quartiles %2 to %3").arg(locale.toString(d.median, 'f', 2),
                                                                   locale.toString(d.q1, 'f', 2),
                                                                   locale.toString(d.q3, 'f', 2));
        if (d.alpha)
            out << ", " << Workshops::tr("alpha %1").arg(locale.toString(*d.alpha, 'f', 2));
        out << '\n';
    }
    out.flush();
    return Success;
}

} // namespace

int workshopCommand(const Invocation &invocation)
{
    static const std::map<QString, int (*)(const Invocation &)> subcommands = {
        {u"create"_s, create}, {u"add"_s, add}, {u"import"_s, import}, {u"summary"_s, summary}};
    // The subcommand is the first word that is neither an option nor an option's value.
    static const QStringList valueOptions{u"--db"_s,   u"--lang"_s,       u"--title"_s, u"--date"_s,
                                          u"--team"_s, u"--facilitator"_s, u"--id"_s,    u"--respondent"_s,
                                          u"--format"_s, u"--min-group"_s};
    QStringList arguments = invocation.arguments;
    qsizetype at = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (valueOptions.contains(arguments.at(i))) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(u'-')) {
            at = i;
            break;
        }
    }
    if (at < 0 || !subcommands.contains(arguments.at(at)))
        return invocation.refuse(Workshops::tr("use workshop create, add, import or summary; for example "
                                               "rater-cli workshop create --title \"Service day\""));
    const QString name = arguments.takeAt(at);
    arguments[0] += u' ' + name;
    return subcommands.at(name)({arguments, invocation.language, invocation.streams});
}

} // namespace rater::cli
