#pragma once

#include "charts/dimensionchartdata.h"

#include <QChartView>

namespace rater::gui {

// The dimensions as vertical bars, on screen (reports::fillDimensionBars),
// filled again when the width changes so that the names keep fitting.
class DimensionBarChart : public QChartView
{
    Q_OBJECT

public:
    explicit DimensionBarChart(QWidget *parent = nullptr);
    void setData(const reports::DimensionChartData &data);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    reports::DimensionChartData m_data;
};

} // namespace rater::gui
