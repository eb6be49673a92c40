#include "fileresults.h"

#include "storage/database.h"

#include <QDir>

#include <limits>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

// A file's recording: the assessment store's own recorder.
class FileRecording final : public Results::Recording
{
public:
    FileRecording(AssessmentStore::Recorder recorder, ActionStore &actions)
        : m_recorder(std::move(recorder)), m_actions(actions)
    {
    }
    Status begin() { return m_recorder.begin(); }
    Expected<Added> add(const NewAssessment &assessment) override { return m_recorder.add(assessment); }
    // In the recorder's transaction.
    Expected<bool> addAction(const Action &action) override { return m_actions.addWithin(action); }
    Status commit() override { return m_recorder.commit(); }

private:
    AssessmentStore::Recorder m_recorder;
    ActionStore &m_actions;
};

} // namespace

QString FileResults::shown() const
{
    return QDir::toNativeSeparators(m_database.path());
}

Status FileResults::forEach(const QString &team, bool bin, const Visit &visit) const
{
    if (!bin)
        return m_database.assessments().forEach(team, visit);
    AssessmentStore::Browse browse;
    browse.bin = true;
    browse.team = team;
    browse.order = AssessmentStore::Browse::Order::Deleted;
    browse.descending = true;
    return m_database.assessments().browse(browse, 0, std::numeric_limits<qint64>::max(), visit);
}

Status FileResults::forEachAction(const QString &team, const VisitAction &visit) const
{
    return m_database.actions().forEach({team, std::nullopt}, visit);
}

Status FileResults::forEachInWorkshop(qint64 workshopId, const Visit &visit) const
{
    return m_database.assessments().forEachInWorkshop(workshopId, visit);
}

Expected<AssessmentStore::Extent> FileResults::extent() const
{
    return m_database.assessments().extent();
}

Expected<qint64> FileResults::count(const QString &team) const
{
    return m_database.assessments().count(team);
}

Expected<std::unique_ptr<Results::Recording>> FileResults::startRecording()
{
    auto recording = std::make_unique<FileRecording>(m_database.assessments().recorder(), m_database.actions());
    if (Status begun = recording->begin(); !begun)
        return Expected<std::unique_ptr<Recording>>::failure(begun.error());
    return std::unique_ptr<Recording>(std::move(recording));
}

Expected<qint64> FileResults::createWorkshop(const NewWorkshop &workshop)
{
    return m_database.workshops().create(workshop);
}

Expected<Workshop> FileResults::workshop(qint64 id) const
{
    Expected<Workshop> found = m_database.workshops().find(id);
    if (!found)
        return Expected<Workshop>::failure(found.error() + u" in "_s + shown());
    return found;
}

Expected<std::vector<Answers>> FileResults::workshopAnswers(qint64 workshopId) const
{
    return m_database.assessments().workshopAnswers(workshopId);
}

Expected<Corrected> FileResults::moveToBin(const std::vector<qint64> &ids, bool intoBin)
{
    return intoBin ? m_database.corrections().remove(ids) : m_database.corrections().restore(ids);
}

Expected<Corrected> FileResults::edit(qint64 id, const CorrectionStore::Edit &edit)
{
    return m_database.corrections().edit(id, edit);
}

Expected<Corrected> FileResults::emptyBin(std::optional<int> olderThanDays)
{
    return m_database.corrections().emptyBin(olderThanDays);
}

Expected<Corrected> FileResults::renameTeam(const QString &from, const QString &to)
{
    return m_database.corrections().renameTeam(from, to);
}

Expected<Corrected> FileResults::mergeTeams(const QString &from, const QString &into)
{
    return m_database.corrections().mergeTeams(from, into);
}

} // namespace rater::storage
