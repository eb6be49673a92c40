#include "command.h"
#include "periodoptions.h"

#include "actions/review.h"
#include "history/history.h"
#include "quiz/entrylimits.h"
#include "storage/database.h"
#include "storage/results.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Actions
{
    Q_DECLARE_TR_FUNCTIONS(ActionCommands)
};

// Actions are planned, changed and reviewed in a laptop's database file;
// sync brings them to the organisation's store, where they are listed.
Expected<Database *> actionDatabase(Context &context)
{
    if (context.onStore())
        return Expected<Database *>::failure(
            Actions::tr("actions are planned and changed in a laptop's database file, and reach the organisation's "
                        "store by rater-cli sync; there, action list shows them"));
    return context.database();
}

// A refusal naming the teams there are, when `team` is not one of them.
std::optional<Outcome> unknownTeam(const Database &database, const QString &team)
{
    const Expected<QStringList> teams = database.assessments().allTeams();
    if (!teams)
        return Outcome::failed(teams.error());
    if (teams->contains(team))
        return std::nullopt;
    return Outcome::refused(Actions::tr("there is no team \"%1\" in %2; the teams are: %3")
                                .arg(team, QDir::toNativeSeparators(database.path()), teams->join(u", "_s)));
}

Expected<qint64> actionId(const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id < 1)
        return Expected<qint64>::failure(
            Actions::tr("\"%1\" is not an action id; ids are whole numbers from 1, as rater-cli action list shows them")
                .arg(text));
    return id;
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

Outcome add(Context &context)
{
    const Questionnaire &q = builtInQuestionnaire();
    const QString dimension = context.value(u"dimension"_s).trimmed();
    if (!q.dimension(dimension))
        return Outcome::refused(Actions::tr("there is no dimension \"%1\"; the dimensions are: %2")
                                    .arg(dimension, q.dimensionIds().join(u", "_s)));
    NewAction action;
    action.team = context.value(u"team"_s).trimmed();
    action.dimension = dimension;
    action.text = context.value(u"text"_s).trimmed();
    action.owner = context.value(u"owner"_s).trimmed();
    const Expected<QDate> planned = context.date(u"on"_s);
    if (!planned)
        return Outcome::refused(planned.error());
    action.created = *planned;
    if (context.isSet(u"due"_s)) {
        const Expected<QDate> due = context.date(u"due"_s);
        if (!due)
            return Outcome::refused(due.error());
        action.due = *due;
    }
    if (const Status allowed = limits::checkEntry(action); !allowed)
        return Outcome::refused(allowed.error());
    const Expected<Database *> database = actionDatabase(context);
    if (!database)
        return Outcome::refused(database.error());
    // Actions follow from results: a team with none is most likely a typing slip.
    if (const std::optional<Outcome> unknown = unknownTeam(**database, action.team))
        return *unknown;
    const Expected<qint64> id = (*database)->actions().add(action);
    if (!id)
        return Outcome::failed(id.error());
    context.out() << *id << Qt::endl;
    return Outcome::done();
}

