#include "commandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rater::gui {
namespace {

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

DesktopOptions::DesktopOptions()
    : database(u"db"_s,
        QCoreApplication::translate("main",
            "database file, or the organisation store "
            "(postgresql://login@server/database) to compare its teams"),
        u"PATH|URL"_s)
    , demo(u"demo"_s, QCoreApplication::translate("main", "open a database of demo results"))
    , quitAfterFirstPaint(hidden(QCommandLineOption(u"quit-after-first-paint"_s)))
{ }

} // namespace rater::gui
