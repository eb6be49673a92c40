// rater: the desktop application.

#include "desktopapp.h"

int main(int argc, char *argv[])
{
    return rater::gui::runDesktopApp(argc, argv);
}
