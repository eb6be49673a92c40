#include "radar.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace rater::reports {

void paintRadar(QPainter &painter, const QRectF &area, const DimensionChartData &data, const QPalette &palette,
                const QFont &font)
{
    const qsizetype count = data.names.size();
    if (count < 3)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());

    QFont titleFont = font;
    titleFont.setBold(true);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    painter.setFont(titleFont);
    painter.setPen(palette.color(QPalette::Text));
    const QRectF titleRect(area.left(), area.top() + 4, area.width(), titleMetrics.height());
    painter.drawText(titleRect, Qt::AlignCenter, data.title);
    painter.setFont(font);

    // Room for labels around the rings.
    double widest = 0;
    for (const QString &name : data.names)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    const QRectF plot = area.adjusted(0, titleRect.height() + 8, 0, 0);
    const double radius = std::max(20.0, std::min(plot.width() / 2 - widest - 12, plot.height() / 2 - 2.2 * metrics.height()));
    const QPointF centre = plot.center();
    const double direction = data.rightToLeft ? -1.0 : 1.0;
    const auto spoke = [&](qsizetype i, double fraction) {
        const double angle = -std::numbers::pi / 2 + direction * 2 * std::numbers::pi * double(i) / double(count);
        return centre + QPointF(std::cos(angle), std::sin(angle)) * radius * fraction;
    };

    // Rings and spokes.
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= 4; ++ring) {
        QPolygonF polygon;
        for (qsizetype i = 0; i < count; ++i)
            polygon << spoke(i, ring / 4.0);
        painter.drawPolygon(polygon);
    }
    for (qsizetype i = 0; i < count; ++i)
        painter.drawLine(centre, spoke(i, 1.0));

    // Ring values just under each ring's corner on the first spoke, on its
    // reading-end side, clear of the first dimension's name above the rings.
    painter.setPen(palette.color(QPalette::PlaceholderText));
    for (int ring = 1; ring <= 4; ++ring) {
        const QPointF at = spoke(0, ring / 4.0);
        const QString label = data.locale.toString(ring * 25);
        const double w = metrics.horizontalAdvance(label);
        const QRectF box(data.rightToLeft ? at.x() - w - 3 : at.x() + 3, at.y() + 1, w, metrics.height());
        painter.drawText(box, Qt::AlignCenter, label);
    }

    // The scores.
    QPolygonF scores;
    for (qsizetype i = 0; i < count; ++i)
        scores << spoke(i, std::clamp(data.percents[std::size_t(i)], 0.0, 100.0) / 100.0);
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(0.25);
    painter.setBrush(fill);
    painter.setPen(QPen(palette.color(QPalette::Highlight), 2.5));
    painter.drawPolygon(scores);
    painter.setBrush(palette.color(QPalette::Highlight));
    for (const QPointF &point : scores)
        painter.drawEllipse(point, 3.5, 3.5);

    // Dimension names with their percent, outside the outer ring.
    painter.setPen(palette.color(QPalette::Text));
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF tip = spoke(i, 1.0);
        const QString name = data.names.at(i);
        const QString value = data.locale.toString(data.percents[std::size_t(i)], 'f', 0) + data.locale.percent();
        const double w = std::max(metrics.horizontalAdvance(name), metrics.horizontalAdvance(value)) + 2;
        const double h = metrics.height() * 2;
        const QPointF offset = tip - centre;
        QRectF box(0, 0, w, h);
        // Absolute alignment: the label hangs away from the ring whatever the text direction.
        Qt::Alignment align = Qt::AlignHCenter;
        if (std::abs(offset.x()) < radius * 0.2) { // above or below the centre
            box.moveCenter(tip + QPointF(0, offset.y() < 0 ? -h / 2 - 4 : h / 2 + 4));
        } else if (offset.x() > 0) {
            box.moveTopLeft(QPointF(tip.x() + 8, tip.y() - h / 2));
            align = Qt::AlignLeft | Qt::AlignAbsolute;
        } else {
            box.moveTopRight(QPointF(tip.x() - 8, tip.y() - h / 2));
            align = Qt::AlignRight | Qt::AlignAbsolute;
        }
        painter.drawText(box, int(align | Qt::AlignVCenter), name + QLatin1Char('\n') + value);
    }
    painter.restore();
}

} // namespace rater::reports
