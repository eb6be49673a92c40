#include "command.h"

#include "exchange/assessmentfile.h"
#include "questionnaire/loader.h"
#include "quiz/entrylimits.h"
#include "storage/results.h"
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

// The workshop named by --id, and where it is kept: a database file or the
// organisation's store, whichever --db names.
struct Chosen
{
    storage::Results *results = nullptr;
    Workshop workshop;
};

Expected<Chosen> chosenWorkshop(Context &context)
{
    const Expected<int> number = context.integer(u"id"_s, 1);
    if (!number)
        return Expected<Chosen>::failure(number.error());
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return Expected<Chosen>::failure(results.error());
    const Expected<Workshop> workshop = (*results)->workshop(*number);
    if (!workshop)
        return Expected<Chosen>::failure(workshop.error());
    return Chosen{*results, *workshop};
}

const Option workshopId{u"id"_s, u"N"_s, QT_TRANSLATE_NOOP("Commands", "the workshop, by the number \"workshop "
                                                                       "create\" printed"),
                        {}, true};
const Option minimumGroup{u"min-group"_s, u"N"_s,
                          QT_TRANSLATE_NOOP("Commands", "the fewest participants for which figures are shown, 2 or "
                                                        "more (default: %1)"),
                          QString::number(defaultAnonymityThreshold)};

Outcome create(Context &context)
{
    const QString title = context.value(u"title"_s).trimmed();
    const QString facilitator = context.value(u"facilitator"_s).trimmed();
    const QString team = context.value(u"team"_s).trimmed();
    for (const auto &[field, text] : {std::pair{limits::Field::WorkshopTitle, title},
                                      std::pair{limits::Field::Facilitator, facilitator},
                                      std::pair{limits::Field::Team, team}}) {
        if (const Status allowed = limits::checkText(field, text); !allowed)
            return Outcome::refused(allowed.error());
    }
    const Expected<QDate> held = context.date(u"date"_s);
    if (!held)
        return Outcome::refused(held.error());
    const NewWorkshop workshop{title, *held, facilitator, team, context.lang()};
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    // The store refuses a team the login may not write.
    const Expected<qint64> id = (*results)->createWorkshop(workshop);
    if (!id)
        return context.notWritten(id.error());
    context.out() << *id << Qt::endl;
    return Outcome::done();
}

Outcome add(Context &context)
{
    Expected<Answers> answers = parseAnswers(context.positional(), builtInQuestionnaire());
    if (!answers)
        return Outcome::refused(answers.error());
    const QString respondent = context.value(u"respondent"_s).trimmed();
    if (const Status allowed = limits::checkText(limits::Field::Respondent, respondent); !allowed)
        return Outcome::refused(allowed.error());
    const Expected<Chosen> chosen = chosenWorkshop(context);
    if (!chosen)
        return Outcome::refused(chosen.error());
    const NewAssessment a = participantAssessment(chosen->workshop, std::move(answers).value(), respondent,
                                                  builtInQuestionnaire());
    const Expected<qint64> stored = chosen->results->record(a);
    if (!stored)
        return context.notWritten(stored.error());
    context.out() << *stored << Qt::endl;
    return Outcome::done();
}

Outcome import(Context &context)
{
    const QString file = context.positional();
    const Expected<Chosen> chosen = chosenWorkshop(context);
    if (!chosen)
        return Outcome::refused(chosen.error());
    const ParticipantFile participants =
        readParticipants(file, *chosen->results, chosen->workshop, builtInQuestionnaire());
    const exchange::ReadResult &read = participants.read;
    if (!read.problems.isEmpty()) {
        for (const QString &problem : read.problems.mid(0, 200))
            context.err() << problem << '\n';
        return Outcome::refused(Workshops::tr("nothing was imported from %1").arg(QDir::toNativeSeparators(file)));
    }
    const auto recorded = chosen->results->recordAll(read.records);
    if (!recorded)
        return context.notWritten(recorded.error());
    context.out() << Workshops::tr("Imported %1 participants into workshop %2, under the team \"%3\".")
                         .arg(QLocale().toString(recorded->added()), QLocale().toString(chosen->workshop.id),
                              participantTeam(chosen->workshop))
                  << Qt::endl;
    if (recorded->alreadyStored > 0)
        context.out() << Workshops::tr("Already stored, and not stored again: %1.")
                             .arg(QLocale().toString(recorded->alreadyStored))
                      << Qt::endl;
    if (!participants.otherTeams.isEmpty())
        context.out() << Workshops::tr("The file named other teams (%1); as participants of this workshop "
                                       "they were recorded under \"%2\".")
                             .arg(participants.otherTeams.join(u", "_s), participantTeam(chosen->workshop))
                      << Qt::endl;
    return Outcome::done();
}

