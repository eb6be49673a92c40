#include "historyview.h"

#include "actionsection.h"

#include "charts/historychart.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "organisation/store.h"
#include "storage/database.h"
#include "views/emptystate.h"
#include "views/storebar.h"
#include "historytables.h"
#include "reportpages.h"
#include "views/contenttable.h"
#include "views/exportmenu.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rater::gui {

using namespace rater::reports;
namespace {

const QList<QColor> teamColours{QColor(0x1f, 0x6f, 0xb2), QColor(0xd9, 0x5f, 0x02), QColor(0x1b, 0x9e, 0x77),
                                QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a), QColor(0x66, 0x66, 0x66)};

// A cell that shows localized text and sorts and exports by its number.
} // namespace

HistoryView::HistoryView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                         QWidget *parent)
    : DataView(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(QStringLiteral("historyView"));
    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(m_pages);
    m_content = new QWidget(m_pages);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_content);
    m_teamsLabel = new QLabel(m_content);
    m_teams = new QListWidget(m_content);
    m_teams->setObjectName(QStringLiteral("historyTeams"));
    m_teams->setMaximumHeight(96); // four teams without scrolling; the charts need the height
    m_teamsLabel->setBuddy(m_teams);
    m_periodLabel = new QLabel(m_content);
    m_period = new QComboBox(m_content);
    m_period->setObjectName(QStringLiteral("historyPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the choices change with the language
    m_periodLabel->setBuddy(m_period);
    m_fiscalLabel = new QLabel(m_content);
    m_fiscalStart = new QSpinBox(m_content);
    m_fiscalStart->setObjectName(QStringLiteral("fiscalStart"));
    m_fiscalStart->setRange(1, 12);
    m_fiscalLabel->setBuddy(m_fiscalStart);
    m_export = new QPushButton(m_content);
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_legend = new QLabel(m_content);
    m_legend->setObjectName(QStringLiteral("changeLegend"));
    m_legend->setWordWrap(true);

    auto *controls = new QGridLayout;
    controls->addWidget(m_teamsLabel, 0, 0, Qt::AlignTop);
    controls->addWidget(m_teams, 0, 1, 2, 1);
    controls->addWidget(m_periodLabel, 0, 2);
    controls->addWidget(m_period, 0, 3);
    controls->addWidget(m_fiscalLabel, 1, 2);
    controls->addWidget(m_fiscalStart, 1, 3);
    controls->addWidget(m_export, 0, 4);
    controls->setColumnStretch(1, 1);

    const auto makeTable = [this](const QString &name) {
        auto *table = new QTableWidget(m_content);
        table->setObjectName(name);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::ContiguousSelection);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        enableCopy(table);
        return table;
    };
    m_totalChart = new HistoryChart(m_content);
    m_totalChart->setObjectName(QStringLiteral("historyTotalChart"));
    m_totalTable = makeTable(QStringLiteral("historyTotalTable"));
    m_dimensionChart = new HistoryChart(m_content);
    m_dimensionChart->setObjectName(QStringLiteral("historyDimensionChart"));
    m_dimensionTable = makeTable(QStringLiteral("historyDimensionTable"));

    auto *charts = new QGridLayout;
    charts->addWidget(m_totalChart, 0, 0);
    charts->addWidget(m_totalTable, 0, 1);
    charts->addWidget(m_dimensionChart, 1, 0);
    charts->addWidget(m_dimensionTable, 1, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(charts, 1);
    layout->addWidget(m_legend);
    m_storeBar = new StoreBar(QStringLiteral("history"), false, this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_storeBar);
    outer->addWidget(m_pages);
    connect(m_storeBar->leave(), &QPushButton::clicked, this, &HistoryView::leaveStoreRequested);

    connect(m_teams, &QListWidget::itemChanged, this, &HistoryView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryView::refresh);
    connect(m_fiscalStart, &QSpinBox::valueChanged, this, &HistoryView::refresh);
    connect(m_export, &QPushButton::clicked, this, &HistoryView::exportWithDialog);
    connect(&m_language, &LanguageController::calendarChanged, this, &HistoryView::retranslate);

    reloadTeams();
    retranslate();
}

Status HistoryView::showStore(std::shared_ptr<organisation::OrganisationStore> store)
{
    const Expected<bool> groupsOnly = store->readsGroupsOnly();
    if (!groupsOnly)
        return Status::failure(groupsOnly.error());
    if (*groupsOnly)
        return Status::failure(tr("A manager's login reads the teams' quarters side by side, in Comparison."));
    m_storeLogin = store->login();
    m_store = std::move(store);
    m_storeBar->show();
    retranslate();
    reload();
    return Done{};
}

void HistoryView::showDatabase()
{
    m_store.reset();
    m_storeBar->hide();
    retranslate();
    reload();
}

void HistoryView::reload()
{
    reloadTeams();
    refresh();
}

void HistoryView::offerWaysToFill(const QList<QAction *> &actions)
{
    m_empty->setActions(actions);
}

void HistoryView::showReadFailure(const QString &error)
{
    m_figures.clear();
    m_empty->showFailure(tr("The results cannot be read"), error);
    m_pages->setCurrentWidget(m_empty);
}

void HistoryView::reloadTeams()
{
    const QStringList chosen = selectedTeams();
    const QSignalBlocker blocker(m_teams);
    m_teams->clear();
    const Expected<QStringList> teams = m_store ? m_store->teams() : m_database.assessments().teams();
    const Expected<bool> any = m_store ? Expected<bool>(teams && !teams->isEmpty()) : m_database.assessments().any();
    if (!teams || !any) {
        showReadFailure(!teams ? teams.error() : any.error());
        return;
    }
    m_empty->clearFailure();
    m_pages->setCurrentWidget(*any ? m_content : static_cast<QWidget *>(m_empty));
    for (const QString &team : *teams) {
        auto *item = new QListWidgetItem(team, m_teams);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(team) || (chosen.isEmpty() && m_teams->count() == 1) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
    }
}

void HistoryView::selectTeams(const QStringList &teams)
{
    {
        const QSignalBlocker blocker(m_teams);
        for (int i = 0; i < m_teams->count(); ++i)
            m_teams->item(i)->setCheckState(teams.contains(m_teams->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }
    refresh();
}

QStringList HistoryView::selectedTeams() const
{
    QStringList teams;
    for (int i = 0; i < m_teams->count(); ++i) {
        if (m_teams->item(i)->checkState() == Qt::Checked)
            teams << m_teams->item(i)->text();
    }
    return teams;
}

void HistoryView::setPeriodKind(PeriodKind kind)
{
    m_period->setCurrentIndex(m_period->findData(int(kind)));
}

PeriodScheme HistoryView::scheme() const
{
    PeriodScheme scheme;
    scheme.calendar = m_language.calendar();
    scheme.kind = m_period->currentIndex() < 0 ? PeriodKind::Quarter : PeriodKind(m_period->currentData().toInt());
    scheme.fiscalStartMonth = m_fiscalStart->value();
    return scheme;
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    if (m_store) {
        m_storeBar->text()->setText(tr("Organisation store %1, read as %2: the results of the teams you may see.")
                                 .arg(isolatePath(m_store->shown()), m_storeLogin));
        m_storeBar->leave()->setText(tr("&This Computer's Results"));
        m_storeBar->leave()->setToolTip(tr("Disconnect from the organisation store and show the history of this "
                                    "computer's results"));
    }
    m_teamsLabel->setText(tr("&Teams:"));
    m_teams->setAccessibleName(tr("Teams to show"));
    m_periodLabel->setText(tr("&Period:"));
    const int kind = m_period->currentIndex() < 0 ? int(PeriodKind::Quarter) : m_period->currentData().toInt();
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        m_period->addItem(tr("Quarter"), int(PeriodKind::Quarter));
        m_period->addItem(tr("Month"), int(PeriodKind::Month));
        m_period->addItem(tr("Half-year"), int(PeriodKind::Half));
        m_period->addItem(tr("Year"), int(PeriodKind::Year));
        m_period->setCurrentIndex(m_period->findData(kind));
    }
    m_period->setAccessibleName(tr("Period length"));
    m_fiscalLabel->setText(tr("&Year starts in month:"));
    m_fiscalStart->setAccessibleName(tr("Month the fiscal year starts in"));
    m_fiscalStart->setLocale(m_language.locale());
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the history"));
    m_legend->setText(tr("▲ ▼ a real rise or fall: the 95% interval of the difference from the previous period "
                         "excludes zero. ≈ within the noise. ? a single assessment, too few to tell."));
    m_totalTable->setAccessibleName(tr("Mean total by period"));
    m_dimensionTable->setAccessibleName(tr("Mean dimension scores by period"));
    m_empty->setText(tr("No results yet"),
                     tr("History charts each team's mean score period by period, against the three bands, and "
                        "marks which changes are larger than chance. It fills as results are saved: take the "
                        "quiz, import results, or open the demo database to see three years of four teams."));
    refresh();
}

reports::HistoryChartData HistoryView::totalChartData() const
{
    HistoryChartData data;
    const PeriodScheme scheme = this->scheme();
    data.title = tr("Mean total by period");
    data.locale = m_language.locale();
    data.rightToLeft = m_language.rightToLeft();
    data.minimum = m_questionnaire.minTotal();
    data.maximum = m_questionnaire.maxTotal();
    // Bands behind the lines: low, middle and high, from warm to cool.
    const QList<QColor> bandColours{QColor(0xf4, 0xc7, 0xc3, 110), QColor(0xfc, 0xe8, 0xb2, 110),
                                    QColor(0xb7, 0xe1, 0xcd, 110)};
    for (std::size_t b = 0; b < m_questionnaire.bands.size(); ++b) {
        const Band &band = m_questionnaire.bands[b];
        data.bands.push_back({band.min - 0.5, band.max + 0.5, bandColours.value(qsizetype(b) % 3)});
    }
    std::optional<Period> first;
    std::optional<Period> last;
    for (const auto &[team, stats] : m_figures) {
        if (stats.empty())
            continue;
        first = first ? std::min(*first, stats.front().period) : stats.front().period;
        last = last ? std::max(*last, stats.back().period) : stats.back().period;
    }
    if (first) {
        for (Period p = *first; p <= *last; p = nextPeriod(p, scheme)) {
            data.periods.push_back(p);
            data.labels << periodLabel(p, scheme, data.locale);
        }
    }
    for (std::size_t t = 0; t < m_figures.size(); ++t) {
        HistoryLine line{m_figures[t].first, teamColours.value(qsizetype(t) % teamColours.size()), {}};
        for (const PeriodStats &s : m_figures[t].second)
            line.points.emplace_back(s.period, s.total.mean);
        data.lines.push_back(line);
    }
    return data;
}

reports::HistoryChartData HistoryView::dimensionChartData() const
{
    HistoryChartData data = totalChartData();
    data.bands.clear();
    data.lines.clear();
    data.minimum = m_questionnaire.scaleMin();
    data.maximum = m_questionnaire.scaleMax();
    data.title = m_figures.empty() ? tr("Dimensions by period")
                                   : tr("Dimensions by period: %1").arg(m_figures.front().first);
    if (m_figures.empty())
        return data;
    for (std::size_t d = 0; d < m_questionnaire.dimensions.size(); ++d) {
        HistoryLine line{m_questionnaire.tr(m_questionnaire.dimensions[d].name, m_language.code()),
                         teamColours.value(qsizetype(d) % teamColours.size()), {}};
        for (const PeriodStats &s : m_figures.front().second)
            line.points.emplace_back(s.period, s.dimensions[d].mean);
        data.lines.push_back(line);
    }
    // The team's actions done, each on the dimension it aimed at: from this
    // computer's file, or from the organisation's store that the view shows.
    data.markerName = tr("Action done");
    const QString team = m_figures.front().first;
    const auto mark = [this, &data](const Action &a) -> Status {
        const Dimension *dimension = m_questionnaire.dimension(a.dimension);
        if (a.state == Action::State::Done && dimension)
            data.markers.push_back({a.closed, m_questionnaire.tr(dimension->name, m_language.code())});
        return Done{};
    };
    const Status read = m_store ? m_store->forEachAction(team, mark)
                                : m_database.actions().forEach({team, Action::State::Done}, mark);
    if (!read)
        data.markers.clear(); // the chart goes on without them
    return data;
}

void HistoryView::refresh()
{
    const PeriodScheme scheme = this->scheme();
    m_figures.clear();
    for (const QString &team : selectedTeams()) {
        if (m_store) {
            // PostgreSQL adds the answers up day by day; the periods are made here.
            const Expected<std::vector<DaySums>> days = m_store->teamDaySums(team, m_questionnaire);
            if (!days) {
                showReadFailure(days.error());
                return;
            }
            m_figures.emplace_back(team, aggregateDays(*days, m_questionnaire, scheme));
            continue;
        }
        const Expected<std::vector<DaySums>> days = teamDaySums(m_database.assessments(), team, m_questionnaire);
        if (!days) {
            showReadFailure(days.error());
            return;
        }
        m_figures.emplace_back(team, aggregateDays(*days, m_questionnaire, scheme));
    }
    m_totalChart->setData(totalChartData());
    m_dimensionChart->setData(dimensionChartData());
    fillTables();
    m_export->setEnabled(!m_figures.empty());
}

void HistoryView::fillTables()
{
    m_totals = reports::historyTotalsTable(m_figures, scheme(), m_language.language());
    m_dimensions = reports::historyDimensionsTable(m_figures, scheme(), m_questionnaire, m_language.language());
    showContent(*m_totalTable, m_totals);
    showContent(*m_dimensionTable, m_dimensions);
}

Status HistoryView::exportPdf(const QString &path) const
{
    if (m_figures.empty())
        return Status::failure(tr("There is nothing to export yet: choose a team that has results."));
    QChart total;
    // The width of an A4 page's text at 96 dpi.
    constexpr double pageWidth = 718;
    fillTimeline(total, totalChartData(), printPalette(), font(), pageWidth);
    QChart dimensions;
    fillTimeline(dimensions, dimensionChartData(), printPalette(), font(), pageWidth);
    // The first team's actions, as its dimension chart marks them (kept in
    // this computer's file, not in the store).
    QString actions;
    if (!m_store) {
        if (const auto section = reports::actionsSectionOf(m_database, m_figures.front().first, m_questionnaire,
                                                           m_language.language(), m_language.calendar()))
            actions = reports::actionsHtml(*section);
    }
    return writeReportPdf(path, tr("Score history"),
                          tr("Teams: %1").arg(selectedTeams().join(m_language.rightToLeft() ? QStringLiteral("، ")
                                                                                              : QStringLiteral(", "))),
                          {{&total, m_totals, QString()}, {&dimensions, m_dimensions, actions}},
                          m_language.rightToLeft());
}

Status HistoryView::exportXlsx(const QString &path) const
{
    if (m_figures.empty())
        return Status::failure(tr("There is nothing to export yet: choose a team that has results."));
    return writeTablesXlsx(path,
                           {{tr("Totals"), m_totals}, {tr("Dimensions"), m_dimensions}},
                           m_language.rightToLeft());
}

Status HistoryView::exportChartPng(const QString &path, bool dimensions) const
{
    if (m_figures.empty())
        return Status::failure(tr("There is nothing to export yet: choose a team that has results."));
    QChart chart;
    const QSize size(900, 500);
    fillTimeline(chart, dimensions ? dimensionChartData() : totalChartData(), printPalette(), font(),
                       size.width());
    return writeChartPng(path, chart, size);
}

void HistoryView::exportWithDialog()
{
    exportFromMenu(m_export, {{tr("PDF report…"), tr("PDF documents (*.pdf)"), [this](const QString &p) { return exportPdf(p); }},
                              {tr("Excel workbook…"), tr("Excel workbooks (*.xlsx)"),
                               [this](const QString &p) { return exportXlsx(p); }},
                              {tr("Total chart as PNG…"), tr("PNG images (*.png)"),
                               [this](const QString &p) { return exportChartPng(p, false); }},
                              {tr("Dimension chart as PNG…"), tr("PNG images (*.png)"),
                               [this](const QString &p) { return exportChartPng(p, true); }}});
}

} // namespace rater::gui
