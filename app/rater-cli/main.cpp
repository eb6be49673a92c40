#include "cli.h"

#include "settings/identity.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Only the report paints (charts, a PDF); it gets a QApplication on the
    // offscreen platform, so that no display is needed. Everything else runs
    // on a bare QCoreApplication.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || qstrcmp(argv[i], "report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = paints ? std::make_unique<QApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    rater::nameApplication();
    QCoreApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return rater::cli::run(QCoreApplication::arguments(), {out, err});
}
