#include "sync.h"

#include "organisation/store.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

} // namespace

Expected<SyncReport> send(OrganisationStore &store, const OutgoingSource &source, const Confirm &confirm)
{
    using Result = Expected<SyncReport>;
    const Expected<std::optional<Role>> role = store.role();
    if (!role)
        return Result::failure(role.error());
    if (!*role || **role == Role::Manager)
        return Result::failure(Messages::tr("%1: the login \"%2\" may not store results there; a team's lead sends "
                                            "the results of their teams, an admin any")
                                   .arg(store.shown(), store.login()));
    const bool admin = **role == Role::Admin;
    const Expected<QStringList> teams = store.teams();
    if (!teams)
        return Result::failure(teams.error());
    const QSet<QString> writable(teams->cbegin(), teams->cend());
    const Expected<QUuid> identity = store.identity();
    if (!identity)
        return Result::failure(identity.error());

    SyncReport report;
    QSet<QString> kept;
    std::vector<storage::OutgoingAssessment> sending;
    const Status read = source(*identity, [&](const std::vector<storage::OutgoingAssessment> &rows) -> Status {
        sending.clear();
        for (const storage::OutgoingAssessment &a : rows) {
            if (admin || writable.contains(a.team)) {
                sending.push_back(a);
            } else {
                ++report.keptHere;
                kept.insert(a.team);
            }
        }
        if (!sending.empty()) {
            const Expected<OrganisationStore::Received> received = store.receive(sending, admin);
            if (!received)
                return Status::failure(received.error());
            if (confirm) {
                if (Status noted = confirm(*identity, sending); !noted)
                    return noted;
            }
            report.sent += received->stored;
            report.corrected += received->updated;
            report.alreadyThere += received->alreadyThere;
            report.teamsReplaced += received->teamsReplaced;
            for (const QUuid &uuid : received->storeWins) {
                const auto found = std::find_if(sending.cbegin(), sending.cend(),
                                                [&uuid](const storage::OutgoingAssessment &a) { return a.uuid == uuid; });
                if (found != sending.cend())
                    report.storeWins.push_back(found->id);
            }
        }
        return Done{};
    });
    if (!read)
        return Result::failure(read.error());
    report.keptTeams = QStringList(kept.cbegin(), kept.cend());
    report.keptTeams.sort();
    return report;
}

Expected<SyncReport> sync(Database &local, OrganisationStore &store, int batch, const Progress &progress)
{
    const OutgoingSource unpublished = [&local, batch, &progress](const QUuid &identity,
                                                                  const storage::PublishingStore::BatchVisit &visit) {
        if (!progress)
            return local.publishing().forEachUnpublished(identity, batch, visit);
        const Expected<qint64> total = local.publishing().countUnpublished(identity);
        if (!total)
            return Status::failure(total.error());
        if (Status going = progress(0, *total); !going)
            return going;
        qint64 done = 0;
        return local.publishing().forEachUnpublished(
            identity, batch, [&](const std::vector<storage::OutgoingAssessment> &rows) -> Status {
                if (Status visited = visit(rows); !visited)
                    return visited;
                done += qint64(rows.size());
                return progress(done, std::max(done, *total));
            });
    };
    const Confirm noted = [&local, &store](const QUuid &identity, const std::vector<storage::OutgoingAssessment> &sent) {
        if (Status marked = local.publishing().markPublished(identity, store.shown(), sent); !marked)
            return Status::failure(Messages::tr("%1: the store holds the results sent, but this database could not "
                                                "note it (%2); the next sync finds them there")
                                       .arg(local.path(), marked.error()));
        return Status(Done{});
    };
    const Expected<SyncReport> sent = send(store, unpublished, noted);
    if (!sent)
        return sent;
    SyncReport report = *sent;
    std::vector<Action> actions;
    const auto sendActions = [&]() -> Status {
        const Expected<OrganisationStore::ActionsReceived> received = store.receiveActions(actions);
        if (!received)
            return Status::failure(received.error());
        report.actionsSent += received->stored;
        report.actionsUpdated += received->updated;
        report.actionsKeptHere += received->keptHere;
        actions.clear();
        return Done{};
    };
    const Status read = local.actions().forEach({}, [&](const Action &a) -> Status {
        actions.push_back(a);
        return qsizetype(actions.size()) < batch ? Status(Done{}) : sendActions();
    });
    if (!read)
        return Expected<SyncReport>::failure(read.error());
    if (!actions.empty()) {
        if (Status sent = sendActions(); !sent)
            return Expected<SyncReport>::failure(sent.error());
    }
    return report;
}

QStringList reportLines(const SyncReport &report, bool fromBundle)
{
    const QLocale locale;
    QStringList lines{
        Messages::tr("Sent %1, already there %2.").arg(locale.toString(report.sent), locale.toString(report.alreadyThere))};
    if (report.corrected > 0)
        lines << Messages::tr("Corrections sent: %1.").arg(locale.toString(report.corrected));
    if (!report.storeWins.empty()) {
        QStringList ids;
        for (const qint64 id : report.storeWins)
            ids << locale.toString(id);
        lines << (fromBundle ? Messages::tr("Changed in the store since they were corrected, and kept as the store "
                                            "has them: the results of lines %1.")
                             : Messages::tr("Changed in the store since they were corrected here, and kept as the "
                                            "store has them: %1."))
                     .arg(ids.join(QStringLiteral(", ")));
    }
    if (report.teamsReplaced > 0)
        lines << Messages::tr("Teams renamed or merged in the store as here, with their leads and workshops: %1.")
                     .arg(locale.toString(report.teamsReplaced));
    if (report.actionsSent + report.actionsUpdated > 0)
        lines << Messages::tr("Actions sent: %1; brought up to date: %2.")
                     .arg(locale.toString(report.actionsSent), locale.toString(report.actionsUpdated));
    if (report.actionsKeptHere > 0)
        lines << Messages::tr("Kept here, not sent: %1 actions of teams the login does not lead.")
                     .arg(locale.toString(report.actionsKeptHere));
    if (report.keptHere > 0)
        lines << (fromBundle ? Messages::tr("Not stored: %1 results of teams the login does not lead (%2).")
                             : Messages::tr("Kept here, not sent: %1 results of teams the login does not lead (%2)."))
                     .arg(locale.toString(report.keptHere), report.keptTeams.join(QStringLiteral(", ")));
    return lines;
}

} // namespace rater::organisation
