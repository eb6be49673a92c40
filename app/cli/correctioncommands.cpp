#include "command.h"

#include "corrections/description.h"
#include "storage/database.h"
#include "storage/results.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Corrections
{
    Q_DECLARE_TR_FUNCTIONS(CorrectionCommands)
};

// The ids given, each once, in the order given.
Expected<std::vector<qint64>> assessmentIds(const QStringList &arguments)
{
    std::vector<qint64> ids;
    for (const QString &argument : arguments) {
        bool isNumber = false;
        const qint64 id = argument.toLongLong(&isNumber);
        if (!isNumber || id < 1)
            return Expected<std::vector<qint64>>::failure(
                Corrections::tr("\"%1\" is not an assessment id; ids are whole numbers from 1, as rater-cli list "
                                "shows them")
                    .arg(argument));
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

// Runs `correct` where --db keeps results and says what it did: `inFile`
// with the number of its entry in a file's change log, `inStore` in the
// organisation's store, which keeps no log. A refusal exits with 2 and
// changes nothing, a failure of the database with 1.
Outcome correcting(Context &context,
                   const std::function<Expected<storage::Corrected>(storage::Results &)> &correct,
                   const std::function<QString(const storage::Corrected &, const QString &change)> &inFile,
                   const std::function<QString(const storage::Corrected &)> &inStore)
{
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    const Expected<storage::Corrected> result = correct(**results);
    if (!result)
        return Outcome::failed(result.error());
    if (!result->made())
        return Outcome::refused(result->refusal);
    context.out() << (result->correction ? inFile(*result, QLocale().toString(*result->correction)) : inStore(*result))
                  << Qt::endl;
    return Outcome::done();
}

// Moves the given assessments into the bin or back out of it.
Outcome binStep(Context &context, bool intoBin)
{
    const Expected<std::vector<qint64>> ids = assessmentIds(context.positionals());
    if (!ids)
        return Outcome::refused(ids.error());
    return correcting(
        context, [&ids, intoBin](storage::Results &results) { return results.moveToBin(*ids, intoBin); },
        [intoBin](const storage::Corrected &done, const QString &change) {
            const QString said =
                intoBin ? Corrections::tr("Assessments moved to the bin: %1 (change %2); rater-cli restore brings "
                                          "them back.")
                        : Corrections::tr("Assessments restored from the bin: %1 (change %2).");
            return said.arg(QLocale().toString(done.count), change);
        },
        [intoBin](const storage::Corrected &done) {
            return (intoBin ? Corrections::tr("Assessments moved to the store's bin: %1; rater-cli restore brings "
                                              "them back.")
                            : Corrections::tr("Assessments restored from the store's bin: %1."))
                .arg(QLocale().toString(done.count));
        });
}

Outcome removeAssessments(Context &context)
{
    return binStep(context, true);
}

Outcome restoreAssessments(Context &context)
{
    return binStep(context, false);
}

Outcome editAssessment(Context &context)
{
    const Expected<std::vector<qint64>> ids = assessmentIds(context.positionals());
    if (!ids)
        return Outcome::refused(ids.error());
    storage::CorrectionStore::Edit edit;
    if (context.isSet(u"team"_s))
        edit.team = context.value(u"team"_s).trimmed();
    if (context.isSet(u"respondent"_s))
        edit.respondent = context.value(u"respondent"_s).trimmed();
    if (context.isSet(u"date"_s)) {
        const Expected<QDate> date = context.date(u"date"_s);
        if (!date)
            return Outcome::refused(date.error());
        edit.date = *date;
    }
    if (!edit.team && !edit.respondent && !edit.date)
        return Outcome::refused(Corrections::tr("nothing to change: give --team, --date or --respondent"));
    const qint64 id = ids->front();
    return correcting(
        context, [&](storage::Results &results) { return results.edit(id, edit); },
        [id](const storage::Corrected &, const QString &change) {
            return Corrections::tr("Corrected assessment %1 (change %2).").arg(QLocale().toString(id), change);
        },
        [id](const storage::Corrected &) {
            return Corrections::tr("Corrected assessment %1 in the store.").arg(QLocale().toString(id));
        });
}

Outcome renameTeam(Context &context)
{
    const QStringList names = context.positionals();
    const QString from = names.at(0).trimmed();
    const QString to = names.at(1).trimmed();
    return correcting(
        context, [&](storage::Results &results) { return results.renameTeam(from, to); },
        [&](const storage::Corrected &, const QString &change) {
            return Corrections::tr("Renamed team \"%1\" to \"%2\" (change %3).").arg(from, to, change);
        },
        [&](const storage::Corrected &) {
            return Corrections::tr("Renamed team \"%1\" to \"%2\" in the store.").arg(from, to);
        });
}

Outcome mergeTeams(Context &context)
{
    const QStringList names = context.positionals();
    const QString from = names.at(0).trimmed();
    const QString into = names.at(1).trimmed();
    return correcting(
        context, [&](storage::Results &results) { return results.mergeTeams(from, into); },
        [&](const storage::Corrected &done, const QString &change) {
            return Corrections::tr("Merged team \"%1\" into \"%2\"; assessments moved: %3 (change %4).")
                .arg(from, into, QLocale().toString(done.count), change);
        },
        [&](const storage::Corrected &done) {
            return Corrections::tr("Merged team \"%1\" into \"%2\" in the store; assessments moved: %3.")
                .arg(from, into, QLocale().toString(done.count));
        });
}

Outcome emptyBin(Context &context)
{
    std::optional<int> days;
    if (context.isSet(u"older-than"_s)) {
        const Expected<int> given = context.integer(u"older-than"_s, 0);
        if (!given)
            return Outcome::refused(given.error());
        days = *given;
    }
    return correcting(
        context, [days](storage::Results &results) { return results.emptyBin(days); },
        [](const storage::Corrected &done, const QString &change) {
            return Corrections::tr("Assessments deleted from the bin for good: %1 (change %2).")
                .arg(QLocale().toString(done.count), change);
        },
        [](const storage::Corrected &done) {
            return Corrections::tr("Assessments deleted from the store's bin for good: %1.")
                .arg(QLocale().toString(done.count));
        });
}

QJsonObject logEntry(const storage::Correction &c)
{
    return QJsonObject{{u"id"_s, c.id},
                       {u"made_at"_s, c.madeAt},
                       {u"kind"_s, storage::kindName(c.kind)},
                       {u"count"_s, c.count},
                       {u"of"_s, c.of ? QJsonValue(*c.of) : QJsonValue()},
                       {u"of_kind"_s, c.ofKind ? QJsonValue(storage::kindName(*c.ofKind)) : QJsonValue()},
                       {u"detail"_s, c.detail}};
}

Outcome showLog(Context &context)
{
    if (context.onStore())
        return Outcome::refused(Corrections::tr("the organisation store keeps no change log: a correction there raises "
                                                "the result's version, so that an older one from a laptop does not undo "
                                                "it; rater-cli log reads a laptop's database file"));
    const Expected<Database *> database = context.database();
    if (!database)
        return Outcome::refused(database.error());
    const bool json = context.format() == u"json"_s;
    const QLocale locale;
    // Gregorian, as every command's dates are.
    const QCalendar calendar;
    bool first = true;
    const Status read = (*database)->corrections().forEach([&](const storage::Correction &c) -> Status {
        if (json) {
            context.writeOut(first ? "[\n" : ",\n");
            context.writeOut(QJsonDocument(logEntry(c)).toJson(QJsonDocument::Compact));
        } else {
            const QDateTime when = QDateTime::fromString(c.madeAt, Qt::ISODate).toLocalTime();
            context.out() << locale.toString(c.id) << "  " << locale.toString(when, u"yyyy-MM-dd HH:mm"_s) << "  "
                          << describeCorrection(c, context.language(), locale, calendar, Names::Plain) << '\n';
        }
        first = false;
        return Done{};
    });
    if (!read)
        return Outcome::failed(read.error());
    if (json)
        context.writeOut(first ? "[]\n" : "\n]\n");
    else if (first)
        context.out() << Corrections::tr("No corrections have been made.") << '\n';
    context.out().flush();
    return Outcome::done();
}

const Positional assessmentIdList{u"ID…"_s, QT_TRANSLATE_NOOP("Commands", "the ids of the assessments, as list "
                                                                           "shows them"),
                                  1, 0};

} // namespace

std::vector<Command> correctionCommands()
{
    return {
        {
            .name = u"delete"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "move assessments to the bin; restore brings them back"),
            .positional = assessmentIdList,
            .usesDatabase = true,
            .run = removeAssessments,
        },
        {
            .name = u"restore"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "bring assessments back from the bin"),
            .positional = assessmentIdList,
            .usesDatabase = true,
            .run = restoreAssessments,
        },
        {
            .name = u"edit"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "correct one assessment's team, date or respondent code"),
            .options = {{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "the team it belongs to")},
                        {u"date"_s, u"YYYY-MM-DD"_s, QT_TRANSLATE_NOOP("Commands", "the day it was taken")},
                        {u"respondent"_s, u"CODE"_s,
                         QT_TRANSLATE_NOOP("Commands", "its respondent code; an empty one removes the code")}},
            .positional = Positional{u"ID"_s, QT_TRANSLATE_NOOP("Commands", "the id of the assessment")},
            .usesDatabase = true,
            .run = editAssessment,
        },
        {
            .name = u"team rename"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "give a team a new name that no team has"),
            .positional = Positional{u"OLD NEW"_s, QT_TRANSLATE_NOOP("Commands", "the team's name, and its new name"),
                                     2, 2},
            .usesDatabase = true,
            .run = renameTeam,
        },
        {
            .name = u"team merge"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "move every result and workshop of one team into another"),
            .positional = Positional{u"FROM INTO"_s,
                                     QT_TRANSLATE_NOOP("Commands", "the team that goes, and the team that takes its "
                                                                   "results"),
                                     2, 2},
            .usesDatabase = true,
            .run = mergeTeams,
        },
        {
            .name = u"bin empty"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "delete what is in the bin for good"),
            .options = {{u"older-than"_s, u"DAYS"_s,
                         QT_TRANSLATE_NOOP("Commands", "only what was deleted at least this many days ago")}},
            .usesDatabase = true,
            .run = emptyBin,
        },
        {
            .name = u"log"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "list the corrections made, oldest first"),
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = showLog,
        },
    };
}

} // namespace rater::cli
