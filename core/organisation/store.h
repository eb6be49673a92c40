#pragma once

#include "expected/expected.h"
#include "history/history.h"
#include "organisation/address.h"
#include "storage/assessmentstore.h"
#include "storage/corrections.h"
#include "storage/publishing.h"
#include "storage/results.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace rater::organisation {

// The three kinds of member PostgreSQL knows, as the roles Rater creates.
enum class Role { Admin, Manager, Lead };
QString roleName(Role role); // "rater_admin", …

// One login with a Rater role, and the teams it leads.
struct Member
{
    QString login;
    QStringList roles; // "rater_admin", "rater_manager", "rater_lead"
    QStringList teams; // led, by name
};

// The organisation's PostgreSQL store, open through QPSQL: setting it up,
// and who may do what in it. What a member may read and write is enforced
// by PostgreSQL itself (grants, row-level security, views that withhold
// small groups), so that it holds for psql as well as for Rater. A lead's or
// an admin's results are read, recorded and corrected here as in a laptop's
// file: the store is the PostgreSQL engine of storage::Results.
class OrganisationStore final : public storage::Results
{
public:
    static Expected<std::unique_ptr<OrganisationStore>> connect(const StoreAddress &address);
    ~OrganisationStore() override;
    OrganisationStore(const OrganisationStore &) = delete;
    OrganisationStore &operator=(const OrganisationStore &) = delete;

    QString shown() const override { return m_address.shown(); }
    QString login() const; // who is connected

    // Creates Rater's schema and its three roles, run by the database's
    // owner; groups of fewer than `threshold` assessments are withheld from
    // managers. Refused when the schema is there already; a store set up
    // before actions were kept (schema 1) gains them.
    Status init(int threshold);
    Expected<int> schemaVersion() const; // 0 when there is no Rater schema
    // Checks what the login may read without changing anything: the schema's
    // version, row-level security on every table that holds a team's rows,
    // and every result's answers and date. A report, sound or not; a
    // refusal when there is no store to check or the login reads groups only.
    Expected<IntegrityReport> check() const;

    // Gives `login` a role; a lead also the teams named, which are created
    // when the store does not know them yet.
    Status grantLead(const QString &login, const QStringList &teams);
    Status grant(const QString &login, Role role);
    // Takes back the teams named, or, when none is named, every Rater role
    // and team `login` has.
    Status revoke(const QString &login, const QStringList &teams);
    Expected<std::vector<Member>> members() const;

    // The UUID the store was given when it was set up.
    Expected<QUuid> identity() const;
    // The connected login's role: an admin (or the store's owner) before a
    // lead before a manager; none when it has no Rater role.
    Expected<std::optional<Role>> role() const;
    // The teams the login sees: a lead's own, everyone else's all.
    Expected<QStringList> teams() const;

    // Stores one batch of assessments in one transaction; one whose UUID the
    // store holds already is left as it is. The teams must exist, unless
    // `createTeams` (an admin's sync) makes those that do not.
    // Results held already are brought up to the laptop's corrections
    // (team, respondent, workshop, date, the bin) unless the store's copy
    // was changed later, which then wins and is named. In an admin's sync,
    // a team left empty by results moving to one other team goes, its leads
    // and workshops moved there: a team renamed or merged on a laptop.
    struct Received
    {
        qint64 stored = 0;
        qint64 updated = 0;
        qint64 alreadyThere = 0;
        std::vector<QUuid> storeWins;
        // Teams whose every result went to one other team, and which went
        // with their leads and workshops: renamed or merged on the laptop.
        qint64 teamsReplaced = 0;
    };
    Expected<Received> receive(const std::vector<storage::OutgoingAssessment> &batch, bool createTeams);
    // Stores one batch of a laptop's actions in one transaction: new ones,
    // and those held at an older version brought up to the laptop's; those
    // of teams the login may not write, or the store does not know, are
    // counted and left out.
    struct ActionsReceived
    {
        qint64 stored = 0;
        qint64 updated = 0;
        qint64 alreadyThere = 0; // as the laptop has them, or changed later in the store
        qint64 keptHere = 0;
    };
    Expected<ActionsReceived> receiveActions(const std::vector<Action> &batch);

    Expected<int> threshold() const;
    Status setThreshold(int threshold);

    // Per team, in the byte order of its name, how many assessments of
    // `questionnaireId` were taken from `from` to `to` and the sum of each
    // statement's answers, as far as the login may read them. A manager
    // reads only the groups of the store's views: a team's whole calendar
    // quarter, when it holds at least the threshold's number of assessments.
    struct TeamSums
    {
        QString team;
        qint64 assessments = 0;
        std::vector<qint64> answerSums; // in statement order
    };
    Expected<std::vector<TeamSums>> teamSums(const QDate &from, const QDate &to, const QString &questionnaireId) const;
    // The first day on or after `from` with an assessment the login may
    // read; for a manager, the first day of such a quarter.
    Expected<std::optional<QDate>> firstDayFrom(const QDate &from, const QString &questionnaireId) const;
    // True for a login that reads groups only, not assessments: a manager.
    Expected<bool> readsGroupsOnly() const;
    // The sums of `team`'s assessments of `questionnaire`, day by day, added
    // up by PostgreSQL: what a team's history is made of. For a login that
    // may read the team's assessments (its lead, an admin); the
    // questionnaire's keying must be linear (see linearKeying()).
    Expected<std::vector<DaySums>> teamDaySums(const QString &team, const Questionnaire &questionnaire) const;

