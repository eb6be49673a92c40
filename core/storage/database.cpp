#include "database.h"

#include "files/files.h"
#include "settings/identity.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// What a look at a file says before it is opened for writing.
struct Probe
{
    enum Verdict { Missing, Rater, Refused, Damaged };
    Verdict verdict = Refused;
    QString message;
};

// What the file system and the file's first bytes say, before SQLite opens
// the file. Only a regular file is ever opened: a device, a pipe or a link to
// nothing is refused before anything reads it or writes it. A file this
// process has open as a database is SQLite's to read: opening and closing it
// here would drop SQLite's locks on it (files/files.h).
Probe inspect(const QString &path, Database::Purpose purpose)
{
    const QString name = QDir::toNativeSeparators(path);
    const QByteArray encoded = QFile::encodeName(path);
    struct stat link = {};
    if (::lstat(encoded.constData(), &link) != 0) {
        if (purpose == Database::Purpose::Check)
            return {Probe::Refused, Messages::tr("%1: there is no such file").arg(name)};
        const QFileInfo info(path);
        if (!QFileInfo(info.absolutePath()).isDir())
            return {Probe::Refused, Messages::tr("%1: cannot create the database; the folder %2 does not exist")
                                        .arg(name, QDir::toNativeSeparators(info.absolutePath()))};
        return {Probe::Missing, QString()};
    }
    struct stat target = {};
    if (::stat(encoded.constData(), &target) != 0)
        return {Probe::Refused, Messages::tr("%1: a symbolic link to %2, which does not exist")
                                    .arg(name, QDir::toNativeSeparators(QFileInfo(path).symLinkTarget()))};
    if (S_ISDIR(target.st_mode))
        return {Probe::Refused, Messages::tr("%1: this is a folder, not a database file").arg(name)};
    if (!S_ISREG(target.st_mode))
        return {Probe::Refused, Messages::tr("%1: not a regular file (a device, a pipe or a socket); a database "
                                             "is a file of its own")
                                    .arg(name)};
    if (files::isOpenDatabaseFile(path))
        return {Probe::Rater, QString()};
    if (target.st_size == 0)
        return {Probe::Refused, Messages::tr("%1: the file is empty, so it is not a Rater database; Rater makes a "
                                             "new database only where no file exists")
                                    .arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Probe::Refused, Messages::tr("%1: cannot read the file (%2)").arg(name, file.errorString())};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return {Probe::Refused,
                Messages::tr("%1: not a Rater database; the file is not an SQLite database at all").arg(name)};
    return {Probe::Rater, QString()};
}

// Looks into an SQLite file through a read-only connection, so that a file
// that is refused is never written. Cheap at any size: the whole file is
// read only when a check is asked for.
Probe look(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto opened = storage::Connection::open(path, true);
    if (!opened)
        return {Probe::Damaged, opened.error()};
    const storage::Connection &db = **opened;
    const auto appId = db.scalar(u"PRAGMA application_id"_s);
    const auto version = db.scalar(u"PRAGMA user_version"_s);
    if (!appId || !version)
        return {Probe::Damaged,
                Messages::tr("%1: the database is damaged (%2)").arg(name, !appId ? appId.error() : version.error())};
    if (appId->toInt() != schema::applicationId)
        return {Probe::Refused,
                Messages::tr("%1: not a Rater database; it is an SQLite database that belongs to another program")
                    .arg(name)};
    if (version->toInt() > schema::currentVersion)
        return {Probe::Refused, Messages::tr("%1: written by a newer version of Rater (schema version %2; this "
                                             "version reads up to %3); open it with that version")
                                    .arg(name, QString::number(version->toInt()), QString::number(schema::currentVersion))};
    if (const Status same = schema::checkSchema(db, version->toInt()); !same)
        return {Probe::Damaged, Messages::tr("%1: the database's structure is not the one Rater makes, so Rater will "
                                             "not write to it: %2")
                                    .arg(name, same.error())};
    return {Probe::Rater, QString()};
}

Probe probe(const QString &path, Database::Purpose purpose)
{
    const Probe first = inspect(path, purpose);
    if (first.verdict != Probe::Rater)
        return first;
    return look(path);
}

} // namespace

QString Database::defaultPath()
{
    return QDir(dataFolder()).filePath(u"rater.sqlite"_s);
}

QString Database::prepareDefaultPath()
{
    const QString path = defaultPath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return path;
}

Database::Database(std::unique_ptr<storage::Connection> connection)
    : m_connection(std::move(connection)), m_assessments(*m_connection), m_workshops(*m_connection),
      m_drafts(*m_connection), m_maintenance(*m_connection),
      m_corrections(*m_connection), m_publishing(*m_connection), m_actions(*m_connection)
{
    files::claimDatabase(m_connection->path());
}

Database::~Database()
{
    const QString path = m_connection->path();
    m_connection.reset();
    files::forgetDatabase(path);
}

QString Database::path() const
{
    return m_connection->path();
}

QSqlDatabase Database::connection() const
{
    return m_connection->database();
}

Expected<std::unique_ptr<Database>> Database::open(const QString &path, Purpose purpose)
{
    using Result = Expected<std::unique_ptr<Database>>;
    Probe found = probe(path, purpose);
    if (found.verdict == Probe::Missing) {
        if (Status created = create(path); !created)
            return Result::failure(created.error());
        found = probe(path, purpose);
    }
    if (found.verdict != Probe::Rater)
        return Result::failure(found.message);
    auto connection = storage::Connection::open(path, purpose == Purpose::Check);
    if (!connection)
        return Result::failure(connection.error());
    std::unique_ptr<Database> database(new Database(std::move(connection).value()));
    if (purpose == Purpose::Check)
        return database;
    if (Status configured = database->configure(); !configured)
        return Result::failure(configured.error());
    if (Status migrated = database->migrate(); !migrated)
        return Result::failure(migrated.error());
    return database;
}

