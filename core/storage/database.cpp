#include "database.h"

#include "files/files.h"
#include "settings/identity.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr int busyTimeoutMs = 30000;

QString connectOptions(bool readOnly)
{
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    return options;
}

QString newConnectionName()
{
    return u"rater-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Runs `sql` and returns the first column of the first row, or an error text.
Expected<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Expected<QVariant>::failure(query.lastError().text());
    if (!query.next())
        return Expected<QVariant>::failure(query.lastError().text());
    return query.value(0);
}

// What a look at the file's first bytes says, before SQLite opens it.
enum class FileKind { Missing, Empty, Sqlite, Other, Unreadable, Folder };

FileKind inspect(const QString &path, QString &detail)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (info.isDir())
        return FileKind::Folder;
    // A database this process has open is SQLite's to read: opening and
    // closing it here would drop SQLite's locks on it (see files/files.h).
    if (files::isOpenDatabaseFile(path))
        return FileKind::Sqlite;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        detail = file.errorString();
        return FileKind::Unreadable;
    }
    if (file.size() == 0)
        return FileKind::Empty;
    return file.read(16) == QByteArray("SQLite format 3\0", 16) ? FileKind::Sqlite : FileKind::Other;
}

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so
// that two writers queue on the busy timeout instead of failing with
// "database is locked" when a read would later have to become a write.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) {}
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString &error)
    {
        QSqlQuery query(m_db);
        m_open = query.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_open)
            error = query.lastError().text();
        return m_open;
    }
    bool commit(QString &error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(u"COMMIT"_s)) {
            error = query.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// QtSql stores a null QString as NULL; the draft columns want text, possibly empty.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Finds or creates rows by a unique name during one transaction, remembering
// what it has seen so a large import asks SQLite once per distinct name.
class NameIds
{
public:
    NameIds(const QSqlDatabase &db, const QString &table, const QString &column)
        : m_insert(db), m_select(db)
    {
        m_insert.prepare(u"INSERT INTO "_s + table + u" ("_s + column + u") VALUES (?) ON CONFLICT DO NOTHING"_s);
        m_select.prepare(u"SELECT id FROM "_s + table + u" WHERE "_s + column + u" = ?"_s);
    }

    std::optional<qint64> idFor(const QString &name, QString &error)
    {
        if (auto it = m_ids.constFind(name); it != m_ids.cend())
            return *it;
        m_insert.addBindValue(name);
        if (!m_insert.exec()) {
            error = m_insert.lastError().text();
            return std::nullopt;
        }
        m_select.addBindValue(name);
        if (!m_select.exec() || !m_select.next()) {
            error = m_select.lastError().text();
            return std::nullopt;
        }
        const qint64 id = m_select.value(0).toLongLong();
        m_select.finish();
        m_ids.insert(name, id);
        return id;
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_select;
    QHash<QString, qint64> m_ids;
};

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A prepared SQLite statement, reset after each use. Text is bound as UTF-16
// straight from the QString, which must outlive the next run().
class SqlStatement
{
public:
    SqlStatement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~SqlStatement() { sqlite3_finalize(m_statement); }
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool prepared() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    void bind(int index, const QString &text)
    {
        sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
    }
    // UTF-8 bytes, copied by SQLite: the database stores UTF-8, so nothing is converted.
    void bindUtf8(int index, const char *bytes, qsizetype size)
    {
        sqlite3_bind_text(m_statement, index, bytes, int(size), SQLITE_TRANSIENT);
    }
    void bindUtf8(int index, const QByteArray &bytes) { bindUtf8(index, bytes.constData(), bytes.size()); }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, std::optional<qint64> value)
    {
        if (value)
            sqlite3_bind_int64(m_statement, index, *value);
        else
            sqlite3_bind_null(m_statement, index);
    }

    // Runs a statement that returns no rows.
    bool run()
    {
        const int status = sqlite3_step(m_statement);
        return finish(status == SQLITE_DONE);
    }

    // Calls `visit` for each row until it returns false; false when a step failed or `visit` stopped.
    template <typename Visit>
    bool forEachRow(Visit visit)
    {
        int status;
        bool going = true;
        while (going && (status = sqlite3_step(m_statement)) == SQLITE_ROW)
            going = visit(m_statement);
        return finish(going && status == SQLITE_DONE);
    }

    // Runs a query for one id; empty when there is no row (or on error, see error()).
    std::optional<qint64> singleId()
    {
        const int status = sqlite3_step(m_statement);
        std::optional<qint64> id;
        if (status == SQLITE_ROW)
            id = sqlite3_column_int64(m_statement, 0);
        finish(status == SQLITE_ROW || status == SQLITE_DONE);
        return id;
    }

private:
    bool finish(bool ok)
    {
        if (!ok)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return ok;
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// YYYY-MM-DD into `buffer`, as QDate::toString(Qt::ISODate) writes years 1000
// to 9999, without its formatting machinery; returns the length.
qsizetype writeIsoDate(const QDate &date, char (&buffer)[16])
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999) {
        const QByteArray text = date.toString(Qt::ISODate).toLatin1().left(15);
        std::memcpy(buffer, text.constData(), std::size_t(text.size()));
        return text.size();
    }
    const int digits[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10, -1,
                          month / 10, month % 10, -1, day / 10, day % 10};
    for (int i = 0; i < 10; ++i)
        buffer[i] = digits[i] < 0 ? '-' : char('0' + digits[i]);
    return 10;
}

QString isoDate(const QDate &date)
{
    char buffer[16];
    return QString::fromLatin1(buffer, writeIsoDate(date, buffer));
}

// Answers as stored, "4,2,5,…", in UTF-8 bytes.
QByteArray answersToUtf8(const std::vector<int> &answers)
{
    QByteArray text;
    text.reserve(qsizetype(answers.size()) * 3);
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (i > 0)
            text += ',';
        const int answer = answers[i];
        if (answer >= 0 && answer <= 9)
            text += char('0' + answer);
        else
            text += QByteArray::number(answer);
    }
    return text;
}

} // namespace

