#pragma once

#include "exchange/assessmentfile.h"
#include "storage/records.h"

namespace rater {

namespace storage {
class Results;
}

// One paper form's answers as typed in: a digit for each answer ("41253…"),
// or answers separated by commas. The reason for a refusal speaks of the
// way it was typed.
Expected<Answers> parsePaperForm(const QString &text, const Questionnaire &questionnaire);

// Participants are stored under the workshop's team, or under its title when it has none.
QString participantTeam(const Workshop &workshop);
// The team a workshop's actions belong to: its own; or, for a workshop
// without one (made by an import, say), the one team every participant was
// recorded under; else the one its participants are stored under.
Expected<QString> actionsTeam(const storage::Results &results, const Workshop &workshop);

// A participant's answers as the workshop stores them: under its team, on its
// day and in its language, whatever language the person entering them uses.
NewAssessment participantAssessment(const Workshop &workshop, Answers answers, const QString &respondent,
                                    const Questionnaire &questionnaire);

// A file of participants, read for one workshop.
struct ParticipantFile
{
    exchange::ReadResult read;
    // Teams the file names other than the workshop's: as the workshop's
    // participants, its rows are recorded under participantTeam() all the
    // same, which the person importing should be told.
    QStringList otherTeams;
};

// Reads a file of participants' results (.csv or .json) for `workshop`: every
// problem, duplicates included (a respondent code seen twice, in the file or
// already in the workshop, or the same answers twice without codes), or the
// records ready to store in it, in a laptop's file or in the store.
ParticipantFile readParticipants(const QString &path, const storage::Results &results, const Workshop &workshop,
                                 const Questionnaire &questionnaire);

} // namespace rater
