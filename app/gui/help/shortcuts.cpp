#include "shortcuts.h"

#include <QCoreApplication>

namespace rater::gui {
namespace {

QKeySequence ctrl(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | key);
}

QKeySequence ctrlShift(Qt::Key key)
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | key);
}

} // namespace

QList<QKeySequence> ShortcutEntry::boundKeys() const
{
    QList<QKeySequence> bound;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            bound << key;
    }
    return bound;
}

const std::vector<ShortcutEntry> &keyboardShortcuts()
{
    static const std::vector<ShortcutEntry> all = {
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "New quiz"), { QKeySequence::New } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Save the result"),
            { QKeySequence::Save } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Export the result as PDF"),
            { ctrl(Qt::Key_E) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Print the result"),
            { QKeySequence::Print } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Import results"),
            { ctrl(Qt::Key_I) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Export results"),
            { ctrlShift(Qt::Key_E) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Open a database"),
            { QKeySequence::Open } },
        { QT_TRANSLATE_NOOP("Shortcuts", "File"), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), { QKeySequence::Quit } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Edit"), QT_TRANSLATE_NOOP("Shortcuts", "Undo"), { QKeySequence::Undo } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Edit"), QT_TRANSLATE_NOOP("Shortcuts", "Redo"),
            { ctrlShift(Qt::Key_Z), ctrl(Qt::Key_Y) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Edit"), QT_TRANSLATE_NOOP("Shortcuts", "Copy a table"),
            { QKeySequence::Copy } },
        { QT_TRANSLATE_NOOP("Shortcuts", "View"), QT_TRANSLATE_NOOP("Shortcuts", "Quiz and result"),
            { ctrl(Qt::Key_1) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "View"), QT_TRANSLATE_NOOP("Shortcuts", "History"), { ctrl(Qt::Key_2) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "View"), QT_TRANSLATE_NOOP("Shortcuts", "Comparison"), { ctrl(Qt::Key_3) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "View"), QT_TRANSLATE_NOOP("Shortcuts", "Workshops"), { ctrl(Qt::Key_4) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "View"), QT_TRANSLATE_NOOP("Shortcuts", "Records"), { ctrl(Qt::Key_5) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "View"), QT_TRANSLATE_NOOP("Shortcuts", "Actions"), { ctrl(Qt::Key_6) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Quiz"), QT_TRANSLATE_NOOP("Shortcuts", "Answer the statement in focus"), {},
            true, QT_TRANSLATE_NOOP("Shortcuts", "1 to 5") },
        { QT_TRANSLATE_NOOP("Shortcuts", "Quiz"), QT_TRANSLATE_NOOP("Shortcuts", "Move along the scale"),
            { QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right) }, true },
        { QT_TRANSLATE_NOOP("Shortcuts", "Quiz"), QT_TRANSLATE_NOOP("Shortcuts", "Answer with the marked point"),
            { QKeySequence(Qt::Key_Space) }, true },
        { QT_TRANSLATE_NOOP("Shortcuts", "Quiz"), QT_TRANSLATE_NOOP("Shortcuts", "Previous or next statement"),
            { QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down) }, true },
        { QT_TRANSLATE_NOOP("Shortcuts", "Quiz"), QT_TRANSLATE_NOOP("Shortcuts", "See the results"),
            { ctrl(Qt::Key_Return) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Records"), QT_TRANSLATE_NOOP("Shortcuts", "Find"), { QKeySequence::Find } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Records"), QT_TRANSLATE_NOOP("Shortcuts", "Edit the result"),
            { QKeySequence(Qt::Key_F2) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Records"), QT_TRANSLATE_NOOP("Shortcuts", "Move results to another team"),
            { ctrlShift(Qt::Key_M) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Records"), QT_TRANSLATE_NOOP("Shortcuts", "Delete results"),
            { QKeySequence::Delete } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Records"), QT_TRANSLATE_NOOP("Shortcuts", "Restore deleted results"),
            { ctrlShift(Qt::Key_R) } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Actions"), QT_TRANSLATE_NOOP("Shortcuts", "Delete the action"),
            { QKeySequence::Delete } },
        { QT_TRANSLATE_NOOP("Shortcuts", "Help"), QT_TRANSLATE_NOOP("Shortcuts", "User guide"),
            { QKeySequence::HelpContents } },
    };
    return all;
}

} // namespace rater::gui
