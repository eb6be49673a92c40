#include "contenttable.h"

#include <QTableWidget>

namespace rater::gui {
namespace {

// A figure: centred, and sorted by its value rather than its text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, const QVariant &value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

} // namespace

void showContent(QTableWidget &table, const reports::TableContent &content,
                 const std::function<QColor(double heat)> &shade)
{
    const bool sorting = table.isSortingEnabled();
    table.setSortingEnabled(false);
    table.clear();
    table.setColumnCount(int(content.headings.size()));
    table.setHorizontalHeaderLabels(content.headings);
    table.setRowCount(int(content.rows.size()));
    for (std::size_t r = 0; r < content.rows.size(); ++r) {
        for (std::size_t c = 0; c < content.rows[r].size(); ++c) {
            const reports::TableCell &cell = content.rows[r][c];
            QTableWidgetItem *item =
                cell.value.isValid() ? new NumberItem(cell.text, cell.value) : new QTableWidgetItem(cell.text);
            if (!cell.description.isEmpty())
                item->setData(Qt::AccessibleTextRole, cell.description);
            if (cell.strong) {
                QFont bold = table.font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (cell.heat && shade) {
                item->setBackground(shade(*cell.heat));
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            table.setItem(int(r), int(c), item);
        }
    }
    table.setSortingEnabled(sorting);
}

} // namespace rater::gui
