#pragma once

#include "corrections/labelledcommand.h"
#include "expected/expected.h"

namespace rater::gui {

// A change to an action (done, dropped, deleted) on the window's undo stack.
// It is made before it is pushed; undo and redo run the two steps given.
class ActionCommand final : public LabelledCommand
{
public:
    using Step = std::function<Status()>;

    ActionCommand(Label label, Step undoStep, Step redoStep, Failure failure, Done done);

    void undo() override;
    void redo() override;

private:
    void run(const Step &step);

    Step m_undo;
    Step m_redo;
    Failure m_failure;
    Done m_done;
    bool m_made = true; // the first redo() is the push: the change is made already
};

} // namespace rater::gui
