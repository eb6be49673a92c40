#pragma once

#include "expected/expected.h"
#include "history/history.h"
#include "questionnaire/questionnaire.h"
#include "storage/actionstore.h"
#include "storage/records.h"
#include "views/dataview.h"

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QUndoStack;

namespace rater {
class Database;
}

namespace rater::gui {

class EmptyState;
class LanguageController;

// The Actions tab: one team's actions, open ones first with the overdue ones
// marked, then those done, each with whether the dimension it aimed at really
// moved (the same before/after rule as rater-cli action review), then those
// dropped. An open action is marked done or dropped here.
class ActionsView final : public DataView
{
    Q_OBJECT

public:
    ActionsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                QWidget *parent = nullptr);

    void reload() override;
    void offerWaysToFill(const QList<QAction *> &actions) override;

    QString team() const;
    void showTeam(const QString &team);
    // The action on the selected row; none when no row is selected.
    std::optional<Action> selected() const;
    // Chooses the action with `id`, when the list shows it.
    void selectAction(qint64 id);
    // Closes the selected action today, or deletes it; says why when it
    // cannot. Each goes on the undo stack, when there is one.
    Status closeSelected(Action::State state);
    Status deleteSelected();
    // Gives the selected action these terms, on the undo stack too.
    Status editSelected(const storage::ActionStore::Terms &terms);
    // Edit Action…: the dialog for the selected action, then editSelected().
    void editInDialog();
    // The window's undo stack; `changed` runs after every undo and redo.
    void setUndoStack(QUndoStack *stack, std::function<void()> changed);

signals:
    // An action was written: the window brings its views up to date.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void afterUndo();
    void updateButtons();
    // "Empathy +0.6 (real)", or why it cannot tell yet.
    QString verdict(const Action &action, const std::vector<PeriodStats> &periods) const;

    const Questionnaire &m_questionnaire;
    Database &m_database;
    LanguageController &m_language;
    std::vector<Action> m_actions; // as the table shows them
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_drop = nullptr;
    QPushButton *m_delete = nullptr;
    QUndoStack *m_undo = nullptr;
    std::function<void()> m_changed;
};

} // namespace rater::gui
