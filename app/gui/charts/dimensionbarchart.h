#pragma once

#include "charts/dimensionchartdata.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace rater::gui {

// The dimensions as vertical bars on a 0–100 percent scale. Qt Charts does not
// follow the layout direction, so in right-to-left the categories run from the
// right and the value axis stands on the right.
class DimensionBarChart : public QChartView
{
    Q_OBJECT

public:
    explicit DimensionBarChart(QWidget *parent = nullptr);
    void setData(const DimensionChartData &data);

    // Fills `chart` (series, axes, colours, fonts) with `data`; also used to
    // draw the chart on report pages without a view. The names under the
    // bars get smaller type when they would not fit side by side at `width`,
    // since Qt Charts drops a label that runs into its neighbour.
    static void fill(QChart &chart, const DimensionChartData &data, const QPalette &palette, const QFont &font,
                     double width);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    DimensionChartData m_data;
};

} // namespace rater::gui
