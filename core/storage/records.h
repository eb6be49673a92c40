#pragma once

#include "scoring/answers.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace rater {

// One assessment to be stored. The team is found or created by name, the
// respondent by code; the workshop either by id (which must exist) or, when
// only a title is given, found or created by title.
struct NewAssessment
{
    QString team;
    QString respondent; // optional pseudonymous code
    std::optional<qint64> workshopId;
    QString workshopTitle;
    QDate date;
    QString lang;
    QString questionnaireId;
    int questionnaireVersion = 0;
    Answers answers;
};

struct StoredAssessment
{
    qint64 id = 0;
    QString team;
    QString respondent;
    qint64 workshopId = 0; // 0: none
    QString workshop;
    QDate date;
    QString lang;
    QString questionnaireId;
    int questionnaireVersion = 0;
    Answers answers;
};

struct NewWorkshop
{
    QString title;
    QDate date;
    QString facilitator;
    QString team; // optional
    QString lang;
};

struct Workshop
{
    qint64 id = 0;
    QString title;
    QDate date;
    QString facilitator;
    QString team;
    QString lang;
};

// A quiz in progress. An answer outside the questionnaire's scale means "not
// answered yet" (the desktop app writes the smallest int, since a scale may
// hold 0; earlier versions wrote 0).
struct Draft
{
    QString name;
    QString team;
    QString respondent;
    QDate date;
    QString lang;
    QString questionnaireId;
    std::vector<int> answers;
};

struct IntegrityReport
{
    bool sound = false;
    QStringList problems;
    qint64 assessments = 0;
    qint64 teams = 0;
};

// Answers as stored: "4,2,5,…".
QString answersToText(const std::vector<int> &answers);
std::optional<std::vector<int>> answersFromText(const QString &text);

} // namespace rater
