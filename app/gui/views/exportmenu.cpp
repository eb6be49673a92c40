#include "exportmenu.h"

#include "dialogs/dialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QMenu>
#include <QTableWidget>

namespace rater::gui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

void enableCopy(QTableWidget *table)
{
    auto *copy = new QAction(table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(copy);
    QObject::connect(copy, &QAction::triggered, table, [table] {
        const QList<QTableWidgetSelectionRange> ranges = table->selectedRanges();
        if (ranges.isEmpty())
            return;
        const QTableWidgetSelectionRange range = ranges.first();
        QStringList lines;
        QStringList headings;
        for (int c = range.leftColumn(); c <= range.rightColumn(); ++c)
            headings << table->horizontalHeaderItem(c)->text();
        lines << headings.join(QLatin1Char('\t'));
        for (int r = range.topRow(); r <= range.bottomRow(); ++r) {
            QStringList cells;
            for (int c = range.leftColumn(); c <= range.rightColumn(); ++c)
                cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
            lines << cells.join(QLatin1Char('\t'));
        }
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
}

void exportFromMenu(QWidget *anchor, const std::vector<ExportChoice> &choices)
{
    QMenu menu(anchor);
    for (const ExportChoice &choice : choices)
        menu.addAction(choice.label);
    QAction *picked = menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height())));
    if (!picked)
        return;
    const ExportChoice &choice = choices[std::size_t(menu.actions().indexOf(picked))];
    const QString path = fileDialogs::saveFileName(anchor, QString(choice.label).remove(QStringLiteral("…")),
                                                   QString(), choice.filter);
    if (path.isEmpty())
        return;
    if (const Status written = choice.write(path); !written)
        dialogs::warn(anchor, Text::tr("The file could not be written."), written.error());
}

} // namespace rater::gui
