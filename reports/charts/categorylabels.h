#pragma once

#include <QFont>
#include <QStringList>

namespace rater::reports {

// The type for category labels that stand side by side under a chart of
// `width`: `font`, or smaller (down to `smallest` times its size) when the
// longest label would run into its neighbour, since Qt Charts then drops
// that label altogether.
QFont fittingCategoryFont(const QFont &font, const QStringList &labels, double width, double smallest);

} // namespace rater::reports