Status Database::create(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString building = path + u".new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto connection = storage::Connection::open(building, false);
    if (!connection)
        return Status::failure(Messages::tr("%1: cannot create the database; the folder %2 does not let Rater "
                                            "write a file (%3)")
                                   .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath()),
                                        connection.error()));
    // SQLite has just made the file, still empty: only its owner may read it.
    QFile::setPermissions(building, QFile::ReadOwner | QFile::WriteOwner);
    std::unique_ptr<Database> made(new Database(std::move(connection).value()));
    Status ready = made->configure();
    if (ready)
        ready = made->migrate();
    made.reset();
    if (!ready) {
        QFile::remove(building);
        return ready;
    }
    // link() never replaces a file: when another process has made the
    // database meanwhile, that one stays and is used.
    const QByteArray from = QFile::encodeName(building);
    const QByteArray to = QFile::encodeName(path);
    int linked = ::link(from.constData(), to.constData());
    int error = linked == 0 ? 0 : errno;
    if (linked != 0 && (error == EPERM || error == EOPNOTSUPP || error == EXDEV)) {
        // A file system without hard links: take the name unless it is taken.
        struct stat there = {};
        linked = ::lstat(to.constData(), &there) == 0 ? -1 : ::rename(from.constData(), to.constData());
        error = linked == 0 ? 0 : (errno == ENOENT ? EEXIST : errno);
    }
    QFile::remove(building);
    if (linked != 0 && error != EEXIST)
        return Status::failure(Messages::tr("%1: cannot create the database (%2)")
                                   .arg(name, QString::fromLocal8Bit(std::strerror(error))));
    return Done{};
}

Expected<IntegrityReport> Database::checkFile(const QString &path)
{
    const Probe found = probe(path, Purpose::Check);
    if (found.verdict == Probe::Refused || found.verdict == Probe::Missing)
        return Expected<IntegrityReport>::failure(found.message);
    IntegrityReport damaged;
    if (found.verdict == Probe::Damaged) {
        damaged.problems << found.message;
        return damaged;
    }
    auto database = open(path, Purpose::Check);
    if (!database) {
        damaged.problems << database.error();
        return damaged;
    }
    return database.value()->maintenance().check();
}

Status Database::configure()
{
    QSqlQuery query(m_connection->database());
    if (!m_connection->writeRefusal().isEmpty())
        return Done{}; // read as it is: no journal can be set up
    // A larger page cache (16 MiB) keeps the indexes in memory during big imports.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -16384"_s}) {
        if (!query.exec(pragma))
            return Status::failure(
                m_connection->failure(Messages::tr("cannot set up the database"), m_connection->lastError()));
    }
    return Done{};
}

Expected<Database::Revision> Database::revision() const
{
    const Expected<qint64> others = m_connection->dataVersion();
    if (!others)
        return Expected<Revision>::failure(others.error());
    return Revision{*others, m_connection->ownWrites()};
}

Expected<int> Database::schemaVersion() const
{
    const auto version = m_connection->scalar(u"PRAGMA user_version"_s);
    if (!version)
        return Expected<int>::failure(version.error());
    return version->toInt();
}

Status Database::migrate()
{
    const auto failed = [this](const QString &what, const QString &detail) {
        return Status::failure(m_connection->failure(what, detail));
    };
    const Expected<int> seen = schemaVersion();
    if (!seen)
        return failed(Messages::tr("cannot update the database"), seen.error());
    if (*seen >= schema::currentVersion)
        return Done{};
    if (!m_connection->writeRefusal().isEmpty())
        return failed(Messages::tr("cannot update the database to schema version %1").arg(schema::currentVersion),
                      m_connection->writeRefusal());

    if (*seen > 0) {
        // Keep the file as it was before changing its schema.
        const QString base = path() + u".schema-v"_s + QString::number(*seen);
        QString target = base + u".backup"_s;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = base + u".backup-"_s + QString::number(n);
        if (Status copied = m_maintenance.backupTo(target); !copied)
            return copied;
        m_migrationBackup = target;
    }

    storage::WriteTransaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun)
        return failed(Messages::tr("cannot update the database"), begun.error());
    // Read again under the write lock: another process may have updated it meanwhile.
    const Expected<int> from = schemaVersion();
    if (!from)
        return failed(Messages::tr("cannot update the database"), from.error());
    if (*from >= schema::currentVersion)
        return Done{};
    QSqlQuery query(m_connection->database());
    if (*from == 0 && !query.exec(u"PRAGMA application_id = "_s + QString::number(schema::applicationId)))
        return failed(Messages::tr("cannot update the database"), m_connection->lastError());
    for (int version = *from + 1; version <= schema::currentVersion; ++version) {
        for (const QString &statement : schema::migrationTo(version)) {
            if (!query.exec(statement))
                return failed(Messages::tr("cannot update the database to schema version %1").arg(version),
                              m_connection->lastError());
        }
    }
    if (!query.exec(u"PRAGMA user_version = "_s + QString::number(schema::currentVersion)))
        return failed(Messages::tr("cannot update the database"), m_connection->lastError());
    if (Status committed = transaction.commit(); !committed)
        return failed(Messages::tr("cannot update the database"), committed.error());
    return Done{};
}

} // namespace rater
