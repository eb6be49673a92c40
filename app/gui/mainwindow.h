#pragma once

#include <QMainWindow>

namespace rater::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace rater::gui
