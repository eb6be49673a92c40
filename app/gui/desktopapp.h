#pragma once

namespace rater::gui {

// The desktop app: parses its command line (--db PATH, --demo), shows the
// window, opens the database once the window is on screen, and runs until
// the window closes. Returns the exit status.
int runDesktopApp(int argc, char *argv[]);

} // namespace rater::gui
