// rater-cli org: setting up the organisation's PostgreSQL store and saying
// who may do what in it.

#include "command.h"

#include "organisation/bundle.h"
#include "organisation/store.h"
#include "organisation/sync.h"
#include "storage/database.h"
#include "scoring/answers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Organisation
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationCommands)
};

using organisation::OrganisationStore;
using organisation::Role;

// Connects and runs `act`; a store that cannot be reached is a failure (1),
// a refusal of the store (rights, input) too, since the command did run.
Outcome withStore(const Context &context, const std::function<Outcome(OrganisationStore &)> &act)
{
    const Expected<organisation::StoreAddress> address = context.storeAddress();
    if (!address)
        return Outcome::refused(address.error());
    auto store = OrganisationStore::connect(*address);
    if (!store)
        return Outcome::failed(store.error());
    return act(**store);
}

Outcome initStore(Context &context)
{
    const Expected<int> threshold = context.integer(u"threshold"_s, 2);
    if (!threshold)
        return Outcome::refused(threshold.error());
    return withStore(context, [&](OrganisationStore &store) {
        if (Status made = store.init(*threshold); !made)
            return Outcome::failed(made.error());
        context.out() << Organisation::tr("The store %1 is set up: Rater's schema, and the roles rater_admin, "
                                          "rater_manager and rater_lead. Groups of fewer than %2 assessments are "
                                          "withheld from managers.")
                             .arg(store.shown(), QLocale().toString(*threshold))
                      << Qt::endl;
        return Outcome::done();
    });
}

Outcome grantRights(Context &context)
{
    const bool lead = context.isSet(u"lead"_s);
    const bool manager = context.isSet(u"manager"_s);
    const bool admin = context.isSet(u"admin"_s);
    if (int(lead) + int(manager) + int(admin) != 1)
        return Outcome::refused(Organisation::tr("give one of --lead LOGIN, --manager LOGIN or --admin LOGIN"));
    const QStringList teams = context.values(u"team"_s);
    if (lead && teams.isEmpty())
        return Outcome::refused(Organisation::tr("a lead leads teams: name them with --team NAME, once for each"));
    if (!lead && !teams.isEmpty())
        return Outcome::refused(Organisation::tr("--team goes with --lead; managers and admins see every team"));
    for (const QString &team : teams) {
        if (team.trimmed().isEmpty())
            return Outcome::refused(Organisation::tr("a team's name cannot be empty"));
    }
    const QString login = context.value(lead ? u"lead"_s : manager ? u"manager"_s : u"admin"_s);
    return withStore(context, [&](OrganisationStore &store) {
        const Role role = lead ? Role::Lead : manager ? Role::Manager : Role::Admin;
        if (Status given = lead ? store.grantLead(login, teams) : store.grant(login, role); !given)
            return Outcome::failed(given.error());
        if (lead)
            context.out() << Organisation::tr("\"%1\" now leads: %2.").arg(login, teams.join(u", "_s)) << Qt::endl;
        else
            context.out() << Organisation::tr("\"%1\" now has the role %2.").arg(login, organisation::roleName(role))
                          << Qt::endl;
        return Outcome::done();
    });
}

Outcome revokeRights(Context &context)
{
    const QString login = context.positional();
    const QStringList teams = context.values(u"team"_s);
    return withStore(context, [&](OrganisationStore &store) {
        if (Status taken = store.revoke(login, teams); !taken)
            return Outcome::failed(taken.error());
        if (teams.isEmpty())
            context.out() << Organisation::tr("\"%1\" has no Rater role or team any more.").arg(login) << Qt::endl;
        else
            context.out() << Organisation::tr("\"%1\" no longer leads: %2.").arg(login, teams.join(u", "_s))
                          << Qt::endl;
        return Outcome::done();
    });
}

