// viewLibrary() for programs that link the views in: the tests, the
// screenshot tool, the command line's reports and the benchmarks.

#include "views/builtviews.h"

namespace rater::gui {

Expected<const ViewLibrary *> viewLibrary()
{
    return &builtViews();
}

} // namespace rater::gui
