#include "command.h"

#include "exchange/assessmentfile.h"
#include "questionnaire/loader.h"
#include "quiz/entrylimits.h"
#include "quiz/quizanswers.h"
#include "scoring/scoring.h"
#include "organisation/bundle.h"
#include "organisation/store.h"
#include "storage/database.h"
#include "storage/results.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Storage
{
    Q_DECLARE_TR_FUNCTIONS(StorageCommands)

public:
    // Import and export report at most this many problems, then how many more there were.
    static constexpr qsizetype maxReportedProblems = 200;
};

const Option teamFilter{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "only this team's assessments")};

Outcome record(Context &context)
{
    const QString team = context.value(u"team"_s);
    const QString respondent = context.value(u"respondent"_s).trimmed();
    for (const auto &[field, text] : {std::pair{limits::Field::Team, team},
                                      std::pair{limits::Field::Respondent, respondent}}) {
        if (const Status allowed = limits::checkText(field, text); !allowed)
            return Outcome::refused(allowed.error());
    }
    std::optional<qint64> workshop;
    if (context.isSet(u"workshop"_s)) {
        const Expected<int> id = context.integer(u"workshop"_s, 1);
        if (!id)
            return Outcome::refused(id.error());
        workshop = *id;
    }
    const Expected<QDate> date = context.date(u"date"_s);
    if (!date)
        return Outcome::refused(date.error());
    const Questionnaire &q = builtInQuestionnaire();
    Expected<Answers> answers = parseAnswers(context.positional(), q);
    if (!answers)
        return Outcome::refused(answers.error());
    NewAssessment a = assessmentOf({team, respondent, *date, std::move(answers).value()}, q, context.lang());
    a.workshopId = workshop;

    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    if (a.workshopId) {
        if (const Expected<Workshop> workshop = (*results)->workshop(*a.workshopId); !workshop)
            return Outcome::refused(workshop.error());
    }
    const Expected<qint64> id = (*results)->record(a);
    if (!id)
        return context.notWritten(id.error());
    context.out() << *id << Qt::endl;
    return Outcome::done();
}

