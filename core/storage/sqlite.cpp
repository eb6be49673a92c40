#include "sqlite.h"

#include "storage/answercodec.h"
#include "storage/records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <cstring>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr int busyTimeoutMs = 30000;

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}


// answer_total(questionnaire_id, answers): the total score of stored
// answers, so that lists can be ordered by it; NULL when they cannot be scored.
void answerTotal(sqlite3_context *context, int /*count*/, sqlite3_value **arguments)
{
    const auto text = [arguments](int i) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(arguments[i]));
        return QByteArrayView(bytes, bytes ? sqlite3_value_bytes(arguments[i]) : 0);
    };
    if (const std::optional<qint64> total = storedTotal(text(0), text(1)))
        sqlite3_result_int64(context, *total);
    else
        sqlite3_result_null(context);
}

// rater_uuid() and rater_uuid_text(): a new random UUID, as its 16 bytes
// or as text, for the rows that a migration gives their identity.
void newUuid(sqlite3_context *context, int /*count*/, sqlite3_value ** /*arguments*/)
{
    const QByteArray bytes = QUuid::createUuid().toRfc4122();
    sqlite3_result_blob(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void newUuidText(sqlite3_context *context, int /*count*/, sqlite3_value ** /*arguments*/)
{
    const QByteArray text = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

Connection::Connection(QString path, QString name)
    : m_path(std::move(path)), m_name(std::move(name)), m_db(QSqlDatabase::database(m_name, false))
{
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Expected<std::unique_ptr<Connection>> Connection::open(const QString &path, bool readOnly)
{
    using Result = Expected<std::unique_ptr<Connection>>;
    const QString name = u"rater-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    QString writeRefusal;
    // SQLite keeps a WAL database's journal (-wal, -shm) beside it. In a folder
    // that cannot be written it cannot make them; when they are not there,
    // no process can be writing the database, so it is read as it stands.
    bool asItStands = false;
    if (file.exists() && path != u":memory:"_s) {
        if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
            writeRefusal = Messages::tr("the folder %1 cannot be written, so SQLite cannot keep the database's "
                                        "journal there; Rater can read this database but not change it. Copy it "
                                        "to a folder you can write in to change it")
                               .arg(QDir::toNativeSeparators(folder));
            asItStands = !QFileInfo::exists(path + u"-wal"_s);
        } else if (::access(QFile::encodeName(path).constData(), W_OK) != 0) {
            writeRefusal = Messages::tr("the file cannot be written (it is read-only); Rater can read this "
                                        "database but not change it");
        }
    }
    if (!writeRefusal.isEmpty())
        readOnly = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs);
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        if (asItStands) {
            db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + u"?immutable=1"_s);
            options += u";QSQLITE_OPEN_URI"_s;
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
    }
    std::unique_ptr<Connection> connection(new Connection(path, name));
    connection->m_writeRefusal = writeRefusal;
    if (!connection->m_db.open())
        return Result::failure(Messages::tr("%1: cannot open the database (%2)")
                                   .arg(QDir::toNativeSeparators(path), connection->m_db.lastError().text()));
    connection->m_handle = nativeHandle(connection->m_db);
    if (!connection->m_handle)
        return Result::failure(Messages::tr("%1: cannot open the database (%2)")
                                   .arg(QDir::toNativeSeparators(path), u"no SQLite handle"_s));
    sqlite3_create_function_v2(connection->m_handle, "answer_total", 2,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, &answerTotal, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(connection->m_handle, "rater_uuid", 0, SQLITE_UTF8, nullptr, &newUuid, nullptr,
                               nullptr, nullptr);
    sqlite3_create_function_v2(connection->m_handle, "rater_uuid_text", 0, SQLITE_UTF8, nullptr, &newUuidText,
                               nullptr, nullptr, nullptr);
    return connection;
}

QString Connection::lastError() const
{
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_handle));
    switch (sqlite3_extended_errcode(m_handle) & 0xff) {
    case SQLITE_FULL:
        return Messages::tr("the disk is full (%1); nothing was changed. Free some space and try again").arg(reason);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Messages::tr("the database is damaged (%1); run \"rater-cli check\" for details and restore a backup")
            .arg(reason);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        if (!m_writeRefusal.isEmpty())
            return m_writeRefusal;
        return Messages::tr("the database or its folder cannot be written (%1)").arg(reason);
    case SQLITE_IOERR:
        return Messages::tr("the disk could not be read or written (%1)").arg(reason);
    default:
        return reason;
    }
}

QString Connection::failure(const QString &what, const QString &detail) const
{
    return Messages::tr("%1: %2 (%3)").arg(QDir::toNativeSeparators(m_path), what, detail);
}

