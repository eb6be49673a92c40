// viewLibrary() for the desktop app: loads rater-views, from beside the
// program (a build tree) or from its installed place, the first time a view
// is asked for.

#include "viewlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace rater::gui {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ViewLibrary)
};

Expected<const ViewLibrary *> load()
{
    using Entry = const ViewLibrary *(*)();
    // Never unloaded: the views it creates live until the program ends.
    static QLibrary library;
    const QDir programDir(QCoreApplication::applicationDirPath());
    QStringList tried;
    for (const QString &dir : {programDir.path(), programDir.filePath(QStringLiteral(RATER_VIEWS_RELATIVE_DIR))}) {
        library.setFileName(QDir(dir).filePath(QStringLiteral("rater-views")));
        if (!library.load()) {
            tried << library.errorString();
            continue;
        }
        if (const auto entry = reinterpret_cast<Entry>(library.resolve("rater_view_library")))
            return entry();
        tried << Messages::tr("%1 has no views in it").arg(QDir::toNativeSeparators(library.fileName()));
        library.unload();
    }
    return Expected<const ViewLibrary *>::failure(
        Messages::tr("The results and the other tabs cannot be shown: %1").arg(tried.join(QStringLiteral("; "))));
}

} // namespace

Expected<const ViewLibrary *> viewLibrary()
{
    static const Expected<const ViewLibrary *> loaded = load();
    return loaded;
}

} // namespace rater::gui
