#pragma once

// Helpers shared by the storage and exchange tests: real database files in a
// temporary folder, file hashes, and assessments to store.

#include "questionnaire/loader.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
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

} // namespace support
