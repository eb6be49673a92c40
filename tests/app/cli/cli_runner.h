#pragma once

// Runs the real rater-cli executable, without a display, and captures what it prints.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

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
