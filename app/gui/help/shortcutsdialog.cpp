#include "shortcutsdialog.h"

#include "shortcuts.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rater::gui {
namespace {

QString shortcutText(const char *text)
{
    return QCoreApplication::translate("Shortcuts", text);
}

// The keys as the menus show them, in the platform's and the language's words.
QString keysText(const ShortcutEntry &entry, Language language)
{
    if (entry.typed)
        return shortcutText(entry.typed);
    QStringList keys;
    for (const QKeySequence &key : entry.boundKeys())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(listSeparator(language));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(Language language, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setUniformRowHeights(true);

    QTreeWidgetItem *group = nullptr;
    const char *area = nullptr;
    for (const ShortcutEntry &entry : keyboardShortcuts()) {
        if (!entry.typed && entry.boundKeys().isEmpty())
            continue; // a standard key this platform does not have
        if (!area || qstrcmp(area, entry.area) != 0) {
            area = entry.area;
            group = new QTreeWidgetItem(m_tree, { shortcutText(area) });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, { shortcutText(entry.what), keysText(entry, language) });
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 640);
}

} // namespace rater::gui
