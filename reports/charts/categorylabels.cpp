#include "categorylabels.h"

#include <QFontMetricsF>

#include <algorithm>

namespace rater::reports {

QFont fittingCategoryFont(const QFont &font, const QStringList &labels, double width, double smallest)
{
    if (labels.isEmpty())
        return font;
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Each label's share of the width, less the value axis and a gap between neighbours.
    const double share = (width - 4.5 * metrics.height()) / double(labels.size()) - metrics.height() * 0.6;
    QFont fitting = font;
    if (widest > share && share > 0)
        fitting.setPointSizeF(font.pointSizeF() * std::max(smallest, share / widest));
    return fitting;
}

} // namespace rater::reports
