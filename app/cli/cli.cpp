#include "cli.h"

#include "terminaltext.h"

#include "command.h"

#include "settings/identity.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString languageOption = u"lang"_s;
const QString databaseOption = u"db"_s;
const QString formatOption = u"format"_s;

QString dashed(const QString &name)
{
    return u"--"_s + name;
}

// "a, b or c", in the language's words.
QString alternatives(const QStringList &words)
{
    if (words.size() < 2)
        return words.value(0);
    return Messages::tr("%1 or %2").arg(words.mid(0, words.size() - 1).join(u", "_s), words.last());
}

// Every option that takes a value, in any command: the words that follow them
// are values, never command words nor answers.
QStringList valueOptions()
{
    QStringList names{dashed(languageOption), dashed(databaseOption), dashed(formatOption)};
    for (const Command &command : commands()) {
        for (const Option &option : command.options) {
            if (!option.valueName.isEmpty())
                names << dashed(option.name);
        }
    }
    names.removeDuplicates();
    return names;
}

// The value of --lang wherever it stands, so that even messages about the
// other arguments come in the chosen language.
std::optional<QString> findLanguage(const QStringList &arguments)
{
    std::optional<QString> found;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if (a == dashed(languageOption) && i + 1 < arguments.size())
            found = arguments.at(++i);
        else if (a.startsWith(dashed(languageOption) + u'='))
            found = a.mid(languageOption.size() + 3);
    }
    return found;
}

// Where the words of the command stand among the arguments: the first words
// that are neither options nor an option's value.
std::vector<qsizetype> wordPositions(const QStringList &arguments, qsizetype count)
{
    static const QStringList withValues = valueOptions();
    std::vector<qsizetype> positions;
    for (qsizetype i = 1; i < arguments.size() && qsizetype(positions.size()) < count; ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if (withValues.contains(a))
            ++i;
        else if (!a.startsWith(u'-'))
            positions.push_back(i);
    }
    return positions;
}

// The command the arguments name, with the positions of its words; or a
// refusal. A word such as "workshop" names a group: the next word chooses.
Expected<std::pair<const Command *, std::vector<qsizetype>>> findCommand(const QStringList &arguments)
{
    using Found = Expected<std::pair<const Command *, std::vector<qsizetype>>>;
    const std::vector<qsizetype> words = wordPositions(arguments, 2);
    if (words.empty())
        return Found::failure(Messages::tr("no command given; run \"rater-cli --help\" for the commands"));
    const QString &first = arguments.at(words.front());
    QStringList group;
    for (const Command &command : commands()) {
        if (command.name == first)
            return std::pair{&command, std::vector<qsizetype>{words.front()}};
        if (command.name.startsWith(first + u' '))
            group << command.name.mid(first.size() + 1);
    }
    if (group.isEmpty())
        return Found::failure(Messages::tr("unknown command \"%1\"; run \"rater-cli --help\" for the commands")
                                  .arg(first));
    if (words.size() == 2) {
        const QString name = first + u' ' + arguments.at(words.back());
        for (const Command &command : commands()) {
            if (command.name == name)
                return std::pair{&command, words};
        }
    }
    return Found::failure(Messages::tr("use %1; for example rater-cli %2 --help")
                              .arg(alternatives(QStringList(group).replaceInStrings(
                                       QRegularExpression(u"^"_s), first + u' ')),
                                   first + u' ' + group.first()));
}

// The command's own arguments, behind the program's name. A number such as
// "-1,2,3" would be taken for an option: it goes behind "--" so that it
// reaches the command as an argument. An option's value stays where it is,
// whatever it starts with: --team -3 names the team "-3".
QStringList commandArguments(const QStringList &arguments, const std::vector<qsizetype> &words)
{
    static const QStringList withValues = valueOptions();
    static const QRegularExpression negative(u"^-\\d"_s);
    QStringList options{arguments.first()};
    QStringList numbers;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (std::find(words.begin(), words.end(), i) != words.end())
            continue;
        const QString &a = arguments.at(i);
        if (a == u"--"_s) {
            options << arguments.mid(i);
            break;
        }
        if (withValues.contains(a) && i + 1 < arguments.size()) {
            options << a << arguments.at(++i);
            continue;
        }
        (negative.match(a).hasMatch() ? numbers : options) << a;
    }
    if (!numbers.isEmpty())
        options << (options.contains(u"--"_s) ? QStringList() : QStringList{u"--"_s}) << numbers;
    return options;
}

