#pragma once

#include <QIcon>

namespace rater::gui {

// The icon the desktop entry names, from the PNGs installed with the program,
// for window managers that take a window's icon from the window.
QIcon applicationIcon();

// The desktop app: parses its command line (--db PATH, --demo), shows the
// window, opens the database once the window is on screen, and runs until
// the window closes. Returns the exit status.
int runDesktopApp(int argc, char *argv[]);

} // namespace rater::gui
