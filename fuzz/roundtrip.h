#pragma once

// The round trip of an import: what a file gives, exported and read again,
// gives the same records.

#include "fuzzsupport.h"

#include "exchange/assessmentfile.h"

#include <QBuffer>

#include <functional>
#include <vector>

namespace fuzz {

inline std::vector<rater::StoredAssessment> asStored(const std::vector<rater::NewAssessment> &records)
{
    std::vector<rater::StoredAssessment> stored;
    qint64 id = 0;
    for (const rater::NewAssessment &r : records) {
        rater::StoredAssessment s;
        s.id = ++id;
        s.team = r.team;
        s.respondent = r.respondent;
        s.workshop = r.workshopTitle;
        s.date = r.date;
        s.lang = r.lang;
        s.questionnaireId = r.questionnaireId;
        s.questionnaireVersion = r.questionnaireVersion;
        s.answers = r.answers;
        stored.push_back(std::move(s));
    }
    return stored;
}

inline bool same(const rater::NewAssessment &a, const rater::NewAssessment &b)
{
    return a.team == b.team && a.respondent == b.respondent && a.workshopTitle == b.workshopTitle
           && a.date == b.date && a.lang == b.lang && a.answers == b.answers;
}

using Writer = std::function<rater::Status(QIODevice &, const rater::exchange::Source &, const rater::Questionnaire &)>;
using Reader = std::function<rater::exchange::ReadResult(const QByteArray &)>;

inline void checkRoundTrip(const rater::exchange::ReadResult &first, const Writer &write, const Reader &read)
{
    if (!first.problems.isEmpty())
        return;
    const std::vector<rater::StoredAssessment> stored = asStored(first.records);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    require(write(buffer, rater::exchange::sourceOf(stored), raterQuiz()).hasValue(), "what was read is exported");
    const rater::exchange::ReadResult second = read(buffer.data());
    require(second.problems.isEmpty(), "an export reads back without problems");
    require(second.records.size() == first.records.size(), "an export reads back every record");
    for (std::size_t i = 0; i < first.records.size(); ++i)
        require(same(first.records[i], second.records[i]), "an export reads back the same records");
}

} // namespace fuzz
