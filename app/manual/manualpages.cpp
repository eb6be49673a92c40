#include "manualpages.h"

#include "command.h"
#include "commandline.h"
#include "datafiles/datafiles.h"
#include "roff.h"
#include "settings/identity.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rater::manual {
namespace {

const QString source = u"Rater "_s + QStringLiteral(RATER_VERSION);
const QString date = QStringLiteral(RATER_RELEASE_DATE);

// Paths under the home folder of whoever builds the pages are written as ~/….
QString portable(QString text)
{
    return text.replace(QDir::homePath() + u'/', u"~/"_s);
}

void filesSection(Roff &page)
{
    page.section(u"FILES"_s);
    page.item(portable(Database::defaultPath()),
        u"The database the programs use when no other is chosen: an SQLite file of results, workshops "
        u"and actions."_s);
    page.item(u"~/.config/Rater/Rater.conf"_s,
        u"The desktop app's settings: the language and calendar, "
        u"the recent databases, the questionnaire in use and the "
        u"organisation store's address, never its password."_s);
    page.item(u"/usr/share/rater/questionnaires/"_s,
        u"The questionnaires that come with Rater, by id (rater.json is the default). Both programs "
        u"look for them in ../share/rater beside their own folder, so an installation under another "
        u"root finds its own."_s);
    page.item(u"/usr/share/rater/translations/"_s, u"The Arabic and Persian translations."_s);
}

void seeAlso(Roff &page, const QString &other)
{
    page.section(u"SEE ALSO"_s);
    page.paragraph(
        other + u"(1). The user guide: Help, User Guide in the desktop app, or "_s + u"/usr/share/rater/guide/."_s);
}

// NAME and SYNOPSIS, then the DESCRIPTION heading: how every page opens.
Roff openPage(const QString &name, const QString &summary, const QStringList &synopses)
{
    Roff page(name, 1, date, source);
    page.section(u"NAME"_s);
    page.paragraph(name + u" - "_s + summary);
    page.section(u"SYNOPSIS"_s);
    for (const QString &line : synopses)
        page.command(line);
    page.section(u"DESCRIPTION"_s);
    return page;
}

Status writePage(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Status::failure(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return Done {};
}

} // namespace

QString desktopManualPage()
{
    Roff page = openPage(u"rater"_s, u"the RATER customer-service self-assessment, as a desktop app"_s,
                         {u"rater [--db PATH|URL] [--demo]"_s, u"rater --help | --version"_s});
    page.paragraph(u"Rater asks 17 questions about how a team serves its customers, each answered on a scale "
                   u"from 1 to 5. It adds the answers up to a total between 17 and 85, places the total in one of "
                   u"three bands, and shows how the team does on each of the five RATER dimensions: Reliability, "
                   u"Assurance, Tangibles, Empathy and Responsiveness."_s);
    page.paragraph(u"Results are kept in a database file on this computer and charted over time. Trainers "
                   u"run workshops with many participants; managers compare teams and quarters, also across "
                   u"an organisation's PostgreSQL store. Teams plan actions on their weakest dimensions and "
                   u"see whether the next assessments moved."_s);
    page.paragraph(u"Rater speaks English, Arabic and Persian, with right-to-left layouts, each language's "
                   u"digits, and the Persian calendar. The language is chosen in the View menu and changes "
                   u"at once."_s);
    page.section(u"OPTIONS"_s);
    const gui::DesktopOptions options;
    for (const QCommandLineOption &option : options.all()) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        QString term = u"--"_s + option.names().constFirst();
        if (!option.valueName().isEmpty())
            term += u' ' + option.valueName();
        page.item(term, option.description());
    }
    page.item(u"-h, --help"_s, u"Lists the options and ends."_s);
    page.item(u"-v, --version"_s, u"Prints the version and ends."_s);
    page.paragraph(u"The options every Qt program takes, such as -platform and -stylesheet, are taken too."_s);
    filesSection(page);
    seeAlso(page, u"rater-cli"_s);
    return page.text();
}

QString commandLineManualPage()
{
    Roff page = openPage(u"rater-cli"_s,
                         u"score, store, chart and exchange RATER customer-service self-assessments from the "
                         u"command line"_s,
                         {u"rater-cli [--lang en|ar|fa] COMMAND [OPTIONS] [ARGUMENTS]"_s,
                          u"rater-cli COMMAND --help"_s, u"rater-cli --help | --version"_s});
    page.paragraph(u"rater-cli does from scripts and on machines without a display what the desktop app "
                   u"rater(1) does: it scores answers, keeps results in a database file, reports and charts "
                   u"them, runs workshops, plans actions, and exchanges results with files and with an "
                   u"organisation's PostgreSQL store. Both programs share the same core, database and files."_s);
    page.paragraph(u"Every command reads its options after its name. A command that reads or writes results "
                   u"takes --db to choose the database; without it, the default database is used."_s);
    page.section(u"OPTIONS"_s);
    page.item(u"--lang en|ar|fa"_s,
        u"The language of everything printed, numbers and dates included. It may "
        u"stand anywhere on the line."_s);
    page.item(u"-h, --help"_s, u"Lists the commands; after a command, that command's options."_s);
    page.item(u"--version"_s, u"Prints the version."_s);
    page.section(u"COMMANDS"_s);
    for (const cli::Command &command : cli::commands()) {
        page.subsection(cli::commandUsage(command));
        page.paragraph(cli::translated(command.summary));
        if (command.positional)
            page.item(command.positional->name, cli::translated(command.positional->description));
        for (const auto &[name, text] : cli::optionRows(command))
            page.item(name, portable(text));
    }
    page.section(u"EXIT STATUS"_s);
    page.item(u"0"_s, u"The command did what it was asked."_s);
    page.item(u"1"_s, u"The command ran and found a problem, such as a damaged database or a failed check."_s);
    page.item(u"2"_s,
        u"The command was refused: its arguments, answers or files were wrong. The message "
        u"on standard error says what and where."_s);
    filesSection(page);
    seeAlso(page, u"rater"_s);
    return page.text();
}

Status writeManualPages(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Status::failure(u"cannot make the folder %1"_s.arg(folder));
    const QDir target(folder);
    if (Status written = writePage(target.filePath(u"rater.1"_s), desktopManualPage()); !written)
        return written;
    return writePage(target.filePath(u"rater-cli.1"_s), commandLineManualPage());
}

} // namespace rater::manual
