#include "groupview.h"

#include "charts/groupcharts.h"
#include "languagecontroller.h"
#include "views/tableexport.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rater::gui {

GroupView::GroupView(const Questionnaire &questionnaire, LanguageController &language, QWidget *parent)
    : QWidget(parent), m_questionnaire(questionnaire), m_language(language)
{
    setObjectName(QStringLiteral("groupView"));
    // Projector-friendly: everything half as large again.
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    setFont(large);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("groupHeading"));
    QFont bold = large;
    bold.setBold(true);
    bold.setPointSizeF(large.pointSizeF() * 1.3);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("groupFigures"));
    m_figures->setWordWrap(true);
    m_boxes = new QChartView(new QChart, this);
    m_boxes->setObjectName(QStringLiteral("groupBoxPlot"));
    m_boxes->setRenderHint(QPainter::Antialiasing);
    m_boxes->setMinimumHeight(320);
    m_statements = new QChartView(new QChart, this);
    m_statements->setObjectName(QStringLiteral("groupStatementBars"));
    m_statements->setRenderHint(QPainter::Antialiasing);
    m_weakest = new QLabel(this);
    m_weakest->setObjectName(QStringLiteral("groupWeakest"));
    m_weakest->setWordWrap(true);

    auto *charts = new QGridLayout;
    charts->addWidget(m_boxes, 0, 0);
    charts->addWidget(m_statements, 0, 1, 2, 1);
    charts->addWidget(m_weakest, 1, 0, Qt::AlignTop);
    charts->setRowStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_figures);
    layout->addLayout(charts, 1);
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

void GroupView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QString GroupView::headline() const
{
    const QLocale locale = m_language.locale();
    if (m_group.suppressed)
        return tr("%1 participants. Group figures appear from %2 participants on, so that no one's answers can be "
                  "told apart.").arg(locale.toString(m_group.n), locale.toString(m_threshold));
    const QString lang = m_language.code();
    const Band *band = m_questionnaire.bandForTotal(int(std::lround(m_group.totalMean)));
    QStringList bands;
    for (const Band &b : m_questionnaire.bands)
        bands << tr("%1: %2").arg(m_questionnaire.tr(b.title, lang), locale.toString(m_group.bands.at(b.id)));
    return tr("%1 participants. Mean total %2 of %3 (%4); standard deviation %5, from %6 to %7.")
               .arg(locale.toString(m_group.n), locale.toString(m_group.totalMean, 'f', 1),
                    locale.toString(m_questionnaire.maxTotal()), band ? m_questionnaire.tr(band->title, lang) : QString(),
                    locale.toString(m_group.totalSd, 'f', 1), locale.toString(m_group.totalMin),
                    locale.toString(m_group.totalMax))
           + QLatin1Char('\n') + bands.join(QStringLiteral("  ·  "));
}

void GroupView::refresh()
{
    const QLocale locale = m_language.locale();
    const QString lang = m_language.code();
    m_heading->setText(m_title + (m_date.isValid() ? QStringLiteral(" — ") + m_language.formatDate(m_date) : QString()));
    m_figures->setText(headline());
    m_figures->setAccessibleName(m_figures->text());
    const GroupChartStyle style{lang, locale, m_language.rightToLeft(), palette(), font()};
    fillDimensionBoxPlot(*m_boxes->chart(), m_group, m_questionnaire, style);
    fillStatementBars(*m_statements->chart(), m_group, m_questionnaire, style);
    m_boxes->setVisible(!m_group.suppressed);
    m_statements->setVisible(!m_group.suppressed);
    m_boxes->setAccessibleName(m_boxes->chart()->title());
    m_statements->setAccessibleName(m_statements->chart()->title());
    QStringList lines;
    if (!m_group.suppressed) {
        lines << tr("Lowest statements:");
        for (const auto &[number, mean] : m_group.weakestStatements)
            lines << tr("%1. %2 (mean item score %3)")
                         .arg(locale.toString(number), m_questionnaire.tr(m_questionnaire.statement(number)->text, lang),
                              locale.toString(mean, 'f', 2));
        if (m_group.n >= alphaMinimumGroup)
            lines << tr("α under each dimension: Cronbach's alpha, how well its statements agree in this group.");
    }
    m_weakest->setText(lines.join(QLatin1Char('\n')));
    m_weakest->setVisible(!m_group.suppressed);
}

Status GroupView::exportChartPng(const QString &path, bool statements) const
{
    const GroupChartStyle style{m_language.code(), m_language.locale(), m_language.rightToLeft(), palette(), font()};
    QChart chart;
    if (statements)
        fillStatementBars(chart, m_group, m_questionnaire, style);
    else
        fillDimensionBoxPlot(chart, m_group, m_questionnaire, style);
    return writeChartPng(path, chart, statements ? QSize(900, 800) : QSize(900, 500));
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
    // Page-sized type, not the projector's.
    QFont pageFont = QApplication::font();
    pageFont.setPointSizeF(8);
    const GroupChartStyle style{lang, locale, m_language.rightToLeft(), QPalette(Qt::white), pageFont};
    QChart boxes;
    QChart statements;
    fillDimensionBoxPlot(boxes, m_group, m_questionnaire, style);
    fillStatementBars(statements, m_group, m_questionnaire, style);
    QString advice;
    if (!m_group.suppressed) {
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
    if (!m_group.suppressed)
        sections = {{&boxes, {}, advice}, {&statements, {}, QString()}};
    const QString subtitle = (m_date.isValid() ? m_language.formatDate(m_date) + QStringLiteral(". ") : QString()) + headline();
    if (device) {
        if (!renderReport(*device, m_title, subtitle, sections, m_language.rightToLeft()))
            return Status::failure(tr("The report could not be printed."));
        return Done{};
    }
    return writeReportPdf(path, m_title, subtitle, sections, m_language.rightToLeft());
}

} // namespace rater::gui
