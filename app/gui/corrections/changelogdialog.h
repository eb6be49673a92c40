#pragma once

#include <QDialog>

class QTableWidget;

namespace rater {
class Database;
}

namespace rater::gui {

class LanguageController;

// Every correction the database holds, newest first: when, and what was
// changed from what to what, in the window's language, calendar and digits.
// The log is kept in the database, so it is there after a restart, and it
// shows corrections made from the command line too.
class ChangeLogDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeLogDialog(const Database &database, const LanguageController &language, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace rater::gui
