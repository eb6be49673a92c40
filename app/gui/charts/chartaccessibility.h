#pragma once

namespace rater::gui {

// Presents every chart view (Qt Charts' QChartView and the app's own) to
// screen readers as a chart, with the name and description the view was
// given, rather than as an unnamed graphics canvas. Safe to call more than once.
void installChartAccessibility();

} // namespace rater::gui