Outcome listMembers(Context &context)
{
    return withStore(context, [&](OrganisationStore &store) {
        const Expected<std::vector<organisation::Member>> members = store.members();
        if (!members)
            return Outcome::failed(members.error());
        if (context.format() == u"json"_s) {
            QJsonArray array;
            for (const organisation::Member &m : *members)
                array.append(QJsonObject{{u"login"_s, m.login},
                                         {u"roles"_s, QJsonArray::fromStringList(m.roles)},
                                         {u"teams"_s, QJsonArray::fromStringList(m.teams)}});
            context.writeOut(QJsonDocument(array).toJson());
            return Outcome::done();
        }
        for (const organisation::Member &m : *members) {
            context.out() << m.login << ": " << m.roles.join(u", "_s);
            if (!m.teams.isEmpty())
                context.out() << " (" << m.teams.join(u", "_s) << ')';
            context.out() << '\n';
        }
        context.out() << Organisation::tr("Members: %1").arg(QLocale().toString(qint64(members->size()))) << Qt::endl;
        return Outcome::done();
    });
}

Outcome threshold(Context &context)
{
    std::optional<int> wanted;
    if (!context.positional().isEmpty()) {
        const std::optional<int> number = parseLocalizedInt(context.positional().trimmed());
        if (!number || *number < 2)
            return Outcome::refused(Organisation::tr("the threshold is a whole number of 2 or more; got \"%1\"")
                                        .arg(context.positional()));
        wanted = *number;
    }
    return withStore(context, [&](OrganisationStore &store) {
        if (wanted) {
            if (Status changed = store.setThreshold(*wanted); !changed)
                return Outcome::failed(changed.error());
        }
        const Expected<int> current = store.threshold();
        if (!current)
            return Outcome::failed(current.error());
        context.out() << Organisation::tr("Groups of fewer than %1 assessments are withheld from managers.")
                             .arg(QLocale().toString(*current))
                      << Qt::endl;
        return Outcome::done();
    });
}

// What a sync or a bundle's import did, in the words of the report.
void printReport(const Context &context, const organisation::SyncReport &report, bool fromBundle)
{
    for (const QString &line : organisation::reportLines(report, fromBundle))
        context.out() << line << Qt::endl;
}

Outcome writeBundleFile(Context &context)
{
    const Expected<Database *> database = context.database();
    if (!database)
        return Outcome::refused(database.error());
    QUuid store;
    if (context.isSet(u"store"_s)) {
        store = QUuid::fromString(context.value(u"store"_s));
        if (store.isNull())
            return Outcome::refused(Organisation::tr("--store takes the store's UUID; got \"%1\"")
                                        .arg(context.value(u"store"_s)));
    } else {
        const Expected<std::vector<QUuid>> known = (*database)->publishing().knownStores();
        if (!known)
            return Outcome::failed(known.error());
        if (known->size() > 1) {
            QStringList names;
            for (const QUuid &uuid : *known)
                names << uuid.toString(QUuid::WithoutBraces);
            return Outcome::refused(Organisation::tr("this database has synced with several stores; choose one with "
                                                     "--store UUID: %1")
                                        .arg(names.join(u", "_s)));
        }
        if (known->size() == 1)
            store = known->front();
    }
    const Expected<qint64> written =
        organisation::writeBundle(**database, store, context.value(u"out"_s), 1000);
    if (!written)
        return Outcome::failed(written.error());
    context.out() << Organisation::tr("Bundled %1 results into %2.")
                         .arg(QLocale().toString(*written), QDir::toNativeSeparators(context.value(u"out"_s)))
                  << Qt::endl;
    return Outcome::done();
}

Outcome syncResults(Context &context)
{
    const Expected<int> batch = context.integer(u"batch"_s, 1);
    if (!batch)
        return Outcome::refused(batch.error());
    const Expected<organisation::StoreAddress> address = organisation::parseStoreAddress(context.value(u"to"_s));
    if (!address)
        return Outcome::refused(address.error());
    const Expected<Database *> database = context.database();
    if (!database)
        return Outcome::refused(database.error());
    auto store = OrganisationStore::connect(*address);
    if (!store)
        return Outcome::failed(store.error());
    const Expected<organisation::SyncReport> report = organisation::sync(**database, **store, *batch);
    if (!report)
        return Outcome::failed(report.error());
    printReport(context, *report, false);
    return Outcome::done();
}

} // namespace

