#include "actioncommand.h"

namespace rater::gui {

ActionCommand::ActionCommand(Label label, Step undoStep, Step redoStep, Failure failure, Done done)
    : LabelledCommand(std::move(label)), m_undo(std::move(undoStep)), m_redo(std::move(redoStep)),
      m_failure(std::move(failure)), m_done(std::move(done))
{
}

void ActionCommand::undo()
{
    run(m_undo);
}

void ActionCommand::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    run(m_redo);
}

void ActionCommand::run(const Step &step)
{
    if (const Status made = step(); !made) {
        // Nothing was changed; a command that cannot be replayed leaves the stack.
        setObsolete(true);
        m_failure(made.error());
    }
    m_done();
}

} // namespace rater::gui
