#pragma once

#include "history/history.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStringList>

class QChart;

namespace rater::reports {

// One line of a history chart: a value per period that holds data.
struct HistoryLine
{
    QString name;
    QColor colour;
    std::vector<std::pair<Period, double>> points; // in time order
};

// A shaded range behind the lines, such as a score band.
struct HistoryBand
{
    double low = 0;
    double high = 0;
    QColor colour;
};

// A day marked on one line, such as an action done that aimed at that
// dimension: a triangle on the line on that day, and a dashed upright line
// in the line's colour.
struct HistoryMarker
{
    QDate date;
    QString line; // the name of the line it sits on
};

struct HistoryChartData
{
    QString title;
    std::vector<Period> periods; // every period from the first to the last, gaps included
    QStringList labels;          // one per period
    std::vector<HistoryLine> lines;
    std::vector<HistoryBand> bands;
    std::vector<HistoryMarker> markers;
    QString markerName; // the markers' entry in the legend
    double minimum = 0;
    double maximum = 100;
    QLocale locale;
    bool rightToLeft = false;
};

// Scores over time. The time axis is spaced by real time (days); a period
// without data breaks the line instead of joining across it. In right to
// left, time runs from the right, the value axis stands on the right and the
// legend reads from the right. A marker outside the periods shown is left out. `width` is the chart's: it decides how many
// periods can be labelled without their labels running into each other.
void fillTimeline(QChart &chart, const HistoryChartData &data, const QPalette &palette, const QFont &font,
                  double width);
// Every how many periods a label fits at `width`.
std::size_t timelineLabelStep(const HistoryChartData &data, const QFont &font, double width);

} // namespace rater::reports
