#include "mainwindow.h"

#include <QLabel>

namespace rater::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Rater"));
    auto *placeholder = new QLabel(tr("How good is your customer service?"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(960, 720);
}

} // namespace rater::gui
