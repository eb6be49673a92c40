#include "databasechooser.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rater"));
    QApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "database file"),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    auto database = rater::gui::openDatabaseOrAsk(parser.isSet(db) ? parser.value(db)
                                                                   : rater::Database::prepareDefaultPath());
    if (!database)
        return 2;
    rater::gui::MainWindow window(std::move(database));
    window.show();
    return QApplication::exec();
}