Expected<qint64> Connection::dataVersion() const
{
    const Expected<QVariant> version = scalar(u"PRAGMA data_version"_s);
    if (!version)
        return Expected<qint64>::failure(version.error());
    return version->toLongLong();
}

Expected<QVariant> Connection::scalar(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next())
        return Expected<QVariant>::failure(lastError());
    return query.value(0);
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_connection.database()).exec(u"ROLLBACK"_s);
}

Status WriteTransaction::begin()
{
    if (!m_connection.writeRefusal().isEmpty())
        return Status::failure(m_connection.writeRefusal());
    QSqlQuery query(m_connection.database());
    m_open = query.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_open)
        return Status::failure(m_connection.lastError());
    return Done{};
}

Status WriteTransaction::commit()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"COMMIT"_s))
        return Status::failure(m_connection.lastError());
    m_open = false;
    return Done{};
}

Statement::Statement(const Connection &connection, const char *sql) : m_connection(connection)
{
    if (sqlite3_prepare_v2(connection.handle(), sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = connection.lastError();
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Status Statement::prepared() const
{
    if (!m_statement)
        return Status::failure(m_prepareError);
    return Done{};
}

void Statement::bind(int index, const QString &text)
{
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
}

void Statement::bindUtf8(int index, const QByteArray &bytes)
{
    sqlite3_bind_text(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void Statement::bind(int index, const QDate &date)
{
    if (!date.isValid()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    bindUtf8(index, isoDate(date));
}

void Statement::bind(int index, const QUuid &uuid)
{
    const QByteArray bytes = uuid.toRfc4122();
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

int Statement::step()
{
    return sqlite3_step(m_statement);
}

Status Statement::finish(bool ok)
{
    Status result = Done{};
    if (!ok)
        result = Status::failure(m_connection.lastError());
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result;
}

Status Statement::run()
{
    return finish(step() == SQLITE_DONE);
}

Status Statement::forEachRow(const std::function<Status(const Row &row)> &visit)
{
    int status = SQLITE_DONE;
    while ((status = step()) == SQLITE_ROW) {
        if (Status visited = visit(Row(m_statement)); !visited) {
            finish(true);
            return visited;
        }
    }
    return finish(status == SQLITE_DONE);
}

Expected<std::optional<qint64>> Statement::singleId()
{
    const int status = step();
    std::optional<qint64> id;
    if (status == SQLITE_ROW)
        id = sqlite3_column_int64(m_statement, 0);
    if (Status finished = finish(status == SQLITE_ROW || status == SQLITE_DONE); !finished)
        return Expected<std::optional<qint64>>::failure(finished.error());
    return id;
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_connection.handle());
}

QString Row::text(int column) const
{
    const QByteArrayView utf8 = bytes(column);
    return QString::fromUtf8(utf8);
}

QByteArrayView Row::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_row, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_row, column));
}

qint64 Row::integer(int column) const
{
    return sqlite3_column_int64(m_row, column);
}

double Row::real(int column) const
{
    return sqlite3_column_double(m_row, column);
}

QUuid Row::uuid(int column) const
{
    if (sqlite3_column_type(m_row, column) != SQLITE_BLOB || sqlite3_column_bytes(m_row, column) != 16)
        return {};
    return QUuid::fromRfc4122(
        QByteArrayView(static_cast<const char *>(sqlite3_column_blob(m_row, column)), 16));
}

bool Row::isNull(int column) const
{
    return sqlite3_column_type(m_row, column) == SQLITE_NULL;
}

QDate Row::date(int column) const
{
    // Stored dates are YYYY-MM-DD: read without QDate's parser, which long
    // lists would spend much of their time in. Anything else goes to it.
    const QByteArrayView text = bytes(column);
    const auto digit = [&text](qsizetype at) { return text[at] >= '0' && text[at] <= '9' ? text[at] - '0' : -1; };
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        int parts[3] = {0, 0, 0};
        const qsizetype starts[3] = {0, 5, 8};
        const qsizetype ends[3] = {4, 7, 10};
        bool digits = true;
        for (int p = 0; p < 3 && digits; ++p) {
            for (qsizetype k = starts[p]; k < ends[p] && digits; ++k) {
                digits = digit(k) >= 0;
                parts[p] = parts[p] * 10 + digit(k);
            }
        }
        if (digits)
            return QDate(parts[0], parts[1], parts[2]);
    }
    return QDate::fromString(QLatin1StringView(text), Qt::ISODate);
}

QString notNull(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace rater::storage
