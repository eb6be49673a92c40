#pragma once

#include "reportpages.h"

#include "charts/timeline.h"
#include "history/history.h"
#include "questionnaire/questionnaire.h"

#include "views/dataview.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

#include <memory>

namespace rater {
class Database;
namespace organisation {
class OrganisationStore;
}
}

namespace rater::gui {

class EmptyState;
class StoreBar;
class HistoryChart;
class LanguageController;

// A manager's view over time: for the chosen teams, the mean total per period
// against the score bands, and the first team's five dimensions; beside each
// chart a table of the same figures, with real changes marked.
class HistoryView final : public DataView
{
    Q_OBJECT

public:
    HistoryView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                QWidget *parent = nullptr);

    void selectTeams(const QStringList &teams);
    QStringList selectedTeams() const;
    void setPeriodKind(PeriodKind kind);
    PeriodScheme scheme() const;
    // The figures behind the charts, per team, after the last refresh.
    const std::vector<std::pair<QString, std::vector<PeriodStats>>> &figures() const { return m_figures; }

    reports::HistoryChartData totalChartData() const;
    reports::HistoryChartData dimensionChartData() const;
    QTableWidget *totalTable() const { return m_totalTable; }
    QTableWidget *dimensionTable() const { return m_dimensionTable; }

    Status exportPdf(const QString &path) const;
    Status exportXlsx(const QString &path) const;
    Status exportChartPng(const QString &path, bool dimensions) const;

    void reload() override;
    void offerWaysToFill(const QList<QAction *> &actions) override;

    void refresh();

    // Shows the organisation store's results of the teams its login may read
    // (a lead's own, an admin's every team) instead of this computer's,
    // until showDatabase(). A login that reads groups only is refused.
    Status showStore(std::shared_ptr<organisation::OrganisationStore> store);
    void showDatabase();
    bool showsStore() const { return m_store != nullptr; }

signals:
    void leaveStoreRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadTeams();
    void fillTables();
    void exportWithDialog();
    // Says on the page why the database could not be read.
    void showReadFailure(const QString &error);

    const Questionnaire &m_questionnaire;
    Database &m_database;
    std::shared_ptr<organisation::OrganisationStore> m_store; // when it shows the organisation's store
    QString m_storeLogin;
    LanguageController &m_language;
    std::vector<std::pair<QString, std::vector<PeriodStats>>> m_figures;
    reports::TableContent m_totals;     // what the tables show, and export
    reports::TableContent m_dimensions;

    StoreBar *m_storeBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_teamsLabel = nullptr;
    QListWidget *m_teams = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_fiscalLabel = nullptr;
    QSpinBox *m_fiscalStart = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_legend = nullptr;
    HistoryChart *m_totalChart = nullptr;
    QTableWidget *m_totalTable = nullptr;
    HistoryChart *m_dimensionChart = nullptr;
    QTableWidget *m_dimensionTable = nullptr;
};

} // namespace rater::gui
