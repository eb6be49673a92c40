#include "resultspage.h"

#include "charts/dimensionbarchart.h"
#include "charts/radarchart.h"
#include "languagecontroller.h"
#include "resultreport.h"
#include "scoring/statementtablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rater::gui {
namespace {

QLabel *heading(QWidget *parent, const QString &name, double scale = 1.2)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

ResultsPage::ResultsPage(const Questionnaire &questionnaire, LanguageController &language, QWidget *parent)
    : QWidget(parent), m_questionnaire(questionnaire), m_language(language)
{
    setObjectName(QStringLiteral("resultsPage"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("resultsContent"));

    m_total = heading(content, QStringLiteral("totalLabel"), 2.0);
    m_band = heading(content, QStringLiteral("bandTitle"), 1.4);
    m_interpretation = new QLabel(content);
    m_interpretation->setObjectName(QStringLiteral("interpretation"));
    m_interpretation->setWordWrap(true);
    m_details = new QLabel(content);
    m_details->setObjectName(QStringLiteral("resultDetails"));
    m_details->setWordWrap(true);

    m_bars = new DimensionBarChart(content);
    m_radar = new RadarChart(content);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_bars, 3); // five names side by side need the room
    charts->addWidget(m_radar, 2);

    m_dimensionHeading = heading(content, QStringLiteral("dimensionHeading"));
    m_dimensions = new QTableWidget(content);
    m_dimensions->setObjectName(QStringLiteral("dimensionTable"));
    m_dimensions->setColumnCount(3);
    m_dimensions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dimensions->verticalHeader()->hide();
    m_dimensions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dimensions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_dimensions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dimensions->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_dimensions->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_weakestHeading = heading(content, QStringLiteral("weakestHeading"));
    m_weakest = new QLabel(content);
    m_weakest->setObjectName(QStringLiteral("weakestDimensions"));
    m_weakest->setWordWrap(true);
    m_weakest->setTextFormat(Qt::RichText);
    m_weakest->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_statementsHeading = heading(content, QStringLiteral("statementsHeading"));
    m_statementModel = new StatementTableModel(this);
    m_statements = new QTableView(content);
    m_statements->setObjectName(QStringLiteral("statementTable"));
    m_statements->setModel(m_statementModel);
    m_statements->setWordWrap(true);
    m_statements->verticalHeader()->hide();
    m_statements->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statements->horizontalHeader()->setSectionResizeMode(StatementTableModel::Text, QHeaderView::Stretch);
    m_statements->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statements->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_statements->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statements->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_statements->setTabKeyNavigation(false);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_total);
    contentLayout->addWidget(m_band);
    contentLayout->addWidget(m_interpretation);
    contentLayout->addWidget(m_details);
    contentLayout->addSpacing(8);
    contentLayout->addLayout(charts);
    contentLayout->addWidget(m_dimensionHeading);
    contentLayout->addWidget(m_dimensions);
    contentLayout->addWidget(m_weakestHeading);
    contentLayout->addWidget(m_weakest);
    contentLayout->addWidget(m_statementsHeading);
    contentLayout->addWidget(m_statements);
    contentLayout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("resultsScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_planActions = new QPushButton(this);
    m_planActions->setObjectName(QStringLiteral("planActionsButton"));
    m_newQuiz = new QPushButton(this);
    m_newQuiz->setObjectName(QStringLiteral("newQuizButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addWidget(m_planActions);
    buttons->addStretch();
    buttons->addWidget(m_newQuiz);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ResultsPage::saveRequested);
    connect(m_export, &QPushButton::clicked, this, &ResultsPage::exportRequested);
    connect(m_print, &QPushButton::clicked, this, &ResultsPage::printRequested);
    connect(m_newQuiz, &QPushButton::clicked, this, &ResultsPage::newQuizRequested);
    connect(m_planActions, &QPushButton::clicked, this, &ResultsPage::planActionsRequested);
    connect(&m_language, &LanguageController::calendarChanged, this, &ResultsPage::refresh);
}

void ResultsPage::setResult(const QuizAnswers &answers, const Score &score)
{
    m_answers = answers;
    m_score = score;
    m_saved = false;
    m_statementModel->setResult(&m_questionnaire, answers.answers, score);
    refresh();
    // Each result opens at its top, wherever the last one was left.
    m_scroll->verticalScrollBar()->setValue(0);
}

void ResultsPage::setSaved(bool saved)
{
    m_saved = saved;
    refresh();
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

reports::DimensionChartData ResultsPage::chartData(const QString &title) const
{
    reports::DimensionChartData data;
    data.title = title;
    data.locale = m_language.locale();
    data.rightToLeft = m_language.rightToLeft();
    for (const DimensionScore &d : m_score.dimensions) {
        data.names << m_questionnaire.dimensionName(d.id, m_language.code());
        data.percents.push_back(d.percent);
    }
    return data;
}

void ResultsPage::refresh()
{
    const QString lang = m_language.code();
    const QLocale locale = m_language.locale();
    const Questionnaire &q = m_questionnaire;
    m_save->setText(m_saved ? tr("Saved") : tr("&Save Result"));
    m_save->setEnabled(!m_saved);
    m_save->setAccessibleName(m_save->text().remove(QLatin1Char('&')));
    m_export->setText(tr("E&xport as PDF…"));
    m_export->setAccessibleName(tr("Export as PDF"));
    m_print->setText(tr("&Print…"));
    m_print->setAccessibleName(tr("Print"));
    m_planActions->setText(tr("P&lan Actions…"));
    m_planActions->setAccessibleName(tr("Plan actions"));
    m_planActions->setEnabled(m_saved);
    m_planActions->setToolTip(m_saved ? tr("Turn the weakest dimensions' tips into the team's actions")
                                      : tr("Save the result first: the actions belong to its team"));
    m_newQuiz->setText(tr("&New Quiz"));
    m_newQuiz->setAccessibleName(tr("New quiz"));
    m_dimensionHeading->setText(tr("Dimensions"));
    m_weakestHeading->setText(tr("Where to start"));
    m_statementsHeading->setText(tr("Statement by statement"));
    m_statements->setAccessibleName(tr("Answers and item scores for each statement"));
    m_dimensions->setAccessibleName(tr("Dimension scores"));
    m_statementModel->setLanguage(lang, locale);
    if (m_score.itemScores.empty())
        return;

    const Band &band = *q.band(m_score.bandId);
    m_total->setText(tr("Total: %1 of %2").arg(locale.toString(m_score.total), locale.toString(m_score.maxTotal)));
    m_total->setAccessibleName(m_total->text());
    m_band->setText(q.tr(band.title, lang));
    m_band->setAccessibleName(m_band->text());
    m_interpretation->setText(q.tr(band.interpretation, lang));
    m_interpretation->setAccessibleName(m_interpretation->text());
    QStringList details{tr("Team: %1").arg(m_answers.team), tr("Date: %1").arg(m_language.formatDate(m_answers.date))};
    if (!m_answers.respondent.isEmpty())
        details << tr("Respondent: %1").arg(m_answers.respondent);
    details << tr("Possible range: %1 to %2").arg(locale.toString(m_score.minTotal), locale.toString(m_score.maxTotal));
    m_details->setText(details.join(figureSeparator(m_language.language())));
    m_details->setAccessibleName(m_details->text());

    m_bars->setData(chartData(tr("Dimension scores (percent)")));
    m_radar->setData(chartData(tr("Dimension profile")));

    m_dimensions->setHorizontalHeaderLabels({tr("Dimension"), tr("Mean (%1 to %2)").arg(locale.toString(q.scaleMin()),
                                                                                        locale.toString(q.scaleMax())),
                                             tr("Percent")});
    m_dimensions->setRowCount(int(m_score.dimensions.size()));
    for (int row = 0; row < int(m_score.dimensions.size()); ++row) {
        const DimensionScore &d = m_score.dimensions[std::size_t(row)];
        const auto item = [this, row](int column, const QString &text, Qt::Alignment align) {
            auto *cell = new QTableWidgetItem(text);
            cell->setTextAlignment(align);
            m_dimensions->setItem(row, column, cell);
        };
        item(0, q.dimensionName(d.id, lang), Qt::AlignLeading | Qt::AlignVCenter);
        item(1, locale.toString(d.mean, 'f', 2), Qt::AlignCenter);
        item(2, locale.toString(d.percent, 'f', 0) + locale.percent(), Qt::AlignCenter);
    }

    const std::vector<DimensionScore> weakest = weakestFirst(m_score);
    const QString direction = m_language.rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<div dir='%1'>").arg(direction);
    for (std::size_t i = 0; i < std::min<std::size_t>(2, weakest.size()); ++i) {
        const Dimension &d = *q.dimension(weakest[i].id);
        html += QStringLiteral("<p><b>%1</b> (%2) — %3</p><ul>")
                    .arg(q.tr(d.name, lang).toHtmlEscaped(),
                         locale.toString(weakest[i].percent, 'f', 0) + locale.percent(),
                         q.tr(d.description, lang).toHtmlEscaped());
        for (const LocalizedText &tip : d.tips)
            html += QStringLiteral("<li>%1</li>").arg(q.tr(tip, lang).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("</div>");
    m_weakest->setText(html);
    m_weakest->setAccessibleName(m_weakestHeading->text());
}

reports::ResultReport ResultsPage::report() const
{
    return reports::ResultReport({&m_questionnaire, m_answers, m_score, m_language.language(), m_language.calendar()});
}

Status ResultsPage::exportPdf(const QString &path) const
{
    return report().writePdf(path);
}

void ResultsPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Result"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    report().print(&printer);
}

} // namespace rater::gui
