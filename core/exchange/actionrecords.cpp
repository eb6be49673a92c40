#include "actionrecords.h"

#include "exchange/assessmentfile.h"
#include "i18n/language.h"
#include "quiz/entrylimits.h"
#include "storage/actionstore.h"

#include <QCoreApplication>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace rater::exchange {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentFile)
};

} // namespace

std::optional<Action> readActionRecord(const QJsonObject &record, const Questionnaire &q, const ReportField &report)
{
    bool valid = true;
    const auto problem = [&](const QString &field, const QString &reason) {
        report(field, reason);
        valid = false;
    };
    // A text field: a string, or (when it may be left out) null or missing.
    const auto text = [&](const QString &field, bool required) -> QString {
        const QJsonValue value = record.value(field);
        if (value.isString() && !(required && value.toString().trimmed().isEmpty()))
            return value.toString();
        if (!required && (value.isNull() || value.isUndefined()))
            return {};
        problem(field, required ? Messages::tr("expected text; an action needs it")
                                : Messages::tr("expected text, or null"));
        return {};
    };
    const auto date = [&](const QString &field, bool required) -> QDate {
        const QJsonValue value = record.value(field);
        if (!required && (value.isNull() || value.isUndefined()))
            return {};
        const QDate day = value.isString() ? parseIsoDate(QStringView(value.toString()).trimmed()) : QDate();
        if (!day.isValid()) {
            problem(field, required ? Messages::tr("expected a date as YYYY-MM-DD, for example 2026-03-21")
                                    : Messages::tr("expected a date as YYYY-MM-DD, for example 2026-03-21, or null"));
            return {};
        }
        if (const Status within = limits::checkDate(day); !within)
            problem(field, within.error());
        return day;
    };
    const auto uuid = [&](const QString &field) -> QUuid {
        const QJsonValue value = record.value(field);
        if (value.isNull() || value.isUndefined())
            return {};
        const QUuid read = value.isString() ? QUuid::fromString(value.toString().trimmed()) : QUuid();
        if (read.isNull())
            problem(field, Messages::tr("expected a UUID as text (8-4-4-4-12 hexadecimal digits), or null"));
        return read;
    };

    Action a;
    a.uuid = uuid(u"uuid"_s);
    a.origin = uuid(u"origin"_s);
    a.team = text(u"team"_s, true);
    a.dimension = text(u"dimension"_s, true);
    if (!a.dimension.isEmpty() && !q.dimension(a.dimension.trimmed()))
        problem(u"dimension"_s, Messages::tr("\"%1\" is not a dimension; the dimensions are: %2")
                                    .arg(a.dimension, q.dimensionIds().join(u", "_s)));
    a.text = text(u"text"_s, true);
    a.owner = text(u"owner"_s, false);
    a.due = date(u"due"_s, false);
    a.created = date(u"created"_s, true);
    const QString state = text(u"state"_s, true);
    if (const std::optional<Action::State> known = storage::stateFromName(state.trimmed()))
        a.state = *known;
    else if (!state.isEmpty())
        problem(u"state"_s, Messages::tr("\"%1\" is not a state; use open, done or dropped").arg(state));
    a.closed = date(u"closed"_s, false);
    for (const auto &[field, value] : {std::pair{u"team"_s, &a.team}, std::pair{u"text"_s, &a.text},
                                       std::pair{u"owner"_s, &a.owner}}) {
        const limits::Field kind = field == u"team"_s   ? limits::Field::Team
                                   : field == u"text"_s ? limits::Field::ActionText
                                                        : limits::Field::ActionOwner;
        if (const Status allowed = limits::checkText(kind, *value); !allowed)
            problem(field, allowed.error());
    }
    if (!valid)
        return std::nullopt;
    if (a.state == Action::State::Open && a.closed.isValid())
        problem(u"closed"_s, Messages::tr("an open action has no day it was closed on; write null"));
    else if (a.state != Action::State::Open && !a.closed.isValid())
        problem(u"closed"_s, Messages::tr("an action done or dropped needs the day it was closed on"));
    else if (a.closed.isValid() && a.closed < a.created)
        problem(u"closed"_s, Messages::tr("%1 is before the day it was planned, %2")
                                 .arg(a.closed.toString(Qt::ISODate), a.created.toString(Qt::ISODate)));
    if (!valid)
        return std::nullopt;
    a.team = a.team.trimmed();
    a.dimension = a.dimension.trimmed();
    a.text = a.text.trimmed();
    a.owner = a.owner.trimmed();
    return a;
}

void appendActionRecord(QByteArray &out, const Action &a)
{
    const auto optionalText = [&out](const QString &text) {
        if (text.isEmpty())
            out += "null";
        else
            appendJsonString(out, text);
    };
    const auto day = [&out](const QDate &date) {
        if (!date.isValid()) {
            out += "null";
            return;
        }
        out += '"';
        out += isoDate(date);
        out += '"';
    };
    const auto uuid = [&out](const QUuid &id) {
        if (id.isNull()) {
            out += "null";
            return;
        }
        out += '"';
        out += id.toByteArray(QUuid::WithoutBraces);
        out += '"';
    };
    out += "{\"kind\": \"action\", \"uuid\": ";
    uuid(a.uuid);
    out += ", \"origin\": ";
    uuid(a.origin);
    out += ", \"team\": ";
    appendJsonString(out, a.team);
    out += ", \"dimension\": ";
    appendJsonString(out, a.dimension);
    out += ", \"text\": ";
    appendJsonString(out, a.text);
    out += ", \"owner\": ";
    optionalText(a.owner);
    out += ", \"due\": ";
    day(a.due);
    out += ", \"created\": ";
    day(a.created);
    out += ", \"state\": ";
    appendJsonString(out, storage::stateName(a.state));
    out += ", \"closed\": ";
    day(a.closed);
    out += '}';
}

} // namespace rater::exchange
