#pragma once

#include "expected/expected.h"
#include "storage/corrections.h"

#include <QUndoCommand>

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
class CorrectionCommand final : public QUndoCommand
{
public:
    using Label = std::function<QString()>;
    // Told of an undo or redo that the database refused or failed: the
    // command then leaves the stack.
    using Failure = std::function<void(const QString &why)>;
    // After every undo and redo, made or not.
    using Done = std::function<void()>;

    CorrectionCommand(Database &database, qint64 correction, Label label, Failure failure, Done done);

    // "rename of Field service": what follows "Undo " and "Redo ".
    QString label() const { return m_label(); }
    qint64 correction() const { return m_correction; }

    void undo() override;
    void redo() override;

private:
    void replay(bool undoing);

    Database &m_database;
    qint64 m_correction;
    Label m_label;
    Failure m_failure;
    Done m_done;
    bool m_made = true; // the first redo() is the push: the correction is made already
};

} // namespace rater::gui
