#include "command.h"

#include "questionnaire/loader.h"
#include "storage/results.h"
#include "workshop/groupsummary.h"
#include "workshopreport.h"
#include "actionsection.h"
#include "storage/database.h"
#include "workshop/participants.h"

#include <QDir>


using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

Outcome report(Context &context)
{
    const Expected<int> minimum = context.integer(u"min-group"_s, minimumAnonymityThreshold);
    if (!minimum)
        return Outcome::refused(minimum.error());
    const Expected<int> id = context.integer(u"workshop"_s, 1);
    if (!id)
        return Outcome::refused(id.error());
    const Expected<storage::Results *> results = context.results();
    if (!results)
        return context.unavailable(results.error());
    const Expected<Workshop> workshop = (*results)->workshop(*id);
    if (!workshop)
        return Outcome::refused(workshop.error());
    const Questionnaire &q = builtInQuestionnaire();
    const Expected<std::vector<Answers>> participants = (*results)->workshopAnswers(*id);
    if (!participants)
        return Outcome::failed(participants.error());
    // The workshop's own language, unless --lang chose another; the report's
    // catalog and locale are the report's language's.
    const Language reportLanguage = context.languageChosen()
                                        ? context.language()
                                        : languageFromCode(workshop->lang).value_or(context.language());
    Translations translations;
    translations.install(reportLanguage);
    const QCalendar calendar = calendarFor(CalendarChoice::Automatic, reportLanguage);
    // The workshop's team's actions, kept in a laptop's file.
    QString actions;
    if (!context.onStore()) {
        const Expected<QString> team = actionsTeam(**results, *workshop);
        if (!team)
            return Outcome::failed(team.error());
        const Expected<reports::ActionsSection> section =
            reports::actionsSectionOf(**context.database(), *team, q, reportLanguage, calendar);
        if (!section)
            return Outcome::failed(section.error());
        actions = reports::actionsHtml(*section);
    }
    const reports::WorkshopReport document({&q, workshop->title, workshop->date,
                                            summarizeGroup(q, *participants, *minimum), *minimum, reportLanguage,
                                            calendar, actions});
    const QString out = context.value(u"out"_s);
    if (const Status written = document.writePdf(out); !written)
        return Outcome::refused(written.error());
    context.out() << Report::tr("Wrote the report of \"%1\" to %2.")
                         .arg(workshop->title, QDir::toNativeSeparators(out))
                  << Qt::endl;
    return Outcome::done();
}

} // namespace

std::vector<Command> reportCommands()
{
    return {{
        .name = u"report"_s,
        .summary = QT_TRANSLATE_NOOP("Commands", "write a workshop's report as a PDF, without a display"),
        .options = {{u"workshop"_s, u"N"_s, QT_TRANSLATE_NOOP("Commands", "the workshop"), {}, true},
                    {u"out"_s, u"FILE.pdf"_s, QT_TRANSLATE_NOOP("Commands", "the PDF file to write"), {}, true},
                    {u"min-group"_s, u"N"_s,
                     QT_TRANSLATE_NOOP("Commands", "the fewest participants for which figures are shown, 2 or more "
                                                   "(default: %1)"),
                     QString::number(defaultAnonymityThreshold)}},
        .usesDatabase = true,
        .paints = true,
        .run = report,
    }};
}

} // namespace rater::cli
