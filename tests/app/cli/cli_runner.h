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

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &extra = QProcessEnvironment())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RATER_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    const QByteArray out = process.readAllStandardOutput();
    return {process.exitCode(), QString::fromUtf8(out), QString::fromUtf8(process.readAllStandardError()), out};
}
