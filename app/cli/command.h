#pragma once

// The shape every rater-cli command has: a name, a one-line summary, its
// options, and a function that runs it. Parsing, help, the shared options
// (--lang, --db, --format), opening the database, the "rater-cli: " prefix and
// the exit statuses live in cli.cpp and context.cpp, once for all commands.

#include "cli.h"
#include "expected/expected.h"
#include "i18n/language.h"
#include "organisation/address.h"
#include "questionnaire/questionnaire.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QCommandLineParser;

namespace rater {
class Database;
namespace organisation {
class OrganisationStore;
}
namespace storage {
class FileResults;
class Results;
}
}

namespace rater::cli {

// Texts of commands and options are marked with QT_TRANSLATE_NOOP("Commands", …)
// and translated when they are shown.
QString translated(const char *text);

struct Option
{
    QString name;              // without dashes: "team"
    QString valueName;         // "NAME"; empty for a switch, which takes no value
    const char *description;   // may hold %1, replaced by the default
    QString defaultValue = {}; // used when the option is not given
    bool required = false;
    QStringList choices = {};  // when set, the only values accepted
};

// The arguments a command may take besides its options: one, unless
// `least` and `most` say otherwise (most 0: any number).
struct Positional
{
    QString name;            // "ANSWERS", "ID…"
    const char *description;
    int least = 1;
    int most = 1;
};

// How a command ends. A refusal (bad arguments, answers or files) exits with
// 2, a failure (the command ran and found a problem) with 1; their message is
// printed once, on standard error, after "rater-cli: ".
class Outcome
{
public:
    static Outcome done() { return Outcome(Success, {}); }
    static Outcome refused(QString message) { return Outcome(BadInput, std::move(message)); }
    static Outcome failed(QString message) { return Outcome(Failure, std::move(message)); }
    // Ends with `status` after the command has printed what it found (check's report).
    static Outcome withStatus(ExitStatus status) { return Outcome(status, {}); }

    ExitStatus status() const { return m_status; }
    const QString &message() const { return m_message; }

private:
    Outcome(ExitStatus status, QString message) : m_status(status), m_message(std::move(message)) {}

    ExitStatus m_status;
    QString m_message;
};

class Context;

struct Command
{
    QString name;                          // "record", or two words: "workshop create"
    const char *summary;                   // one line, for both kinds of help
    std::vector<Option> options = {};
    std::optional<Positional> positional = {};
    QStringList formats = {};              // the values --format takes, the default first; none: no --format
    bool usesDatabase = false;             // takes --db
    bool paints = false;                   // draws (charts, a PDF): runs on the offscreen platform
    std::function<Outcome(Context &)> run;
};

// Every command, in the order help lists them.
const std::vector<Command> &commands();

// What a command's help and the manual page show of it: its usage line, and
// its options with what each means, the shared ones included.
QString commandUsage(const Command &command);
std::vector<std::pair<QString, QString>> optionRows(const Command &command);

std::vector<Command> scoreCommands();
std::vector<Command> storageCommands();
std::vector<Command> historyCommands();
std::vector<Command> workshopCommands();
std::vector<Command> reportCommands();
std::vector<Command> correctionCommands();
std::vector<Command> actionCommands();
std::vector<Command> organisationCommands();
// rater-cli import of a bundle (organisation::isBundle()) into the organisation's store.
Outcome importBundle(Context &context);

// What a running command is given: its parsed arguments, the language, the
// output streams and, on request, its database.
class Context
{
public:
    Context(const Command &command, const QCommandLineParser &parser, Language language, bool languageChosen,
            Streams streams);
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    // An option's value as given, or its default.
    QString value(const QString &option) const;
    // Every value of an option given several times.
    QStringList values(const QString &option) const;
    bool isSet(const QString &option) const;
    // The command's one argument; empty when it takes none.
    QString positional() const;
    // All of them, for a command that takes several.
    QStringList positionals() const;
    // The value of --format, or the command's default format.
    QString format() const;

    Language language() const { return m_language; }
    QString lang() const { return languageCode(m_language); }
    // Whether --lang was given, rather than English by default.
    bool languageChosen() const { return m_languageChosen; }

    QTextStream &out() const { return m_streams.out; }
    QTextStream &err() const { return m_streams.err; }
    // UTF-8 text written to out() as it is, without a round trip through
    // QString: what long listings write row by row.
    void writeOut(QByteArrayView utf8) const;

    // The database named by --db, or the user's default one; opened on the
    // first call, the same one after.
    Expected<Database *> database();
    QString databasePath() const;
    // The organisation store named by --db, which must be a postgresql:// URL.
    Expected<organisation::StoreAddress> storeAddress() const;
    // Whether --db names the organisation's store rather than a database file.
    bool onStore() const;
    // The store --db names, connected on the first call, the same one after.
    Expected<organisation::OrganisationStore *> store();
    // Where --db keeps results, file or store: opened or connected as above.
    Expected<storage::Results *> results();
    // Why results() gave none: a refusal (exit 2) of a database file that
    // cannot be opened, a failure (exit 1) of a store that cannot be reached.
    Outcome unavailable(const QString &why) const;
    // Why a record or a workshop was not written: in the store, most often
    // a refusal of the login's rights (exit 2); in a file, a failure (exit 1).
    Outcome notWritten(const QString &why) const;

    // Values in the forms several commands take; a refusal names the option.
    Expected<int> integer(const QString &option, int minimum) const;
    // The day given, YYYY-MM-DD, or today when the option is not set.
    Expected<QDate> date(const QString &option) const;

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    Language m_language;
    bool m_languageChosen;
    Streams m_streams;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<organisation::OrganisationStore> m_store;
    std::unique_ptr<storage::FileResults> m_fileResults;
};

// The built-in RATER questionnaire, loaded once.
const Questionnaire &builtInQuestionnaire();

} // namespace rater::cli