QString answersToText(const std::vector<int> &answers)
{
    return QString::fromLatin1(answersToUtf8(answers));
}

std::optional<std::vector<int>> answersFromText(const QString &text)
{
    std::vector<int> answers;
    if (text.isEmpty())
        return answers;
    for (QStringView part : QStringView(text).split(u',')) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok)
            return std::nullopt;
        answers.push_back(value);
    }
    return answers;
}

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

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_db(QSqlDatabase::database(m_connectionName, false))
{
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_registered)
        files::forgetDatabase(m_path);
}

QString Database::failure(const QString &what, const QString &detail) const
{
    return Messages::tr("%1: %2 (%3)").arg(QDir::toNativeSeparators(m_path), what, detail);
}

// What can be said of a file before opening it for writing.
struct Database::Probe
{
    enum Verdict { Fresh, Rater, Refused, Damaged };
    Verdict verdict = Refused;
    QString message;
};

Database::Probe Database::probe(const QString &path, Purpose purpose)
{
    const QString name = QDir::toNativeSeparators(path);
    QString detail;
    switch (inspect(path, detail)) {
    case FileKind::Folder:
        return {Probe::Refused, Messages::tr("%1: this is a folder, not a database file").arg(name)};
    case FileKind::Unreadable:
        return {Probe::Refused, Messages::tr("%1: cannot read the file (%2)").arg(name, detail)};
    case FileKind::Other:
        return {Probe::Refused,
                Messages::tr("%1: not a Rater database; the file is not an SQLite database at all").arg(name)};
    case FileKind::Missing:
        if (purpose == Purpose::Check)
            return {Probe::Refused, Messages::tr("%1: there is no such file").arg(name)};
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return {Probe::Refused, Messages::tr("%1: cannot create the database; the folder %2 does not exist")
                                        .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
        return {Probe::Fresh, QString()};
    case FileKind::Empty:
        return {Probe::Fresh, QString()};
    case FileKind::Sqlite:
        break;
    }

    // Look through a read-only connection, so that a file we refuse is never written.
    const QString probeName = newConnectionName();
    Probe result{Probe::Rater, QString()};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, probeName);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions(true));
        if (!db.open()) {
            result = {Probe::Damaged, Messages::tr("%1: cannot open the database (%2)").arg(name, db.lastError().text())};
        } else {
            const auto tables = scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
            const auto appId = scalar(db, u"PRAGMA application_id"_s);
            const auto version = scalar(db, u"PRAGMA user_version"_s);
            if (!tables || !appId || !version) {
                result = {Probe::Damaged,
                          Messages::tr("%1: the database is damaged (%2)")
                              .arg(name, !tables ? tables.error() : !appId ? appId.error() : version.error())};
            } else if (appId->toInt() != schema::applicationId) {
                if (tables->toInt() == 0 && purpose == Purpose::Use)
                    result = {Probe::Fresh, QString()}; // an empty SQLite file: make it a Rater database
                else
                    result = {Probe::Refused, Messages::tr("%1: not a Rater database; it is an SQLite database "
                                                           "that belongs to another program").arg(name)};
            } else if (version->toInt() > schema::currentVersion) {
                result = {Probe::Refused,
                          Messages::tr("%1: written by a newer version of Rater (schema version %2; this version "
                                       "reads up to %3); open it with that version")
                              .arg(name, QString::number(version->toInt()), QString::number(schema::currentVersion))};
            } else if (purpose == Purpose::Use) {
                const auto check = scalar(db, u"PRAGMA quick_check(1)"_s);
                if (!check || check->toString() != u"ok"_s)
                    result = {Probe::Damaged, Messages::tr("%1: the database is damaged (%2); run \"rater-cli "
                                                           "check\" for details and restore a backup")
                                                  .arg(name, check ? check->toString() : check.error())};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return result;
}

Expected<std::unique_ptr<Database>> Database::open(const QString &path, Purpose purpose)
{
    using Result = Expected<std::unique_ptr<Database>>;
    const Probe found = probe(path, purpose);
    if (found.verdict == Probe::Refused || found.verdict == Probe::Damaged)
        return Result::failure(found.message);

    const QString connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions(purpose == Purpose::Check));
    }
    std::unique_ptr<Database> database(new Database(path, connectionName));
    if (!database->m_db.open())
        return Result::failure(Messages::tr("%1: cannot open the database (%2)")
                                   .arg(QDir::toNativeSeparators(path), database->m_db.lastError().text()));
    files::claimDatabase(path);
    database->m_registered = true;
    if (purpose == Purpose::Check)
        return database;

    if (found.verdict == Probe::Fresh)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (Status configured = database->configure(); !configured)
        return Result::failure(configured.error());
    if (Status migrated = database->migrate(); !migrated)
        return Result::failure(migrated.error());
    return database;
}

