#pragma once

#include "charts/dimensionchartdata.h"

#include <QWidget>

namespace rater::gui {

// The dimensions as a radar, on screen (reports::paintRadar).
class RadarChart : public QWidget
{
    Q_OBJECT

public:
    explicit RadarChart(QWidget *parent = nullptr);
    void setData(const reports::DimensionChartData &data);
    QSize sizeHint() const override { return {380, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    reports::DimensionChartData m_data;
};

} // namespace rater::gui
