#include "groupcharts.h"

#include "charts/categorylabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace rater::reports {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(GroupCharts)
};

void reset(QChart &chart, const QString &title, const GroupChartStyle &style)
{
    chart.removeAllSeries();
    for (QAbstractAxis *axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    chart.setTitle(title);
    chart.setLocale(style.locale);
    chart.setLocalizeNumbers(true);
    chart.setBackgroundBrush(style.palette.color(QPalette::Base));
    chart.setTitleBrush(style.palette.color(QPalette::Text));
    QFont titleFont = style.font;
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.legend()->setFont(style.font);
    chart.legend()->setLabelColor(style.palette.color(QPalette::Text));
    chart.legend()->setReverseMarkers(style.rightToLeft);
    chart.setMargins(QMargins(4, 4, 4, 4));
}

// One colour per answer, from the low end of the scale (red) to the high end (blue).
QColor answerColour(std::size_t point, std::size_t points)
{
    static const QList<QColor> colours{QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x73), QColor(0xbd, 0xbd, 0xbd),
                                       QColor(0x7f, 0xb3, 0xd5), QColor(0x1f, 0x6f, 0xb2)};
    return colours.value(qsizetype(point * 5 / points));
}

// The numbers beside the bars: smaller than the rest, so that seventeen rows fit.
QFont numbersFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.8);
    return small;
}

void styleAxis(QAbstractAxis *axis, const GroupChartStyle &style)
{
    axis->setTruncateLabels(false);
    axis->setLabelsFont(style.font);
    axis->setLabelsBrush(style.palette.color(QPalette::Text));
    axis->setGridLineColor(style.palette.color(QPalette::Midlight));
}

} // namespace