Outcome list(Context &context)
{
    const QString team = context.isSet(u"team"_s) ? context.value(u"team"_s) : QString();
    std::optional<Action::State> state;
    if (context.isSet(u"state"_s))
        state = storage::stateFromName(context.value(u"state"_s));
    // From a laptop's file or the organisation's store: a lead reads their
    // teams' actions there, a manager every team's.
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    const Questionnaire &q = builtInQuestionnaire();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    const bool json = context.format() == u"json"_s;
    bool first = true;
    qint64 count = 0;
    const Status listed = (*results)->forEachAction(team, [&](const Action &a) -> Status {
        if (state && a.state != *state)
            return Done{};
        if (json) {
            const QJsonObject object{{u"id"_s, a.id},
                                     {u"uuid"_s, a.uuid.toString(QUuid::WithoutBraces)},
                                     {u"team"_s, a.team},
                                     {u"workshop"_s, a.workshopId ? QJsonValue(*a.workshopId) : QJsonValue()},
                                     {u"dimension"_s, a.dimension},
                                     {u"text"_s, a.text},
                                     {u"owner"_s, a.owner},
                                     {u"due"_s, dateJson(a.due)},
                                     {u"created"_s, dateJson(a.created)},
                                     {u"state"_s, storage::stateName(a.state)},
                                     {u"closed"_s, dateJson(a.closed)},
                                     {u"overdue"_s, a.overdue(today)}};
            context.writeOut(first ? "[\n" : ",\n");
            context.writeOut(QJsonDocument(object).toJson(QJsonDocument::Compact));
        } else {
            QString state;
            switch (a.state) {
            case Action::State::Open:
                state = a.overdue(today) ? Actions::tr("open, overdue") : Actions::tr("open");
                break;
            case Action::State::Done:
                state = Actions::tr("done on %1").arg(locale.toString(a.closed, u"yyyy-MM-dd"_s));
                break;
            case Action::State::Dropped:
                state = Actions::tr("dropped on %1").arg(locale.toString(a.closed, u"yyyy-MM-dd"_s));
                break;
            }
            const QString due = a.due.isValid() ? Actions::tr("due %1").arg(locale.toString(a.due, u"yyyy-MM-dd"_s))
                                                : Actions::tr("no due date");
            context.out() << locale.toString(a.id) << "  " << a.team << "  "
                          << q.dimensionName(a.dimension, context.lang()) << "  " << due << "  " << state << '\n'
                          << "    " << a.text;
            if (!a.owner.isEmpty())
                context.out() << "  (" << a.owner << ')';
            context.out() << '\n';
        }
        first = false;
        ++count;
        return Done{};
    });
    if (!listed)
        return Outcome::failed(listed.error());
    if (json)
        context.writeOut(first ? "[]\n" : "\n]\n");
    else
        context.out() << Actions::tr("Actions: %1").arg(locale.toString(count)) << Qt::endl;
    context.out().flush();
    return Outcome::done();
}

Outcome edit(Context &context)
{
    const Expected<qint64> id = actionId(context.positional());
    if (!id)
        return Outcome::refused(id.error());
    if (context.isSet(u"due"_s) && context.isSet(u"no-due"_s))
        return Outcome::refused(Actions::tr("--due and --no-due cannot both be given"));
    const Questionnaire &q = builtInQuestionnaire();
    const QString dimension = context.value(u"dimension"_s).trimmed();
    if (context.isSet(u"dimension"_s) && !q.dimension(dimension))
        return Outcome::refused(Actions::tr("there is no dimension \"%1\"; the dimensions are: %2")
                                    .arg(dimension, q.dimensionIds().join(u", "_s)));
    std::optional<QDate> due;
    if (context.isSet(u"due"_s)) {
        const Expected<QDate> given = context.date(u"due"_s);
        if (!given)
            return Outcome::refused(given.error());
        due = *given;
    } else if (context.isSet(u"no-due"_s)) {
        due = QDate();
    }
    const Expected<Database *> database = actionDatabase(context);
    if (!database)
        return Outcome::refused(database.error());
    const Expected<std::optional<Action>> found = (*database)->actions().find(*id);
    if (!found)
        return Outcome::failed(found.error());
    if (!*found)
        return Outcome::refused(Actions::tr("there is no action with id %1").arg(QLocale().toString(*id)));
    // What is not given stays as it is.
    storage::ActionStore::Terms terms = storage::ActionStore::termsOf(**found);
    if (context.isSet(u"dimension"_s))
        terms.dimension = dimension;
    if (context.isSet(u"text"_s))
        terms.text = context.value(u"text"_s);
    if (context.isSet(u"owner"_s))
        terms.owner = context.value(u"owner"_s);
    if (due)
        terms.due = *due;
    const Expected<storage::Corrected> edited = (*database)->actions().edit(*id, terms);
    if (!edited)
        return Outcome::failed(edited.error());
    if (!edited->made())
        return Outcome::refused(edited->refusal);
    context.out() << Actions::tr("Action %1 changed.").arg(QLocale().toString(*id)) << Qt::endl;
    return Outcome::done();
}