Outcome importBundle(Context &context)
{
    const QString file = context.positional();
    const QString target = context.isSet(u"db"_s) ? context.value(u"db"_s) : QString();
    if (!organisation::isStoreAddress(target))
        return Outcome::refused(Organisation::tr("%1 is a bundle for the organisation store; import it there: "
                                                 "rater-cli import FILE --db postgresql://[user@]host/database")
                                    .arg(QDir::toNativeSeparators(file)));
    const Expected<organisation::StoreAddress> address = context.storeAddress();
    if (!address)
        return Outcome::refused(address.error());
    auto store = OrganisationStore::connect(*address);
    if (!store)
        return Outcome::failed(store.error());
    const organisation::OutgoingSource source = [&file](const QUuid &, const storage::PublishingStore::BatchVisit &visit) {
        return organisation::readBundle(file, 1000, visit);
    };
    const Expected<organisation::SyncReport> report = organisation::send(**store, source, {});
    if (!report)
        return Outcome::failed(report.error());
    printReport(context, *report, true);
    return Outcome::done();
}

std::vector<Command> organisationCommands()
{
    const Option team{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "a team the lead leads; once for each")};
    return {
        {
            .name = u"sync"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "send the organisation store the results it does not hold yet"),
            .options = {{u"to"_s, u"URL"_s, QT_TRANSLATE_NOOP("Commands", "the store: postgresql://[user@]host/database"),
                         {}, true},
                        {u"batch"_s, u"N"_s, QT_TRANSLATE_NOOP("Commands", "results per transaction (default %1)"),
                         u"1000"_s}},
            .usesDatabase = true,
            .run = syncResults,
        },
        {
            .name = u"bundle"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "write the results the organisation store lacks to a file, for "
                                                     "a laptop with no network"),
            .options = {{u"out"_s, u"FILE"_s, QT_TRANSLATE_NOOP("Commands", "the bundle to write"), {}, true},
                        {u"store"_s, u"UUID"_s,
                         QT_TRANSLATE_NOOP("Commands", "the store it is for, when the database has synced with several")}},
            .usesDatabase = true,
            .run = writeBundleFile,
        },
        {
            .name = u"org init"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "set up an organisation store: Rater's schema and its roles"),
            .options = {{u"threshold"_s, u"N"_s,
                         QT_TRANSLATE_NOOP("Commands", "the fewest assessments a group shown to managers holds "
                                                       "(default %1)"),
                         u"5"_s}},
            .usesDatabase = true,
            .run = initStore,
        },
        {
            .name = u"org grant"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "give a login the rights of a lead, a manager or an admin"),
            .options = {{u"lead"_s, u"LOGIN"_s, QT_TRANSLATE_NOOP("Commands", "make LOGIN the lead of the teams named")},
                        team,
                        {u"manager"_s, u"LOGIN"_s,
                         QT_TRANSLATE_NOOP("Commands", "let LOGIN read every team's figures, never one person's")},
                        {u"admin"_s, u"LOGIN"_s,
                         QT_TRANSLATE_NOOP("Commands", "let LOGIN give and take rights and change the threshold")}},
            .usesDatabase = true,
            .run = grantRights,
        },
        {
            .name = u"org revoke"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "take back a login's teams, or all its rights"),
            .options = {{u"team"_s, u"NAME"_s, QT_TRANSLATE_NOOP("Commands", "only this team; once for each")}},
            .positional = Positional{u"LOGIN"_s, QT_TRANSLATE_NOOP("Commands", "the login")},
            .usesDatabase = true,
            .run = revokeRights,
        },
        {
            .name = u"org members"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "list the logins with Rater rights, and the teams of each lead"),
            .formats = {u"text"_s, u"json"_s},
            .usesDatabase = true,
            .run = listMembers,
        },
        {
            .name = u"org threshold"_s,
            .summary = QT_TRANSLATE_NOOP("Commands", "show, or change, the fewest assessments a group shown to "
                                                     "managers holds"),
            .positional = Positional{u"N"_s, QT_TRANSLATE_NOOP("Commands", "the new threshold"), 0, 1},
            .usesDatabase = true,
            .run = threshold,
        },
    };
}

} // namespace rater::cli
