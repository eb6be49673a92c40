#pragma once

#include "exchange/assessmentfile.h"
#include "storage/records.h"

namespace rater {

class Database;

// Participants are stored under the workshop's team, or under its title when it has none.
QString participantTeam(const Workshop &workshop);

// Reads a file of participants' results (.csv or .json) for `workshop`: every
// problem, duplicates included (a respondent code seen twice, in the file or
// already in the workshop, or the same answers twice without codes), or the
// records ready to store in it.
exchange::ReadResult readParticipants(const QString &path, const Database &database, const Workshop &workshop,
                                      const Questionnaire &questionnaire);

} // namespace rater
