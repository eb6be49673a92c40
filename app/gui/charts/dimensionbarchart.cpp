#include "dimensionbarchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QValueAxis>

#include <algorithm>

namespace rater::gui {

DimensionBarChart::DimensionBarChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("dimensionBars"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 280);
    auto *chart = new QChart; // owned by the view
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    setChart(chart);
}

void DimensionBarChart::setData(const DimensionChartData &data)
{
    QChart *chart = this->chart();
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

    const QPalette colours = palette();
    m_series = new QBarSeries;
    auto *set = new QBarSet(data.title);
    for (double p : percents)
        *set << p;
    set->setColor(colours.color(QPalette::Highlight));
    set->setBorderColor(colours.color(QPalette::Highlight).darker(120));
    m_series->append(set);
    m_series->setBarWidth(0.6);
    chart->addSeries(m_series);

    m_categories = new QBarCategoryAxis;
    QStringList labels;
    // Two centred lines, the name over its percent; as rich text, since plain
    // axis labels cannot break lines.
    for (qsizetype i = 0; i < names.size(); ++i)
        labels << QStringLiteral("<div align='center'>%1<br>%2</div>")
                      .arg(names.at(i).toHtmlEscaped(),
                           data.locale.toString(percents[std::size_t(i)], 'f', 0) + data.locale.percent());
    m_categories->append(labels);
    m_categories->setTruncateLabels(false);
    m_values = new QValueAxis;
    m_values->setRange(0, 100);
    m_values->setTickCount(5);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, data.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);

    chart->setTitle(data.title);
    chart->setLocale(data.locale);
    chart->setLocalizeNumbers(true);
    chart->setFont(font());
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    m_categories->setLabelsFont(font());
    m_values->setLabelsFont(font());
    chart->setBackgroundBrush(colours.color(QPalette::Base));
    chart->setTitleBrush(colours.color(QPalette::Text));
    m_categories->setLabelsBrush(colours.color(QPalette::Text));
    m_values->setLabelsBrush(colours.color(QPalette::Text));
    m_values->setGridLineColor(colours.color(QPalette::Mid));
    m_categories->setGridLineVisible(false);
    setAccessibleName(data.title);
    QStringList description;
    for (qsizetype i = 0; i < data.names.size(); ++i)
        description << data.names.at(i) + QStringLiteral(": ")
                           + data.locale.toString(data.percents[std::size_t(i)], 'f', 0) + data.locale.percent();
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

} // namespace rater::gui
