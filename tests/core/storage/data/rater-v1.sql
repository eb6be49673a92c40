-- A database as the first release of Rater wrote it (schema version 1).
-- rater-v1.sqlite is made from this file with: sqlite3 rater-v1.sqlite < rater-v1.sql
PRAGMA application_id = 1380013138;
PRAGMA user_version = 1;
CREATE TABLE team (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0));
CREATE TABLE respondent (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0));
CREATE TABLE workshop (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL);
CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  team_id INTEGER NOT NULL REFERENCES team(id),
  respondent_id INTEGER REFERENCES respondent(id),
  workshop_id INTEGER REFERENCES workshop(id),
  taken_on TEXT NOT NULL,
  questionnaire_id TEXT NOT NULL,
  questionnaire_version INTEGER NOT NULL,
  lang TEXT NOT NULL,
  answers TEXT NOT NULL,
  recorded_at TEXT NOT NULL);
CREATE INDEX assessment_team ON assessment(team_id);
CREATE TABLE draft (
  name TEXT PRIMARY KEY,
  team TEXT NOT NULL,
  respondent TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  lang TEXT NOT NULL,
  questionnaire_id TEXT NOT NULL,
  answers TEXT NOT NULL,
  saved_at TEXT NOT NULL);
INSERT INTO team (id, name) VALUES (1, 'Front desk'), (2, 'خدمات پس از فروش');
INSERT INTO respondent (id, code) VALUES (1, 'fd-01');
INSERT INTO workshop (id, title, held_on) VALUES (1, 'Spring service day', '2025-03-21');
INSERT INTO assessment (team_id, respondent_id, workshop_id, taken_on, questionnaire_id, questionnaire_version, lang, answers, recorded_at) VALUES
  (1, 1, 1, '2025-03-21', 'rater', 1, 'en', '2,4,4,5,1,3,2,1,4,2,5,1,4,5,3,2,5', '2025-03-21T09:00:00Z'),
  (1, NULL, NULL, '2025-06-30', 'rater', 1, 'en', '3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3', '2025-06-30T09:00:00Z'),
  (2, NULL, NULL, '2025-07-01', 'rater', 1, 'fa', '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1', '2025-07-01T09:00:00Z');
INSERT INTO draft VALUES ('quiz', 'Front desk', '', '2025-07-02', 'en', 'rater', '4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0', '2025-07-02T10:00:00Z');
