#pragma once

#include <QUndoCommand>

#include <functional>

namespace rater::gui {

// A command on the window's undo stack that Edit ▸ Undo and Redo name.
// What it is called is worked out when asked, so that the menu speaks the
// language chosen since. Refused or failed replays are reported and take the
// command off the stack.
class LabelledCommand : public QUndoCommand
{
public:
    using Label = std::function<QString()>;
    // Told of an undo or redo that the database refused or failed.
    using Failure = std::function<void(const QString &why)>;
    // After every undo and redo, made or not.
    using Done = std::function<void()>;

    explicit LabelledCommand(Label label) : m_label(std::move(label)) { setText(m_label()); }

    // "rename of Field service": what follows "Undo " and "Redo ".
    QString label() const { return m_label(); }

private:
    Label m_label;
};

} // namespace rater::gui
