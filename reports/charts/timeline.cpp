#include "timeline.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <optional>

namespace rater::reports {
namespace {

// Where a period sits on the time axis: its middle, in days from the first period's start.
double position(const Period &period, const QDate &origin)
{
    return double(origin.daysTo(period.start) + origin.daysTo(period.end)) / 2.0;
}

// A period's label on two short lines: "Q1" over "2026".
std::pair<QString, QString> labelLines(const QString &label)
{
    const qsizetype space = label.lastIndexOf(QLatin1Char(' '));
    if (space <= 0)
        return {label, QString()};
    return {label.left(space), label.mid(space + 1)};
}

} // namespace

// Label every step-th period, so that labels keep apart at `width`.
std::size_t timelineLabelStep(const HistoryChartData &data, const QFont &font, double width)
{
    if (data.periods.empty())
        return 1;
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString &label : data.labels) {
        const auto [top, bottom] = labelLines(label);
        widest = std::max({widest, metrics.horizontalAdvance(top), metrics.horizontalAdvance(bottom)});
    }
    const double room = std::max(1.0, width - 4 * metrics.height()); // less the value axis and margins
    const auto fitting = std::max<std::size_t>(1, std::size_t(room / (widest + metrics.height())));
    return (data.periods.size() + fitting - 1) / fitting;
}

void fillTimeline(QChart &chart, const HistoryChartData &data, const QPalette &palette, const QFont &font,
                  double width)
{
    chart.removeAllSeries();
    for (QAbstractAxis *axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    chart.setTitle(data.title);
    chart.setLocale(data.locale);
    chart.setLocalizeNumbers(true);
    chart.setBackgroundBrush(palette.color(QPalette::Base));
    chart.setTitleBrush(palette.color(QPalette::Text));
    QFont titleFont = font;
    titleFont.setBold(true);
    chart.setTitleFont(titleFont);
    chart.setMargins(QMargins(4, 4, 4, 4));
    chart.legend()->setFont(font);
    chart.legend()->setLabelColor(palette.color(QPalette::Text));
    chart.legend()->setAlignment(Qt::AlignTop);
    chart.legend()->setReverseMarkers(data.rightToLeft);
    if (data.periods.empty())
        return;

    const QDate origin = data.periods.front().start;
    const double first = position(data.periods.front(), origin);
    const double last = position(data.periods.back(), origin);
    const double margin = std::max(15.0, (last - first) * 0.03);

    auto *time = new QCategoryAxis;
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    time->setRange(first - margin, last + margin);
    time->setStartValue(first - margin);
    // Skip evenly when the labels would run into each other.
    const std::size_t step = timelineLabelStep(data, font, width);
    for (std::size_t i = 0; i < data.periods.size(); i += step) {
        // Two short lines ("Q1" over "2026") fit where one long one would collide.
        const auto [top, bottom] = labelLines(data.labels.at(qsizetype(i)));
        const QString label = bottom.isEmpty() ? top.toHtmlEscaped()
                                               : QStringLiteral("<div align='center'>%1<br>%2</div>")
                                                     .arg(top.toHtmlEscaped(), bottom.toHtmlEscaped());
        time->append(label, position(data.periods[i], origin));
    }
    time->setTruncateLabels(false);
    time->setLabelsFont(font);
    time->setLabelsBrush(palette.color(QPalette::Text));
    time->setGridLineColor(palette.color(QPalette::Midlight));
    time->setReverse(data.rightToLeft);
    auto *values = new QValueAxis;
    values->setRange(data.minimum, data.maximum);
    values->setLabelFormat(QStringLiteral("%.0f"));
    if (data.maximum - data.minimum > 20) {
        // Round numbers (20, 30, … 80), not fifths of the range (17, 34, 51 …).
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(0);
        values->setTickInterval(10);
    } else {
        values->setTickCount(int(data.maximum - data.minimum) + 1);
    }
    values->setLabelsFont(font);
    values->setTruncateLabels(false);
    values->setLabelsBrush(palette.color(QPalette::Text));
    values->setGridLineColor(palette.color(QPalette::Midlight));
    chart.addAxis(time, Qt::AlignBottom);
    chart.addAxis(values, data.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *series, bool inLegend) {
        chart.addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
        for (QLegendMarker *marker : chart.legend()->markers(series))
            marker->setVisible(inLegend);
    };
    for (const HistoryBand &band : data.bands) {
        auto *area = new QAreaSeries;
        // The edges belong to the area, so that clearing the chart frees them too.
        auto *upper = new QLineSeries(area);
        auto *lower = new QLineSeries(area);
        upper->append({{first - margin, band.high}, {last + margin, band.high}});
        lower->append({{first - margin, band.low}, {last + margin, band.low}});
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setBrush(band.colour);
        area->setPen(Qt::NoPen);
        attach(area, false);
    }
    for (const HistoryLine &line : data.lines) {
        // Consecutive periods join; a period without data leaves a gap.
        QLineSeries *segment = nullptr;
        auto *dots = new QScatterSeries;
        dots->setName(line.name);
        dots->setColor(line.colour);
        dots->setBorderColor(line.colour);
        dots->setMarkerSize(8);
        std::optional<Period> previous;
        for (const auto &[period, value] : line.points) {
            const bool adjacent = previous && std::find(data.periods.begin(), data.periods.end(), *previous)
                                                      + 1
                                                  == std::find(data.periods.begin(), data.periods.end(), period);
            if (!adjacent) {
                segment = new QLineSeries;
                segment->setPen(QPen(line.colour, 2.5));
                attach(segment, false);
            }
            segment->append(position(period, origin), value);
            dots->append(position(period, origin), value);
            previous = period;
        }
        attach(dots, true);
    }

    // Markers: each on its line, where the line passes on that day.
    QScatterSeries *marks = nullptr;
    for (const HistoryMarker &marker : data.markers) {
        const auto line = std::find_if(data.lines.cbegin(), data.lines.cend(),
                                       [&marker](const HistoryLine &l) { return l.name == marker.line; });
        const auto x = double(origin.daysTo(marker.date));
        if (line == data.lines.cend() || line->points.empty() || x < first - margin || x > last + margin)
            continue;
        // The line's value on that day: between the two periods around it,
        // or the nearest one's beyond the first or the last.
        double y = line->points.front().second;
        for (std::size_t i = 0; i < line->points.size(); ++i) {
            const double at = position(line->points[i].first, origin);
            if (at <= x)
                y = line->points[i].second;
            if (at > x) {
                if (i > 0) {
                    const double before = position(line->points[i - 1].first, origin);
                    const double share = (x - before) / (at - before);
                    y = line->points[i - 1].second + share * (line->points[i].second - line->points[i - 1].second);
                }
                break;
            }
        }
        auto *upright = new QLineSeries;
        upright->setPen(QPen(line->colour, 1.5, Qt::DashLine));
        upright->append({{x, data.minimum}, {x, data.maximum}});
        attach(upright, false);
        if (!marks) {
            marks = new QScatterSeries;
            marks->setName(data.markerName);
            marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            marks->setMarkerSize(15);
            marks->setColor(palette.color(QPalette::Text));
            marks->setBorderColor(palette.color(QPalette::Base));
        }
        marks->append(x, y);
    }
    if (marks)
        attach(marks, true);
}

} // namespace rater::reports
