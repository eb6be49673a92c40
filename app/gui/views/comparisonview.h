#pragma once

#include "reportpages.h"

#include "history/history.h"
#include "questionnaire/questionnaire.h"

#include "views/dataview.h"

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace rater {
class Database;
namespace organisation {
class OrganisationStore;
}
}

namespace rater::gui {

class EmptyState;
class StoreBar;
class LanguageController;

// Teams side by side for one period: a heat-map table (sortable by any
// column, each team's lowest dimension marked) and grouped bars.
class ComparisonView final : public DataView
{
    Q_OBJECT

public:
    ComparisonView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                   QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setPeriodKind(PeriodKind kind);
    QList<Period> periods() const { return m_periods; }
    void choosePeriod(int index);
    const std::vector<TeamFigures> &figures() const { return m_figures; }
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chart; }

    Status exportPdf(const QString &path) const;
    Status exportXlsx(const QString &path) const;
    Status exportChartPng(const QString &path) const;

    void offerWaysToFill(const QList<QAction *> &actions) override;

    void reload() override;

    // From now on compares the teams of the organisation's store, as far as
    // its login may read them: a manager whole calendar quarters of teams
    // with results enough, a lead their own teams. Fails, and changes
    // nothing, when the store cannot say what the login may read.
    Status showStore(std::shared_ptr<organisation::OrganisationStore> store);
    // Back to the database file's results.
    void showDatabase();
    bool showsStore() const { return m_store != nullptr; }
    QString storeNote() const;

signals:
    // The person asked to see this computer's results again.
    void leaveStoreRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showPeriod(int index);
    PeriodScheme scheme() const;
    void fillChart(QChart &chart, const QPalette &colours) const;
    void exportWithDialog();
    static Status nothingToExport();
    // Says on the page why the database could not be read.
    void showReadFailure(const QString &error);

    void retranslateStore();

    const Questionnaire &m_questionnaire;
    Database &m_database;
    std::shared_ptr<organisation::OrganisationStore> m_store; // when it shows the organisation's store
    bool m_storeGroupsOnly = false; // the store's login reads groups, not results: a manager
    int m_storeThreshold = 0;
    QString m_storeLogin;
    QList<QAction *> m_waysToFill;
    LanguageController &m_language;
    PeriodKind m_kind = PeriodKind::Quarter;
    QList<Period> m_periods;
    std::vector<TeamFigures> m_figures;
    ComparisonCache m_cache; // what the period on show last read, by team
    reports::TableContent m_tableContent; // what the table shows, and export

    StoreBar *m_storeBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chart = nullptr;
};

} // namespace rater::gui
