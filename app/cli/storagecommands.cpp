#include "command.h"

#include "exchange/assessmentfile.h"
#include "questionnaire/loader.h"
#include "scoring/scoring.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Storage
{
    Q_DECLARE_TR_FUNCTIONS(StorageCommands)

public:
    // Import and export report at most this many problems, then how many more there were.
    static constexpr qsizetype maxReportedProblems = 200;

    explicit Storage(const Invocation &invocation) : m_invocation(invocation) {}

    bool parse(QCommandLineParser &parser, int &status) { return parseCommandLine(parser, m_invocation, status); }

    std::unique_ptr<Database> open(const QCommandLineParser &parser, int &status)
    {
        auto database = Database::open(databasePath(parser));
        if (!database) {
            status = m_invocation.refuse(database.error());
            return nullptr;
        }
        return std::move(database).value();
    }

    int refuse(const QString &message) const { return m_invocation.refuse(message); }
    int fail(const QString &message) const
    {
        m_invocation.streams.err << "rater-cli: " << message << Qt::endl;
        return Failure;
    }
    QTextStream &out() const { return m_invocation.streams.out; }
    QString lang() const { return languageCode(m_invocation.language); }
    Language language() const { return m_invocation.language; }

private:
    const Invocation &m_invocation;
};

} // namespace

int recordCommand(const Invocation &invocation)
{
    Storage command(invocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(Storage::tr("Stores one assessment and prints its id."));
    const QCommandLineOption team(u"team"_s, Storage::tr("the team the assessment is for (required)"), u"NAME"_s);
    const QCommandLineOption respondent(u"respondent"_s, Storage::tr("an optional pseudonymous respondent code"),
                                        u"CODE"_s);
    const QCommandLineOption workshop(u"workshop"_s, Storage::tr("the id of the workshop it was taken in"), u"ID"_s);
    const QCommandLineOption date(u"date"_s, Storage::tr("the day it was taken, YYYY-MM-DD (default: today)"),
                                  u"DATE"_s);
    for (const auto &option : {team, respondent, workshop, date})
        parser.addOption(option);
    parser.addPositionalArgument(u"ANSWERS"_s, Storage::tr("one answer per statement, separated by commas"));
    int status = Success;
    if (!command.parse(parser, status))
        return status;

    if (parser.value(team).trimmed().isEmpty())
        return command.refuse(Storage::tr("the team is missing; give it with --team NAME"));
    NewAssessment a;
    a.team = parser.value(team);
    a.respondent = parser.value(respondent).trimmed();
    if (parser.isSet(workshop)) {
        const std::optional<int> id = parseLocalizedInt(parser.value(workshop).trimmed());
        if (!id || *id < 1)
            return command.refuse(Storage::tr("--workshop takes a workshop id, a whole number such as 3; got \"%1\"")
                                      .arg(parser.value(workshop)));
        a.workshopId = *id;
    }
    a.date = QDate::currentDate();
    if (parser.isSet(date)) {
        const QDate parsed = parseIsoDate(parser.value(date).trimmed());
        if (!parsed.isValid())
            return command.refuse(Storage::tr("\"%1\" is not a date; write it as YYYY-MM-DD, for example 2026-03-21")
                                      .arg(parser.value(date)));
        a.date = parsed;
    }
    a.lang = command.lang();
    const Questionnaire &q = builtInQuestionnaire();
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return command.refuse(Storage::tr("give the answers as one argument, for example 4,2,5,…"));
    Expected<Answers> answers = parseAnswers(positional.first(), q);
    if (!answers)
        return command.refuse(answers.error());
    a.answers = std::move(answers).value();

    auto database = command.open(parser, status);
    if (!database)
        return status;
    if (a.workshopId && !database->workshops().find(*a.workshopId))
        return command.refuse(Storage::tr("there is no workshop with id %1 in %2")
                                  .arg(QLocale().toString(*a.workshopId), QDir::toNativeSeparators(database->path())));
    const Expected<qint64> id = database->assessments().record(a);
    if (!id)
        return command.fail(id.error());
    command.out() << *id << Qt::endl;
    return Success;
}

int listCommand(const Invocation &invocation)
{
    Storage command(invocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(Storage::tr("Lists stored assessments with their scores, oldest first."));
    const QCommandLineOption team(u"team"_s, Storage::tr("only this team's assessments"), u"NAME"_s);
    const QCommandLineOption format(u"format"_s, Storage::tr("text or json (default: text)"), u"FORMAT"_s, u"text"_s);
    parser.addOption(team);
    parser.addOption(format);
    int status = Success;
    if (!command.parse(parser, status))
        return status;
    if (parser.value(format) != u"text"_s && parser.value(format) != u"json"_s)
        return command.refuse(Storage::tr("unknown format \"%1\"; use text or json").arg(parser.value(format)));
    if (!parser.positionalArguments().isEmpty())
        return command.refuse(Storage::tr("list takes no arguments besides its options; got \"%1\"")
                                  .arg(parser.positionalArguments().join(u' ')));
    auto database = command.open(parser, status);
    if (!database)
        return status;
    const auto assessments = database->assessments().list(parser.isSet(team) ? parser.value(team) : QString());
    if (!assessments)
        return command.fail(assessments.error());
    const Questionnaire &q = builtInQuestionnaire();

    if (parser.value(format) == u"json"_s) {
        QJsonArray array;
        for (const StoredAssessment &a : *assessments) {
            const Expected<Score> s = score(q, a.answers);
            if (!s)
                return command.fail(Storage::tr("assessment %1 cannot be scored: %2").arg(a.id).arg(s.error()));
            QJsonObject dimensions;
            for (const DimensionScore &d : s->dimensions)
                dimensions.insert(d.id, QJsonObject{{u"mean"_s, d.mean}, {u"percent"_s, d.percent}});
            QJsonArray answers;
            for (int answer : a.answers)
                answers.append(answer);
            array.append(QJsonObject{
                {u"id"_s, a.id},
                {u"team"_s, a.team},
                {u"respondent"_s, a.respondent.isEmpty() ? QJsonValue() : QJsonValue(a.respondent)},
                {u"workshop"_s, a.workshopId ? QJsonValue(*a.workshopId) : QJsonValue()},
                {u"date"_s, a.date.toString(Qt::ISODate)},
                {u"lang"_s, a.lang},
                {u"answers"_s, answers},
                {u"total"_s, s->total},
                {u"band"_s, s->bandId},
                {u"dimensions"_s, dimensions},
            });
        }
        command.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }

    const QLocale locale;
    const QStringList headings{Storage::tr("Id"), Storage::tr("Date"), Storage::tr("Team"),
                               Storage::tr("Respondent"), Storage::tr("Total"), Storage::tr("Band")};
    std::vector<QStringList> rows;
    for (const StoredAssessment &a : *assessments) {
        const Expected<Score> s = score(q, a.answers);
        if (!s)
            return command.fail(Storage::tr("assessment %1 cannot be scored: %2").arg(a.id).arg(s.error()));
        rows.push_back({locale.toString(a.id), locale.toString(a.date, u"yyyy-MM-dd"_s), a.team, a.respondent,
                        locale.toString(s->total), q.tr(q.band(s->bandId)->title, command.lang())});
    }
    std::vector<qsizetype> widths;
    for (const QString &h : headings)
        widths.push_back(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], row.at(c).size());
    }
    const auto print = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c)
            line += (c + 1 < cells.size() ? cells.at(c).leftJustified(widths[std::size_t(c)] + 2) : cells.at(c));
        command.out() << line.trimmed() << '\n';
    };
    print(headings);
    for (const QStringList &row : rows)
        print(row);
    command.out() << Storage::tr("Assessments: %1").arg(locale.toString(qint64(rows.size()))) << Qt::endl;
    return Success;
}

