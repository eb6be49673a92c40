#pragma once

#include "storage/database.h"

#include <QMainWindow>

#include <memory>

namespace rater::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }

private:
    std::unique_ptr<Database> m_database;
};

} // namespace rater::gui
