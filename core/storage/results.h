#pragma once

#include "expected/expected.h"
#include "storage/assessmentstore.h"
#include "storage/corrections.h"
#include "storage/records.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rater::storage {

// Where results are kept and corrected: a laptop's database file or the
// organisation's PostgreSQL store. The two engines answer the same calls with
// the same rows, so that a command reads and writes either alike; what one of
// them refuses (a login's rights in the store) comes back as a refusal that
// says so.
class Results
{
public:
    virtual ~Results() = default;

    // The file's path or the store's address, as messages name it.
    virtual QString shown() const = 0;

    using Visit = AssessmentStore::Visit;
    // In date order, then in the order stored; one team's when `team` is not
    // null. With `bin`, those in the bin instead, most recently deleted
    // first. Rows are read one at a time.
    virtual Status forEach(const QString &team, bool bin, const Visit &visit) const = 0;
    // One workshop's participants, out of the bin, in the same order.
    virtual Status forEachInWorkshop(qint64 workshopId, const Visit &visit) const = 0;
    // Actions, open ones first (ActionStore's order); one team's when `team`
    // is not null.
    using VisitAction = std::function<Status(const Action &)>;
    virtual Status forEachAction(const QString &team, const VisitAction &visit) const = 0;
    virtual Expected<AssessmentStore::Extent> extent() const = 0;
    // How many assessments out of the bin, of one team when `team` is not null.
    virtual Expected<qint64> count(const QString &team) const = 0;

    // Assessments recorded one at a time in one transaction: all of them are
    // kept when commit() succeeds, none when it is not reached. One whose
    // UUID is held already is left as it is and counted.
    class Recording
    {
    public:
        virtual ~Recording() = default;
        using Added = AssessmentStore::Recorder::Added;
        virtual Expected<Added> add(const NewAssessment &assessment) = 0;
        // An action, with its UUID, state and days (an import's), after the
        // results of its team: false when one with its UUID is held already.
        virtual Expected<bool> addAction(const Action &action) = 0;
        virtual Status commit() = 0;
    };
    virtual Expected<std::unique_ptr<Recording>> startRecording() = 0;
    // One assessment, or several all or none, through a recording.
    Expected<qint64> record(const NewAssessment &assessment);
    Expected<AssessmentStore::Recorded> recordAll(const std::vector<NewAssessment> &assessments);

    virtual Expected<qint64> createWorkshop(const NewWorkshop &workshop) = 0;
    // A failure says there is no such workshop, and where.
    virtual Expected<Workshop> workshop(qint64 id) const = 0;
    // Its participants' answers, for its group figures.
    virtual Expected<std::vector<Answers>> workshopAnswers(qint64 workshopId) const = 0;

    // Corrections, each all or none. A refusal changes nothing and says why;
    // a laptop's file numbers each in its change log, the store keeps none.
    virtual Expected<Corrected> moveToBin(const std::vector<qint64> &ids, bool intoBin) = 0;
    virtual Expected<Corrected> edit(qint64 id, const CorrectionStore::Edit &edit) = 0;
    // Deletes for good what is in the bin, or what went there more than
    // `olderThanDays` days ago.
    virtual Expected<Corrected> emptyBin(std::optional<int> olderThanDays) = 0;
    virtual Expected<Corrected> renameTeam(const QString &from, const QString &to) = 0;
    // Every result and workshop of `from` goes to `into`, and `from` goes.
    virtual Expected<Corrected> mergeTeams(const QString &from, const QString &into) = 0;
};

} // namespace rater::storage
