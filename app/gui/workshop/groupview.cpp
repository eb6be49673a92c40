#include "groupview.h"

#include "charts/groupcharts.h"
#include "languagecontroller.h"
#include "reportpages.h"
#include "workshopreport.h"
#include "views/exportmenu.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace rater::gui {

using namespace rater::reports;

GroupView::GroupView(const Questionnaire &questionnaire, LanguageController &language, QWidget *parent)
    : QWidget(parent), m_questionnaire(questionnaire), m_language(language)
{
    setObjectName(QStringLiteral("groupView"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("groupContent"));
    // Projector-friendly: everything half as large again.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    content->setFont(large);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("groupHeading"));
    QFont bold = large;
    bold.setBold(true);
    bold.setPointSizeF(large.pointSizeF() * 1.3);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_figures = new QLabel(content);
    m_figures->setObjectName(QStringLiteral("groupFigures"));
    m_figures->setWordWrap(true);
    // Chart titles stand above the charts, where they can wrap instead of being cut.
    QFont titleFont = large;
    titleFont.setBold(true);
    m_boxesTitle = new QLabel(content);
    m_boxesTitle->setObjectName(QStringLiteral("groupBoxPlotTitle"));
    m_boxesTitle->setFont(titleFont);
    m_boxesTitle->setWordWrap(true);
    m_boxes = new QChartView(new QChart, content);
    m_boxes->setObjectName(QStringLiteral("groupBoxPlot"));
    m_boxes->setRenderHint(QPainter::Antialiasing);
    m_boxes->setMinimumWidth(360);
    // Fixed heights: the columns hold word-wrapped labels, and a layout that
    // fits those by width would squeeze a chart below its minimum.
    m_boxes->setFixedHeight(360);
    QFont note = large;
    note.setPointSizeF(large.pointSizeF() * 0.75);
    m_alphaNote = new QLabel(content);
    m_alphaNote->setObjectName(QStringLiteral("groupAlphaNote"));
    m_alphaNote->setWordWrap(true);
    m_alphaNote->setFont(note);
    m_statementsTitle = new QLabel(content);
    m_statementsTitle->setObjectName(QStringLiteral("groupStatementBarsTitle"));
    m_statementsTitle->setFont(titleFont);
    m_statementsTitle->setWordWrap(true);
    m_key = new QLabel(content);
    m_key->setObjectName(QStringLiteral("groupStatementKey"));
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::RichText);
    m_key->setFont(note);
    m_statements = new QChartView(new QChart, content);
    m_statements->setObjectName(QStringLiteral("groupStatementBars"));
    m_statements->setRenderHint(QPainter::Antialiasing);
    m_statements->setMinimumWidth(320);
    m_weakest = new QLabel(content);
    m_weakest->setObjectName(QStringLiteral("groupWeakest"));
    m_weakest->setWordWrap(true);
    m_weakest->setTextFormat(Qt::RichText);

    // Two columns, each one block from top to bottom: the dimensions with
    // their note and the lowest statements; the statements with their key.
    auto *boxColumn = new QVBoxLayout;
    boxColumn->setContentsMargins(0, 0, 0, 0);
    boxColumn->addWidget(m_boxesTitle);
    boxColumn->addWidget(m_boxes);
    boxColumn->addWidget(m_alphaNote);
    boxColumn->addSpacing(8);
    boxColumn->addWidget(m_weakest);
    boxColumn->addStretch();
    auto *statementColumn = new QVBoxLayout;
    statementColumn->setContentsMargins(0, 0, 0, 0);
    statementColumn->addWidget(m_statementsTitle);
    statementColumn->addWidget(m_key);
    statementColumn->addWidget(m_statements);
    statementColumn->addStretch();
    // Each column in a widget of its own, which lays out its word-wrapped
    // labels at its own width.
    auto *boxes = new QWidget(content);
    boxes->setLayout(boxColumn);
    auto *statements = new QWidget(content);
    statements->setLayout(statementColumn);
    auto *charts = new QHBoxLayout;
    charts->addWidget(boxes, 3, Qt::AlignTop);
    charts->addWidget(statements, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_figures);
    layout->addLayout(charts);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("groupScroll"));
    scroll->setFocusPolicy(Qt::NoFocus); // a frame: the keyboard goes to the charts inside
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    m_boxes->installEventFilter(this);
    m_statements->installEventFilter(this);
    connect(&m_language, &LanguageController::calendarChanged, this, &GroupView::refresh);
}

