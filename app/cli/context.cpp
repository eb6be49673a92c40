#include "command.h"

#include "questionnaire/loader.h"
#include "quiz/entrylimits.h"
#include "scoring/answers.h"
#include "organisation/store.h"
#include "storage/database.h"
#include "storage/fileresults.h"

#include <QCommandLineParser>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

QString translated(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

Context::Context(const Command &command, const QCommandLineParser &parser, Language language, bool languageChosen,
                 Streams streams)
    : m_command(command), m_parser(parser), m_language(language), m_languageChosen(languageChosen),
      m_streams(streams)
{
}

Context::~Context() = default;

void Context::writeOut(QByteArrayView utf8) const
{
    QTextStream &out = m_streams.out;
    if (QIODevice *device = out.device()) {
        out.flush(); // what was written through the stream goes first
        device->write(utf8.data(), utf8.size());
    } else {
        out << QString::fromUtf8(utf8);
    }
}

QString Context::value(const QString &option) const
{
    return m_parser.value(option);
}

QStringList Context::values(const QString &option) const
{
    return m_parser.values(option);
}

bool Context::isSet(const QString &option) const
{
    return m_parser.isSet(option);
}

QString Context::positional() const
{
    const QStringList arguments = m_parser.positionalArguments();
    return arguments.isEmpty() ? QString() : arguments.first();
}

QStringList Context::positionals() const
{
    return m_parser.positionalArguments();
}

QString Context::format() const
{
    return m_command.formats.isEmpty() ? QString() : m_parser.value(u"format"_s);
}

Expected<Database *> Context::database()
{
    if (!m_database) {
        if (organisation::isStoreAddress(databasePath()))
            return Expected<Database *>::failure(
                Messages::tr("rater-cli %1 works on a Rater database file, not on the organisation store (%2)")
                    .arg(m_command.name, databasePath()));
        auto opened = Database::open(databasePath());
        if (!opened)
            return Expected<Database *>::failure(opened.error());
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

QString Context::databasePath() const
{
    return m_parser.isSet(u"db"_s) ? m_parser.value(u"db"_s) : Database::prepareDefaultPath();
}

Expected<organisation::StoreAddress> Context::storeAddress() const
{
    if (!m_parser.isSet(u"db"_s))
        return Expected<organisation::StoreAddress>::failure(
            Messages::tr("rater-cli %1 needs the organisation store's address: --db postgresql://[user@]host/database")
                .arg(m_command.name));
    return organisation::parseStoreAddress(m_parser.value(u"db"_s));
}

bool Context::onStore() const
{
    return organisation::isStoreAddress(databasePath());
}

Expected<organisation::OrganisationStore *> Context::store()
{
    using Result = Expected<organisation::OrganisationStore *>;
    if (!m_store) {
        const Expected<organisation::StoreAddress> address = storeAddress();
        if (!address)
            return Result::failure(address.error());
        auto connected = organisation::OrganisationStore::connect(*address);
        if (!connected)
            return Result::failure(connected.error());
        m_store = std::move(connected).value();
    }
    return m_store.get();
}

Expected<storage::Results *> Context::results()
{
    using Result = Expected<storage::Results *>;
    if (onStore()) {
        const Expected<organisation::OrganisationStore *> connected = store();
        if (!connected)
            return Result::failure(connected.error());
        return static_cast<storage::Results *>(*connected);
    }
    if (!m_fileResults) {
        const Expected<Database *> opened = database();
        if (!opened)
            return Result::failure(opened.error());
        m_fileResults = std::make_unique<storage::FileResults>(**opened);
    }
    return static_cast<storage::Results *>(m_fileResults.get());
}

Outcome Context::unavailable(const QString &why) const
{
    return onStore() ? Outcome::failed(why) : Outcome::refused(why);
}

Outcome Context::notWritten(const QString &why) const
{
    return onStore() ? Outcome::refused(why) : Outcome::failed(why);
}

Expected<int> Context::integer(const QString &option, int minimum) const
{
    const QString text = value(option);
    const std::optional<int> number = parseLocalizedInt(text.trimmed());
    if (!number || *number < minimum)
        return Expected<int>::failure(Messages::tr("--%1 takes a whole number of %2 or more; got \"%3\"")
                                          .arg(option, QLocale().toString(minimum), text));
    return *number;
}

Expected<QDate> Context::date(const QString &option) const
{
    if (!isSet(option))
        return QDate::currentDate();
    const QDate date = parseIsoDate(value(option).trimmed());
    if (!date.isValid())
        return Expected<QDate>::failure(Messages::tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD, for "
                                                     "example 2026-03-21")
                                            .arg(option, value(option)));
    if (const Status within = limits::checkDate(date); !within)
        return Expected<QDate>::failure(u"--"_s + option + u": "_s + within.error());
    return date;
}

const Questionnaire &builtInQuestionnaire()
{
    static const Questionnaire q = loadBuiltInQuestionnaire(defaultQuestionnaireId()).value();
    return q;
}

} // namespace rater::cli
