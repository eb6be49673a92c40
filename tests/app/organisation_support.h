#pragma once

// A real PostgreSQL server for the organisation store's tests, as
// pg_virtualenv gives one: a throw-away cluster, its address in PGHOST,
// PGPORT, PGUSER and PGPASSWORD (a superuser). Stores are set up, and
// laptops' databases filled and synced, with the real rater-cli.

#include "cli/cli_runner.h"

#include <QDate>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace organisationTesting {

inline QString env(const char *name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

// The store's URL for `login` (the superuser when empty) in `database`.
inline QString storeUrl(const QString &database, const QString &login = QString())
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login.isEmpty() ? env("PGUSER") : login, env("PGHOST"), env("PGPORT"), database);
}

struct PsqlRun
{
    int status = -1;
    QString out;
    QString err;
};

// psql as `login` (password: the login's name), or as the superuser.
inline PsqlRun psql(const QString &database, const QString &sql, const QString &login = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!login.isEmpty()) {
        environment.insert(QStringLiteral("PGUSER"), login);
        environment.insert(QStringLiteral("PGPASSWORD"), login);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database,
                                           QStringLiteral("-c"), sql});
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

// Runs `sql` as the superuser and requires it to succeed.
inline QString superuser(const QString &database, const QString &sql)
{
    const PsqlRun run = psql(database, sql);
    INFO(sql.toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.status == 0);
    return run.out;
}

// A store of its own for one test: a new database, set up by rater-cli, and
// logins (password: their names) made for it. Roles are the server's, so
// each test names its logins apart.
inline QString newStore(const QString &name, const QStringList &logins, int threshold = 3)
{
    superuser(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    for (const QString &login : logins)
        superuser(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%1'").arg(login));
    const CliRun init = runCli({QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--db"), storeUrl(name),
                                QStringLiteral("--threshold"), QString::number(threshold)});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    return name;
}

inline CliRun org(const QString &database, const QString &login, QStringList arguments)
{
    const QString command = arguments.takeFirst();
    QProcessEnvironment extra;
    if (!login.isEmpty())
        extra.insert(QStringLiteral("PGPASSWORD"), login);
    return runCli(QStringList{QStringLiteral("org"), command, QStringLiteral("--db"), storeUrl(database, login)}
                      + arguments,
                  extra);
}

// A laptop's database with `count` results of `teams`, imported from a file
// as a trainer would; no two laptops share a result.
inline QString laptop(const QTemporaryDir &dir, const QString &name, const QStringList &teams, int count)
{
    QByteArray csv = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n";
    for (int i = 0; i < count; ++i) {
        csv += teams.at(i % teams.size()).toUtf8() + ",r" + QByteArray::number(i) + ","
            + (i % 7 == 0 ? "Spring day" : "") + "," + QDate(2025, 1, 1).addDays(i % 400).toString(Qt::ISODate).toLatin1()
            + ",en";
        for (int s = 0; s < 17; ++s)
            csv += ',' + QByteArray::number(1 + (i * 3 + s * 7) % 5);
        csv += '\n';
    }
    const QString file = dir.filePath(name + QStringLiteral(".csv"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    const QString db = dir.filePath(name + QStringLiteral(".sqlite"));
    const CliRun imported = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    return db;
}

inline CliRun syncRun(const QString &local, const QString &store, const QString &login = QString(),
               const QStringList &more = {})
{
    QProcessEnvironment extra;
    if (!login.isEmpty())
        extra.insert(QStringLiteral("PGPASSWORD"), login);
    return runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), local, QStringLiteral("--to"),
                              storeUrl(store, login)}
                      + more,
                  extra);
}

} // namespace organisationTesting
