#pragma once

#include "storage/results.h"

namespace rater {

class Database;

namespace storage {

// Results in a laptop's database file: its stores, each correction written
// to the file's change log.
class FileResults final : public Results
{
public:
    explicit FileResults(Database &database) : m_database(database) {}

    QString shown() const override;
    Status forEach(const QString &team, bool bin, const Visit &visit) const override;
    Status forEachAction(const QString &team, const VisitAction &visit) const override;
    Status forEachInWorkshop(qint64 workshopId, const Visit &visit) const override;
    Expected<AssessmentStore::Extent> extent() const override;
    Expected<qint64> count(const QString &team) const override;
    Expected<std::unique_ptr<Recording>> startRecording() override;
    Expected<qint64> createWorkshop(const NewWorkshop &workshop) override;
    Expected<Workshop> workshop(qint64 id) const override;
    Expected<std::vector<Answers>> workshopAnswers(qint64 workshopId) const override;
    Expected<Corrected> moveToBin(const std::vector<qint64> &ids, bool intoBin) override;
    Expected<Corrected> edit(qint64 id, const CorrectionStore::Edit &edit) override;
    Expected<Corrected> emptyBin(std::optional<int> olderThanDays) override;
    Expected<Corrected> renameTeam(const QString &from, const QString &to) override;
    Expected<Corrected> mergeTeams(const QString &from, const QString &into) override;

private:
    Database &m_database;
};

} // namespace storage
} // namespace rater
