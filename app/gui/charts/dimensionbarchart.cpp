#include "dimensionbarchart.h"

#include "charts/dimensionbars.h"

#include <QResizeEvent>

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

void DimensionBarChart::setData(const reports::DimensionChartData &data)
{
    m_data = data;
    reports::fillDimensionBars(*chart(), data, palette(), font(), width());
    setAccessibleName(data.title);
    setAccessibleDescription(reports::describe(data));
}

void DimensionBarChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width() && !m_data.names.isEmpty())
        reports::fillDimensionBars(*chart(), m_data, palette(), font(), width());
}

} // namespace rater::gui
