#pragma once

// The SQLite engine behind the stores: the connection, write transactions,
// prepared statements and the few SQLite-specific commands. Everything that
// would differ on another engine is here; the stores hold the queries.

#include "expected/expected.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rater::storage {

// One connection to one database file, and what is said of its failures.
class Connection
{
public:
    // Opens `path`; `readOnly` for a file that must not be written.
    static Expected<std::unique_ptr<Connection>> open(const QString &path, bool readOnly);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    sqlite3 *handle() const { return m_handle; }

    // "PATH: what (detail)", the form of every storage message.
    QString failure(const QString &what, const QString &detail) const;

    // Results and workshops written through this connection; with SQLite's
    // data_version (writes through any other), tells when data changed.
    qint64 ownWrites() const { return m_ownWrites; }
    void wrote() { ++m_ownWrites; }
    Expected<qint64> dataVersion() const;

    // SQLite's reason for the last failure on this connection, with what it
    // means for the user when it is not the database's fault: a full disk, a
    // folder or file that cannot be written. Damage is called damage.
    QString lastError() const;
    // Why this connection cannot write, when it cannot (a read-only folder or
    // file); empty when it can.
    QString writeRefusal() const { return m_writeRefusal; }

    // The first column of the first row of `sql`'s result.
    Expected<QVariant> scalar(const QString &sql) const;

private:
    Connection(QString path, QString name);

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    qint64 m_ownWrites = 0;
    QString m_writeRefusal;
};

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE), so
// that two writers queue on the busy timeout instead of failing with
// "database is locked" when a read would later have to become a write. Rolls
// back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Connection &connection) : m_connection(connection) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin(); // the failure holds SQLite's reason
    Status commit();

private:
    const Connection &m_connection;
    bool m_open = false;
};

// The current row of a statement's result, read by column (from 0).
class Row
{
public:
    explicit Row(sqlite3_stmt *row) : m_row(row) {}

    QString text(int column) const;
    QByteArrayView bytes(int column) const; // valid until the next row
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QDate date(int column) const; // a YYYY-MM-DD column; invalid when it is anything else
    QUuid uuid(int column) const; // a column of 16 bytes; null when it is anything else

private:
    sqlite3_stmt *m_row;
};

// A prepared statement, reset after each use. Text is bound as UTF-16
// straight from the QString, which must outlive the next run().
class Statement
{
public:
    Statement(const Connection &connection, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Status prepared() const;

    void bind(int index, const QString &text);
    // UTF-8 bytes, copied: the database stores UTF-8, so nothing is converted.
    void bindUtf8(int index, const QByteArray &bytes);
    void bind(int index, qint64 value);
    void bind(int index, std::optional<qint64> value);
    void bind(int index, const QDate &date); // as YYYY-MM-DD; NULL for an invalid date (none)
    void bind(int index, const QUuid &uuid); // as its 16 bytes

    // Runs a statement that returns no rows.
    Status run();
    // Calls `visit` for each row until it returns a failure, which is returned.
    Status forEachRow(const std::function<Status(const Row &row)> &visit);
    // The first column of the one row there is, as an id; empty when there is no row.
    Expected<std::optional<qint64>> singleId();
    qint64 lastInsertId() const;

private:
    int step();
    Status finish(bool ok);

    const Connection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

// The moment of a write, in UTC, as stored.
QString utcNow();
// A text to bind to a column that wants text: QtSql stores a null QString as NULL.
QString notNull(const QString &value);

} // namespace rater::storage
