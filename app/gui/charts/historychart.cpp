#include "historychart.h"

#include <QResizeEvent>

namespace rater::gui {

HistoryChart::HistoryChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 200);
    setChart(new QChart); // owned by the view
}

void HistoryChart::setData(const reports::HistoryChartData &data)
{
    m_data = data;
    m_labelStep = reports::timelineLabelStep(m_data, font(), width());
    reports::fillTimeline(*chart(), m_data, palette(), font(), width());
    setAccessibleName(data.title);
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Fewer labels when narrower, more when wider.
    if (reports::timelineLabelStep(m_data, font(), width()) != m_labelStep)
        setData(m_data);
}

} // namespace rater::gui
