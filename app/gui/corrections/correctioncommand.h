#pragma once

#include "expected/expected.h"
#include "storage/corrections.h"

#include "corrections/labelledcommand.h"

#include <functional>

namespace rater {
class Database;
}

namespace rater::gui {

// One correction on the window's undo stack. It is made before it is
// pushed (a refusal never reaches the stack); undo and redo ask the database
// to put its rows back, which is logged like any correction. What it is
// called is worked out when asked, so that Edit ▸ Undo speaks the language
// chosen since.
class CorrectionCommand final : public LabelledCommand
{
public:
    CorrectionCommand(Database &database, qint64 correction, Label label, Failure failure, Done done);

    qint64 correction() const { return m_correction; }

    void undo() override;
    void redo() override;

private:
    void replay(bool undoing);

    Database &m_database;
    qint64 m_correction;
    Failure m_failure;
    Done m_done;
    bool m_made = true; // the first redo() is the push: the correction is made already
};

} // namespace rater::gui
