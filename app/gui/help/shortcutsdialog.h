#pragma once

#include "i18n/language.h"

#include <QDialog>

class QTreeWidget;

namespace rater::gui {

// Help ▸ Keyboard Shortcuts: keyboardShortcuts() by area, in the current
// language, the keys as the menus show them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(Language language, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace rater::gui