Expected<IntegrityReport> Database::checkFile(const QString &path)
{
    const Probe found = probe(path, Purpose::Check);
    if (found.verdict == Probe::Refused)
        return Expected<IntegrityReport>::failure(found.message);
    if (found.verdict == Probe::Fresh)
        return Expected<IntegrityReport>::failure(
            Messages::tr("%1: the file is empty; it is not a Rater database yet").arg(QDir::toNativeSeparators(path)));
    if (found.verdict == Probe::Damaged) {
        IntegrityReport report;
        report.problems << found.message;
        return report;
    }
    auto database = open(path, Purpose::Check);
    if (!database) {
        IntegrityReport report;
        report.problems << database.error();
        return report;
    }
    return database.value()->check();
}

Status Database::configure()
{
    QSqlQuery query(m_db);
    // A larger page cache (16 MiB) keeps the indexes in memory during big imports.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA cache_size = -16384"_s}) {
        if (!query.exec(pragma))
            return Status::failure(failure(Messages::tr("cannot set up the database"), query.lastError().text()));
    }
    return Done{};
}

Database::Revision Database::revision() const
{
    const auto version = scalar(m_db, u"PRAGMA data_version"_s);
    return {version ? version->toLongLong() : -1, m_ownWrites};
}

int Database::schemaVersion() const
{
    const auto version = scalar(m_db, u"PRAGMA user_version"_s);
    return version ? version->toInt() : -1;
}

Status Database::migrate()
{
    const int from = schemaVersion();
    if (from >= schema::currentVersion)
        return Done{};

    if (from > 0) {
        // Keep the file as it was before changing its schema.
        QString target = m_path + u".schema-v"_s + QString::number(from) + u".backup"_s;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = m_path + u".schema-v"_s + QString::number(from) + u".backup-"_s + QString::number(n);
        if (Status copied = backupTo(target); !copied)
            return copied;
        m_migrationBackup = target;
    }

    QString error;
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return Status::failure(failure(Messages::tr("cannot update the database"), error));
    QSqlQuery query(m_db);
    if (from == 0 && !query.exec(u"PRAGMA application_id = "_s + QString::number(schema::applicationId)))
        return Status::failure(failure(Messages::tr("cannot update the database"), query.lastError().text()));
    for (int version = from + 1; version <= schema::currentVersion; ++version) {
        for (const QString &statement : schema::migrationTo(version)) {
            if (!query.exec(statement))
                return Status::failure(failure(Messages::tr("cannot update the database to schema version %1")
                                                   .arg(version),
                                               query.lastError().text()));
        }
    }
    if (!query.exec(u"PRAGMA user_version = "_s + QString::number(schema::currentVersion))
        || !transaction.commit(error))
        return Status::failure(failure(Messages::tr("cannot update the database"),
                                       error.isEmpty() ? query.lastError().text() : error));
    return Done{};
}

