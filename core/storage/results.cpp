#include "results.h"

namespace rater::storage {

Expected<qint64> Results::record(const NewAssessment &assessment)
{
    const Expected<AssessmentStore::Recorded> recorded = recordAll({assessment});
    if (!recorded)
        return Expected<qint64>::failure(recorded.error());
    return recorded->ids.front();
}

Expected<AssessmentStore::Recorded> Results::recordAll(const std::vector<NewAssessment> &assessments)
{
    using Result = Expected<AssessmentStore::Recorded>;
    Expected<std::unique_ptr<Recording>> recording = startRecording();
    if (!recording)
        return Result::failure(recording.error());
    AssessmentStore::Recorded recorded;
    recorded.ids.reserve(assessments.size());
    for (const NewAssessment &a : assessments) {
        const Expected<Recording::Added> added = (*recording)->add(a);
        if (!added)
            return Result::failure(added.error());
        recorded.ids.push_back(added->id);
        recorded.alreadyStored += added->alreadyStored ? 1 : 0;
    }
    if (const Status committed = (*recording)->commit(); !committed)
        return Result::failure(committed.error());
    return recorded;
}

} // namespace rater::storage
