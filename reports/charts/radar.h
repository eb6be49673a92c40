#pragma once

#include "charts/dimensionchartdata.h"

#include <QFont>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace rater::reports {

// The dimensions as a radar: one spoke per dimension, polygon rings at 25,
// 50, 75 and 100 percent. The first dimension points up; the rest follow
// clockwise in left-to-right languages and counter-clockwise in right-to-left
// ones, so the chart reads in the language's direction. Draws into any
// painter: a widget, a PDF page, a printer.
void paintRadar(QPainter &painter, const QRectF &area, const DimensionChartData &data, const QPalette &palette,
                const QFont &font);

} // namespace rater::reports