Expected<qint64> Database::record(const NewAssessment &assessment)
{
    Expected<std::vector<qint64>> ids = recordAll({assessment});
    if (!ids)
        return Expected<qint64>::failure(ids.error());
    return ids->front();
}

Expected<std::vector<qint64>> Database::recordAll(const std::vector<NewAssessment> &assessments)
{
    using Result = Expected<std::vector<qint64>>;
    QString error;
    const auto failed = [this, &error](const QString &detail = QString()) {
        return Result::failure(failure(Messages::tr("could not save; nothing was stored"),
                                       detail.isEmpty() ? error : detail));
    };
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return failed();

    // Large imports spend most of their time binding values; SQLite's own
    // statements on the same connection avoid QtSql's per-value overhead.
    sqlite3 *handle = nativeHandle(m_db);
    if (!handle)
        return failed(u"no SQLite handle"_s);
    SqlStatement upsertTeam(handle, "INSERT INTO team (name) VALUES (?) ON CONFLICT DO NOTHING");
    SqlStatement findTeam(handle, "SELECT id FROM team WHERE name = ?");
    SqlStatement upsertRespondent(handle, "INSERT INTO respondent (code) VALUES (?) ON CONFLICT DO NOTHING");
    SqlStatement findRespondent(handle, "SELECT id FROM respondent WHERE code = ?");
    SqlStatement findWorkshop(handle, "SELECT id FROM workshop WHERE title = ? ORDER BY id LIMIT 1");
    SqlStatement workshopExists(handle, "SELECT id FROM workshop WHERE id = ?");
    SqlStatement addWorkshop(handle, "INSERT INTO workshop (title, held_on, lang) VALUES (?, ?, ?)");
    SqlStatement insert(handle, "INSERT INTO assessment (team_id, respondent_id, workshop_id, taken_on, "
                             "questionnaire_id, questionnaire_version, lang, answers, recorded_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const SqlStatement *statement : {&upsertTeam, &findTeam, &upsertRespondent, &findRespondent, &findWorkshop,
                                       &workshopExists, &addWorkshop, &insert}) {
        if (!statement->prepared())
            return failed(statement->error());
    }

    // Finds or creates a row by its unique name, asking SQLite once per distinct name.
    const auto idByName = [](SqlStatement &upsert, SqlStatement &find, QHash<QString, qint64> &known,
                             const QString &name) -> std::optional<qint64> {
        if (auto it = known.constFind(name); it != known.cend())
            return *it;
        upsert.bind(1, name);
        if (!upsert.run())
            return std::nullopt;
        find.bind(1, name);
        const std::optional<qint64> id = find.singleId();
        if (id)
            known.insert(name, *id);
        return id;
    };
    QHash<QString, qint64> teamIds;
    QHash<QString, qint64> respondentIds;
    QHash<QString, qint64> workshopIds;
    const QByteArray now = utcNow().toUtf8();
    // Language codes and questionnaire ids repeat on every row: convert each once.
    QHash<QString, QByteArray> utf8;
    const auto cachedUtf8 = [&utf8](const QString &text) -> const QByteArray & {
        auto it = utf8.find(text);
        if (it == utf8.end())
            it = utf8.insert(text, text.toUtf8());
        return *it;
    };

    std::vector<qint64> ids;
    ids.reserve(assessments.size());
    for (const NewAssessment &a : assessments) {
        const std::optional<qint64> teamId = idByName(upsertTeam, findTeam, teamIds, a.team);
        if (!teamId)
            return failed(upsertTeam.error() + findTeam.error());
        std::optional<qint64> respondentId;
        if (!a.respondent.isEmpty()) {
            respondentId = idByName(upsertRespondent, findRespondent, respondentIds, a.respondent);
            if (!respondentId)
                return failed(upsertRespondent.error() + findRespondent.error());
        }
        std::optional<qint64> workshopId;
        if (a.workshopId) {
            workshopExists.bind(1, *a.workshopId);
            if (!workshopExists.singleId())
                return Result::failure(Messages::tr("%1: there is no workshop with id %2")
                                           .arg(QDir::toNativeSeparators(m_path), QString::number(*a.workshopId)));
            workshopId = *a.workshopId;
        } else if (!a.workshopTitle.isEmpty()) {
            auto known = workshopIds.constFind(a.workshopTitle);
            if (known == workshopIds.cend()) {
                findWorkshop.bind(1, a.workshopTitle);
                std::optional<qint64> id = findWorkshop.singleId();
                if (!id) {
                    addWorkshop.bind(1, a.workshopTitle);
                    addWorkshop.bind(2, isoDate(a.date));
                    addWorkshop.bind(3, a.lang);
                    if (!addWorkshop.run())
                        return failed(addWorkshop.error());
                    id = sqlite3_last_insert_rowid(handle);
                }
                known = workshopIds.insert(a.workshopTitle, *id);
            }
            workshopId = *known;
        }
        char date[16];
        insert.bind(1, *teamId);
        insert.bind(2, respondentId);
        insert.bind(3, workshopId);
        insert.bindUtf8(4, date, writeIsoDate(a.date, date));
        insert.bindUtf8(5, cachedUtf8(a.questionnaireId));
        insert.bind(6, qint64(a.questionnaireVersion));
        insert.bindUtf8(7, cachedUtf8(a.lang));
        insert.bindUtf8(8, answersToUtf8(a.answers));
        insert.bindUtf8(9, now);
        if (!insert.run())
            return failed(insert.error());
        ids.push_back(sqlite3_last_insert_rowid(handle));
    }
    if (!transaction.commit(error))
        return failed();
    ++m_ownWrites;
    return ids;
}

