#pragma once

#include <QString>

namespace rater {

// The names Qt files the product's settings and data under: organisation
// "Rater", application "Rater" (~/.config/Rater/Rater.conf). Both programs
// call this first.
void nameApplication();

// Settings stored before the organisation was named, under Qt's stand-in
// "Unknown Organization", are copied into the named settings the first time
// the named ones are empty. The old file is left as it was.
void adoptEarlierSettings();

// The folder of the default database, ~/.local/share/Rater: where it has
// always been, whatever the organisation's name.
QString dataFolder();

} // namespace rater
