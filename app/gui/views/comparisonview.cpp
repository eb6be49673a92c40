#include "comparisonview.h"

#include "i18n/language.h"
#include "languagecontroller.h"
#include "organisation/comparison.h"
#include "organisation/store.h"
#include "storage/database.h"
#include "views/emptystate.h"
#include "views/storebar.h"
#include "historytables.h"
#include "reportpages.h"
#include "views/contenttable.h"
#include "views/exportmenu.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>
#include <numeric>

namespace rater::gui {

using namespace rater::reports;
namespace {

// Shows localized text, sorts by the number behind it.
// Heat: from a soft red at the bottom of the scale through yellow to green at the top.
QColor heat(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    const QColor low(0xf4, 0xa5, 0x9b);
    const QColor middle(0xfb, 0xe3, 0x9a);
    const QColor high(0x9f, 0xd8, 0xb4);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return fraction < 0.5 ? mix(low, middle, fraction * 2) : mix(middle, high, (fraction - 0.5) * 2);
}

const QList<QColor> dimensionColours{QColor(0x1f, 0x6f, 0xb2), QColor(0xd9, 0x5f, 0x02), QColor(0x1b, 0x9e, 0x77),
                                     QColor(0x75, 0x70, 0xb3), QColor(0xe7, 0x29, 0x8a)};

} // namespace

ComparisonView::ComparisonView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                               QWidget *parent)
    : DataView(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(QStringLiteral("comparisonView"));
    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(m_pages);
    m_content = new QWidget(m_pages);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_content);
    m_periodLabel = new QLabel(m_content);
    m_period = new QComboBox(m_content);
    m_period->setObjectName(QStringLiteral("comparisonPeriod"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents); // periods change with the language and calendar
    m_periodLabel->setBuddy(m_period);
    m_export = new QPushButton(m_content);
    m_export->setObjectName(QStringLiteral("comparisonExport"));
    m_note = new QLabel(m_content);
    m_note->setObjectName(QStringLiteral("comparisonNote"));
    m_note->setWordWrap(true);
    m_table = new QTableWidget(m_content);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    enableCopy(m_table);
    m_chart = new QChartView(new QChart, m_content); // the view owns the chart
    m_chart->setObjectName(QStringLiteral("comparisonChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_periodLabel);
    controls->addWidget(m_period);
    controls->addStretch();
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(m_chart, 1);
    m_storeBar = new StoreBar(QStringLiteral("comparison"), true, this);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_storeBar);
    outer->addWidget(m_pages);
    connect(m_storeBar->readAgain(), &QPushButton::clicked, this, &ComparisonView::reload);
    connect(m_storeBar->leave(), &QPushButton::clicked, this, &ComparisonView::leaveStoreRequested);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ComparisonView::showPeriod);
    connect(m_export, &QPushButton::clicked, this, &ComparisonView::exportWithDialog);
    connect(&m_language, &LanguageController::calendarChanged, this, &ComparisonView::retranslate);
    retranslate();
}

ComparisonView::~ComparisonView() = default;

PeriodScheme ComparisonView::scheme() const
{
    // A manager's groups are the store's: its quarters, in any language.
    if (m_store && m_storeGroupsOnly)
        return organisation::storeQuarters();
    return PeriodScheme{m_language.calendar(), m_kind, 1};
}

Status ComparisonView::showStore(std::shared_ptr<organisation::OrganisationStore> store)
{
    const Expected<bool> groupsOnly = store->readsGroupsOnly();
    if (!groupsOnly)
        return Status::failure(groupsOnly.error());
    const Expected<int> threshold = store->threshold();
    if (!threshold)
        return Status::failure(threshold.error());
    m_storeGroupsOnly = *groupsOnly;
    m_storeThreshold = *threshold;
    m_storeLogin = store->login();
    m_store = std::move(store);
    m_storeBar->show();
    m_empty->setActions({});
    retranslate();
    return Done{};
}

void ComparisonView::showDatabase()
{
    m_store.reset();
    m_storeBar->hide();
    m_empty->setActions(m_waysToFill);
    retranslate();
}

QString ComparisonView::storeNote() const
{
    return m_storeBar->text()->text();
}