Expected<qint64> Database::createWorkshop(const NewWorkshop &w)
{
    QString error;
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return Expected<qint64>::failure(failure(Messages::tr("could not save the workshop"), error));
    QVariant teamId(QMetaType::fromType<qint64>());
    if (!w.team.isEmpty()) {
        NameIds teams(m_db, u"team"_s, u"name"_s);
        const auto id = teams.idFor(w.team, error);
        if (!id)
            return Expected<qint64>::failure(failure(Messages::tr("could not save the workshop"), error));
        teamId = *id;
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO workshop (title, held_on, facilitator, team_id, lang) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(text(w.title));
    query.addBindValue(text(w.date.toString(Qt::ISODate)));
    query.addBindValue(text(w.facilitator));
    query.addBindValue(teamId);
    query.addBindValue(text(w.lang));
    if (!query.exec() || !transaction.commit(error))
        return Expected<qint64>::failure(failure(Messages::tr("could not save the workshop"),
                                                 error.isEmpty() ? query.lastError().text() : error));
    ++m_ownWrites;
    return query.lastInsertId().toLongLong();
}

std::optional<Workshop> Database::workshop(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT w.id, w.title, w.held_on, w.facilitator, t.name, w.lang FROM workshop w "
                  "LEFT JOIN team t ON t.id = w.team_id WHERE w.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Workshop{query.value(0).toLongLong(), query.value(1).toString(),
                    QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString(),
                    query.value(4).toString(), query.value(5).toString()};
}

std::vector<Workshop> Database::workshops() const
{
    std::vector<Workshop> result;
    QSqlQuery query(u"SELECT w.id, w.title, w.held_on, w.facilitator, t.name, w.lang FROM workshop w "
                    "LEFT JOIN team t ON t.id = w.team_id ORDER BY w.held_on DESC, w.id DESC"_s,
                    m_db);
    while (query.next())
        result.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                          QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString()});
    return result;
}

Expected<std::vector<StoredAssessment>> Database::assessments(const QString &team) const
{
    return team.isNull() ? assessmentsWhere(QString(), QVariant()) : assessmentsWhere(u"t.name = ?"_s, team);
}

Expected<std::vector<StoredAssessment>> Database::workshopAssessments(qint64 workshopId) const
{
    return assessmentsWhere(u"a.workshop_id = ?"_s, workshopId);
}

