#include "dimensionbars.h"

#include "charts/categorylabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>

namespace rater::reports {

void fillDimensionBars(QChart &target, const DimensionChartData &data, const QPalette &colours, const QFont &font,
                       double width)
{
    QChart *chart = &target;
    chart->legend()->hide();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    // Reading order: the first dimension stands where reading starts.
    QStringList names = data.names;
    std::vector<double> percents = data.percents;
    if (data.rightToLeft) {
        std::reverse(names.begin(), names.end());
        std::reverse(percents.begin(), percents.end());
    }

    auto *series = new QBarSeries;
    auto *set = new QBarSet(data.title);
    for (double p : percents)
        *set << p;
    set->setColor(colours.color(QPalette::Highlight));
    set->setBorderColor(colours.color(QPalette::Highlight).darker(120));
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    QStringList labels;
    // Two centred lines, the name over its percent; as rich text, since plain
    // axis labels cannot break lines.
    for (qsizetype i = 0; i < names.size(); ++i)
        labels << QStringLiteral("<div align='center'>%1<br>%2</div>")
                      .arg(names.at(i).toHtmlEscaped(),
                           data.locale.toString(percents[std::size_t(i)], 'f', 0) + data.locale.percent());
    categories->append(labels);
    categories->setTruncateLabels(false);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(5);
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, data.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);

    chart->setTitle(data.title);
    chart->setLocale(data.locale);
    chart->setLocalizeNumbers(true);
    chart->setFont(font);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    categories->setLabelsFont(fittingCategoryFont(font, names, width, 0.75));
    values->setLabelsFont(font);
    chart->setBackgroundBrush(colours.color(QPalette::Base));
    chart->setTitleBrush(colours.color(QPalette::Text));
    categories->setLabelsBrush(colours.color(QPalette::Text));
    values->setLabelsBrush(colours.color(QPalette::Text));
    values->setGridLineColor(colours.color(QPalette::Mid));
    categories->setGridLineVisible(false);
}

} // namespace rater::reports
