#pragma once

#include "expected/expected.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace rater::storage {

class Connection;

// One entry of the change log.
struct Correction
{
    // Stored by name (correction.kind): never renumber, never reuse a name.
    enum class Kind {
        Delete,        // assessments to the bin
        Restore,       // out of the bin
        Edit,          // one assessment's team, date or respondent code
        Move,          // several assessments to another team
        Rename,        // a team
        Merge,         // one team into another
        LeaveWorkshop, // assessments taken out of their workshop
        EmptyBin,      // assessments gone for good; cannot be undone
        Undo,          // of the correction `of`
        Redo,          // of the correction `of`
    };

    qint64 id = 0;
    QString madeAt; // UTC, ISO 8601
    Kind kind = Kind::Edit;
    // What was changed, from what to what: "assessments" (their ids, at most
    // the first 50), and for each field changed ("team", "date",
    // "respondent", "workshop") an object with "from" and "to". An undo or
    // redo repeats the detail of the correction it undoes or redoes.
    QJsonObject detail;
    qint64 count = 0; // assessments it changed
    std::optional<qint64> of; // for Undo and Redo
    // For an undo or redo, the kind of the correction it undoes or redoes.
    std::optional<Kind> ofKind;
};

QString kindName(Correction::Kind kind); // as stored and in JSON: "delete", "leave_workshop"
std::optional<Correction::Kind> kindFromName(QStringView name);

// What a correction came to: made, with its entry in the change log where
// there is one (a laptop's file; the organisation's store keeps none), or
// refused with the reason and the database as it was. A failure of the
// database itself is the Expected's.
struct Corrected
{
    std::optional<qint64> correction; // its id in the log
    qint64 count = 0;                 // assessments changed (or emptied from the bin)
    QString refusal;

    bool made() const { return refusal.isEmpty(); }
    static Corrected refused(QString why) { return {std::nullopt, 0, std::move(why)}; }
};

// Corrections of what was recorded. Each is one transaction that writes the
// change and its entry in the change log together: interrupted at any point,
// the database is as before or as after. Each entry keeps the rows it changed
// as they were and as they became, so that undo() and redo() put back exactly
// those columns, refusing when another correction or program has changed the
// same rows since. Every changed row's version goes up and its change time is
// set, for a store that gathers the corrections of several databases.
class CorrectionStore
{
public:
    explicit CorrectionStore(Connection &connection) : m_connection(connection) {}

    // To the bin and back; every id must exist and be out of (in) the bin.
    Expected<Corrected> remove(const std::vector<qint64> &ids);
    Expected<Corrected> restore(const std::vector<qint64> &ids);

    // The fields of one assessment to change; an empty respondent removes its code.
    struct Edit
    {
        std::optional<QString> team;
        std::optional<QDate> date;
        std::optional<QString> respondent;
        // Why it cannot be made to any assessment (an empty team, a text too
        // long, a date out of range, nothing to change); empty when it can.
        QString refusal() const;
    };
    Expected<Corrected> edit(qint64 id, const Edit &edit);
    // Several assessments to one team, made when it does not exist.
    Expected<Corrected> move(const std::vector<qint64> &ids, const QString &team);
    // A new name that another team has is refused: that is a merge.
    Expected<Corrected> renameTeam(const QString &from, const QString &to);
    // Every assessment and workshop of `from` goes to `into`, and `from` goes.
    Expected<Corrected> mergeTeams(const QString &from, const QString &into);
    // The assessments stay, their team's history too; their workshop loses them.
    Expected<Corrected> leaveWorkshop(const std::vector<qint64> &ids);
    // Deletes for good what has been in the bin for at least `olderThanDays`
    // days (all of it without), and the teams and codes nothing uses then.
    Expected<Corrected> emptyBin(std::optional<int> olderThanDays = std::nullopt);
    // How many assessments emptyBin() would delete.
    Expected<qint64> binCount(std::optional<int> olderThanDays = std::nullopt) const;

    // Puts back the rows correction `id` changed as they were (undo) or as it
    // left them (redo), as a new entry of the log.
    Expected<Corrected> undo(qint64 id);
    Expected<Corrected> redo(qint64 id);

    Expected<Correction> find(qint64 id) const;
    // The log, oldest first, one entry at a time.
    Status forEach(const std::function<Status(const Correction &)> &visit) const;

private:
    class Writing;
    Expected<Corrected> moveBin(const std::vector<qint64> &ids, bool intoBin);
    Expected<Corrected> replay(qint64 id, Correction::Kind kind);
    QString failure(const QString &detail) const;

    Connection &m_connection;
};

} // namespace rater::storage
