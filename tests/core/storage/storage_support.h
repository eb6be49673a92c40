#pragma once

// Helpers shared by the storage and exchange tests: real database files in a
// temporary folder, file hashes, and assessments to store.

#include "questionnaire/loader.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace support {

inline const rater::Questionnaire &raterQuiz()
{
    static const rater::Questionnaire q = rater::loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    return q;
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline std::unique_ptr<rater::Database> openDatabase(const QString &path)
{
    auto database = rater::Database::open(path);
    INFO(database.error().toStdString());
    REQUIRE(database.hasValue());
    return std::move(database).value();
}

inline rater::NewAssessment assessment(const QString &team, const QDate &date, int answer = 3)
{
    rater::NewAssessment a;
    a.team = team;
    a.date = date;
    a.lang = QStringLiteral("en");
    a.questionnaireId = raterQuiz().id;
    a.questionnaireVersion = raterQuiz().version;
    a.answers = rater::Answers(17, answer);
    return a;
}

inline qint64 count(const rater::Database &db, const QString &table)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM ") + table, db.connection());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

// Every row of every table but the change log (and `leftOut`), every column
// but the versions and change times, in key order: what undo and redo must
// put back exactly.
inline QStringList dumpTables(const rater::Database &db, const QStringList &leftOut = {})
{
    QStringList rows;
    QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND name NOT LIKE 'correction%' ORDER BY name"),
                     db.connection());
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (leftOut.contains(table))
            continue;
        QSqlQuery query(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table), db.connection());
        while (query.next()) {
            QStringList values{table};
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                const QString field = record.fieldName(i);
                if (field == QStringLiteral("version") || field == QStringLiteral("changed_at"))
                    continue;
                values << field + u'=' + (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            }
            rows << values.join(u'|');
        }
    }
    return rows;
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The correction `result` made; the test stops, naming the refusal or the
// error, when it was not made.
inline rater::storage::Corrected made(const rater::Expected<rater::storage::Corrected> &result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.hasValue());
    INFO(result->refusal.toStdString());
    REQUIRE(result->made());
    return *result;
}

// Why the correction `result` was refused; the test stops when it was made,
// or failed without a refusal.
inline QString refusal(const rater::Expected<rater::storage::Corrected> &result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.hasValue());
    REQUIRE_FALSE(result->made());
    REQUIRE_FALSE(result->refusal.isEmpty());
    return result->refusal;
}

} // namespace support
