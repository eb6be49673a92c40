#pragma once

#include "expected/expected.h"
#include "storage/records.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace rater::storage {

class Connection;
class Statement;

// The stored assessments, with their teams and respondents: recording them,
// and reading them in the shapes the lists, exports, history, comparison and
// workshops need. Every reader leaves out the assessments in the bin, but
// browse() when it is asked for the bin.
class AssessmentStore
{
public:
    explicit AssessmentStore(Connection &connection) : m_connection(connection) {}

    // Records assessments one at a time in one transaction: all of them are
    // stored when commit() succeeds, none when it is not reached. What an
    // import uses to write rows as it reads them.
    class Recorder
    {
    public:
        ~Recorder();
        Recorder(Recorder &&other) noexcept;
        Recorder(const Recorder &) = delete;
        Recorder &operator=(const Recorder &) = delete;
        Recorder &operator=(Recorder &&) = delete;

        Status begin();
        // Its new id, or the id of the one with its UUID already stored,
        // which is left as it is.
        struct Added
        {
            qint64 id = 0;
            bool alreadyStored = false;
        };
        Expected<Added> add(const NewAssessment &assessment);
        Status commit();

    private:
        friend class AssessmentStore;
        struct State;
        explicit Recorder(Connection &connection);
        QString failure(const QString &detail) const;

        Connection &m_connection;
        std::unique_ptr<State> m_state;
    };
    Recorder recorder();

    Expected<qint64> record(const NewAssessment &assessment);
    // Stores all or none, in one transaction. An assessment whose UUID is
    // stored already is not stored again, but counted.
    struct Recorded
    {
        std::vector<qint64> ids; // one per assessment, in order: new, or found by its UUID
        qint64 alreadyStored = 0;
        qint64 added() const { return qint64(ids.size()) - alreadyStored; }
    };
    Expected<Recorded> recordAll(const std::vector<NewAssessment> &assessments);

    using Visit = std::function<Status(const StoredAssessment &)>;

    // In date order, then in the order they were stored; one team's when `team` is given.
    Expected<std::vector<StoredAssessment>> list(const QString &team = QString()) const;
    // The same assessments, handed to `visit` one at a time, so that memory
    // does not grow with the database: what exports and long lists use. A
    // failure of `visit` ends the reading and is returned as it is.
    Status forEach(const QString &team, const Visit &visit) const;
    // How wide a list of every assessment gets, without reading them: the
    // largest id and the longest team name and respondent code, in characters.
    struct Extent
    {
        qint64 largestId = 0;
        int longestTeam = 0;
        int longestRespondent = 0;
    };
    Expected<Extent> extent() const;
    // What the Records list shows: the assessments out of the bin or in it,
    // narrowed down and ordered.
    struct Browse
    {
        // Persisted in settings: keep the values.
        enum class Order { Id = 0, Date = 1, Team = 2, Respondent = 3, Workshop = 4, Language = 5, Total = 6, Deleted = 7 };
        bool bin = false;
        QString team;                    // null: every team
        QDate first;                     // invalid: from the first
        QDate last;                      // invalid: to the last
        std::optional<qint64> workshopId;
        QString search;                  // part of a team, code or workshop title, or an id
        Order order = Order::Id;
        bool descending = false;
    };
    // `limit` of them from `offset` on, one at a time.
    Status browse(const Browse &browse, qint64 offset, qint64 limit, const Visit &visit) const;
    Expected<qint64> countBrowsed(const Browse &browse) const;
    // One assessment, in the bin or not; empty when there is none with `id`.
    Expected<std::optional<StoredAssessment>> find(qint64 id) const;
    // One workshop's participants, in the same order.
    Expected<std::vector<StoredAssessment>> inWorkshop(qint64 workshopId) const;
    Status forEachInWorkshop(qint64 workshopId, const Visit &visit) const;
    // One workshop's participants' answers, for its group figures.
    Expected<std::vector<Answers>> workshopAnswers(qint64 workshopId) const;
    // One team's assessments, oldest first, one at a time: what history
    // needs, without the joins and strings of list(). The answers are valid
    // during the call only.
    using DatedVisit = std::function<Status(const QDate &date, const Answers &answers)>;
    Status forEachDated(const QString &team, const DatedVisit &visit) const;
    // Every assessment taken from `first` to `last`, team after team in name
    // order, one at a time: nothing is held but the row being read. The team
    // and answers are valid during the call only.
    // With `teamId`, that team's only.
    using TeamVisit = std::function<Status(const QString &team, const Answers &answers)>;
    Status forEachBetween(const QDate &first, const QDate &last, const TeamVisit &visit,
                          std::optional<qint64> teamId = std::nullopt) const;

    // For each team with assessments from `first` to `last`, in name order:
    // how many, the sum of their ids and the team's version. Any assessment
    // added to the team changes the first two, any correction of the team or
    // its results the version, and the (team, date) index answers them
    // without reading a row: what tells which teams' figures to read again.
    struct TeamTally
    {
        qint64 teamId = 0;
        QString team;
        qint64 version = 0; // raised by every correction of the team or its results
        qint64 count = 0;
        double idSum = 0;
        friend bool operator==(const TeamTally &, const TeamTally &) = default;
    };
    Expected<std::vector<TeamTally>> tallyBetween(const QDate &first, const QDate &last) const;

    // The first day on or after `from` on which any team has an assessment,
    // found in each team's (team, date) index: what a list of the periods that
    // hold data steps through, at a cost that follows the periods, not the rows.
    Expected<std::optional<QDate>> firstDayFrom(const QDate &from) const;
    Expected<QStringList> teams() const; // by name
    // Every team, those with results in the bin only as well: what a list
    // that shows the bin filters by.
    Expected<QStringList> allTeams() const;
    Expected<qint64> count(const QString &team = QString()) const; // of one team, when named
    Expected<bool> any() const; // without counting them

private:
    // The assessments that meet `condition` ("WHERE ... "), its parameters
    // bound by `bind`, in date order or by `order` ("ORDER BY ...").
    Status where(const char *condition, const std::function<void(Statement &)> &bind, const Visit &visit,
                 const char *order = "ORDER BY a.taken_on, a.id") const;
    QString readFailure(const QString &detail) const;
    Expected<QStringList> teamNames(const char *sql) const;

    Connection &m_connection;
};

} // namespace rater::storage
