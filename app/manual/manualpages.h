#pragma once

#include "expected/expected.h"

#include <QString>

namespace rater::manual {

// rater(1), from the desktop app's options.
QString desktopManualPage();
// rater-cli(1), with a section for every command in the registry.
QString commandLineManualPage();

// Writes rater.1 and rater-cli.1 into `folder`, made if missing.
Status writeManualPages(const QString &folder);

} // namespace rater::manual
