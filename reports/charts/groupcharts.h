#pragma once

#include "questionnaire/questionnaire.h"
#include "workshop/groupsummary.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

class QChart;

namespace rater::reports {

struct GroupChartStyle
{
    QString language;
    QLocale locale;
    bool rightToLeft = false;
    QPalette palette;
    QFont font;
    double width = 900; // the chart's, so that names under the boxes get type that fits
};

// Each dimension's spread in the group as a box plot (median, quartiles,
// range), weakest first; in right to left the first box stands at the right
// and the value axis on the right.
void fillDimensionBoxPlot(QChart &chart, const GroupSummary &group, const Questionnaire &questionnaire,
                          const GroupChartStyle &style);

// Each statement's answers as a diverging bar: the scale's low end to one
// side of the middle, the high end to the other, the middle answer split
// across it. Low answers go left in left-to-right languages and right in
// right-to-left ones. The chart has no legend of its own, since its sets are
// stacked out from the middle: statementBarsKey() gives one in scale order.
void fillStatementBars(QChart &chart, const GroupSummary &group, const Questionnaire &questionnaire,
                       const GroupChartStyle &style);
// The key to the statement bars, as HTML: each answer's colour and label, from
// the low end of the scale to the high end in the reading direction.
QString statementBarsKey(const Questionnaire &questionnaire, const GroupChartStyle &style);
// The height the statement bars need to label every statement at the
// style's font, in its digits (Arabic and Persian digits stand taller).
int statementBarsHeight(const Questionnaire &questionnaire, const GroupChartStyle &style);

} // namespace rater::reports