Outcome close(Context &context, Action::State state)
{
    const Expected<qint64> id = actionId(context.positional());
    if (!id)
        return Outcome::refused(id.error());
    QDate on = QDate::currentDate();
    if (context.isSet(u"on"_s)) {
        const Expected<QDate> given = context.date(u"on"_s);
        if (!given)
            return Outcome::refused(given.error());
        on = *given;
    }
    const Expected<Database *> database = actionDatabase(context);
    if (!database)
        return Outcome::refused(database.error());
    const Expected<storage::Corrected> closed = (*database)->actions().close(*id, state, on);
    if (!closed)
        return Outcome::failed(closed.error());
    if (!closed->made())
        return Outcome::refused(closed->refusal);
    const QLocale locale;
    context.out() << (state == Action::State::Done ? Actions::tr("Action %1 done on %2.")
                                                   : Actions::tr("Action %1 dropped on %2."))
                         .arg(locale.toString(*id), locale.toString(on, u"yyyy-MM-dd"_s))
                  << Qt::endl;
    return Outcome::done();
}

Outcome review(Context &context)
{
    const Expected<ChosenScheme> chosen = chosenScheme(context, u"period"_s);
    if (!chosen)
        return Outcome::refused(chosen.error());
    const PeriodScheme &scheme = chosen->scheme;
    const QString team = context.value(u"team"_s);
    const Expected<Database *> database = actionDatabase(context);
    if (!database)
        return Outcome::refused(database.error());
    if (const std::optional<Outcome> unknown = unknownTeam(**database, team))
        return *unknown;
    const Questionnaire &q = builtInQuestionnaire();
    const Expected<std::vector<DaySums>> days = teamDaySums((*database)->assessments(), team, q);
    if (!days)
        return Outcome::failed(days.error());
    const std::vector<PeriodStats> periods = aggregateDays(*days, q, scheme);
    const QLocale locale;
    const bool json = context.format() == u"json"_s;
    QJsonArray array;
    const Status read = (*database)->actions().forEach(
        {team, Action::State::Done}, [&](const Action &a) -> Status {
            const ActionReview r = reviewAction(a.closed, periods, q.dimensionIndex(a.dimension));
            if (json) {
                const auto side = [&](const std::optional<ActionReview::Side> &s) -> QJsonValue {
                    if (!s)
                        return QJsonValue();
                    return QJsonObject{{u"label"_s, periodLabel(s->period, scheme, locale)},
                                       {u"n"_s, s->n},
                                       {u"mean"_s, s->mean}};
                };
                const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
                array.append(QJsonObject{{u"id"_s, a.id},
                                         {u"dimension"_s, a.dimension},
                                         {u"done_on"_s, dateJson(a.closed)},
                                         {u"before"_s, side(r.before)},
                                         {u"after"_s, side(r.after)},
                                         {u"change"_s, number(r.change)},
                                         {u"low"_s, number(r.low)},
                                         {u"high"_s, number(r.high)},
                                         {u"kind"_s, reviewKindName(r.kind)}});
                return Done{};
            }
            const QString name = q.dimensionName(a.dimension, context.lang());
            const auto signedNumber = [&locale](double v) -> QString {
                return (v > 0 ? u"+"_s : QString()) + locale.toString(v, 'f', 1);
            };
            QString verdict;
            switch (r.kind) {
            case ActionReview::Kind::RealIncrease:
            case ActionReview::Kind::RealDecrease:
                verdict = Actions::tr("%1 %2 (real; 95% interval %3 to %4)")
                              .arg(name, signedNumber(*r.change), signedNumber(*r.low), signedNumber(*r.high));
                break;
            case ActionReview::Kind::Noise:
                verdict = Actions::tr("%1 %2 (≈ within the noise)").arg(name, signedNumber(*r.change));
                break;
            case ActionReview::Kind::Insufficient:
                verdict = Actions::tr("%1: not enough assessments yet").arg(name);
                break;
            }
            context.out() << locale.toString(a.id) << "  " << a.text << '\n' << "    " << verdict;
            if (r.before && r.after)
                context.out() << "; " << periodLabel(r.before->period, scheme, locale) << " → "
                              << periodLabel(r.after->period, scheme, locale);
            context.out() << '\n';
            return Done{};
        });
    if (!read)
        return Outcome::failed(read.error());
    if (json)
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    context.out().flush();
    return Outcome::done();
}

