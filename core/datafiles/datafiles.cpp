#include "datafiles.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace rater::datafiles {

QString folder()
{
    return QDir::cleanPath(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(RATER_DATA_FROM_PROGRAM)));
}

QString questionnaireFolder()
{
    return folder() + u"/questionnaires"_s;
}

QString translationFolder()
{
    return folder() + u"/translations"_s;
}

QString guideFolder()
{
    return folder() + u"/guide"_s;
}

QString iconThemeFolder()
{
    return QDir::cleanPath(folder() + u"/../icons/hicolor"_s);
}

} // namespace rater::datafiles
