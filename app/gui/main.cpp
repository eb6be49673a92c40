#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    
    QApplication::setApplicationName(QStringLiteral("Rater"));
    QApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    rater::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
