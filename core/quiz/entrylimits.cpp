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
    }
    return {};
}

} // namespace

int maxLength(Field field)
{
    return field == Field::Respondent ? maxCodeLength : maxNameLength;
}

Status checkText(Field field, QStringView text)
{
    const QLocale locale;
    if (text.size() > maxLength(field))
        return Status::failure(Messages::tr("%1 is %2 characters long; it may have at most %3")
                                   .arg(fieldName(field), locale.toString(text.size()),
                                        locale.toString(maxLength(field))));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].category() == QChar::Other_Control)
            return Status::failure(Messages::tr("%1 holds a control character (U+%2) at character %3; "
                                                "write it as plain text on one line")
                                       .arg(fieldName(field))
                                       .arg(text[i].unicode(), 4, 16, QLatin1Char('0'))
                                       .arg(locale.toString(i + 1)));
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

} // namespace rater::limits
