#pragma once

#include <QKeySequence>
#include <QList>

#include <vector>

namespace rater::gui {

// One line of Help ▸ Keyboard Shortcuts: the keys of one of the window's
// actions or shortcuts, or keys a widget reads itself (`readByWidget`: the
// statements of the quiz). Keys that are no sequence, such as the digits that
// answer a statement, are named by `typed`. Texts are marked with
// QT_TRANSLATE_NOOP("Shortcuts", …).
struct ShortcutEntry
{
    const char *area;
    const char *what;
    QList<QKeySequence> keys;
    bool readByWidget = false;
    const char *typed = nullptr;

    // `keys` without the standard ones this platform binds to nothing.
    QList<QKeySequence> boundKeys() const;
};

// Every shortcut of the window, by area, in the order the dialog lists them.
// A test holds it against the actions of a window with every tab built.
const std::vector<ShortcutEntry> &keyboardShortcuts();

} // namespace rater::gui
