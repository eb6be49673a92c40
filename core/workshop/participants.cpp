#include "participants.h"

#include "quiz/quizanswers.h"

#include "storage/results.h"

#include <QCoreApplication>
#include <QDir>

#include <map>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

class ParticipantMessages
{
    Q_DECLARE_TR_FUNCTIONS(Participants)
};

} // namespace

Expected<Answers> parsePaperForm(const QString &text, const Questionnaire &questionnaire)
{
    if (text.contains(u',') || text.contains(QChar(0x060C)))
        return parseAnswers(text, questionnaire);
    return parseAnswerDigits(text, questionnaire);
}

QString participantTeam(const Workshop &workshop)
{
    return workshop.team.isEmpty() ? workshop.title : workshop.team;
}

NewAssessment participantAssessment(const Workshop &workshop, Answers answers, const QString &respondent,
                                    const Questionnaire &questionnaire)
{
    NewAssessment a = assessmentOf({participantTeam(workshop), respondent, workshop.date, std::move(answers)},
                                   questionnaire, workshop.lang);
    a.workshopId = workshop.id;
    return a;
}

Expected<QString> actionsTeam(const storage::Results &results, const Workshop &workshop)
{
    if (!workshop.team.isEmpty())
        return workshop.team;
    QStringList teams;
    const Status read = results.forEachInWorkshop(workshop.id, [&teams](const StoredAssessment &a) -> Status {
        if (!teams.contains(a.team))
            teams << a.team;
        return Done{};
    });
    if (!read)
        return Expected<QString>::failure(read.error());
    return teams.size() == 1 ? teams.front() : participantTeam(workshop);
}

ParticipantFile readParticipants(const QString &path, const storage::Results &results, const Workshop &workshop,
                                 const Questionnaire &questionnaire)
{
    ParticipantFile file{exchange::readFile(path, questionnaire), {}};
    exchange::ReadResult &read = file.read;
    if (!read.problems.isEmpty())
        return file;
    const QString name = QDir::toNativeSeparators(path);
    const QString place = path.endsWith(u".json"_s, Qt::CaseInsensitive) ? ParticipantMessages::tr("record %1")
                                                                          : ParticipantMessages::tr("line %1");
    std::map<QString, QString> codes;   // code to where it was first seen
    std::map<Answers, QString> answers; // answers (of records without a code) to where
    const Status existing = results.forEachInWorkshop(workshop.id, [&](const StoredAssessment &a) -> Status {
        const QString where = ParticipantMessages::tr("already in the workshop");
        if (!a.respondent.isEmpty())
            codes.emplace(a.respondent, where);
        else
            answers.emplace(a.answers, where);
        return Done{};
    });
    if (!existing) {
        read.problems << existing.error();
        read.records.clear();
        read.places.clear();
        return file;
    }
    for (std::size_t i = 0; i < read.records.size(); ++i) {
        const NewAssessment &r = read.records[i];
        const QString here = place.arg(read.places[i]);
        if (!r.respondent.isEmpty()) {
            const auto [it, fresh] = codes.emplace(r.respondent, here);
            if (!fresh)
                read.problems << ParticipantMessages::tr("%1: %2: respondent \"%3\" appears twice (%4)")
                                     .arg(name, here, r.respondent, it->second);
        } else {
            const auto [it, fresh] = answers.emplace(r.answers, here);
            if (!fresh)
                read.problems << ParticipantMessages::tr("%1: %2: the same answers as %3, without a respondent code to tell "
                                              "them apart; a duplicate")
                                     .arg(name, here, it->second);
        }
    }
    if (!read.problems.isEmpty()) {
        read.records.clear();
        read.places.clear();
        return file;
    }
    const QString team = participantTeam(workshop);
    for (NewAssessment &r : read.records) {
        if (r.team != team && !file.otherTeams.contains(r.team))
            file.otherTeams << r.team;
        r.team = team;
        r.workshopId = workshop.id;
        r.workshopTitle.clear();
    }
    return file;
}

} // namespace rater