Outcome summary(Context &context)
{
    const Expected<int> minimum = context.integer(minimumGroup.name, minimumAnonymityThreshold);
    if (!minimum)
        return Outcome::refused(minimum.error());
    const Expected<Chosen> chosen = chosenWorkshop(context);
    if (!chosen)
        return Outcome::refused(chosen.error());
    const Expected<std::vector<Answers>> participants = chosen->results->workshopAnswers(chosen->workshop.id);
    if (!participants)
        return Outcome::failed(participants.error());
    const GroupSummary g = summarizeGroup(builtInQuestionnaire(), *participants, *minimum);
    const Questionnaire &q = builtInQuestionnaire();

    if (context.format() == u"json"_s) {
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
        context.out() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return Outcome::done();
    }
    const QLocale locale;
    const QString lang = context.lang();
    QTextStream &out = context.out();
    out << chosen->workshop.title << ": " << Workshops::tr("%1 participants").arg(locale.toString(g.n)) << '\n';
    if (g.suppressed) {
        out << Workshops::tr("Group figures are withheld below %1 participants, so that no one's answers can be "
                             "told apart.").arg(locale.toString(std::max(*minimum, minimumAnonymityThreshold)))
            << Qt::endl;
        return Outcome::done();
    }
    out << Workshops::tr("Mean total %1 (standard deviation %2; from %3 to %4)")
               .arg(locale.toString(g.totalMean, 'f', 1), locale.toString(g.totalSd, 'f', 1),
                    locale.toString(g.totalMin), locale.toString(g.totalMax))
        << '\n';
    for (const Band &band : q.bands)
        out << "  " << q.tr(band.title, lang) << ": " << locale.toString(g.bands.at(band.id)) << '\n';
    for (const DimensionGroupSummary &d : g.dimensions) {
        out << "  " << q.dimensionName(d.id, lang) << ": "
            << Workshops::tr("median %1, quartiles %2 to %3").arg(locale.toString(d.median, 'f', 2),
                                                                   locale.toString(d.q1, 'f', 2),
                                                                   locale.toString(d.q3, 'f', 2));
        if (d.alpha)
            out << ", " << Workshops::tr("alpha %1").arg(locale.toString(*d.alpha, 'f', 2));
        out << '\n';
    }
    out.flush();
    return Outcome::done();
}

} // namespace

std::vector<Command> workshopCommands()
{
    return {
        {
            .name = u"workshop create"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "create a workshop and print its id"),
            .options = {{u"title"_s, u"TITLE"_s, QT_TRANSLATE_NOOP("Commands", "the workshop's title"), {}, true},
                        {u"date"_s, u"YYYY-MM-DD"_s,
                         QT_TRANSLATE_NOOP("Commands", "the day it is held (default: today)")},
                        {u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "the team it is for (optional)")},
                        {u"facilitator"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "who runs it (optional)")}},
            .usesDatabase = true,
            .run = create,
        },
        {
            .name = u"workshop add"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "record one participant's answers in a workshop"),
            .options = {workshopId,
                        {u"respondent"_s, u"CODE"_s, QT_TRANSLATE_NOOP("Commands", "an optional pseudonymous code")}},
            .positional = Positional{u"ANSWERS"_s, QT_TRANSLATE_NOOP("Commands", "one answer per statement, "
                                                                                 "separated by commas")},
            .usesDatabase = true,
            .run = add,
        },
        {
            .name = u"workshop import"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "import participants' results into a workshop, all or "
                                                     "nothing; duplicates are refused"),
            .options = {workshopId},
            .positional = Positional{u"FILE"_s, QT_TRANSLATE_NOOP("Commands", "a .csv or .json file")},
            .usesDatabase = true,
            .run = import,
        },
        {
            .name = u"workshop summary"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "a workshop's group figures; only the count below the "
                                                     "anonymity threshold"),
            .options = {workshopId, minimumGroup},
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = summary,
        },
    };
}

} // namespace rater::cli
