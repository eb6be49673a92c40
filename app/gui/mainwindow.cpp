#include "mainwindow.h"

#include <QLabel>

namespace rater::gui {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent), m_database(std::move(database))
{
    setWindowTitle(tr("Rater"));
    auto *placeholder = new QLabel(tr("How good is your customer service?"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(960, 720);
}

MainWindow::~MainWindow() = default;

} // namespace rater::gui
