#pragma once

#include "viewlibrary.h"

namespace rater::gui {

// The views of this build: what viewLibrary() hands out, whether the views
// are linked into the program (tests, tools) or loaded as rater-views (the app).
const ViewLibrary &builtViews();

} // namespace rater::gui
