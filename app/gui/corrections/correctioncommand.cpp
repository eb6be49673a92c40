#include "correctioncommand.h"

#include "storage/database.h"

namespace rater::gui {

CorrectionCommand::CorrectionCommand(Database &database, qint64 correction, Label label, Failure failure, Done done)
    : LabelledCommand(std::move(label)), m_database(database), m_correction(correction), m_failure(std::move(failure)),
      m_done(std::move(done))
{
}

void CorrectionCommand::undo()
{
    replay(true);
}

void CorrectionCommand::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    replay(false);
}

void CorrectionCommand::replay(bool undoing)
{
    storage::CorrectionStore &store = m_database.corrections();
    const Expected<storage::Corrected> result = undoing ? store.undo(m_correction) : store.redo(m_correction);
    if (!result || !result->made()) {
        // Nothing was changed; a command that cannot be replayed leaves the stack.
        setObsolete(true);
        m_failure(result ? result->refusal : result.error());
    }
    m_done();
}

} // namespace rater::gui
