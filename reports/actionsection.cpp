#include "actionsection.h"

#include "storage/database.h"

#include <QCoreApplication>

namespace rater::reports {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ActionsSection)
};

} // namespace

QString actionVerdict(const ActionReview &review, const QString &dimensionName, const QLocale &locale)
{
    const auto signedNumber = [&locale](double value) -> QString {
        return isolate((value > 0 ? locale.positiveSign() : QString()) + locale.toString(value, 'f', 1));
    };
    switch (review.kind) {
    case ActionReview::Kind::RealIncrease:
    case ActionReview::Kind::RealDecrease:
        return Text::tr("%1 %2 (real)").arg(dimensionName, signedNumber(*review.change));
    case ActionReview::Kind::Noise:
        return Text::tr("≈ within the noise (%1 %2)").arg(dimensionName, signedNumber(*review.change));
    case ActionReview::Kind::Insufficient:
        break;
    }
    return Text::tr("Not enough assessments yet");
}

Expected<ActionsSection> actionsSectionOf(const Database &database, const QString &team,
                                          const Questionnaire &questionnaire, Language language,
                                          const QCalendar &calendar)
{
    ActionsSection section{&questionnaire, {}, {}, language, calendar, QDate::currentDate()};
    const Status read = database.actions().forEach({team, std::nullopt}, [&section](const Action &a) -> Status {
        section.actions.push_back(a);
        return Done{};
    });
    if (!read)
        return Expected<ActionsSection>::failure(read.error());
    const Expected<std::vector<DaySums>> days = teamDaySums(database.assessments(), team, questionnaire);
    if (!days)
        return Expected<ActionsSection>::failure(days.error());
    section.periods = aggregateDays(*days, questionnaire, PeriodScheme{calendar, PeriodKind::Quarter, 1});
    return section;
}

QString actionsHtml(const ActionsSection &section)
{
    const Questionnaire &q = *section.questionnaire;
    const QString lang = languageCode(section.language);
    const QLocale locale = localeFor(section.language);
    const auto date = [&](const QDate &day) { return formatDate(day, locale, section.calendar, QLocale::ShortFormat); };
    const auto name = [&](const QString &id) { return q.dimensionName(id, lang); };
    QString open;
    QString done;
    for (const Action &a : section.actions) {
        const QString owner = a.owner.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.owner.toHtmlEscaped());
        if (a.state == Action::State::Open) {
            QString when;
            if (a.due.isValid())
                when = QStringLiteral(" — ")
                       + (a.overdue(section.today) ? QStringLiteral("<b>%1</b>").arg(Text::tr("overdue since %1").arg(date(a.due)))
                                                   : Text::tr("due %1").arg(date(a.due)));
            open += QStringLiteral("<li><b>%1:</b> %2%3%4</li>")
                        .arg(name(a.dimension).toHtmlEscaped(), a.text.toHtmlEscaped(), owner, when);
        } else if (a.state == Action::State::Done) {
            const ActionReview review = reviewAction(a.closed, section.periods, q.dimensionIndex(a.dimension));
            done += QStringLiteral("<li><b>%1:</b> %2%3 — %4. %5</li>")
                        .arg(name(a.dimension).toHtmlEscaped(), a.text.toHtmlEscaped(), owner,
                             Text::tr("done %1").arg(date(a.closed)),
                             actionVerdict(review, name(a.dimension), locale).toHtmlEscaped());
        }
    }
    if (open.isEmpty() && done.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(Text::tr("Actions").toHtmlEscaped());
    if (!open.isEmpty())
        html += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(Text::tr("Open:").toHtmlEscaped(), open);
    if (!done.isEmpty())
        html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                    .arg(Text::tr("Done, and whether the dimension they aimed at really moved (the last quarter "
                                  "before against the first after, with a 95% interval):")
                             .toHtmlEscaped(),
                         done);
    return html;
}

} // namespace rater::reports
