#include "groupview.h"

#include "charts/groupcharts.h"
#include "languagecontroller.h"
#include "views/tableexport.h"

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
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    m_boxes->installEventFilter(this);
    m_statements->installEventFilter(this);
    connect(&m_language, &LanguageController::changed, this, &GroupView::refresh);
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

QString GroupView::headline() const
{
    const QLocale locale = m_language.locale();
    if (m_group.n == 0)
        return tr("No one has answered yet. Collect the answers with Pass the Laptop or Paper Entry, or import "
                  "participants' files.");
    if (m_group.suppressed)
        return tr("Participants so far: %1. Group figures appear from %2 participants on, so that no one's answers "
                  "can be told apart.").arg(locale.toString(m_group.n), locale.toString(m_threshold));
    const QString lang = m_language.code();
    const Band *band = m_questionnaire.bandForTotal(int(std::lround(m_group.totalMean)));
    QStringList bands;
    for (const Band &b : m_questionnaire.bands)
        bands << tr("%1: %2").arg(m_questionnaire.tr(b.title, lang), locale.toString(m_group.bands.at(b.id)));
    return tr("Participants: %1. Mean total %2 of %3 (%4); standard deviation %5, from %6 to %7.")
               .arg(locale.toString(m_group.n), locale.toString(m_group.totalMean, 'f', 1),
                    locale.toString(m_questionnaire.maxTotal()), band ? m_questionnaire.tr(band->title, lang) : QString(),
                    locale.toString(m_group.totalSd, 'f', 1), locale.toString(m_group.totalMin),
                    locale.toString(m_group.totalMax))
           + QLatin1Char('\n') + bands.join(QStringLiteral("  ·  "));
}

QString GroupView::weakestHtml() const
{
    const QLocale locale = m_language.locale();
    const QString lang = m_language.code();
    QString html = QStringLiteral("<div dir='%1'><b>%2</b><ul>")
                       .arg(m_language.rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            tr("Lowest statements").toHtmlEscaped());
    for (const auto &[number, mean] : m_group.weakestStatements)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1. %2 (mean item score %3)")
                             .arg(locale.toString(number),
                                  m_questionnaire.tr(m_questionnaire.statement(number)->text, lang),
                                  locale.toString(mean, 'f', 2))
                             .toHtmlEscaped());
    return html + QStringLiteral("</ul></div>");
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
    m_alphaNote->setText(tr("α under each dimension: Cronbach's alpha, how well its statements agree in this group."));
    m_alphaNote->setVisible(shown && m_group.n >= alphaMinimumGroup);
    m_weakest->setText(shown ? weakestHtml() : QString());
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
    return report(nullptr, path);
}

bool GroupView::printReport(QPagedPaintDevice &printer) const
{
    return report(&printer, QString()).hasValue();
}

Status GroupView::report(QPagedPaintDevice *device, const QString &path) const
{
    const QString lang = m_language.code();
    const QLocale locale = m_language.locale();
    // Page-sized type and a print palette, not the projector's nor the screen's.
    QFont pageFont = QApplication::font();
    pageFont.setPointSizeF(8);
    const GroupChartStyle style{lang, locale, m_language.rightToLeft(), printPalette(), pageFont, 718};
    QChart boxes;
    QChart statements;
    fillDimensionBoxPlot(boxes, m_group, m_questionnaire, style);
    fillStatementBars(statements, m_group, m_questionnaire, style);
    QString advice;
    if (!m_group.suppressed) {
        if (m_group.n >= alphaMinimumGroup)
            advice += QStringLiteral("<p>%1</p>")
                          .arg(tr("α under each dimension: Cronbach's alpha, how well its statements agree in this "
                                  "group.")
                                   .toHtmlEscaped());
        std::vector<DimensionGroupSummary> ordered = m_group.dimensions;
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto &a, const auto &b) { return a.mean < b.mean; });
        advice += QStringLiteral("<h3>%1</h3>").arg(tr("Where to start").toHtmlEscaped());
        for (std::size_t i = 0; i < std::min<std::size_t>(2, ordered.size()); ++i) {
            const Dimension &d = *m_questionnaire.dimension(ordered[i].id);
            advice += QStringLiteral("<p><b>%1</b> — %2</p><ul>")
                          .arg(m_questionnaire.tr(d.name, lang).toHtmlEscaped(),
                               m_questionnaire.tr(d.description, lang).toHtmlEscaped());
            for (const LocalizedText &tip : d.tips)
                advice += QStringLiteral("<li>%1</li>").arg(m_questionnaire.tr(tip, lang).toHtmlEscaped());
            advice += QStringLiteral("</ul>");
        }
    }
    std::vector<ReportSection> sections;
    if (!m_group.suppressed) {
        // The statement bars get the height their labels need.
        const double statementsHeight = std::max(0.6, statementBarsHeight(m_questionnaire, style) / style.width);
        sections = {{&boxes, {}, advice},
                    {&statements, {}, statementBarsKey(m_questionnaire, style) + weakestHtml(), statementsHeight}};
    }
    const QString subtitle = (m_date.isValid() ? m_language.formatDate(m_date) + QStringLiteral(". ") : QString()) + headline();
    if (device) {
        if (!renderReport(*device, m_title, subtitle, sections, m_language.rightToLeft()))
            return Status::failure(tr("The report could not be printed."));
        return Done{};
    }
    return writeReportPdf(path, m_title, subtitle, sections, m_language.rightToLeft());
}

} // namespace rater::gui