void GroupView::setGroup(const QString &title, const QDate &date, const GroupSummary &group, int threshold)
{
    m_title = title;
    m_date = date;
    m_group = group;
    m_threshold = std::max(threshold, minimumAnonymityThreshold);
    refresh();
}

bool GroupView::eventFilter(QObject *watched, QEvent *event)
{
    // A chart that changes width fills again, once the layout has settled,
    // so that the names under the boxes get type that fits.
    if (event->type() == QEvent::Resize
        && static_cast<QResizeEvent *>(event)->size().width() != static_cast<QResizeEvent *>(event)->oldSize().width()
        && !m_chartsDue) {
        m_chartsDue = true;
        QTimer::singleShot(0, this, [this] {
            m_chartsDue = false;
            fillCharts();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void GroupView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

reports::WorkshopReportContent GroupView::content() const
{
    return {&m_questionnaire, m_title,        m_date, m_group, m_threshold, m_language.language(),
            m_language.calendar(), QString()};
}

reports::WorkshopReportContent GroupView::reportContent() const
{
    // The actions are read for the report only, not for what the screen shows.
    reports::WorkshopReportContent report = content();
    if (m_actions)
        report.actions = m_actions(m_language.language(), m_language.calendar());
    return report;
}

QString GroupView::headline() const
{
    return reports::groupHeadline(content());
}

void GroupView::refresh()
{
    const QLocale locale = m_language.locale();
    const QString lang = m_language.code();
    m_heading->setText(isolate(m_title)
                       + (m_date.isValid() ? QStringLiteral(" — ") + m_language.formatDate(m_date) : QString()));
    m_figures->setText(headline());
    m_figures->setAccessibleName(m_figures->text());
    const QFont chartFont = m_boxes->parentWidget()->font();
    fillCharts();
    m_boxesTitle->setText(m_boxesTitleText);
    m_statementsTitle->setText(m_statementsTitleText);
    const GroupChartStyle style{lang, locale, m_language.rightToLeft(), palette(), chartFont};
    m_statements->setFixedHeight(statementBarsHeight(m_questionnaire, style));
    m_key->setText(statementBarsKey(m_questionnaire, style));
    const bool shown = !m_group.suppressed;
    for (QWidget *part : std::initializer_list<QWidget *>{m_boxesTitle, m_boxes, m_statementsTitle, m_statements,
                                                          m_key, m_weakest})
        part->setVisible(shown);
    m_boxes->setAccessibleName(m_boxesTitle->text());
    m_statements->setAccessibleName(m_statementsTitle->text());
    m_alphaNote->setText(reports::alphaNote());
    m_alphaNote->setVisible(shown && m_group.n >= alphaMinimumGroup);
    m_weakest->setText(shown ? reports::lowestStatementsHtml(content()) : QString());
}

void GroupView::fillCharts()
{
    GroupChartStyle style{m_language.code(), m_language.locale(), m_language.rightToLeft(), palette(),
                          m_boxes->parentWidget()->font(), double(m_boxes->width())};
    fillDimensionBoxPlot(*m_boxes->chart(), m_group, m_questionnaire, style);
    style.width = m_statements->width();
    fillStatementBars(*m_statements->chart(), m_group, m_questionnaire, style);
    // The titles stand above the charts, in labels that can wrap.
    m_boxesTitleText = m_boxes->chart()->title();
    m_statementsTitleText = m_statements->chart()->title();
    m_boxes->chart()->setTitle(QString());
    m_statements->chart()->setTitle(QString());
}

Status GroupView::exportChartPng(const QString &path, bool statements) const
{
    // For slides: dark on white, in the projector's type.
    const GroupChartStyle style{m_language.code(), m_language.locale(), m_language.rightToLeft(), printPalette(),
                                m_boxes->parentWidget()->font()};
    QChart chart;
    if (statements) {
        fillStatementBars(chart, m_group, m_questionnaire, style);
        return writeChartPng(path, chart, QSize(900, 800), statementBarsKey(m_questionnaire, style));
    }
    fillDimensionBoxPlot(chart, m_group, m_questionnaire, style);
    return writeChartPng(path, chart, QSize(900, 500));
}

Status GroupView::writeReport(const QString &path) const
{
    return reports::WorkshopReport(reportContent()).writePdf(path);
}

Status GroupView::printReport(QPagedPaintDevice &printer) const
{
    return reports::WorkshopReport(reportContent()).print(printer);
}

} // namespace rater::gui
