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

private:
    QBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace rater::gui