void ComparisonView::retranslateStore()
{
    m_storeBar->readAgain()->setText(tr("&Read Again"));
    m_storeBar->leave()->setText(tr("&This Computer's Results"));
    m_storeBar->leave()->setToolTip(tr("Disconnect from the organisation store and compare the results of this computer's "
                                "database"));
    if (!m_store)
        return;
    const QString where = isolatePath(m_store->shown());
    if (m_storeGroupsOnly) {
        m_storeBar->text()->setText(tr("Organisation store %1, read as %2 (manager): quarters of the Gregorian calendar, and "
                                "only teams with %Ln or more results in the quarter.",
                                nullptr, m_storeThreshold)
                                 .arg(where, m_storeLogin));
        m_empty->setText(tr("Nothing to compare yet"),
                         tr("The organisation store shows a team's quarter once it holds %Ln or more results of that "
                            "team. Results reach the store when team leads publish them from their laptops.",
                            nullptr, m_storeThreshold));
    } else {
        m_storeBar->text()->setText(tr("Organisation store %1, read as %2: the results of the teams you may see.")
                                 .arg(where, m_storeLogin));
        m_empty->setText(tr("Nothing to compare yet"),
                         tr("The organisation store holds no results of your teams yet: they reach it when results "
                            "are published to it from a laptop."));
    }
}

void ComparisonView::setPeriodKind(PeriodKind kind)
{
    m_kind = kind;
    reload();
}

void ComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparisonView::retranslate()
{
    m_periodLabel->setText(tr("&Period:"));
    m_period->setAccessibleName(tr("Period to compare"));
    m_export->setText(tr("E&xport…"));
    m_export->setAccessibleName(tr("Export the comparison"));
    m_table->setAccessibleName(tr("Mean scores by team"));
    m_note->setText(tr("Colours run from red (low) to green (high). ▼ marks each team's lowest dimension. "
                       "Select a column heading to sort."));
    m_empty->setText(tr("No results yet"),
                     tr("Comparison puts every team side by side for one period: their mean totals and dimensions "
                        "as a coloured table and as bars, with each team's weakest dimension marked. It fills as "
                        "results are saved: take the quiz, import results, or open the demo database."));
    retranslateStore();
    reload();
}

void ComparisonView::reload()
{
    const Expected<std::vector<Period>> periods = m_store
                                                      ? organisation::storePeriods(*m_store, scheme(), m_questionnaire)
                                                      : periodsWithData(m_database.assessments(), scheme());
    if (!periods) {
        showReadFailure(periods.error());
        return;
    }
    m_empty->clearFailure();
    m_periods.clear();
    for (const Period &period : *periods)
        m_periods.prepend(period); // newest first
    const QSignalBlocker blocker(m_period);
    const int previous = std::max(0, m_period->currentIndex());
    m_period->clear();
    for (const Period &p : m_periods)
        m_period->addItem(periodLabel(p, scheme(), m_language.locale()));
    m_period->setCurrentIndex(std::min(previous, int(m_periods.size()) - 1));
    m_pages->setCurrentWidget(m_periods.isEmpty() ? static_cast<QWidget *>(m_empty) : m_content);
    showPeriod(m_period->currentIndex());
}

void ComparisonView::showReadFailure(const QString &error)
{
    m_figures.clear();
    m_empty->showFailure(tr("The results cannot be read"), error);
    m_pages->setCurrentWidget(m_empty);
}

Status ComparisonView::nothingToExport()
{
    return Status::failure(tr("There is nothing to export yet: no team has results in this period."));
}

void ComparisonView::offerWaysToFill(const QList<QAction *> &actions)
{
    m_waysToFill = actions;
    if (!m_store)
        m_empty->setActions(actions);
}

void ComparisonView::choosePeriod(int index)
{
    m_period->setCurrentIndex(index);
}

void ComparisonView::showPeriod(int index)
{
    m_figures.clear();
    if (index >= 0 && index < m_periods.size()) {
        const Period period = m_periods.at(index);
        Expected<std::vector<TeamFigures>> figures =
            m_store ? organisation::compareStoreTeams(*m_store, period, m_questionnaire)
                    : m_cache.read(m_database.assessments(), period, m_questionnaire);
        if (!figures) {
            showReadFailure(figures.error());
            return;
        }
        m_figures = std::move(figures).value();
    }
    m_tableContent = reports::comparisonTable(m_figures, m_questionnaire, m_language.language());
    showContent(*m_table, m_tableContent, heat);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_export->setEnabled(!m_figures.empty());
    fillChart(*m_chart->chart(), palette());
    m_chart->setAccessibleName(m_chart->chart()->title());
}