QString databaseDescription()
{
    return Messages::tr("the database file (default: %1)").arg(QDir::toNativeSeparators(Database::defaultPath()));
}

// Two columns: names, then what they mean.
QString columns(const std::vector<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[name, text] : rows)
        width = std::max(width, name.size());
    QString result;
    for (const auto &[name, text] : rows)
        result += u"  "_s + name.leftJustified(width + 2) + text + u'\n';
    return result;
}

QString commandLine(const Command &command)
{
    return command.positional ? command.name + u' ' + command.positional->name : command.name;
}

QString programHelp()
{
    std::vector<std::pair<QString, QString>> rows;
    for (const Command &command : commands())
        rows.emplace_back(commandLine(command), translated(command.summary));
    return Messages::tr("Usage: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]") + u"\n\n"_s
           + Messages::tr("Commands:") + u'\n' + columns(rows) + u'\n'
           + Messages::tr("Commands that read or write results take --db FILE to choose the database.") + u"\n\n"_s
           + Messages::tr("Run \"rater-cli COMMAND --help\" for a command's options.") + u'\n';
}

QString optionText(const Option &option)
{
    QString text = translated(option.description);
    if (text.contains(u"%1"_s))
        text = text.arg(option.defaultValue);
    if (option.required)
        text += u' ' + Messages::tr("(required)");
    return text;
}

QString commandHelp(const Command &command)
{
    QString text = Messages::tr("Usage: %1").arg(commandUsage(command)) + u"\n\n"_s + translated(command.summary)
                   + u"\n\n"_s;
    if (command.positional) {
        text += Messages::tr("Argument:") + u'\n'
                + columns({{command.positional->name, translated(command.positional->description)}}) + u'\n';
    }
    return text + Messages::tr("Options:") + u'\n' + columns(optionRows(command));
}

void addOptions(QCommandLineParser &parser, const Command &command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Option &option : command.options) {
        if (option.valueName.isEmpty())
            parser.addOption({option.name, QString()});
        else
            parser.addOption({option.name, QString(), option.valueName, option.defaultValue});
    }
    if (!command.formats.isEmpty())
        parser.addOption({formatOption, QString(), u"FORMAT"_s, command.formats.first()});
    if (command.usesDatabase)
        parser.addOption({databaseOption, QString(), u"FILE"_s});
    parser.addOption({languageOption, QString(), u"LANG"_s});
    parser.addOption({{u"h"_s, u"help"_s}, QString()});
}

// What every command's arguments must satisfy before it runs.
std::optional<QString> checkArguments(const Command &command, const QCommandLineParser &parser)
{
    for (const Option &option : command.options) {
        const QString value = parser.value(option.name);
        if (option.required && value.trimmed().isEmpty())
            return Messages::tr("%1 is missing; give it with %1 %2").arg(dashed(option.name), option.valueName);
        if (!option.choices.isEmpty() && parser.isSet(option.name) && !option.choices.contains(value))
            return Messages::tr("unknown %1 \"%2\"; use %3").arg(option.name, value, alternatives(option.choices));
    }
    if (!command.formats.isEmpty() && !command.formats.contains(parser.value(formatOption)))
        return Messages::tr("unknown format \"%1\"; use %2")
            .arg(parser.value(formatOption), alternatives(command.formats));
    const QStringList positional = parser.positionalArguments();
    if (!command.positional && !positional.isEmpty())
        return Messages::tr("%1 takes no arguments besides its options; got \"%2\"")
            .arg(command.name, positional.join(u' '));
    if (command.positional && positional.size() < command.positional->least)
        return Messages::tr("%1 is missing: %2; run \"rater-cli %3 --help\" for more")
            .arg(command.positional->name, translated(command.positional->description), command.name);
    if (command.positional && command.positional->most == 1 && positional.size() > 1)
        return Messages::tr("%1 must be one argument; got %2. Put it in quotes, or leave out the spaces")
            .arg(command.positional->name, QLocale().toString(positional.size()));
    if (command.positional && command.positional->most > 1 && positional.size() > command.positional->most)
        return Messages::tr("%1 takes %2 arguments, %3; got %4. Put a name with spaces in quotes")
            .arg(command.name, QLocale().toString(command.positional->most), command.positional->name,
                 QLocale().toString(positional.size()));
    return std::nullopt;
}