Outcome list(Context &context)
{
    const Questionnaire &q = builtInQuestionnaire();
    const QString team = context.value(u"team"_s);
    // With --deleted, the bin, most recently deleted first.
    const bool bin = context.isSet(u"deleted"_s);
    // From a database file or from the organisation's store, whichever --db names.
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    const auto forEachListed = [results = *results, &team, bin](const storage::Results::Visit &visit) {
        return results->forEach(team, bin, visit);
    };
    // When it was deleted, as this machine's clock reads.
    const auto deletedAt = [](const StoredAssessment &a) {
        return QDateTime::fromString(a.deletedAt, Qt::ISODate).toLocalTime();
    };
    // Rows go out as they are read: a list of any length holds one row at a time.
    const auto scored = [&q](const StoredAssessment &a) -> Expected<Score> {
        Expected<Score> s = score(q, a.answers);
        if (!s)
            return Expected<Score>::failure(Storage::tr("assessment %1 cannot be scored: %2").arg(a.id).arg(s.error()));
        return s;
    };

    if (context.format() == u"json"_s) {
        // The layout of QJsonDocument's indented array (keys in order), written
        // one element at a time and without building a document per row.
        bool first = true;
        QByteArray element;
        std::vector<std::size_t> dimensionOrder(q.dimensions.size());
        std::iota(dimensionOrder.begin(), dimensionOrder.end(), std::size_t(0));
        std::sort(dimensionOrder.begin(), dimensionOrder.end(),
                  [&q](std::size_t a, std::size_t b) { return q.dimensions[a].id < q.dimensions[b].id; });
        const auto integer = [&element](qint64 value) { exchange::appendNumber(element, value); };
        const Status listed = forEachListed([&](const StoredAssessment &a) -> Status {
            const Expected<Score> s = scored(a);
            if (!s)
                return Status::failure(s.error());
            element.clear();
            element += first ? "[\n    {\n        \"answers\": [" : ",\n    {\n        \"answers\": [";
            for (std::size_t i = 0; i < a.answers.size(); ++i) {
                element += i == 0 ? "\n            " : ",\n            ";
                integer(a.answers[i]);
            }
            element += "\n        ],\n        \"band\": ";
            exchange::appendJsonString(element, s->bandId);
            element += ",\n        \"date\": \"";
            element += isoDate(a.date);
            if (bin) {
                element += "\",\n        \"deleted_at\": ";
                exchange::appendJsonString(element, a.deletedAt);
                element += ",\n        \"dimensions\": {";
            } else {
                element += "\",\n        \"dimensions\": {";
            }
            for (std::size_t k = 0; k < dimensionOrder.size(); ++k) {
                const DimensionScore &d = s->dimensions[dimensionOrder[k]];
                element += k == 0 ? "\n            " : ",\n            ";
                exchange::appendJsonString(element, d.id);
                element += ": {\n                \"mean\": ";
                exchange::appendNumber(element, d.mean);
                element += ",\n                \"percent\": ";
                exchange::appendNumber(element, d.percent);
                element += "\n            }";
            }
            element += "\n        },\n        \"id\": ";
            integer(a.id);
            element += ",\n        \"lang\": ";
            exchange::appendJsonString(element, a.lang);
            element += ",\n        \"respondent\": ";
            if (a.respondent.isEmpty())
                element += "null";
            else
                exchange::appendJsonString(element, a.respondent);
            element += ",\n        \"team\": ";
            exchange::appendJsonString(element, a.team);
            element += ",\n        \"total\": ";
            integer(s->total);
            element += ",\n        \"workshop\": ";
            if (a.workshopId)
                integer(*a.workshopId);
            else
                element += "null";
            element += "\n    }";
            context.writeOut(element);
            first = false;
            return Done{};
        });
        if (!listed)
            return Outcome::failed(listed.error());
        context.out() << (first ? "[\n]\n" : "\n]\n");
        return Outcome::done();
    }

    // Column widths from what the database holds at most, so that no row has to wait.
    const Expected<storage::AssessmentStore::Extent> extent = (*results)->extent();
    if (!extent)
        return Outcome::failed(extent.error());
    const QLocale locale;
    QStringList headings{Storage::tr("Id"), Storage::tr("Date"), Storage::tr("Team"),
                         Storage::tr("Respondent"), Storage::tr("Total"), Storage::tr("Band")};
    qsizetype bandWidth = 0;
    for (const Band &band : q.bands)
        bandWidth = std::max(bandWidth, q.tr(band.title, context.lang()).size());
    const std::vector<qsizetype> contentWidths{locale.toString(extent->largestId).size(),
                                               locale.toString(QDate(2000, 12, 31), u"yyyy-MM-dd"_s).size(),
                                               team.isNull() ? extent->longestTeam : team.size(),
                                               extent->longestRespondent,
                                               locale.toString(q.maxTotal()).size(),
                                               bandWidth};
    std::vector<qsizetype> widths;
    for (qsizetype c = 0; c < headings.size(); ++c)
        widths.push_back(std::max(headings.at(c).size(), contentWidths[std::size_t(c)]));
    if (bin)
        headings << Storage::tr("Deleted");
    const auto print = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c)
            line += (c + 1 < cells.size() ? cells.at(c).leftJustified(widths[std::size_t(c)] + 2) : cells.at(c));
        context.out() << line.trimmed() << '\n';
    };
    print(headings);
    qint64 count = 0;
    const Status listed = forEachListed([&](const StoredAssessment &a) -> Status {
        const Expected<Score> s = scored(a);
        if (!s)
            return Status::failure(s.error());
        QStringList cells{locale.toString(a.id), locale.toString(a.date, u"yyyy-MM-dd"_s), a.team, a.respondent,
                          locale.toString(s->total), q.tr(q.band(s->bandId)->title, context.lang())};
        if (bin)
            cells << locale.toString(deletedAt(a), u"yyyy-MM-dd HH:mm"_s);
        print(cells);
        ++count;
        return Done{};
    });
    if (!listed)
        return Outcome::failed(listed.error());
    context.out() << Storage::tr("Assessments: %1").arg(locale.toString(count)) << Qt::endl;
    return Outcome::done();
}