const Option teamOption{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "the team"), {}, true};
const Positional idArgument{u"ID"_s, QT_TRANSLATE_NOOP("Commands", "the action's id, as action list shows it")};

} // namespace

std::vector<Command> actionCommands()
{
    return {
        {
            .name = u"action add"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "plan an action for a team, aimed at one dimension; prints its id"),
            .options = {teamOption,
                        {u"dimension"_s, u"ID"_s,
                         QT_TRANSLATE_NOOP("Commands", "the dimension it aims at: reliability, assurance, tangibles, "
                                                       "empathy or responsiveness"),
                         {}, true},
                        {u"text"_s, u"TEXT"_s, QT_TRANSLATE_NOOP("Commands", "what will be done"), {}, true},
                        {u"owner"_s, u"WHO"_s, QT_TRANSLATE_NOOP("Commands", "who sees to it: a name or a role")},
                        {u"due"_s, u"YYYY-MM-DD"_s, QT_TRANSLATE_NOOP("Commands", "the day it is due")},
                        {u"on"_s, u"YYYY-MM-DD"_s,
                         QT_TRANSLATE_NOOP("Commands", "the day it was planned (default: today)")}},
            .usesDatabase = true,
            .run = add,
        },
        {
            .name = u"action list"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "list actions: open ones first, overdue ones marked"),
            .options = {{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "only this team's actions")},
                        {u"state"_s, u"STATE"_s, QT_TRANSLATE_NOOP("Commands", "only open, done or dropped ones"), {},
                         false, {u"open"_s, u"done"_s, u"dropped"_s}}},
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = list,
        },
        {
            .name = u"action edit"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "change an action's dimension, text, owner or due date; what is "
                                                     "not given stays as it is"),
            .options = {{u"dimension"_s, u"ID"_s, QT_TRANSLATE_NOOP("Commands", "the dimension it aims at")},
                        {u"text"_s, u"TEXT"_s, QT_TRANSLATE_NOOP("Commands", "what will be done")},
                        {u"owner"_s, u"WHO"_s, QT_TRANSLATE_NOOP("Commands", "who sees to it: a name or a role")},
                        {u"due"_s, u"YYYY-MM-DD"_s, QT_TRANSLATE_NOOP("Commands", "the day it is due")},
                        {u"no-due"_s, {}, QT_TRANSLATE_NOOP("Commands", "take its due date away")}},
            .positional = idArgument,
            .usesDatabase = true,
            .run = edit,
        },
        {
            .name = u"action done"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "mark an action done"),
            .options = {{u"on"_s, u"YYYY-MM-DD"_s, QT_TRANSLATE_NOOP("Commands", "the day it was done (default: today)")}},
            .positional = idArgument,
            .usesDatabase = true,
            .run = [](Context &context) { return close(context, Action::State::Done); },
        },
        {
            .name = u"action drop"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "drop an action that will not be done"),
            .positional = idArgument,
            .usesDatabase = true,
            .run = [](Context &context) { return close(context, Action::State::Dropped); },
        },
        {
            .name = u"action review"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "whether each done action's dimension really moved, from the last "
                                                     "period before it to the first after it"),
            .options = {teamOption,
                        periodKindOption(u"period"_s, u"KIND"_s,
                                         QT_TRANSLATE_NOOP("Commands", "the periods compared: quarter, month, half "
                                                                       "or year (default: %1)")),
                        calendarOption, fiscalStartOption},
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = review,
        },
    };
}

} // namespace rater::cli