Expected<std::vector<StoredAssessment>> Database::assessmentsWhere(const QString &condition,
                                                                   const QVariant &value) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = u"SELECT a.id, t.name, r.code, a.workshop_id, w.title, a.taken_on, a.lang, a.questionnaire_id, "
                  "a.questionnaire_version, a.answers FROM assessment a "
                  "JOIN team t ON t.id = a.team_id "
                  "LEFT JOIN respondent r ON r.id = a.respondent_id "
                  "LEFT JOIN workshop w ON w.id = a.workshop_id "_s;
    if (!condition.isEmpty())
        sql += u"WHERE "_s + condition + u' ';
    sql += u"ORDER BY a.taken_on, a.id"_s;
    query.prepare(sql);
    if (!condition.isEmpty())
        query.addBindValue(value);
    if (!query.exec())
        return Expected<std::vector<StoredAssessment>>::failure(
            failure(Messages::tr("could not read the assessments"), query.lastError().text()));
    std::vector<StoredAssessment> result;
    while (query.next()) {
        StoredAssessment a;
        a.id = query.value(0).toLongLong();
        a.team = query.value(1).toString();
        a.respondent = query.value(2).toString();
        a.workshopId = query.value(3).toLongLong();
        a.workshop = query.value(4).toString();
        a.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        a.lang = query.value(6).toString();
        a.questionnaireId = query.value(7).toString();
        a.questionnaireVersion = query.value(8).toInt();
        const auto answers = answersFromText(query.value(9).toString());
        if (!answers)
            return Expected<std::vector<StoredAssessment>>::failure(
                failure(Messages::tr("could not read the assessments"),
                        Messages::tr("assessment %1 has unreadable answers").arg(a.id)));
        a.answers = *answers;
        result.push_back(std::move(a));
    }
    return result;
}

// Answers as stored are "d,d,d,…"; reading single digits directly keeps large histories quick.
static std::optional<std::vector<int>> answersFromUtf8(const unsigned char *text, int size)
{
    std::vector<int> answers;
    answers.reserve(std::size_t(size / 2 + 1));
    int value = 0;
    bool digits = false;
    for (int i = 0; i <= size; ++i) {
        if (i == size || text[i] == ',') {
            if (!digits)
                return std::nullopt;
            answers.push_back(value);
            value = 0;
            digits = false;
        } else if (text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + (text[i] - '0');
            digits = true;
        } else {
            return std::nullopt;
        }
    }
    return answers;
}

Expected<std::vector<std::pair<QDate, std::vector<int>>>> Database::datedAnswers(const QString &team) const
{
    using Result = Expected<std::vector<std::pair<QDate, std::vector<int>>>>;
    sqlite3 *handle = nativeHandle(m_db);
    SqlStatement query(handle, "SELECT a.taken_on, a.answers FROM assessment a "
                               "WHERE a.team_id = (SELECT id FROM team WHERE name = ?) ORDER BY a.taken_on, a.id");
    if (!query.prepared())
        return Result::failure(failure(Messages::tr("could not read the assessments"), query.error()));
    query.bind(1, team);
    std::vector<std::pair<QDate, std::vector<int>>> rows;
    QString error;
    const bool ok = query.forEachRow([&rows, &error](sqlite3_stmt *row) {
        const auto *date = reinterpret_cast<const char *>(sqlite3_column_text(row, 0));
        const auto answers = answersFromUtf8(sqlite3_column_text(row, 1), sqlite3_column_bytes(row, 1));
        if (!answers) {
            error = Messages::tr("an assessment has unreadable answers");
            return false;
        }
        rows.emplace_back(QDate::fromString(QLatin1StringView(date), Qt::ISODate), *answers);
        return true;
    });
    if (!ok)
        return Result::failure(failure(Messages::tr("could not read the assessments"),
                                       error.isEmpty() ? query.error() : error));
    return rows;
}

Expected<std::vector<std::pair<QString, std::pair<QDate, std::vector<int>>>>>
Database::answersBetween(const QDate &first, const QDate &last) const
{
    using Rows = std::vector<std::pair<QString, std::pair<QDate, std::vector<int>>>>;
    sqlite3 *handle = nativeHandle(m_db);
    SqlStatement query(handle, "SELECT t.name, a.taken_on, a.answers FROM assessment a JOIN team t ON t.id = a.team_id "
                               "WHERE a.taken_on BETWEEN ? AND ? ORDER BY t.name, a.taken_on");
    if (!query.prepared())
        return Expected<Rows>::failure(failure(Messages::tr("could not read the assessments"), query.error()));
    const QString from = isoDate(first);
    const QString to = isoDate(last);
    query.bind(1, from);
    query.bind(2, to);
    Rows rows;
    const bool ok = query.forEachRow([&rows](sqlite3_stmt *row) {
        const auto answers = answersFromUtf8(sqlite3_column_text(row, 2), sqlite3_column_bytes(row, 2));
        if (!answers)
            return false;
        rows.push_back({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, 0))),
                        {QDate::fromString(QLatin1StringView(reinterpret_cast<const char *>(sqlite3_column_text(row, 1))),
                                           Qt::ISODate),
                         *answers}});
        return true;
    });
    if (!ok)
        return Expected<Rows>::failure(failure(Messages::tr("could not read the assessments"), query.error()));
    return rows;
}

