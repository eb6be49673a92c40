#include "cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    
    QCoreApplication::setApplicationName(QStringLiteral("Rater"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return rater::cli::run(QCoreApplication::arguments(), {out, err});
}
