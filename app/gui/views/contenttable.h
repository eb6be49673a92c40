#pragma once

#include "reportpages.h"

#include <QColor>

#include <functional>

class QTableWidget;

namespace rater::gui {

// Shows `content` in `table`, replacing what it held: numbers centred and
// sorted as numbers, strong cells in bold, descriptions for screen readers,
// and, when `shade` is given, each cell with a heat coloured by it.
void showContent(QTableWidget &table, const reports::TableContent &content,
                 const std::function<QColor(double heat)> &shade = {});

} // namespace rater::gui
