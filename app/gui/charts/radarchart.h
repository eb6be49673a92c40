#pragma once

#include "charts/dimensionchartdata.h"

#include <QWidget>

class QPainter;

namespace rater::gui {

// The dimensions as a radar: one spoke per dimension, polygon rings at 25,
// 50, 75 and 100 percent. The first dimension points up; the rest follow
// clockwise in left-to-right languages and counter-clockwise in right-to-left
// ones, so the chart reads in the language's direction.
class RadarChart : public QWidget
{
    Q_OBJECT

public:
    explicit RadarChart(QWidget *parent = nullptr);
    void setData(const DimensionChartData &data);
    QSize sizeHint() const override { return {380, 320}; }

    // Draws into any painter: the widget, a PDF page, a printer.
    static void paint(QPainter &painter, const QRectF &area, const DimensionChartData &data, const QPalette &palette,
                      const QFont &font);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DimensionChartData m_data;
};

} // namespace rater::gui