int importCommand(const Invocation &invocation)
{
    Storage command(invocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(Storage::tr("Imports assessments from a .csv or .json file. Nothing is stored "
                                                 "unless every row is valid."));
    parser.addPositionalArgument(u"FILE"_s, Storage::tr("the file to import"));
    int status = Success;
    if (!command.parse(parser, status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return command.refuse(Storage::tr("give one file to import, for example rater-cli import results.csv"));
    const QString file = parser.positionalArguments().first();

    const exchange::ReadResult read = exchange::readFile(file, builtInQuestionnaire());
    if (!read.problems.isEmpty()) {
        QTextStream &err = invocation.streams.err;
        const qsizetype shown = std::min(read.problems.size(), Storage::maxReportedProblems);
        for (qsizetype i = 0; i < shown; ++i)
            err << read.problems.at(i) << '\n';
        if (read.problems.size() > shown)
            err << Storage::tr("… and %1 more problems").arg(read.problems.size() - shown) << '\n';
        return command.refuse(Storage::tr("nothing was imported from %1").arg(QDir::toNativeSeparators(file)));
    }
    auto database = command.open(parser, status);
    if (!database)
        return status;
    const auto ids = database->assessments().recordAll(read.records);
    if (!ids)
        return command.fail(ids.error());
    command.out() << Storage::tr("Imported %1 assessments from %2 into %3.")
                         .arg(QLocale().toString(qint64(ids->size())), QDir::toNativeSeparators(file),
                              QDir::toNativeSeparators(database->path()))
                  << Qt::endl;
    return Success;
}

int exportCommand(const Invocation &invocation)
{
    Storage command(invocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(Storage::tr("Exports stored assessments with their scores."));
    const QCommandLineOption format(u"format"_s, Storage::tr("csv, json or xlsx (default: from --out, else csv)"),
                                    u"FORMAT"_s);
    const QCommandLineOption team(u"team"_s, Storage::tr("only this team's assessments"), u"NAME"_s);
    const QCommandLineOption out(u"out"_s, Storage::tr("the file to write (default: standard output; xlsx needs a file)"),
                                 u"FILE"_s);
    for (const auto &option : {format, team, out})
        parser.addOption(option);
    int status = Success;
    if (!command.parse(parser, status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return command.refuse(Storage::tr("export takes no arguments besides its options; got \"%1\"")
                                  .arg(parser.positionalArguments().join(u' ')));

    std::optional<exchange::Format> chosen = exchange::Format::Csv;
    if (parser.isSet(format))
        chosen = exchange::formatFromName(parser.value(format));
    else if (parser.isSet(out))
        chosen = exchange::formatFromFileName(parser.value(out)).value_or(exchange::Format::Csv);
    if (!chosen)
        return command.refuse(Storage::tr("unknown format \"%1\"; use csv, json or xlsx").arg(parser.value(format)));
    if (*chosen == exchange::Format::Xlsx && !parser.isSet(out))
        return command.refuse(Storage::tr("an xlsx export needs a file; give it with --out FILE.xlsx"));

    auto database = command.open(parser, status);
    if (!database)
        return status;
    const auto assessments = database->assessments().list(parser.isSet(team) ? parser.value(team) : QString());
    if (!assessments)
        return command.fail(assessments.error());
    const Questionnaire &q = builtInQuestionnaire();

    if (parser.isSet(out)) {
        const Status written = exchange::exportFile(parser.value(out), *chosen, *assessments, q, command.language());
        return written ? Success : command.fail(written.error());
    }
    const Expected<QByteArray> bytes = *chosen == exchange::Format::Csv ? exchange::writeCsv(*assessments, q)
                                                                        : exchange::writeJson(*assessments, q);
    if (!bytes)
        return command.fail(bytes.error());
    command.out().flush();
    QFile stdOut;
    if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(*bytes) != bytes->size())
        return command.fail(Storage::tr("could not write to standard output"));
    return Success;
}

int checkCommand(const Invocation &invocation)
{
    Storage command(invocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(Storage::tr("Checks the database for damage. Exits with 0 when it is sound "
                                                 "and 1 when it is damaged."));
    int status = Success;
    if (!command.parse(parser, status))
        return status;
    const QString path = databasePath(parser);
    const Expected<IntegrityReport> report = Database::checkFile(path);
    if (!report)
        return command.refuse(report.error());
    const QString name = QDir::toNativeSeparators(path);
    const QLocale locale;
    if (report->sound) {
        command.out() << Storage::tr("%1: sound; %2 assessments of %3 teams, and SQLite's integrity check found "
                                     "nothing wrong")
                             .arg(name, locale.toString(report->assessments), locale.toString(report->teams))
                      << Qt::endl;
        return Success;
    }
    command.out() << Storage::tr("%1: damaged; the check found:").arg(name) << '\n';
    for (const QString &problem : report->problems.mid(0, Storage::maxReportedProblems))
        command.out() << "  " << problem << '\n';
    command.out() << Storage::tr("Restore a backup, or save what can still be read with \"rater-cli export\".")
                  << Qt::endl;
    return Failure;
}

int backupCommand(const Invocation &invocation)
{
    Storage command(invocation);
    QCommandLineParser parser;
    parser.setApplicationDescription(Storage::tr("Writes a consistent copy of the database, even while it is in use."));
    const QCommandLineOption out(u"out"_s, Storage::tr("the backup file to write; it must not exist yet"), u"FILE"_s);
    parser.addOption(out);
    int status = Success;
    if (!command.parse(parser, status))
        return status;
    if (!parser.isSet(out))
        return command.refuse(Storage::tr("give the backup file with --out FILE"));
    auto database = command.open(parser, status);
    if (!database)
        return status;
    const Status copied = database->maintenance().backupTo(parser.value(out));
    if (!copied)
        return command.refuse(copied.error());
    command.out() << Storage::tr("Wrote a copy of %1 to %2.")
                         .arg(QDir::toNativeSeparators(database->path()),
                              QDir::toNativeSeparators(parser.value(out)))
                  << Qt::endl;
    return Success;
}

} // namespace rater::cli