void fillDimensionBoxPlot(QChart &chart, const GroupSummary &group, const Questionnaire &q, const GroupChartStyle &style)
{
    reset(chart, Text::tr("Dimensions across the group, weakest first"), style);
    chart.legend()->hide();
    if (group.suppressed || group.dimensions.empty())
        return;
    std::vector<std::size_t> order(group.dimensions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&group](std::size_t a, std::size_t b) {
        return group.dimensions[a].mean < group.dimensions[b].mean;
    });
    if (style.rightToLeft)
        std::reverse(order.begin(), order.end());
    auto *series = new QBoxPlotSeries;
    // The median must stand out from its box, and the whiskers from the
    // background: light boxes with dark lines on paper and light themes,
    // the other way round on a dark theme.
    const bool dark = style.palette.color(QPalette::Base).lightness() < 128;
    series->setBrush(dark ? QColor(0x2c, 0x5d, 0x8f) : QColor(0xc6, 0xdd, 0xf2));
    series->setPen(QPen(dark ? QColor(0xc4, 0xe0, 0xfa) : QColor(0x1a, 0x4f, 0x85), 2));
    QStringList dimensionNames;
    for (const DimensionGroupSummary &d : group.dimensions)
        dimensionNames << q.dimensionName(d.id, style.language);
    const QFont namesFont = fittingCategoryFont(style.font, dimensionNames, style.width, 0.6);
    auto *names = new QBarCategoryAxis;
    for (std::size_t i : order) {
        const DimensionGroupSummary &d = group.dimensions[i];
        const QString name = q.dimensionName(d.id, style.language);
        series->append(new QBoxSet(d.min, d.q1, d.median, d.q3, d.max, name));
        // The dimension's internal consistency under its name, when the group is large enough.
        names->append(d.alpha ? QStringLiteral("<div align='center'>%1<br>α %2</div>")
                                    .arg(name.toHtmlEscaped(), style.locale.toString(*d.alpha, 'f', 2))
                              : name);
    }
    chart.addSeries(series);
    auto *values = new QValueAxis;
    values->setRange(q.scaleMin(), q.scaleMax());
    values->setTickCount(q.scaleMax() - q.scaleMin() + 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    names->setTruncateLabels(false);
    styleAxis(names, style);
    styleAxis(values, style);
    names->setLabelsFont(namesFont);
    chart.addAxis(names, Qt::AlignBottom);
    chart.addAxis(values, style.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
}

void fillStatementBars(QChart &chart, const GroupSummary &group, const Questionnaire &q, const GroupChartStyle &style)
{
    reset(chart, Text::tr("How the group answered each statement"), style);
    chart.legend()->hide();
    if (group.suppressed || group.answerCounts.empty())
        return;
    const auto points = std::size_t(q.scale.size());
    const std::size_t middle = points / 2; // the middle answer on an odd scale
    const bool odd = points % 2 == 1;
    // Low answers are negative (left of the middle) in left to right, positive in right to left.
    const double lowSide = style.rightToLeft ? 1.0 : -1.0;
    auto *series = new QHorizontalStackedBarSeries;
    // Sets nearest the middle first, so the stacks grow outwards from it.
    std::vector<std::pair<std::size_t, double>> order; // (scale point, share of it on the low side: 1, 0.5 or 0)
    if (odd)
        order.emplace_back(middle, 0.5);
    for (std::size_t p = middle; p-- > 0;)
        order.emplace_back(p, 1.0);
    if (odd)
        order.emplace_back(middle, -0.5); // the middle's other half, on the high side
    for (std::size_t p = odd ? middle + 1 : middle; p < points; ++p)
        order.emplace_back(p, 0.0);
    const int n = std::max(1, group.n);
    // Statement 1 at the top: horizontal bars list categories from the bottom.
    std::vector<std::size_t> statements(group.answerCounts.size());
    std::iota(statements.begin(), statements.end(), 0);
    std::reverse(statements.begin(), statements.end());
    QList<QBarSet *> sets;
    for (const auto &[point, low] : order) {
        auto *set = new QBarSet(q.tr(q.scale[point].label, style.language));
        set->setColor(answerColour(point, points));
        set->setBorderColor(Qt::transparent);
        for (std::size_t s : statements) {
            const double share = 100.0 * group.answerCounts[s][point] / n;
            if (low == 1.0)
                *set << lowSide * share;
            else if (low == 0.0)
                *set << -lowSide * share;
            else
                *set << (low > 0 ? lowSide : -lowSide) * share / 2;
        }
        sets << set;
    }
    series->append(sets);
    series->setBarWidth(0.7);
    chart.addSeries(series);

    auto *numbers = new QBarCategoryAxis;
    for (std::size_t s : statements)
        numbers->append(style.locale.toString(q.statements[s].number));
    auto *shares = new QCategoryAxis;
    shares->setRange(-112, 112); // room for the end labels
    shares->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    shares->setStartValue(-112);
    for (int at : {-100, -50, 0, 50, 100}) {
        // Labels name the categories, so each must differ: the two sides' are told apart by an
        // invisible zero-width space.
        QString label = style.locale.toString(std::abs(at)) + (at != 0 ? style.locale.percent() : QString());
        if (at < 0)
            label += QChar(0x200B);
        shares->append(label, at);
    }
    styleAxis(numbers, style);
    styleAxis(shares, style);
    numbers->setLabelsFont(numbersFont(style.font));
    chart.addAxis(numbers, style.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    chart.addAxis(shares, Qt::AlignBottom);
    series->attachAxis(numbers);
    series->attachAxis(shares);
}

QString statementBarsKey(const Questionnaire &q, const GroupChartStyle &style)
{
    QStringList entries;
    const auto points = std::size_t(q.scale.size());
    for (std::size_t point = 0; point < points; ++point)
        // Each entry wraps as a whole.
        entries << QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2")
                       .arg(answerColour(point, points).name(),
                            q.tr(q.scale[point].label, style.language).toHtmlEscaped().replace(
                                QLatin1Char(' '), QStringLiteral("&nbsp;")));
    return QStringLiteral("<div dir='%1'>%2</div>")
        .arg(style.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
             entries.join(QStringLiteral(" &nbsp; ")));
}

int statementBarsHeight(const Questionnaire &q, const GroupChartStyle &style)
{
    // A row per statement, half as high again as its number, so that Qt
    // Charts hides none of them; plus the axis below.
    const QFontMetrics numbers(numbersFont(style.font));
    int tallest = numbers.height();
    for (const Statement &s : q.statements)
        tallest = std::max(tallest, numbers.boundingRect(style.locale.toString(s.number)).height());
    return int(q.statements.size()) * (tallest * 3 / 2 + 4) + 3 * QFontMetrics(style.font).height() + 30;
}

} // namespace rater::reports
