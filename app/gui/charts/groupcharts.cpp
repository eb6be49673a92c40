#include "groupcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace rater::gui {
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
    series->setBrush(style.palette.color(QPalette::Highlight).lighter(150));
    series->setPen(QPen(style.palette.color(QPalette::Highlight).darker(130), 2));
    auto *names = new QBarCategoryAxis;
    for (std::size_t i : order) {
        const DimensionGroupSummary &d = group.dimensions[i];
        const QString name = q.tr(q.dimension(d.id)->name, style.language);
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
    chart.addAxis(names, Qt::AlignBottom);
    chart.addAxis(values, style.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(names);
    series->attachAxis(values);
}

void fillStatementBars(QChart &chart, const GroupSummary &group, const Questionnaire &q, const GroupChartStyle &style)
{
    reset(chart, Text::tr("How the group answered each statement"), style);
    chart.legend()->setAlignment(Qt::AlignTop);
    if (group.suppressed || group.answerCounts.empty())
        return;
    const auto points = std::size_t(q.scale.size());
    const std::size_t middle = points / 2; // the middle answer on an odd scale
    const bool odd = points % 2 == 1;
    // Low answers are negative (left of the middle) in left to right, positive in right to left.
    const double lowSide = style.rightToLeft ? 1.0 : -1.0;
    const QList<QColor> colours{QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x73), QColor(0xbd, 0xbd, 0xbd),
                                QColor(0x7f, 0xb3, 0xd5), QColor(0x1f, 0x6f, 0xb2)};
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
        set->setColor(colours.value(qsizetype(point * 5 / points)));
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
    // The middle answer has two halves; name it once in the legend.
    if (odd)
        chart.legend()->markers(series).at(qsizetype(middle + 1))->setVisible(false);

    auto *numbers = new QBarCategoryAxis;
    for (std::size_t s : statements)
        numbers->append(style.locale.toString(q.statements[s].number));
    QFont small = style.font;
    small.setPointSizeF(style.font.pointSizeF() * 0.75); // seventeen rows must fit without hiding any
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
    numbers->setLabelsFont(small);
    chart.addAxis(numbers, style.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    chart.addAxis(shares, Qt::AlignBottom);
    series->attachAxis(numbers);
    series->attachAxis(shares);
}

} // namespace rater::gui
