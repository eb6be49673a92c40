#include "entrylimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace rater::limits {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(EntryLimits)
};

QString fieldName(Field field)
{
    switch (field) {
    case Field::Team: return Messages::tr("the team name");
    case Field::Respondent: return Messages::tr("the respondent code");
    case Field::WorkshopTitle: return Messages::tr("the workshop's title");
    case Field::Facilitator: return Messages::tr("the facilitator's name");
    case Field::ActionText: return Messages::tr("the action's text");
    case Field::ActionOwner: return Messages::tr("the action's owner");
    }
    return {};
}

} // namespace

int maxLength(Field field)
{
    switch (field) {
    case Field::Respondent: return maxCodeLength;
    case Field::ActionText: return maxActionLength;
    default: return maxNameLength;
    }
}

Status checkText(Field field, QStringView text)
{
    const QLocale locale;
    if (text.size() > maxLength(field))
        return Status::failure(Messages::tr("%1 is %2 characters long; it may have at most %3")
                                   .arg(fieldName(field), locale.toString(text.size()),
                                        locale.toString(maxLength(field))));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const auto at = [&] { return locale.toString(i + 1); };
        const auto code = [](char16_t unit) { return QString::number(unit, 16).toUpper().rightJustified(4, u'0'); };
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i; // a whole character beyond U+FFFF
            continue;
        }
        if (QChar::isSurrogate(c))
            return Status::failure(Messages::tr("%1 is not well-formed Unicode: at character %2 there is half of a "
                                                "character (U+%3) without its other half")
                                       .arg(fieldName(field), at(), code(c)));
        if (text[i].category() == QChar::Other_Control)
            return Status::failure(Messages::tr("%1 holds a control character (U+%2) at character %3; "
                                                "write it as plain text on one line")
                                       .arg(fieldName(field), code(c), at()));
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return Status::failure(Messages::tr("%1 holds a character that changes the direction of the text "
                                                "around it (U+%2) at character %3; Rater sets the direction of "
                                                "names itself")
                                       .arg(fieldName(field), code(c), at()));
    }
    return Done{};
}

Status checkDate(const QDate &date)
{
    if (date >= earliestDate() && date <= latestDate())
        return Done{};
    return Status::failure(Messages::tr("%1 is outside the dates Rater keeps, %2 to %3")
                               .arg(date.toString(Qt::ISODate), earliestDate().toString(Qt::ISODate),
                                    latestDate().toString(Qt::ISODate)));
}

Status checkEntry(const NewAssessment &assessment)
{
    for (const auto &[field, text] : {std::pair{Field::Team, &assessment.team},
                                      std::pair{Field::Respondent, &assessment.respondent},
                                      std::pair{Field::WorkshopTitle, &assessment.workshopTitle}}) {
        if (Status allowed = checkText(field, *text); !allowed)
            return allowed;
    }
    return checkDate(assessment.date);
}

Status checkEntry(const NewWorkshop &workshop)
{
    for (const auto &[field, text] : {std::pair{Field::WorkshopTitle, &workshop.title},
                                      std::pair{Field::Facilitator, &workshop.facilitator},
                                      std::pair{Field::Team, &workshop.team}}) {
        if (Status allowed = checkText(field, *text); !allowed)
            return allowed;
    }
    return checkDate(workshop.date);
}

Status checkEntry(const NewAction &action)
{
    if (action.text.trimmed().isEmpty())
        return Status::failure(Messages::tr("the action's text is empty; say what will be done"));
    for (const auto &[field, text] : {std::pair{Field::Team, &action.team},
                                      std::pair{Field::ActionText, &action.text},
                                      std::pair{Field::ActionOwner, &action.owner}}) {
        if (Status allowed = checkText(field, *text); !allowed)
            return allowed;
    }
    if (action.due.isValid()) {
        if (Status allowed = checkDate(action.due); !allowed)
            return allowed;
    }
    return checkDate(action.created);
}

} // namespace rater::limits
