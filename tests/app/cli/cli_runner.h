#pragma once

// Runs the real rater-cli executable, without a display, and captures what it prints.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

// Changes a database as another program would, behind Rater's back: `sql`,
// with `values` bound in order.
inline void changeAsAnotherProgram(const QString &database, const QString &sql, const QVariantList &values = {})
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("another program"));
        other.setDatabaseName(database);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.prepare(sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("another program"));
}

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
    QByteArray rawOut;
};

// `program` runs instead of rater-cli when given (a wrapper that starts it).
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &extra = QProcessEnvironment(),
                     const QString &program = QString())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(program.isEmpty() ? QStringLiteral(RATER_CLI_PATH) : program, arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QString::fromUtf8(out), QString::fromUtf8(process.readAllStandardError()), out};
}
