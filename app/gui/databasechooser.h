#pragma once

#include "storage/database.h"

#include <memory>

class QWidget;

namespace rater::gui {

// Opens the database at `path`. When it is refused (damaged, not a Rater
// database, newer), says why and lets the person choose another file, fall
// back to the default database, or quit (nullptr). The refused file is left
// as it was.
std::unique_ptr<Database> openDatabaseOrAsk(const QString &path, QWidget *parent = nullptr);

// demo.sqlite beside the default database, filled with the demo results the
// first time; nullptr after saying why it cannot be opened.
std::unique_ptr<Database> openDemoDatabase(QWidget *parent = nullptr);

} // namespace rater::gui
