#pragma once

#include <QString>

// The product's own read-only files: the questionnaires, the translations and
// the user guide. They are in share/rater/ beside the folder of the running
// program: /usr/share/rater for /usr/bin/rater, and build/<preset>/share/rater
// for a program run from the build folder. Nothing is compiled in, so an
// installation finds its files wherever its root is.
namespace rater::datafiles {

// The folder itself; needs the QCoreApplication to exist.
QString folder();

QString questionnaireFolder();
QString translationFolder();
QString guideFolder();
// The application icon's PNGs by size, share/icons/hicolor/<n>x<n>/apps/, beside share/rater.
QString iconThemeFolder();

} // namespace rater::datafiles
