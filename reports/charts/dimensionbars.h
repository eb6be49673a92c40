#pragma once

#include "charts/dimensionchartdata.h"

#include <QFont>
#include <QPalette>

class QChart;

namespace rater::reports {

// The dimensions as vertical bars on a 0–100 percent scale, each named with
// its percent. Qt Charts does not follow the layout direction, so in right
// to left the categories run from the right and the value axis stands on the
// right. The names get smaller type when they would not fit side by side at
// `width`.
void fillDimensionBars(QChart &target, const DimensionChartData &data, const QPalette &colours, const QFont &font,
                       double width);

} // namespace rater::reports
