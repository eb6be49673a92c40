// The entry point of rater-views, the library the desktop app loads when it
// first shows a result or a tab (see viewlibrary.h).

#include "views/builtviews.h"

extern "C" Q_DECL_EXPORT const rater::gui::ViewLibrary *rater_view_library()
{
    return &rater::gui::builtViews();
}