Outcome import(Context &context)
{
    const QString file = context.positional();
    if (organisation::isBundle(file))
        return importBundle(context);
    // Rows are written as they are read, in one transaction that is committed
    // only when the whole file was read without a problem. The database is
    // opened at the first good row, so a file refused from its start leaves
    // no database behind.
    std::unique_ptr<storage::Results::Recording> recording;
    std::optional<Outcome> refusal;
    qint64 imported = 0;
    qint64 alreadyStored = 0;
    qint64 actionsImported = 0;
    qint64 actionsAlreadyStored = 0;
    const auto started = [&]() -> Status {
        if (recording)
            return Done{};
        const Expected<storage::Results *> results = context.results();
        if (!results) {
            refusal = context.unavailable(results.error());
            return Status::failure(results.error());
        }
        Expected<std::unique_ptr<storage::Results::Recording>> begun = (*results)->startRecording();
        if (!begun) {
            refusal = context.notWritten(begun.error());
            return Status::failure(begun.error());
        }
        recording = std::move(begun).value();
        return Done{};
    };
    const QStringList problems = exchange::readFile(
        file, builtInQuestionnaire(),
        [&](const NewAssessment &record, qsizetype) -> Status {
            if (Status ready = started(); !ready)
                return ready;
            const Expected<storage::Results::Recording::Added> added = recording->add(record);
            if (!added) {
                refusal = context.notWritten(added.error());
                return Status::failure(added.error());
            }
            ++(added->alreadyStored ? alreadyStored : imported);
            return Done{};
        },
        [&](const Action &action, qsizetype place) -> Status {
            if (Status ready = started(); !ready)
                return ready;
            const Expected<bool> added = recording->addAction(action);
            if (!added) {
                const QString why = Storage::tr("%1: record %2: %3")
                                        .arg(QDir::toNativeSeparators(file), QLocale().toString(place), added.error());
                refusal = context.notWritten(why);
                return Status::failure(why);
            }
            ++(*added ? actionsImported : actionsAlreadyStored);
            return Done{};
        });
    if (refusal)
        return *refusal;
    if (!problems.isEmpty()) {
        const qsizetype shown = std::min(problems.size(), Storage::maxReportedProblems);
        for (qsizetype i = 0; i < shown; ++i)
            context.err() << problems.at(i) << '\n';
        if (problems.size() > shown)
            context.err() << Storage::tr("… and %1 more problems").arg(problems.size() - shown) << '\n';
        return Outcome::refused(Storage::tr("nothing was imported from %1").arg(QDir::toNativeSeparators(file)));
    }
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    if (recording) {
        if (Status committed = recording->commit(); !committed)
            return Outcome::failed(committed.error());
    }
    context.out() << Storage::tr("Imported %1 assessments from %2 into %3.")
                         .arg(QLocale().toString(imported), QDir::toNativeSeparators(file), (*results)->shown())
                  << Qt::endl;
    if (alreadyStored > 0)
        context.out() << Storage::tr("Already stored, and not stored again: %1.").arg(QLocale().toString(alreadyStored))
                      << Qt::endl;
    if (actionsImported + actionsAlreadyStored > 0)
        context.out() << Storage::tr("Actions imported: %1; already stored, and not stored again: %2.")
                             .arg(QLocale().toString(actionsImported), QLocale().toString(actionsAlreadyStored))
                      << Qt::endl;
    return Outcome::done();
}

Outcome exportAssessments(Context &context)
{
    std::optional<exchange::Format> chosen = exchange::Format::Csv;
    if (context.isSet(u"format"_s))
        chosen = exchange::formatFromName(context.format());
    else if (context.isSet(u"out"_s))
        chosen = exchange::formatFromFileName(context.value(u"out"_s)).value_or(exchange::Format::Csv);
    if (*chosen == exchange::Format::Xlsx && !context.isSet(u"out"_s))
        return Outcome::refused(Storage::tr("an xlsx export needs a file; give it with --out FILE.xlsx"));

    const Questionnaire &q = builtInQuestionnaire();
    const QString team = context.value(u"team"_s);
    // From a database file or from the organisation's store, whichever --db names.
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    const exchange::Source source = [results = *results, &team](const exchange::Visit &visit) {
        return results->forEach(team, false, visit);
    };
    // A JSON export carries the actions too (of the team, with --team).
    const exchange::ActionSource actions = [results = *results, &team](const exchange::VisitAction &visit) {
        return results->forEachAction(team, visit);
    };

    if (*chosen == exchange::Format::Xlsx) {
        // Refused before a row is written, not when the sheet is full.
        const Expected<qint64> count = (*results)->count(team);
        if (!count)
            return Outcome::failed(count.error());
        if (const Status fits = exchange::checkXlsxRows(context.value(u"out"_s), *count); !fits)
            return Outcome::refused(fits.error());
    }
    if (context.isSet(u"out"_s)) {
        const Status written =
            exchange::exportFile(context.value(u"out"_s), *chosen, source, q, context.language(), actions);
        return written ? Outcome::done() : Outcome::failed(written.error());
    }
    context.out().flush();
    QFile standardOutput;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly))
        return Outcome::failed(Storage::tr("could not write to standard output"));
    const Status written = *chosen == exchange::Format::Csv ? exchange::writeCsv(standardOutput, source, q)
                                                           : exchange::writeJson(standardOutput, source, q, actions);
    if (!written)
        return Outcome::failed(written.error());
    return Outcome::done();
}

// What the login may read of the organisation's store; the server's own
// files are its administrator's (pg_amcheck, pg_dump).
Outcome checkStore(Context &context)
{
    const Expected<organisation::OrganisationStore *> store = context.store();
    if (!store)
        return Outcome::failed(store.error());
    const Expected<IntegrityReport> report = (*store)->check();
    if (!report)
        return Outcome::refused(report.error());
    const QLocale locale;
    if (report->sound) {
        context.out() << Storage::tr("%1: sound; %2 assessments of %3 teams that the login \"%4\" may read, row-level "
                                     "security on, every answer and date readable")
                             .arg((*store)->shown(), locale.toString(report->assessments),
                                  locale.toString(report->teams), (*store)->login())
                      << Qt::endl;
        return Outcome::done();
    }
    context.out() << Storage::tr("%1: the check found:").arg((*store)->shown()) << '\n';
    for (const QString &problem : report->problems.mid(0, Storage::maxReportedProblems))
        context.out() << "  " << problem << '\n';
    context.out() << Storage::tr("Correct or delete those results (rater-cli edit, rater-cli delete), or restore the "
                                 "store from its pg_dump backup.")
                  << Qt::endl;
    return Outcome::withStatus(Failure);
}