ExitStatus report(QTextStream &err, const Outcome &outcome)
{
    if (!outcome.message().isEmpty())
        err << "rater-cli: " << outcome.message() << Qt::endl;
    return outcome.status();
}

} // namespace

QString commandUsage(const Command &command)
{
    QString usage = u"rater-cli "_s + command.name + u" [OPTIONS]"_s;
    if (command.positional)
        usage += u' ' + command.positional->name;
    return usage;
}

std::vector<std::pair<QString, QString>> optionRows(const Command &command)
{
    std::vector<std::pair<QString, QString>> rows;
    for (const Option &option : command.options)
        rows.emplace_back(QString(dashed(option.name) + u' ' + option.valueName).trimmed(), optionText(option));
    if (!command.formats.isEmpty())
        rows.emplace_back(dashed(formatOption) + u' ' + command.formats.join(u'|'),
                          Messages::tr("the output format (default: %1)").arg(command.formats.first()));
    if (command.usesDatabase)
        rows.emplace_back(dashed(databaseOption) + u" FILE"_s, databaseDescription());
    rows.emplace_back(dashed(languageOption) + u" en|ar|fa"_s, Messages::tr("the language of the output"));
    rows.emplace_back(u"-h, --help"_s, Messages::tr("show this help"));
    return rows;
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (auto group : {scoreCommands, storageCommands, correctionCommands, historyCommands, actionCommands,
                           workshopCommands, reportCommands, organisationCommands}) {
            for (Command &command : group())
                list.push_back(std::move(command));
        }
        return list;
    }();
    return all;
}

int run(const QStringList &arguments, Streams streams)
{
    Translations translations;
    Language language = Language::English;
    const std::optional<QString> code = findLanguage(arguments);
    if (code) {
        const std::optional<Language> chosen = languageFromCode(*code);
        if (!chosen)
            return report(streams.err, Outcome::refused(Messages::tr("unknown language \"%1\"; use en, ar or fa")
                                                            .arg(*code)));
        language = *chosen;
    }
    translations.install(language);

    // Help and version for the program as a whole come before any command word.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(u'-'))
            break;
        if (a == u"-h"_s || a == u"--help"_s) {
            streams.out << programHelp();
            return Success;
        }
        if (a == u"--version"_s) {
            streams.out << "rater-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return Success;
        }
        if (valueOptions().contains(a))
            ++i;
    }
    const auto found = findCommand(arguments);
    if (!found)
        return report(streams.err, Outcome::refused(found.error()));
    const Command &command = *found->first;

    QCommandLineParser parser;
    addOptions(parser, command);
    if (!parser.parse(commandArguments(arguments, found->second)))
        return report(streams.err, Outcome::refused(parser.errorText().replace(u'\n', u' ')));
    if (parser.isSet(u"help"_s)) {
        streams.out << commandHelp(command);
        return Success;
    }
    if (const std::optional<QString> refusal = checkArguments(command, parser))
        return report(streams.err, Outcome::refused(*refusal));
    if (command.paints && !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return report(streams.err, Outcome::refused(Messages::tr("%1 draws, and needs the graphics libraries; "
                                                                 "run it as rater-cli %1")
                                                        .arg(command.name)));
    Context context(command, parser, language, code.has_value(), streams);
    return report(streams.err, command.run(context));
}

int start(int argc, char *argv[])
{
    // A command that draws (charts, a PDF) gets a QApplication on the
    // offscreen platform, so that no display is needed; every other command
    // runs on a bare QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto found = findCommand(arguments);
    const bool paints = found && found->first->paints;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    nameApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    // Data written to standard output as bytes (an export) bypasses these streams.
    QFile standardOutput;
    QFile standardError;
    standardOutput.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    standardError.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    TerminalText safeOutput(standardOutput);
    TerminalText safeError(standardError);
    QTextStream out(&safeOutput);
    QTextStream err(&safeError);
    const int status = run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return status;
}

} // namespace rater::cli
