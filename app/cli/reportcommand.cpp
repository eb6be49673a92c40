#include "command.h"

#include "questionnaire/loader.h"
#include "storage/database.h"
#include "workshop/groupsummary.h"
#include "workshopreport.h"

#include <QApplication>
#include <QDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

int reportCommand(const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Report::tr("Writes a workshop's report as a PDF, without a display."));
    const QCommandLineOption workshop(u"workshop"_s, Report::tr("the workshop (required)"), u"N"_s);
    const QCommandLineOption out(u"out"_s, Report::tr("the PDF file to write (required)"), u"FILE.pdf"_s);
    const QCommandLineOption threshold(u"min-group"_s, Report::tr("the fewest participants for which figures are "
                                                                  "shown, 2 or more (default: %1)")
                                                           .arg(defaultAnonymityThreshold),
                                       u"N"_s, QString::number(defaultAnonymityThreshold));
    for (const auto &option : {workshop, out, threshold})
        parser.addOption(option);
    int status = Success;
    if (!parseCommandLine(parser, invocation, status))
        return status;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return invocation.refuse(Report::tr("the report needs the graphics libraries; run it as rater-cli report …"));
    const std::optional<int> id = parseLocalizedInt(parser.value(workshop).trimmed());
    if (!id)
        return invocation.refuse(Report::tr("give the workshop with --workshop N"));
    if (!parser.isSet(out))
        return invocation.refuse(Report::tr("give the PDF file with --out FILE.pdf"));
    const std::optional<int> minimum = parseLocalizedInt(parser.value(threshold).trimmed());
    if (!minimum || *minimum < minimumAnonymityThreshold)
        return invocation.refuse(Report::tr("--min-group must be 2 or more; got \"%1\"").arg(parser.value(threshold)));
    auto database = Database::open(databasePath(parser));
    if (!database)
        return invocation.refuse(database.error());
    const Expected<Workshop> workshopFound = database.value()->workshops().find(*id);
    if (!workshopFound)
        return invocation.refuse(workshopFound.error());
    const Workshop &workshopRecord = *workshopFound;
    const QString workshopLanguage = workshopRecord.lang;
    const Questionnaire &q = builtInQuestionnaire();
    const Expected<std::vector<Answers>> participants = database.value()->assessments().workshopAnswers(*id);
    if (!participants)
        return invocation.refuse(participants.error());
    // The workshop's own language, unless --lang chose another.
    Language reportLanguage = invocation.language;
    const QStringList all = QCoreApplication::arguments();
    const bool languageGiven = std::any_of(all.begin(), all.end(), [](const QString &a) {
        return a == u"--lang"_s || a.startsWith(u"--lang="_s);
    });
    if (!languageGiven)
        reportLanguage = languageFromCode(workshopLanguage).value_or(invocation.language);
    // The report's catalog and locale are the report's language's, whatever --lang chose for messages.
    Translations translations;
    translations.install(reportLanguage);
    const reports::WorkshopReport report({&q, workshopRecord.title, workshopRecord.date,
                                          summarizeGroup(q, *participants, *minimum), *minimum, reportLanguage,
                                          calendarFor(CalendarChoice::Automatic, reportLanguage)});
    const Status written = report.writePdf(parser.value(out));
    if (!written)
        return invocation.refuse(written.error());
    invocation.streams.out << Report::tr("Wrote the report of \"%1\" to %2.")
                                  .arg(workshopRecord.title, QDir::toNativeSeparators(parser.value(out)))
                           << Qt::endl;
    return Success;
}

} // namespace rater::cli
