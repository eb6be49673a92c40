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
    // draw the chart on report pages without a view.
    static void fill(QChart &chart, const DimensionChartData &data, const QPalette &palette, const QFont &font);
};

} // namespace rater::gui
