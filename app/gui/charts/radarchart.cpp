#include "radarchart.h"

#include "charts/radar.h"

#include <QPainter>

namespace rater::gui {

RadarChart::RadarChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dimensionRadar"));
    setMinimumSize(340, 280);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void RadarChart::setData(const reports::DimensionChartData &data)
{
    m_data = data;
    setAccessibleName(data.title);
    setAccessibleDescription(reports::describe(data));
    update();
}

void RadarChart::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    reports::paintRadar(painter, rect(), m_data, palette(), font());
}

} // namespace rater::gui
