#include "cli.h"

#include "command.h"

#include <QCoreApplication>
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
const QStringList globalValueOptions = {u"--lang"_s};

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
        {u"score"_s, scoreCommand},
    };
    const auto command = commands.find(name);
    if (command == commands.end())
        return invocation.refuse(Cli::unknownCommand(name));
    return command->second(invocation);
}

} // namespace rater::cli
