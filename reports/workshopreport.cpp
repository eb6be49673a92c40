#include "workshopreport.h"

#include "charts/groupcharts.h"
#include "reportpages.h"

#include <QApplication>
#include <QChart>
#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rater::reports {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkshopReport)
};

// The page's width in layout units: A4 less its margins, at 96 dpi.
constexpr double pageWidth = 718;

} // namespace

QString groupHeadline(const WorkshopReportContent &content)
{
    const GroupSummary &group = content.group;
    const Questionnaire &q = *content.questionnaire;
    const QLocale locale = localeFor(content.language);
    if (group.n == 0)
        return Text::tr("No one has answered yet. Collect the answers with Pass the Laptop or Paper Entry, or "
                        "import participants' files.");
    if (group.suppressed)
        return Text::tr("Participants so far: %1. Group figures appear from %2 participants on, so that no one's "
                        "answers can be told apart.")
            .arg(locale.toString(group.n), locale.toString(std::max(content.threshold, minimumAnonymityThreshold)));
    const QString lang = languageCode(content.language);
    const Band *band = q.bandForTotal(int(std::lround(group.totalMean)));
    QStringList bands;
    for (const Band &b : q.bands)
        bands << Text::tr("%1: %2").arg(q.tr(b.title, lang), locale.toString(group.bands.at(b.id)));
    return Text::tr("Participants: %1. Mean total %2 of %3 (%4); standard deviation %5, from %6 to %7.")
               .arg(locale.toString(group.n), locale.toString(group.totalMean, 'f', 1),
                    locale.toString(q.maxTotal()), band ? q.tr(band->title, lang) : QString(),
                    locale.toString(group.totalSd, 'f', 1), locale.toString(group.totalMin),
                    locale.toString(group.totalMax))
           + QLatin1Char('\n') + bands.join(figureSeparator(content.language));
}

QString lowestStatementsHtml(const WorkshopReportContent &content)
{
    const Questionnaire &q = *content.questionnaire;
    const QLocale locale = localeFor(content.language);
    const QString lang = languageCode(content.language);
    QString html = QStringLiteral("<div dir='%1'><b>%2</b><ul>")
                       .arg(content.language == Language::English ? QStringLiteral("ltr") : QStringLiteral("rtl"),
                            Text::tr("Lowest statements").toHtmlEscaped());
    for (const auto &[number, mean] : content.group.weakestStatements)
        html += QStringLiteral("<li>%1</li>")
                    .arg(Text::tr("%1. %2 (mean item score %3)")
                             .arg(locale.toString(number), q.tr(q.statement(number)->text, lang),
                                  locale.toString(mean, 'f', 2))
                             .toHtmlEscaped());
    return html + QStringLiteral("</ul></div>");
}

QString alphaNote()
{
    return Text::tr("α under each dimension: Cronbach's alpha, how well its statements agree in this group.");
}

WorkshopReport::WorkshopReport(WorkshopReportContent content) : m_content(std::move(content)) {}

Status WorkshopReport::writePdf(const QString &path) const
{
    return render(nullptr, path);
}

Status WorkshopReport::print(QPagedPaintDevice &device) const
{
    return render(&device, QString());
}

Status WorkshopReport::render(QPagedPaintDevice *device, const QString &path) const
{
    const Questionnaire &q = *m_content.questionnaire;
    const GroupSummary &group = m_content.group;
    const QString lang = languageCode(m_content.language);
    const bool rightToLeft = m_content.language != Language::English;
    // Page-sized type and a print palette, whatever the screen's.
    QFont pageFont = QApplication::font();
    pageFont.setPointSizeF(8);
    const GroupChartStyle style{lang, localeFor(m_content.language), rightToLeft, printPalette(), pageFont, pageWidth};
    QChart boxes;
    QChart statements;
    fillDimensionBoxPlot(boxes, group, q, style);
    fillStatementBars(statements, group, q, style);
    std::vector<ReportSection> sections;
    if (!group.suppressed) {
        QString advice;
        if (group.n >= alphaMinimumGroup)
            advice += QStringLiteral("<p>%1</p>").arg(alphaNote().toHtmlEscaped());
        std::vector<DimensionGroupSummary> ordered = group.dimensions;
        std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.mean < b.mean; });
        advice += QStringLiteral("<h3>%1</h3>").arg(Text::tr("Where to start").toHtmlEscaped());
        for (std::size_t i = 0; i < std::min<std::size_t>(2, ordered.size()); ++i) {
            const Dimension &d = *q.dimension(ordered[i].id);
            advice += QStringLiteral("<p><b>%1</b> — %2</p><ul>")
                          .arg(q.tr(d.name, lang).toHtmlEscaped(), q.tr(d.description, lang).toHtmlEscaped());
            for (const LocalizedText &tip : d.tips)
                advice += QStringLiteral("<li>%1</li>").arg(q.tr(tip, lang).toHtmlEscaped());
            advice += QStringLiteral("</ul>");
        }
        // The statement bars get the height their labels need.
        const double statementsHeight = std::max(0.6, statementBarsHeight(q, style) / style.width);
        sections = {{&boxes, {}, advice},
                    {&statements, {}, statementBarsKey(q, style) + lowestStatementsHtml(m_content), statementsHeight}};
    }
    if (!m_content.actions.isEmpty())
        sections.push_back({nullptr, {}, m_content.actions});
    const QString date = m_content.date.isValid()
                             ? formatDate(m_content.date, localeFor(m_content.language), m_content.calendar)
                                   + QStringLiteral(". ")
                             : QString();
    const QString subtitle = date + groupHeadline(m_content);
    if (device) {
        if (!renderReport(*device, m_content.title, subtitle, sections, rightToLeft))
            return Status::failure(Text::tr("The report could not be printed."));
        return Done{};
    }
    return writeReportPdf(path, m_content.title, subtitle, sections, rightToLeft);
}

} // namespace rater::reports
