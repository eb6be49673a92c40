#include "cli.h"

#include "command.h"

#include "questionnaire/loader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString usage()
    {
        return tr("Usage: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  score ANSWERS   score one set of answers, given as comma-separated numbers\n"
                  "  record ANSWERS  store one assessment (--team NAME)\n"
                  "  list            list stored assessments with their scores\n"
                  "  import FILE     import assessments from a .csv or .json file, all or nothing\n"
                  "  export          export assessments as csv, json or xlsx\n"
                  "  check           check the database for damage\n"
                  "  backup          write a consistent copy of the database (--out FILE)\n"
                  "  demo            write demo data into a new database\n"
                  "  history         a team's mean scores per period (--team NAME)\n"
                  "  compare         every team's mean scores for one period (--period LABEL-or-DATE)\n"
                  "  workshop        create a workshop, add or import participants, print its summary\n"
                  "  report          write a workshop's report as a PDF (--workshop N --out FILE.pdf)\n"
                  "\n"
                  "Every command takes --db PATH to choose the database file.\n"
                  "\n"
                  "Run \"rater-cli COMMAND --help\" for a command's options.\n");
    }
    static QString noCommand() { return tr("no command given; run \"rater-cli --help\" for the commands"); }
    static QString unknownCommand(const QString &name)
    {
        return tr("unknown command \"%1\"; run \"rater-cli --help\" for the commands").arg(name);
    }
    static QString unknownLanguage(const QString &code)
    {
        return tr("unknown language \"%1\"; use en, ar or fa").arg(code);
    }
};

// Options that take a value and may stand before the command word.
const QStringList globalValueOptions = {u"--lang"_s, u"--db"_s};

// The value of --lang wherever it stands, so that even messages about the
// other arguments come in the chosen language.
std::optional<QString> findLanguage(const QStringList &arguments)
{
    std::optional<QString> found;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if (a == u"--lang"_s && i + 1 < arguments.size())
            found = arguments.at(i + 1);
        else if (a.startsWith(u"--lang="_s))
            found = a.mid(7);
    }
    return found;
}

// An answer list such as "-1,2,3" would be taken for an option; move such
// arguments behind "--" so they reach the command as what they are.
QStringList protectNegativeNumbers(const QStringList &arguments)
{
    static const QRegularExpression negative(u"^-\\d"_s);
    if (arguments.contains(u"--"_s))
        return arguments;
    QStringList options;
    QStringList numbers;
    for (const QString &a : arguments)
        (negative.match(a).hasMatch() ? numbers : options) << a;
    if (numbers.isEmpty())
        return arguments;
    return options + QStringList{u"--"_s} + numbers;
}

} // namespace

int Invocation::refuse(const QString &message) const
{
    streams.err << "rater-cli: " << message << Qt::endl;
    return BadInput;
}

bool parseCommandLine(QCommandLineParser &parser, const Invocation &invocation, int &status)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"lang"_s, QCoreApplication::translate("Cli", "language of the output: en, ar or fa"),
                      u"en|ar|fa"_s, u"en"_s});
    parser.addOption({u"db"_s, QCoreApplication::translate("Cli", "database file (default: %1)")
                                   .arg(QDir::toNativeSeparators(Database::defaultPath())),
                      u"PATH"_s});
    const QCommandLineOption help({u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "show this help"));
    parser.addOption(help);
    if (!parser.parse(invocation.arguments)) {
        status = invocation.refuse(parser.errorText().replace(u'\n', u' '));
        return false;
    }
    if (parser.isSet(help)) {
        invocation.streams.out << parser.helpText();
        status = Success;
        return false;
    }
    return true;
}

const Questionnaire &builtInQuestionnaire()
{
    static const Questionnaire q = loadBuiltInQuestionnaire(defaultQuestionnaireId()).value();
    return q;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::prepareDefaultPath();
}

int run(const QStringList &arguments, Streams streams)
{
    Translations translations;
    Language language = Language::English;
    if (const auto code = findLanguage(arguments)) {
        const auto chosen = languageFromCode(*code);
        if (!chosen) {
            streams.err << "rater-cli: " << Cli::unknownLanguage(*code) << Qt::endl;
            return BadInput;
        }
        language = *chosen;
    }
    translations.install(language);

    // The command word is the first argument that is neither an option nor an option's value.
    qsizetype commandAt = -1;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (globalValueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (a == u"-h"_s || a == u"--help"_s) {
            streams.out << Cli::usage();
            return Success;
        }
        if (a == u"--version"_s) {
            streams.out << "rater-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (!a.startsWith(u'-')) {
            commandAt = i;
            break;
        }
    }
    if (commandAt < 0) {
        streams.err << "rater-cli: " << Cli::noCommand() << Qt::endl;
        return BadInput;
    }

    const QString name = arguments.at(commandAt);
    QStringList rest = arguments;
    rest.removeAt(commandAt);
    rest[0] = u"rater-cli "_s + name;
    const Invocation invocation{protectNegativeNumbers(rest), language, streams};

    static const std::map<QString, std::function<int(const Invocation &)>> commands = {
        {u"score"_s, scoreCommand},   {u"record"_s, recordCommand}, {u"list"_s, listCommand},
        {u"import"_s, importCommand}, {u"export"_s, exportCommand}, {u"check"_s, checkCommand},
        {u"backup"_s, backupCommand}, {u"demo"_s, demoCommand},       {u"history"_s, historyCommand},
        {u"compare"_s, compareCommand}, {u"workshop"_s, workshopCommand}, {u"report"_s, reportCommand},
    };
    const auto command = commands.find(name);
    if (command == commands.end())
        return invocation.refuse(Cli::unknownCommand(name));
    return command->second(invocation);
}

} // namespace rater::cli
