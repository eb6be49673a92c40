#pragma once

#include "expected/expected.h"
#include "storage/publishing.h"

#include <QStringList>
#include <QUuid>

#include <functional>
#include <vector>

namespace rater {
class Database;
}

namespace rater::organisation {

class OrganisationStore;

// What one sync did: results stored in the organisation's store, results it
// held already, and results kept on this machine because the login may not
// write their teams.
struct SyncReport
{
    qint64 sent = 0;
    qint64 corrected = 0; // held already, brought up to this database's corrections
    qint64 alreadyThere = 0;
    std::vector<qint64> storeWins; // ids here of results the store changed later, kept as it has them
    qint64 keptHere = 0;
    QStringList keptTeams; // by name, each once
    qint64 teamsReplaced = 0; // renamed or merged in the store as they were here
    // A laptop's actions: new in the store, or brought up to this laptop's
    // changes; those of teams the login does not lead stay here.
    qint64 actionsSent = 0;
    qint64 actionsUpdated = 0;
    qint64 actionsKeptHere = 0;
};

// Where results to send come from, in batches, given the store's UUID: a
// laptop's database, or a bundle.
using OutgoingSource =
    std::function<Status(const QUuid &store, const storage::PublishingStore::BatchVisit &visit)>;
// Called after the store committed each batch: what a laptop's database
// notes. A failure ends the sending.
using Confirm = std::function<Status(const QUuid &store, const std::vector<storage::OutgoingAssessment> &sent)>;

// Sends the results of `source` to the store, each batch in one transaction:
// those the login may write (a lead's teams; an admin's, any), keeping and
// counting the others. Only a lead or an admin may send results.
Expected<SyncReport> send(OrganisationStore &store, const OutgoingSource &source, const Confirm &confirm);

// Called after each batch with how many results were read so far and how
// many there are to read; a failure stops the sync there, between batches.
using Progress = std::function<Status(qint64 done, qint64 total)>;

// Sends the store what this database holds and the store is not known to
// hold, in batches of `batch`, each stored in one transaction of the store
// and then noted here. Stopped at any moment and run again, it stores every
// result exactly once: the store keeps one row per UUID. Only a lead (for
// the teams they lead) or an admin may send results. Then the actions, all
// of them each time (a team's are few), `batch` at a time: the store keeps
// one per UUID, at the highest version either side has.
Expected<SyncReport> sync(Database &local, OrganisationStore &store, int batch, const Progress &progress = {});

// What a sync (or a bundle's import) did, a sentence a line, for people.
QStringList reportLines(const SyncReport &report, bool fromBundle);

} // namespace rater::organisation
