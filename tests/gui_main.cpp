// Catch2 entry point for widget tests: a QApplication on the offscreen
// platform (unless one is chosen), with settings and data in a throwaway folder.
#define CATCH_CONFIG_RUNNER
#include "printing.h"

#include "settings/identity.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

#if defined(__SANITIZE_ADDRESS__)
// Qt Charts 6.4 leaves a chart's internal objects behind in some sequences of
// creating and destroying chart views (seen when result windows in three
// languages are opened and closed in turn); every leaked block is allocated
// inside libQt6Charts. Suppress those, and only those: full stacks let
// LeakSanitizer see which library a block comes from.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libQt6Charts.so\n";
}
extern "C" const char *__asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    rater::nameApplication();
    return Catch::Session().run(argc, argv);
}
