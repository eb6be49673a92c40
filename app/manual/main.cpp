// rater-manual FOLDER: writes rater.1 and rater-cli.1 into FOLDER.

#include "manualpages.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: rater-manual FOLDER\n");
        return 2;
    }
    const auto written = rater::manual::writeManualPages(arguments.at(1));
    if (!written) {
        std::fprintf(stderr, "rater-manual: %s\n", qPrintable(written.error()));
        return 1;
    }
    return 0;
}
