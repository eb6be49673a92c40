#pragma once

#include "scoring/answers.h"

#include <QDate>
#include <QString>
#include <QStringList>

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
    std::optional<qint64> workshopId;
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

// One assessment as history reads it: when it was taken, and its answers.
struct DatedAnswers
{
    QDate date;
    Answers answers;
};

// A quiz in progress: an empty answer is not answered yet.
struct Draft
{
    QString name;
    QString team;
    QString respondent;
    QDate date;
    QString lang;
    QString questionnaireId;
    std::vector<std::optional<int>> answers;
};

struct IntegrityReport
{
    bool sound = false;
    QStringList problems;
    qint64 assessments = 0;
    qint64 teams = 0;
};

} // namespace rater
