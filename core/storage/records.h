#pragma once

#include "scoring/answers.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace rater {

// YYYY-MM-DD, as QDate::toString(Qt::ISODate) writes years 1000 to 9999,
// without its formatting machinery: what stores, lists and exports many
// dates writes them so.
inline QByteArray isoDate(const QDate &date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999)
        return date.toString(Qt::ISODate).toLatin1();
    const int digits[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10, -1,
                          month / 10, month % 10, -1, day / 10, day % 10};
    QByteArray text(10, '-');
    for (int i = 0; i < 10; ++i) {
        if (digits[i] >= 0)
            text[i] = char('0' + digits[i]);
    }
    return text;
}

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
    // Its identity, when it was made elsewhere (an imported file); null for a
    // new one, which gets a new UUID and this installation as its origin.
    QUuid uuid = {};
    QUuid origin = {};
};

struct StoredAssessment
{
    qint64 id = 0;
    QUuid uuid;
    QUuid origin; // the installation that made it; null when unknown
    QString deletedAt; // UTC, ISO 8601, when it is in the bin; empty otherwise
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

// An action a team commits to, aimed at one dimension of the questionnaire.
struct NewAction
{
    QString team;
    std::optional<qint64> workshopId; // planned in a workshop
    QString dimension;                // the questionnaire's id of it
    QString text;
    QString owner; // a name or a role; may be empty
    QDate due;     // invalid: no due date
    QDate created; // the day it was planned
};

struct Action
{
    // Stored by name ("open", "done", "dropped").
    enum class State { Open, Done, Dropped };
    qint64 id = 0;
    QUuid uuid;
    QUuid origin; // the installation it was planned on; null when unknown
    QString team;
    std::optional<qint64> workshopId;
    QString dimension;
    QString text;
    QString owner;
    QDate due;
    QDate created;
    State state = State::Open;
    QDate closed; // the day it was done or dropped; invalid while open
    int version = 1; // one more with each change, so that a store keeps the latest

    // Open past its due date on `today`.
    bool overdue(const QDate &today) const { return state == State::Open && due.isValid() && due < today; }
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