Outcome check(Context &context)
{
    if (context.onStore())
        return checkStore(context);
    const QString path = context.databasePath();
    const Expected<IntegrityReport> report = Database::checkFile(path);
    if (!report)
        return Outcome::refused(report.error());
    const QString name = QDir::toNativeSeparators(path);
    const QLocale locale;
    if (report->sound) {
        context.out() << Storage::tr("%1: sound; %2 assessments of %3 teams, and SQLite's integrity check found "
                                     "nothing wrong")
                             .arg(name, locale.toString(report->assessments), locale.toString(report->teams))
                      << Qt::endl;
        return Outcome::done();
    }
    context.out() << Storage::tr("%1: damaged; the check found:").arg(name) << '\n';
    for (const QString &problem : report->problems.mid(0, Storage::maxReportedProblems))
        context.out() << "  " << problem << '\n';
    context.out() << Storage::tr("Restore a backup, or save what can still be read with \"rater-cli export\".")
                  << Qt::endl;
    return Outcome::withStatus(Failure);
}

Outcome backup(Context &context)
{
    if (context.onStore())
        return Outcome::refused(Storage::tr("rater-cli backup copies a laptop's database file; the organisation store is "
                                            "backed up on its server with pg_dump (see docs/organisation.md)"));
    const Expected<Database *> database = context.database();
    if (!database)
        return Outcome::refused(database.error());
    const QString target = context.value(u"out"_s);
    if (const Status copied = (*database)->maintenance().backupTo(target); !copied)
        return Outcome::refused(copied.error());
    context.out() << Storage::tr("Wrote a copy of %1 to %2.")
                         .arg(QDir::toNativeSeparators((*database)->path()), QDir::toNativeSeparators(target))
                  << Qt::endl;
    return Outcome::done();
}

} // namespace

std::vector<Command> storageCommands()
{
    return {
        {
            .name = u"record"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "store one assessment and print its id"),
            .options = {{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "the team the assessment is for"), {},
                         true},
                        {u"respondent"_s, u"CODE"_s,
                         QT_TRANSLATE_NOOP("Commands", "an optional pseudonymous respondent code")},
                        {u"workshop"_s, u"ID"_s,
                         QT_TRANSLATE_NOOP("Commands", "the id of the workshop it was taken in")},
                        {u"date"_s, u"YYYY-MM-DD"_s,
                         QT_TRANSLATE_NOOP("Commands", "the day it was taken (default: today)")}},
            .positional = Positional{u"ANSWERS"_s, QT_TRANSLATE_NOOP("Commands", "one answer per statement, "
                                                                                 "separated by commas")},
            .usesDatabase = true,
            .run = record,
        },
        {
            .name = u"list"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "list stored assessments with their scores, oldest first"),
            .options = {teamFilter,
                        {u"deleted"_s, {},
                         QT_TRANSLATE_NOOP("Commands", "list the bin instead, most recently deleted first, with when "
                                                       "each was deleted")}},
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = list,
        },
        {
            .name = u"import"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "import assessments from a .csv or .json file, all or nothing"),
            .positional = Positional{u"FILE"_s, QT_TRANSLATE_NOOP("Commands", "the file to import")},
            .usesDatabase = true,
            .run = import,
        },
        {
            .name = u"export"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "export stored assessments with their scores as csv, json or "
                                                     "xlsx"),
            .options = {teamFilter,
                        {u"out"_s, u"FILE"_s,
                         QT_TRANSLATE_NOOP("Commands", "the file to write, its format from its name (default: "
                                                       "standard output; xlsx needs a file)")}},
            .formats = {u"csv"_s, u"json"_s, u"xlsx"_s},
            .usesDatabase = true,
            .run = exportAssessments,
        },
        {
            .name = u"check"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "check the database for damage: exit 0 when sound, 1 when "
                                                     "damaged"),
            .usesDatabase = true,
            .run = check,
        },
        {
            .name = u"backup"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "write a consistent copy of the database, even while it is in "
                                                     "use"),
            .options = {{u"out"_s, u"FILE"_s,
                         QT_TRANSLATE_NOOP("Commands", "the backup file to write; it must not exist yet"), {}, true}},
            .usesDatabase = true,
            .run = backup,
        },
    };
}

} // namespace rater::cli
