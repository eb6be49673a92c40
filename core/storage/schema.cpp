#include "schema.h"

using namespace Qt::StringLiterals;

namespace rater::schema {

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE team ("
            "  id INTEGER PRIMARY KEY,"
            "  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0))"_s,
            u"CREATE TABLE respondent ("
            "  id INTEGER PRIMARY KEY,"
            "  code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0))"_s,
            u"CREATE TABLE workshop ("
            "  id INTEGER PRIMARY KEY,"
            "  title TEXT NOT NULL,"
            "  held_on TEXT NOT NULL)"_s,
            // Answers are kept raw ("4,2,5,…"); scores are always derived from
            // them and the questionnaire, so a scoring fix reaches old results.
            u"CREATE TABLE assessment ("
            "  id INTEGER PRIMARY KEY,"
            "  team_id INTEGER NOT NULL REFERENCES team(id),"
            "  respondent_id INTEGER REFERENCES respondent(id),"
            "  workshop_id INTEGER REFERENCES workshop(id),"
            "  taken_on TEXT NOT NULL,"
            "  questionnaire_id TEXT NOT NULL,"
            "  questionnaire_version INTEGER NOT NULL,"
            "  lang TEXT NOT NULL,"
            "  answers TEXT NOT NULL,"
            "  recorded_at TEXT NOT NULL)"_s,
            u"CREATE INDEX assessment_team ON assessment(team_id)"_s,
            u"CREATE TABLE draft ("
            "  name TEXT PRIMARY KEY,"
            "  team TEXT NOT NULL,"
            "  respondent TEXT NOT NULL,"
            "  taken_on TEXT NOT NULL,"
            "  lang TEXT NOT NULL,"
            "  questionnaire_id TEXT NOT NULL,"
            "  answers TEXT NOT NULL,"
            "  saved_at TEXT NOT NULL)"_s,
        };
    case 2:
        // Workshops gain their facilitator, team and language; history views
        // read one team's assessments in date order.
        return {
            u"ALTER TABLE workshop ADD COLUMN facilitator TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE workshop ADD COLUMN team_id INTEGER REFERENCES team(id)"_s,
            u"ALTER TABLE workshop ADD COLUMN lang TEXT NOT NULL DEFAULT 'en'"_s,
            u"DROP INDEX assessment_team"_s,
            u"CREATE INDEX assessment_team_date ON assessment(team_id, taken_on)"_s,
            u"CREATE INDEX assessment_workshop ON assessment(workshop_id)"_s,
        };
    default:
        return {};
    }
}

} // namespace rater::schema
