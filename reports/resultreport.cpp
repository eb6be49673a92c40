#include "resultreport.h"

#include "charts/dimensionbars.h"
#include "charts/radar.h"
#include "files/files.h"
#include "reportpages.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPrinter>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QTextDocument>

namespace rater::reports {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ResultReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ResultReport::ResultReport(ResultReportContent content)
    : m_content(std::move(content)), m_locale(localeFor(m_content.language)),
      m_lang(languageCode(m_content.language)), m_rightToLeft(m_content.language != Language::English)
{
}

QString ResultReport::headerHtml() const
{
    const Questionnaire &q = *m_content.questionnaire;
    const Score &s = m_content.score;
    const Band &band = *q.band(s.bandId);
    // Names are isolated, so that a right-to-left name cannot reorder the sentence around it.
    QStringList details{Text::tr("Team: %1").arg(esc(isolate(m_content.answers.team))),
                        Text::tr("Date: %1").arg(formatDate(m_content.answers.date, m_locale, m_content.calendar))};
    if (!m_content.answers.respondent.isEmpty())
        details << Text::tr("Respondent: %1").arg(esc(isolate(m_content.answers.respondent)));
    return QStringLiteral("<h2>%1</h2><p>%2</p><p style='font-size:16pt'><b>%3</b> &nbsp; %4</p><p>%5</p>")
        .arg(esc(q.tr(q.title, m_lang)), details.join(esc(figureSeparator(m_content.language))),
             Text::tr("Total: %1 of %2").arg(m_locale.toString(s.total), m_locale.toString(s.maxTotal)),
             esc(q.tr(band.title, m_lang)), esc(q.tr(band.interpretation, m_lang)));
}

QString ResultReport::adviceHtml() const
{
    const Questionnaire &q = *m_content.questionnaire;
    const std::vector<DimensionScore> weakest = weakestFirst(m_content.score);
    QString html = QStringLiteral("<h3>%1</h3>").arg(Text::tr("Where to start"));
    for (std::size_t i = 0; i < std::min<std::size_t>(2, weakest.size()); ++i) {
        const Dimension &d = *q.dimension(weakest[i].id);
        html += QStringLiteral("<p><b>%1</b> (%2) — %3</p><ul>")
                    .arg(esc(q.tr(d.name, m_lang)), m_locale.toString(weakest[i].percent, 'f', 0) + m_locale.percent(),
                         esc(q.tr(d.description, m_lang)));
        for (const LocalizedText &tip : d.tips)
            html += QStringLiteral("<li>%1</li>").arg(esc(q.tr(tip, m_lang)));
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString ResultReport::tableHtml() const
{
    const Questionnaire &q = *m_content.questionnaire;
    const Score &s = m_content.score;
    // HTML tables are never mirrored by Qt: write the columns in reading order.
    const auto row = [this](QStringList cells, const QString &tag) -> QString {
        if (m_rightToLeft)
            std::reverse(cells.begin(), cells.end());
        QString html = QStringLiteral("<tr>");
        for (const QString &cell : cells)
            html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
        return html + QStringLiteral("</tr>");
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(Text::tr("Statement by statement"));
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2' border='0.5' style='border-color:#999'>");
    html += row({Text::tr("No."), Text::tr("Statement"), Text::tr("Answer"), Text::tr("Item score"),
                 Text::tr("Keying"), Text::tr("Feeds")},
                QStringLiteral("th"));
    for (std::size_t i = 0; i < q.statements.size(); ++i) {
        const Statement &statement = q.statements[i];
        const int answer = m_content.answers.answers.at(i);
        QStringList feeds;
        for (const QString &id : q.dimensionsOf(statement.number))
            feeds << esc(q.dimensionName(id, m_lang));
        html += row({m_locale.toString(statement.number), esc(q.tr(statement.text, m_lang)),
                     m_locale.toString(answer) + QStringLiteral(" ")
                         + esc(q.tr(q.scale.at(std::size_t(answer - q.scaleMin())).label, m_lang)),
                     m_locale.toString(s.itemScores.at(i)),
                     statement.keying == Keying::Reverse ? Text::tr("Reversed") : QString(),
                     feeds.join(m_rightToLeft ? QStringLiteral("، ") : QStringLiteral(", "))},
                    QStringLiteral("td"));
    }
    return html + QStringLiteral("</table>");
}

void ResultReport::render(QPainter &painter, const QRectF &page) const
{
    const QString direction = m_rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const auto document = [&](const QString &body, double points) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(painter.device());
        doc->setDefaultFont(reportFont(points));
        doc->setDocumentMargin(0);
        doc->setHtml(QStringLiteral("<html><body dir='%1'><div dir='%1'>%2</div></body></html>").arg(direction, body));
        doc->setTextWidth(page.width());
        return doc;
    };
    const auto header = document(headerHtml(), 10.5);
    const auto advice = document(adviceHtml(), 9);
    const auto table = document(tableHtml(), 8);
    const double chartHeight = page.width() * 0.40;
    const double gap = page.width() * 0.02;
    const double needed = header->size().height() + chartHeight + advice->size().height() + table->size().height()
                          + 3 * gap;
    const double scale = std::min(1.0, page.height() / needed);

    painter.save();
    painter.translate(page.topLeft());
    painter.scale(scale, scale);
    const double width = page.width() / scale;
    double y = 0;
    const auto draw = [&](QTextDocument &doc) {
        doc.setTextWidth(width);
        painter.save();
        painter.translate(0, y);
        drawOnPaper(painter, doc);
        painter.restore();
        y += doc.size().height() + gap;
    };
    draw(*header);

    // The charts side by side, bars first in reading order.
    const QPalette palette = printPalette();
    // The bars need room for five names side by side; the radar is compact.
    const double barsWidth = (width - gap) * 0.58;
    const double radarWidth = width - gap - barsWidth;
    const QRectF first(m_rightToLeft ? radarWidth + gap : 0, y, barsWidth, chartHeight);
    const QRectF second(m_rightToLeft ? 0 : barsWidth + gap, y, radarWidth, chartHeight);
    DimensionChartData data;
    data.locale = m_locale;
    data.rightToLeft = m_rightToLeft;
    for (const DimensionScore &d : m_content.score.dimensions) {
        data.names << m_content.questionnaire->tr(m_content.questionnaire->dimension(d.id)->name, m_lang);
        data.percents.push_back(d.percent);
    }
    {
        // A chart in a scene of its own, laid out at its size on the page, then
        // drawn through the painter: vector shapes and real text in the PDF.
        QGraphicsScene scene;
        auto *chart = new QChart; // owned by the scene
        scene.addItem(chart);
        data.title = Text::tr("Dimension scores (percent)");
        fillDimensionBars(*chart, data, palette, reportFont(7.5), first.width());
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(6, 6, 6, 6));
        chart->resize(first.size());
        chart->layout()->activate();
        QCoreApplication::sendPostedEvents(chart);
        scene.render(&painter, first, QRectF(QPointF(0, 0), first.size()));
    }
    data.title = Text::tr("Dimension profile");
    painter.fillRect(second, palette.color(QPalette::Base));
    paintRadar(painter, second, data, palette, reportFont(8));
    y += chartHeight + gap;

    draw(*advice);
    draw(*table);
    painter.restore();
}

Status ResultReport::writePdf(const QString &path) const
{
    return reports::writePdf(path, m_content.questionnaire->tr(m_content.questionnaire->title, m_lang),
                             [this](QPdfWriter &writer) {
                                 QPainter painter;
                                 if (!painter.begin(&writer))
                                     return false;
                                 const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
                                 render(painter, QRectF(QPointF(0, 0), page.size()));
                                 return painter.end();
                             });
}

void ResultReport::print(QPrinter *printer) const
{
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    render(painter, QRectF(QPointF(0, 0), page.size()));
}

} // namespace rater::reports
