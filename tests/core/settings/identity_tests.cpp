#include "printing.h"

#include "settings/identity.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rater;

TEST_CASE("Settings are filed under the product's name; those under Qt's stand-in are adopted once", "[settings]")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    {
        QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"),
                          QStringLiteral("Rater"));
        earlier.setValue(QStringLiteral("language"), QStringLiteral("fa"));
        earlier.setValue(QStringLiteral("workshops/minimumGroup"), 5);
    }
    nameApplication();
    adoptEarlierSettings();
    {
        const QSettings now;
        CHECK(now.fileName() == dir.filePath(QStringLiteral("Rater/Rater.conf")));
        CHECK(now.value(QStringLiteral("language")).toString() == QStringLiteral("fa"));
        CHECK(now.value(QStringLiteral("workshops/minimumGroup")).toInt() == 5);
    }
    // Settings made since are not overwritten by the earlier ones, which stay where they were.
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("ar"));
    adoptEarlierSettings();
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("ar"));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("Unknown Organization/Rater.conf"))));
}

TEST_CASE("The default database stays in ~/.local/share/Rater whatever the organisation", "[settings]")
{
    nameApplication();
    CHECK(dataFolder()
          == QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("Rater")));
    CHECK(dataFolder().endsWith(QStringLiteral("/Rater")));
    CHECK_FALSE(dataFolder().endsWith(QStringLiteral("/Rater/Rater")));
}