    // A lead's or an admin's assessments and workshops, read and recorded as
    // a laptop's database file holds them; the ids are the store's. A
    // manager, who reads groups only, is refused with what to read instead.
    Status forEach(const QString &team, bool bin, const Visit &visit) const override;
    Status forEachAction(const QString &team, const VisitAction &visit) const override;
    Status forEachInWorkshop(qint64 workshopId, const Visit &visit) const override;
    Expected<storage::AssessmentStore::Extent> extent() const override;
    Expected<qint64> count(const QString &team) const override;
    // Records for teams the login may write, with the store as the
    // installation they come from unless they name theirs; a refusal names
    // the teams it may. An admin's recording starts a team the store does
    // not know yet. A workshop named by its title is found in the team, or
    // started there.
    Expected<std::unique_ptr<Recording>> startRecording() override;
    // A workshop whose participants are recorded under its team, or under a
    // team named after it when it names none: one the login may write.
    Expected<qint64> createWorkshop(const NewWorkshop &workshop) override;
    Expected<Workshop> workshop(qint64 id) const override;
    Expected<std::vector<Answers>> workshopAnswers(qint64 workshopId) const override;

    // Corrections made in the store itself, all or none: each changed
    // result's version goes up and its change time is now, so that a laptop's
    // older correction of it does not undo it. The store keeps no change log.
    Expected<storage::Corrected> moveToBin(const std::vector<qint64> &ids, bool intoBin) override;
    Expected<storage::Corrected> edit(qint64 id, const storage::CorrectionStore::Edit &edit) override;
    // What the login's teams have in the bin.
    Expected<storage::Corrected> emptyBin(std::optional<int> olderThanDays) override;
    // An admin's: a team given another name, its leads and results with it;
    // or one team's results, workshops and leads moved to another, which
    // then goes. `count` is how many results moved.
    Expected<storage::Corrected> renameTeam(const QString &from, const QString &to) override;
    Expected<storage::Corrected> mergeTeams(const QString &from, const QString &into) override;

private:
    class StoreRecording;
    OrganisationStore(StoreAddress address, QString name);
    // Runs `sql` (assessment columns, as forEach() reads them) with
    // `values` bound, and hands each row to `visit`.
    Status readAssessments(const QString &sql, const QVariantList &values, const Visit &visit) const;
    // Refused for a login that reads groups only.
    Status readsAssessments() const;
    // The login's role when it may record results: a lead or an admin.
    Expected<std::optional<Role>> recordingRole() const;
    // The id of `team` when the login may write its results, in the
    // transaction open; an admin's starts it when it is new.
    Expected<qint64> writableTeam(const QString &team, const QString &what);
    // Opens the transaction of an admin's rename (or merge) and locks the two
    // teams: their ids, or why there is none to make, and then no transaction.
    struct TeamPair
    {
        qint64 from = 0;
        qint64 to = 0; // 0 for a rename
        QString refusal;
    };
    Expected<TeamPair> teamPair(const QString &from, const QString &to, bool merging, const QString &what);
    Expected<storage::Corrected> changeTeams(const QString &from, const QString &to, bool merging);
    // Locks `ids` in the transaction open, and says why they cannot be
    // changed: one the login may not reach, or one out of the bin (in it,
    // unless `inBin`); empty when they can.
    Expected<QString> lockForChange(const std::vector<qint64> &ids, bool inBin, const QString &what);
    // The store's own row among the installations results come from.
    Expected<qint64> here(const QString &what);
    // Adds to `ids` the store's id of each installation in `uuids` (a
    // PostgreSQL array of UUIDs), keyed by its UUID text; one it does not know
    // yet is made, in UUID order, so that laptops sending at once do not wait
    // on each other's rows in a circle. False, with the error in `query`,
    // when PostgreSQL refuses.
    static bool installationIds(QSqlQuery &query, const QString &uuids, QHash<QString, qint64> &ids);
    // Adds to `ids` the store's id of each team in `names` (a PostgreSQL array
    // of names) that the store knows and the login may see, keyed by name.
    // False, with the error in `query`, when PostgreSQL refuses.
    static bool knownTeamIds(QSqlQuery &query, const QString &names, QHash<QString, qint64> &ids);
    // Commits the transaction open on the store; when PostgreSQL refuses,
    // rolls it back and says why, as `what` failed.
    Status commit(const QString &what);
    // Runs `sql`, an INSERT … RETURNING id of a row of `team`, in a
    // transaction of its own: `bind` gives its values, with the team's id and
    // the store's own installation.
    Expected<qint64> insertForTeam(const QString &team, const QString &what, const QString &sql,
                                   const std::function<void(QSqlQuery &, qint64, qint64)> &bind);
    // Runs `statements` in one transaction, all or none.
    Status inTransaction(const QStringList &statements, const QString &what);
    // What a failure of PostgreSQL means for the person who asked: a refusal
    // of their rights named as such, not as a raw SQL error.
    QString failure(const QString &what, const QSqlError &error) const;
    Status checkLogin(const QString &login) const;

    StoreAddress m_address;
    QString m_name;
    QSqlDatabase m_db;
};

// Every statement's keying, when each is linear: what the store's sums of
// answers need to become sums of item scores.
Expected<std::vector<LinearKeying>> linearKeyings(const Questionnaire &questionnaire);

// The grouped query OrganisationStore::teamDaySums() runs, its parameters
// the team's name and the questionnaire's id: one row a day, with the count
// and, as SQL over the stored answers, the sums of totals, of each
// dimension's item scores, and of their squares.
Expected<QString> teamDaySumsQuery(const Questionnaire &questionnaire);

} // namespace rater::organisation
