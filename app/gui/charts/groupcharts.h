#pragma once

#include "questionnaire/questionnaire.h"
#include "workshop/groupsummary.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

class QChart;

namespace rater::gui {

struct GroupChartStyle
{
    QString language;
    QLocale locale;
    bool rightToLeft = false;
    QPalette palette;
    QFont font;
};

// Each dimension's spread in the group as a box plot (median, quartiles,
// range), weakest first; in right to left the first box stands at the right
// and the value axis on the right.
void fillDimensionBoxPlot(QChart &chart, const GroupSummary &group, const Questionnaire &questionnaire,
                          const GroupChartStyle &style);

// Each statement's answers as a diverging bar: the scale's low end to one
// side of the middle, the high end to the other, the middle answer split
// across it. Low answers go left in left-to-right languages and right in
// right-to-left ones.
void fillStatementBars(QChart &chart, const GroupSummary &group, const Questionnaire &questionnaire,
                       const GroupChartStyle &style);

} // namespace rater::gui