qint64 Database::assessmentCount() const
{
    const auto count = scalar(m_db, u"SELECT count(*) FROM assessment"_s);
    return count ? count->toLongLong() : 0;
}

bool Database::hasAssessments() const
{
    const auto any = scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM assessment)"_s);
    return any && any->toBool();
}

QStringList Database::teams() const
{
    QStringList names;
    QSqlQuery query(u"SELECT name FROM team ORDER BY name"_s, m_db);
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Status Database::saveDraft(const Draft &d)
{
    QString error;
    WriteTransaction transaction(m_db);
    if (!transaction.begin(error))
        return Status::failure(failure(Messages::tr("could not save the draft"), error));
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO draft (name, team, respondent, taken_on, lang, questionnaire_id, answers, saved_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET team = excluded.team, "
                  "respondent = excluded.respondent, taken_on = excluded.taken_on, lang = excluded.lang, "
                  "questionnaire_id = excluded.questionnaire_id, answers = excluded.answers, "
                  "saved_at = excluded.saved_at"_s);
    for (const QVariant &value : {QVariant(text(d.name)), QVariant(text(d.team)), QVariant(text(d.respondent)),
                                  QVariant(text(d.date.toString(Qt::ISODate))), QVariant(text(d.lang)),
                                  QVariant(text(d.questionnaireId)), QVariant(text(answersToText(d.answers))),
                                  QVariant(utcNow())})
        query.addBindValue(value);
    if (!query.exec() || !transaction.commit(error))
        return Status::failure(failure(Messages::tr("could not save the draft"),
                                       error.isEmpty() ? query.lastError().text() : error));
    return Done{};
}

std::optional<Draft> Database::draft(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT team, respondent, taken_on, lang, questionnaire_id, answers FROM draft WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const auto answers = answersFromText(query.value(5).toString());
    if (!answers)
        return std::nullopt;
    return Draft{name,
                 query.value(0).toString(),
                 query.value(1).toString(),
                 QDate::fromString(query.value(2).toString(), Qt::ISODate),
                 query.value(3).toString(),
                 query.value(4).toString(),
                 *answers};
}

Status Database::clearDraft(const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM draft WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Status::failure(failure(Messages::tr("could not remove the draft"), query.lastError().text()));
    return Done{};
}

IntegrityReport Database::check() const
{
    IntegrityReport report;
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        report.problems << query.lastError().text();
        return report;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            report.problems << line;
    }
    if (query.exec(u"PRAGMA foreign_key_check"_s)) {
        while (query.next())
            report.problems << Messages::tr("row %1 of table %2 refers to a missing row of table %3")
                                   .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    } else {
        report.problems << query.lastError().text();
    }
    if (query.exec(u"SELECT id, answers FROM assessment"_s)) {
        while (query.next()) {
            ++report.assessments;
            if (!answersFromText(query.value(1).toString()))
                report.problems << Messages::tr("assessment %1 has unreadable answers").arg(query.value(0).toLongLong());
        }
    } else {
        report.problems << query.lastError().text();
    }
    if (const auto teams = scalar(m_db, u"SELECT count(*) FROM team"_s))
        report.teams = teams->toLongLong();
    report.sound = report.problems.isEmpty();
    return report;
}

Status Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Status::failure(Messages::tr("%1: the file already exists; choose a new name for the backup")
                                   .arg(QDir::toNativeSeparators(target)));
    if (const Status writable = files::checkWritable(target); !writable)
        return writable;
    QSqlQuery query(m_db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target);
    if (!query.exec())
        return Status::failure(Messages::tr("%1: could not write the backup (%2)")
                                   .arg(QDir::toNativeSeparators(target), query.lastError().text()));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return Done{};
}

} // namespace rater
