#pragma once

#include "cli.h"
#include "i18n/language.h"
#include "questionnaire/questionnaire.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace rater::cli {

// What every command receives: its own arguments (command word removed),
// the chosen language and the output streams.
struct Invocation
{
    QStringList arguments;
    Language language = Language::English;
    Streams streams;

    // Reports `message` as the single line on standard error and returns BadInput.
    int refuse(const QString &message) const;
};

// Sets up the options every command shares (--lang, --help) and parses.
// Returns false, having reported the reason, when the arguments are refused;
// `status` then holds the exit status (Success for --help).
bool parseCommandLine(QCommandLineParser &parser, const Invocation &invocation, int &status);

// The built-in RATER questionnaire, loaded once.
const Questionnaire &builtInQuestionnaire();

// The database named by --db, or the default one.
QString databasePath(const QCommandLineParser &parser);

int scoreCommand(const Invocation &invocation);
int recordCommand(const Invocation &invocation);
int listCommand(const Invocation &invocation);
int importCommand(const Invocation &invocation);
int exportCommand(const Invocation &invocation);
int checkCommand(const Invocation &invocation);
int backupCommand(const Invocation &invocation);
int demoCommand(const Invocation &invocation);
int historyCommand(const Invocation &invocation);
int compareCommand(const Invocation &invocation);
int workshopCommand(const Invocation &invocation);
int reportCommand(const Invocation &invocation);

} // namespace rater::cli