void ComparisonView::fillChart(QChart &chart, const QPalette &colours) const
{
    const QLocale locale = m_language.locale();
    const bool rtl = m_language.rightToLeft();
    chart.removeAllSeries();
    for (QAbstractAxis *axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    const int index = m_period->currentIndex();
    chart.setTitle(index >= 0 ? tr("Dimension means by team, %1").arg(m_period->currentText()) : QString());
    chart.setLocale(locale);
    chart.setLocalizeNumbers(true);
    chart.setBackgroundBrush(colours.color(QPalette::Base));
    chart.setTitleBrush(colours.color(QPalette::Text));
    chart.legend()->setLabelColor(colours.color(QPalette::Text));
    chart.legend()->setAlignment(Qt::AlignTop);
    chart.legend()->setReverseMarkers(rtl);
    // Reading order: in right to left the first team and dimension stand at the right.
    std::vector<std::size_t> teamOrder(m_figures.size());
    std::iota(teamOrder.begin(), teamOrder.end(), 0);
    if (rtl)
        std::reverse(teamOrder.begin(), teamOrder.end());
    auto *series = new QBarSeries;
    for (std::size_t d = 0; d < m_questionnaire.dimensions.size(); ++d) {
        auto *set = new QBarSet(m_questionnaire.tr(m_questionnaire.dimensions[d].name, m_language.code()));
        set->setColor(dimensionColours.value(qsizetype(d) % dimensionColours.size()));
        for (std::size_t t : teamOrder)
            *set << m_figures[t].stats.dimensions[d].mean;
        series->append(set);
    }
    chart.addSeries(series);
    auto *teams = new QBarCategoryAxis;
    for (std::size_t t : teamOrder)
        teams->append(m_figures[t].team);
    teams->setTruncateLabels(false);
    teams->setLabelsBrush(colours.color(QPalette::Text));
    auto *values = new QValueAxis;
    values->setRange(m_questionnaire.scaleMin(), m_questionnaire.scaleMax());
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTickCount(m_questionnaire.scaleMax() - m_questionnaire.scaleMin() + 1);
    values->setLabelsBrush(colours.color(QPalette::Text));
    chart.addAxis(teams, Qt::AlignBottom);
    chart.addAxis(values, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(teams);
    series->attachAxis(values);
    // In right to left the sets must read from the right as well.
    if (rtl) {
        QList<QBarSet *> sets = series->barSets();
        for (QBarSet *set : sets)
            series->take(set);
        std::reverse(sets.begin(), sets.end());
        series->append(sets);
    }
}

Status ComparisonView::exportPdf(const QString &path) const
{
    if (m_figures.empty())
        return nothingToExport();
    QChart chart;
    fillChart(chart, printPalette());
    return writeReportPdf(path, tr("Teams compared"), m_period->currentText(), {{&chart, m_tableContent, QString()}},
                          m_language.rightToLeft());
}

Status ComparisonView::exportXlsx(const QString &path) const
{
    if (m_figures.empty())
        return nothingToExport();
    return writeTablesXlsx(path, {{tr("Comparison"), m_tableContent}}, m_language.rightToLeft());
}

Status ComparisonView::exportChartPng(const QString &path) const
{
    if (m_figures.empty())
        return nothingToExport();
    QChart chart;
    fillChart(chart, printPalette());
    return writeChartPng(path, chart, QSize(900, 500));
}

void ComparisonView::exportWithDialog()
{
    exportFromMenu(m_export, {{tr("PDF report…"), tr("PDF documents (*.pdf)"), [this](const QString &p) { return exportPdf(p); }},
                              {tr("Excel workbook…"), tr("Excel workbooks (*.xlsx)"),
                               [this](const QString &p) { return exportXlsx(p); }},
                              {tr("Chart as PNG…"), tr("PNG images (*.png)"),
                               [this](const QString &p) { return exportChartPng(p); }}});
}

} // namespace rater::gui
