#include "identity.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

const QString productName = u"Rater"_s;

} // namespace

void nameApplication()
{
    QCoreApplication::setOrganizationName(productName);
    QCoreApplication::setApplicationName(productName);
}

void adoptEarlierSettings()
{
    QSettings current;
    if (!current.allKeys().isEmpty())
        return;
    // What QSettings() wrote while no organisation was set.
    const QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, u"Unknown Organization"_s,
                            QCoreApplication::applicationName());
    const QStringList keys = earlier.allKeys();
    for (const QString &key : keys)
        current.setValue(key, earlier.value(key));
}

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(productName);
}

} // namespace rater
