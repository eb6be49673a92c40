#pragma once

#include "corrections/recordsmodel.h"
#include "expected/expected.h"
#include "history/period.h"
#include "questionnaire/questionnaire.h"
#include "storage/corrections.h"

#include "views/dataview.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace rater {
class Database;
}

namespace rater::gui {

class EmptyState;
class LanguageController;

// Every stored result, to find and correct a wrong one: a list sortable by
// any column, filtered by team, period and workshop, with a search box; and
// the bin. Deleting, restoring, editing, moving, renaming and merging teams
// and taking results out of a workshop go through the window's undo stack.
class RecordsView final : public DataView
{
    Q_OBJECT

public:
    RecordsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                QWidget *parent = nullptr);

    // Where corrections go, to be undone and redone; set before use.
    void setUndoStack(QUndoStack *stack, std::function<void()> corrected);

    void reload() override;
    void offerWaysToFill(const QList<QAction *> &actions) override;

    // The correction actions, for the window's Edit menu.
    QList<QAction *> correctionActions() const;
    QTableView *table() const { return m_table; }
    RecordsModel *model() const { return m_model; }
    void showBin(bool bin);
    // The ids of the selected rows, in the list's order.
    std::vector<qint64> selectedIds() const;
    void selectIds(const std::vector<qint64> &ids);

    void deleteSelected();
    void restoreSelected();
    void editSelected();
    void moveSelected();
    void renameTeam();
    void mergeTeam();
    void removeFromWorkshop();
    void emptyBin();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void fillFilters();
    void updateActions();
    void showCount();
    // Makes a correction and, when it is made, puts it on the undo stack
    // under `label`; says why when it is refused or fails. True when made.
    bool correct(const std::function<Expected<storage::Corrected>(storage::CorrectionStore &)> &correction,
                 const std::function<QString()> &label);
    // The team of the selected rows, else the team chosen in the filter.
    QString chosenTeam() const;
    // Asks for a team's name, offering `teams`; empty when cancelled.
    QString askTeam(const QString &title, const QString &label, const QStringList &teams, const QString &start,
                    bool editable);

    const Questionnaire &m_questionnaire;
    Database &m_database;
    LanguageController &m_language;
    RecordsModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    std::function<void()> m_corrected;
    QList<Period> m_periods;
    PeriodScheme m_scheme;

    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_showLabel = nullptr;
    QComboBox *m_show = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_workshopLabel = nullptr;
    QComboBox *m_workshop = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QToolButton *m_teamsButton = nullptr;
    QMenu *m_teamsMenu = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_emptyBinButton = nullptr;

    QAction *m_delete = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_move = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_leave = nullptr;
    QAction *m_emptyBin = nullptr;
};

} // namespace rater::gui
