#pragma once

#include "reportpages.h"

#include <functional>
#include <vector>

class QTableWidget;
class QWidget;

namespace rater::gui {

// Ctrl+C on `table` copies the selected cells as tab-separated text, for spreadsheets.
void enableCopy(QTableWidget *table);
// One entry of an export menu: its label, the file dialog's filter, and what writes the file.
struct ExportChoice
{
    QString label;
    QString filter;
    std::function<Status(const QString &path)> write;
};
// Offers `choices` in a menu under `anchor`, asks for a file name, writes it, and says why when it fails.
void exportFromMenu(QWidget *anchor, const std::vector<ExportChoice> &choices);

} // namespace rater::gui
