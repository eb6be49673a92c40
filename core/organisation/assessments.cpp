// A lead's or an admin's assessments and workshops in the store, read and
// recorded as a laptop's database file holds them. What a login may reach is
// PostgreSQL's row-level security; what is checked here is only what makes a
// refusal say what the login may do instead.

#include "store.h"

#include "quiz/entrylimits.h"
#include "storage/actionstore.h"
#include "storage/answercodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

// The columns of one assessment as StoredAssessment holds it; the time of
// deletion as a laptop writes it (UTC, to the second).
constexpr QStringView assessmentColumns =
    u"SELECT a.id, t.name, a.respondent, a.workshop_id, w.title, a.taken_on, a.lang, a.questionnaire_id, "
    "  a.questionnaire_version, array_to_string(a.answers, ','), "
    "  to_char(a.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), a.uuid, o.uuid "
    "FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
    "LEFT JOIN rater.workshop w ON w.id = a.workshop_id "
    "LEFT JOIN rater.installation o ON o.id = a.origin_id ";

// "{3,17,42}": ids as one parameter, read by the statement as bigint[].
QString bigintArray(const std::vector<qint64> &ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return u'{' + numbers.join(u',') + u'}';
}


} // namespace

Status OrganisationStore::readsAssessments() const
{
    const Expected<bool> groupsOnly = readsGroupsOnly();
    if (!groupsOnly)
        return Status::failure(groupsOnly.error());
    if (*groupsOnly)
        return Status::failure(Messages::tr("%1: the login \"%2\" reads the teams' figures by quarter (rater-cli "
                                            "compare), not single assessments")
                                   .arg(m_address.shown(), login()));
    return Done{};
}

Status OrganisationStore::forEach(const QString &team, bool bin, const Visit &visit) const
{
    if (Status allowed = readsAssessments(); !allowed)
        return allowed;
    QString sql = assessmentColumns.toString() + (bin ? u"WHERE a.deleted_at IS NOT NULL "_s : u"WHERE a.deleted_at IS NULL "_s);
    if (!team.isNull())
        sql += u"AND t.name = ? "_s;
    sql += bin ? u"ORDER BY a.deleted_at DESC, a.id DESC"_s : u"ORDER BY a.taken_on, a.id"_s;
    return readAssessments(sql, team.isNull() ? QVariantList() : QVariantList{team}, visit);
}

Status OrganisationStore::forEachInWorkshop(qint64 workshopId, const Visit &visit) const
{
    if (Status allowed = readsAssessments(); !allowed)
        return allowed;
    return readAssessments(assessmentColumns.toString()
                               + u"WHERE a.workshop_id = ? AND a.deleted_at IS NULL ORDER BY a.taken_on, a.id"_s,
                           {workshopId}, visit);
}

Status OrganisationStore::readAssessments(const QString &sql, const QVariantList &values, const Visit &visit) const
{
    // Forward only: QPSQL then reads the rows one at a time, so that a list
    // of any length holds one row.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    const QString what = Messages::tr("cannot read the assessments");
    if (!query.exec())
        return Status::failure(failure(what, query.lastError()));
    StoredAssessment a;
    while (query.next()) {
        a.id = query.value(0).toLongLong();
        a.team = query.value(1).toString();
        a.respondent = query.value(2).toString();
        a.workshopId = query.isNull(3) ? std::nullopt : std::optional<qint64>(query.value(3).toLongLong());
        a.workshop = query.value(4).toString();
        a.date = query.value(5).toDate();
        a.lang = query.value(6).toString();
        a.questionnaireId = query.value(7).toString();
        a.questionnaireVersion = query.value(8).toInt();
        // array_to_string() writes the answers as a laptop stores them.
        Expected<Answers> answers = storage::decodeAnswers(query.value(9).toString().toLatin1());
        if (!answers)
            return Status::failure(Messages::tr("%1: assessment %2 has unreadable answers: %3")
                                       .arg(m_address.shown(), QString::number(a.id), answers.error()));
        a.answers = std::move(answers).value();
        a.deletedAt = query.value(10).toString();
        a.uuid = QUuid::fromString(query.value(11).toString());
        a.origin = query.isNull(12) ? QUuid() : QUuid::fromString(query.value(12).toString());
        if (Status visited = visit(a); !visited)
            return visited;
    }
    if (query.lastError().isValid())
        return Status::failure(failure(what, query.lastError()));
    return Done{};
}

Expected<storage::AssessmentStore::Extent> OrganisationStore::extent() const
{
    using Result = Expected<storage::AssessmentStore::Extent>;
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT (SELECT coalesce(max(id), 0) FROM rater.assessment), "
                    "(SELECT coalesce(max(length(name)), 0) FROM rater.team), "
                    "(SELECT coalesce(max(length(respondent)), 0) FROM rater.assessment)"_s)
        || !query.next())
        return Result::failure(failure(Messages::tr("cannot read the assessments"), query.lastError()));
    return storage::AssessmentStore::Extent{query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toInt()};
}

Expected<std::optional<Role>> OrganisationStore::recordingRole() const
{
    const Expected<std::optional<Role>> role = this->role();
    if (role && (!*role || **role == Role::Manager))
        return Expected<std::optional<Role>>::failure(
            Messages::tr("%1: the login \"%2\" does not record in the store; a team's lead records for their teams, "
                         "an admin for any")
                .arg(m_address.shown(), login()));
    return role;
}

Expected<qint64> OrganisationStore::writableTeam(const QString &team, const QString &what)
{
    using Result = Expected<qint64>;
    const Expected<std::optional<Role>> role = recordingRole();
    if (!role)
        return Result::failure(role.error());
    QSqlQuery query(m_db);
    // An admin's record may start a team, as it does in a database file.
    if (**role == Role::Admin) {
        query.prepare(u"INSERT INTO rater.team (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s);
        query.addBindValue(team);
        if (!query.exec())
            return Result::failure(failure(what, query.lastError()));
    }
    query.prepare(u"SELECT id FROM rater.team WHERE name = ?"_s);
    query.addBindValue(team);
    if (!query.exec())
        return Result::failure(failure(what, query.lastError()));
    if (query.next())
        return query.value(0).toLongLong();
    const Expected<QStringList> led = teams();
    if (!led)
        return Result::failure(led.error());
    if (led->isEmpty())
        return Result::failure(Messages::tr("%1: the login \"%2\" leads no team yet; an admin gives it teams with "
                                            "rater-cli org grant --lead %2 --team NAME")
                                   .arg(m_address.shown(), login()));
    return Result::failure(Messages::tr("%1: you can record for %2 only, not for \"%3\"")
                               .arg(m_address.shown(), QLocale().createSeparatedList(*led), team));
}

Expected<qint64> OrganisationStore::here(const QString &what)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"INSERT INTO rater.installation (uuid) SELECT uuid FROM rater.store_identity "
                    "ON CONFLICT DO NOTHING"_s)
        || !query.exec(u"SELECT i.id FROM rater.installation i JOIN rater.store_identity s ON s.uuid = i.uuid"_s)
        || !query.next())
        return Expected<qint64>::failure(failure(what, query.lastError()));
    return query.value(0).toLongLong();
}

Expected<qint64> OrganisationStore::insertForTeam(const QString &team, const QString &what, const QString &sql,
                                                 const std::function<void(QSqlQuery &, qint64, qint64)> &bind)
{
    using Result = Expected<qint64>;
    if (!m_db.transaction())
        return Result::failure(failure(what, m_db.lastError()));
    const auto failed = [this](const QString &message) {
        m_db.rollback();
        return Result::failure(message);
    };
    const Expected<qint64> teamId = writableTeam(team, what);
    if (!teamId)
        return failed(teamId.error());
    // Made here: the store is the installation it comes from.
    const Expected<qint64> origin = here(what);
    if (!origin)
        return failed(origin.error());
    QSqlQuery query(m_db);
    query.prepare(sql);
    bind(query, *teamId, *origin);
    if (!query.exec() || !query.next())
        return failed(failure(what, query.lastError()));
    const qint64 id = query.value(0).toLongLong();
    if (!m_db.commit())
        return failed(failure(what, m_db.lastError()));
    return id;
}

// Assessments recorded in one transaction of the store, which is rolled back
// unless commit() is reached.
class OrganisationStore::StoreRecording final : public storage::Results::Recording
{
public:
    explicit StoreRecording(OrganisationStore &store) : m_store(store), m_query(store.m_db) {}
    ~StoreRecording() override
    {
        if (m_open)
            m_store.m_db.rollback();
    }
    StoreRecording(const StoreRecording &) = delete;
    StoreRecording &operator=(const StoreRecording &) = delete;

    Status begin()
    {
        if (!m_store.m_db.transaction())
            return Status::failure(m_store.failure(what(), m_store.m_db.lastError()));
        m_open = true;
        if (const Expected<std::optional<Role>> role = m_store.recordingRole(); !role)
            return Status::failure(role.error());
        const Expected<qint64> here = m_store.here(what());
        if (!here)
            return Status::failure(here.error());
        m_here = *here;
        return Done{};
    }

    Expected<Added> add(const NewAssessment &a) override
    {
        using Result = Expected<Added>;
        if (const Status allowed = limits::checkEntry(a); !allowed)
            return Result::failure(Messages::tr("assessment %1 was not saved: %2")
                                       .arg(QLocale().toString(m_count + 1), allowed.error()));
        if (const Status fits = storage::checkRecordable(a.questionnaireId, a.answers); !fits)
            return Result::failure(Messages::tr("assessment %1 was not saved: %2")
                                       .arg(QLocale().toString(m_count + 1), fits.error()));
        // One held already is found before anything is made for it.
        if (!a.uuid.isNull()) {
            const Expected<std::optional<qint64>> held = single(u"SELECT id FROM rater.assessment WHERE uuid = ?::uuid"_s,
                                                                {uuidText(a.uuid)});
            if (!held)
                return Result::failure(held.error());
            if (*held) {
                ++m_count;
                return Added{**held, true};
            }
        }
        const Expected<qint64> team = teamId(a.team);
        if (!team)
            return Result::failure(team.error());
        const Expected<qint64> origin = originId(a.origin);
        if (!origin)
            return Result::failure(origin.error());
        QVariant workshop(QMetaType::fromType<qint64>());
        if (a.workshopId) {
            const Expected<std::optional<qint64>> found =
                single(u"SELECT id FROM rater.workshop WHERE id = ?"_s, {*a.workshopId});
            if (!found)
                return Result::failure(found.error());
            if (!*found)
                return Result::failure(Messages::tr("%1: there is no workshop with id %2 that the login \"%3\" may read")
                                           .arg(m_store.shown(), QLocale().toString(*a.workshopId), m_store.login()));
            workshop = *a.workshopId;
        } else if (!a.workshopTitle.isEmpty()) {
            // Found by its title among the workshops the login may read, or
            // started in the assessment's team.
            const Expected<qint64> id = named(m_workshops, a.workshopTitle, [&](const QString &title) {
                return single(u"WITH found AS (SELECT id FROM rater.workshop WHERE title = ? ORDER BY id LIMIT 1), "
                              "made AS (INSERT INTO rater.workshop (uuid, origin_id, title, held_on, team_id, lang) "
                              "  SELECT ?::uuid, ?, ?, ?::date, ?, ? WHERE NOT EXISTS (SELECT 1 FROM found) "
                              "  RETURNING id) "
                              "SELECT id FROM found UNION ALL SELECT id FROM made"_s,
                              {title, uuidText(QUuid::createUuid()), m_here, title,
                               QString::fromLatin1(isoDate(a.date)), *team, a.lang});
            });
            if (!id)
                return Result::failure(id.error());
            workshop = *id;
        }
        QStringList answers;
        for (const int answer : a.answers)
            answers << QString::number(answer);
        const Expected<std::optional<qint64>> id = single(
            u"INSERT INTO rater.assessment (uuid, origin_id, team_id, respondent, workshop_id, taken_on, "
            "questionnaire_id, questionnaire_version, lang, answers) "
            "VALUES (?::uuid, ?, ?, ?, ?, ?::date, ?, ?, ?, ?::smallint[]) RETURNING id"_s,
            {uuidText(a.uuid.isNull() ? QUuid::createUuid() : a.uuid), *origin, *team,
             a.respondent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.respondent), workshop,
             QString::fromLatin1(isoDate(a.date)), a.questionnaireId, a.questionnaireVersion, a.lang,
             QString(u'{' + answers.join(u',') + u'}')});
        if (!id)
            return Result::failure(id.error());
        ++m_count;
        return Added{id->value_or(0), false};
    }

    Expected<bool> addAction(const Action &a) override
    {
        using Result = Expected<bool>;
        const Expected<qint64> team = teamId(a.team);
        if (!team)
            return Result::failure(team.error());
        const Expected<qint64> origin = originId(a.origin);
        if (!origin)
            return Result::failure(origin.error());
        const auto date = [](const QDate &day) {
            return day.isValid() ? QVariant(QString::fromLatin1(isoDate(day))) : QVariant(QMetaType::fromType<QString>());
        };
        const Expected<std::optional<qint64>> id = single(
            u"INSERT INTO rater.action (uuid, origin_id, team_id, dimension, text, owner, due_on, created_on, state, "
            "closed_on, version, changed_at) VALUES (?::uuid, ?, ?, ?, ?, coalesce(?, ''), ?::date, ?::date, ?, ?::date, ?, "
            "now()) "
            "ON CONFLICT (uuid) DO NOTHING RETURNING id"_s,
            {uuidText(a.uuid.isNull() ? QUuid::createUuid() : a.uuid), *origin, *team, a.dimension, a.text, a.owner,
             date(a.due), date(a.created), storage::stateName(a.state), date(a.closed), a.version});
        if (!id)
            return Result::failure(id.error());
        return id->has_value();
    }

    Status commit() override
    {
        if (!m_store.m_db.commit()) {
            const QSqlError error = m_store.m_db.lastError();
            m_store.m_db.rollback();
            m_open = false;
            return Status::failure(m_store.failure(what(), error));
        }
        m_open = false;
        return Done{};
    }

private:
    static QString what() { return Messages::tr("could not save; nothing was stored"); }

    // The id the one-row statement `sql` gives, if any.
    Expected<std::optional<qint64>> single(const QString &sql, const QVariantList &values)
    {
        // A statement PostgreSQL cannot prepare (a table the store lacks) is
        // named by its own error, not by the placeholders left in it.
        if (!m_query.prepare(sql))
            return Expected<std::optional<qint64>>::failure(m_store.failure(what(), m_query.lastError()));
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        if (!m_query.exec())
            return Expected<std::optional<qint64>>::failure(m_store.failure(what(), m_query.lastError()));
        if (!m_query.next())
            return std::optional<qint64>();
        return std::optional<qint64>(m_query.value(0).toLongLong());
    }

    // The id of `name` in `ids`, or found with `find` once and kept; a file
    // of many names keeps only so many.
    static Expected<qint64> named(QHash<QString, qint64> &ids, const QString &name,
                                  const std::function<Expected<std::optional<qint64>>(const QString &)> &find)
    {
        if (const auto known = ids.constFind(name); known != ids.cend())
            return *known;
        const Expected<std::optional<qint64>> found = find(name);
        if (!found)
            return Expected<qint64>::failure(found.error());
        if (ids.size() >= 10000)
            ids.clear();
        ids.insert(name, found->value_or(0));
        return found->value_or(0);
    }

    // The store's id of the installation `origin`, made when it is new; the
    // store's own for a result or action made where it is recorded.
    Expected<qint64> originId(const QUuid &origin)
    {
        if (origin.isNull())
            return m_here;
        const QString uuid = uuidText(origin);
        if (const auto known = m_origins.constFind(uuid); known != m_origins.cend())
            return *known;
        if (m_origins.size() >= 10000)
            m_origins.clear();
        if (!installationIds(m_query, u'{' + uuid + u'}', m_origins))
            return Expected<qint64>::failure(m_store.failure(what(), m_query.lastError()));
        return m_origins.value(uuid);
    }

    Expected<qint64> teamId(const QString &team)
    {
        if (const auto known = m_teams.constFind(team); known != m_teams.cend())
            return *known;
        const Expected<qint64> id = m_store.writableTeam(team, what());
        if (id) {
            if (m_teams.size() >= 10000)
                m_teams.clear();
            m_teams.insert(team, *id);
        }
        return id;
    }

    OrganisationStore &m_store;
    QSqlQuery m_query;
    bool m_open = false;
    qint64 m_here = 0;
    qint64 m_count = 0;
    QHash<QString, qint64> m_teams;
    QHash<QString, qint64> m_origins;
    QHash<QString, qint64> m_workshops;
};

Expected<std::unique_ptr<storage::Results::Recording>> OrganisationStore::startRecording()
{
    using Result = Expected<std::unique_ptr<Recording>>;
    auto recording = std::make_unique<StoreRecording>(*this);
    if (Status begun = recording->begin(); !begun)
        return Result::failure(begun.error());
    return std::unique_ptr<Recording>(std::move(recording));
}

Expected<qint64> OrganisationStore::createWorkshop(const NewWorkshop &workshop)
{
    // Its participants' team: the one named, or one named after the workshop.
    return insertForTeam(
        workshop.team.isEmpty() ? workshop.title : workshop.team, Messages::tr("could not save the workshop"),
        u"INSERT INTO rater.workshop (uuid, origin_id, title, held_on, facilitator, team_id, lang) "
        "VALUES (?::uuid, ?, ?, ?::date, ?, ?, ?) RETURNING id"_s,
        [&](QSqlQuery &query, qint64 team, qint64 origin) {
            query.addBindValue(uuidText(QUuid::createUuid()));
            query.addBindValue(origin);
            query.addBindValue(workshop.title);
            query.addBindValue(QString::fromLatin1(isoDate(workshop.date)));
            query.addBindValue(workshop.facilitator.isNull() ? u""_s : workshop.facilitator);
            query.addBindValue(team);
            query.addBindValue(workshop.lang);
        });
}

Expected<Workshop> OrganisationStore::workshop(qint64 id) const
{
    using Result = Expected<Workshop>;
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    QSqlQuery query(m_db);
    query.prepare(u"SELECT w.id, w.title, w.held_on, w.facilitator, t.name, w.lang FROM rater.workshop w "
                  "LEFT JOIN rater.team t ON t.id = w.team_id WHERE w.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Result::failure(failure(Messages::tr("could not read the workshop"), query.lastError()));
    if (!query.next())
        return Result::failure(Messages::tr("%1: there is no workshop with id %2 that the login \"%3\" may read")
                                   .arg(m_address.shown(), QLocale().toString(id), login()));
    return Workshop{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toDate(),
                    query.value(3).toString(),   query.value(4).toString(), query.value(5).toString()};
}

Expected<std::vector<Answers>> OrganisationStore::workshopAnswers(qint64 workshopId) const
{
    using Result = Expected<std::vector<Answers>>;
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, questionnaire_id, array_to_string(answers, ',') FROM rater.assessment "
                  "WHERE workshop_id = ? AND deleted_at IS NULL ORDER BY taken_on, id"_s);
    query.addBindValue(workshopId);
    if (!query.exec())
        return Result::failure(failure(Messages::tr("could not read the workshop's participants"), query.lastError()));
    std::vector<Answers> participants;
    while (query.next()) {
        Expected<Answers> answers = storage::decodeScorable(query.value(0).toLongLong(),
                                                            query.value(1).toString().toUtf8(),
                                                            query.value(2).toString().toLatin1());
        if (!answers)
            return Result::failure(m_address.shown() + u": "_s + answers.error());
        participants.push_back(std::move(answers).value());
    }
    if (query.lastError().isValid())
        return Result::failure(failure(Messages::tr("could not read the workshop's participants"), query.lastError()));
    return participants;
}

Expected<qint64> OrganisationStore::count(const QString &team) const
{
    if (Status allowed = readsAssessments(); !allowed)
        return Expected<qint64>::failure(allowed.error());
    QSqlQuery query(m_db);
    query.prepare(team.isNull() ? u"SELECT count(*) FROM rater.assessment WHERE deleted_at IS NULL"_s
                                : u"SELECT count(*) FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
                                  "WHERE a.deleted_at IS NULL AND t.name = ?"_s);
    if (!team.isNull())
        query.addBindValue(team);
    if (!query.exec() || !query.next())
        return Expected<qint64>::failure(failure(Messages::tr("cannot read the assessments"), query.lastError()));
    return query.value(0).toLongLong();
}

Expected<QString> OrganisationStore::lockForChange(const std::vector<qint64> &ids, bool inBin, const QString &what)
{
    // Locked as they are read: what is checked is what is changed.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, deleted_at IS NOT NULL FROM rater.assessment WHERE id = ANY (?::bigint[]) FOR UPDATE"_s);
    query.addBindValue(bigintArray(ids));
    if (!query.exec())
        return Expected<QString>::failure(failure(what, query.lastError()));
    QHash<qint64, bool> binned;
    while (query.next())
        binned.insert(query.value(0).toLongLong(), query.value(1).toBool());
    for (const qint64 id : ids) {
        const QString number = QLocale().toString(id);
        const auto found = binned.constFind(id);
        if (found == binned.cend())
            return Messages::tr("there is no assessment with id %1 that the login \"%2\" may change").arg(number, login());
        if (*found != inBin)
            return inBin ? Messages::tr("assessment %1 is not in the bin").arg(number)
                         : Messages::tr("assessment %1 is in the bin; restore it first").arg(number);
    }
    return QString();
}

Expected<storage::Corrected> OrganisationStore::moveToBin(const std::vector<qint64> &ids, bool intoBin)
{
    using Result = Expected<storage::Corrected>;
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    if (ids.empty())
        return storage::Corrected::refused(Messages::tr("no assessment was given"));
    const QString array = bigintArray(ids);
    const QString what = intoBin ? Messages::tr("could not move the assessments to the bin")
                                 : Messages::tr("could not restore the assessments");
    if (!m_db.transaction())
        return Result::failure(failure(what, m_db.lastError()));
    const auto failed = [this, &what](const QSqlError &error) {
        m_db.rollback();
        return Result::failure(failure(what, error));
    };
    const auto refused = [this](const QString &why) {
        m_db.rollback();
        return storage::Corrected::refused(why);
    };
    const Expected<QString> refusal = lockForChange(ids, !intoBin, what);
    if (!refusal) {
        m_db.rollback();
        return Result::failure(refusal.error());
    }
    if (!refusal->isEmpty())
        return refused(*refusal);
    QSqlQuery query(m_db);
    query.prepare(intoBin ? u"UPDATE rater.assessment SET deleted_at = now(), version = version + 1, "
                            "changed_at = now() WHERE id = ANY (?::bigint[])"_s
                          : u"UPDATE rater.assessment SET deleted_at = NULL, version = version + 1, "
                            "changed_at = now() WHERE id = ANY (?::bigint[])"_s);
    query.addBindValue(array);
    if (!query.exec())
        return failed(query.lastError());
    const qint64 changed = query.numRowsAffected();
    if (!m_db.commit())
        return failed(m_db.lastError());
    return storage::Corrected{std::nullopt, changed, {}};
}

Expected<storage::Corrected> OrganisationStore::edit(qint64 id, const storage::CorrectionStore::Edit &edit)
{
    using Result = Expected<storage::Corrected>;
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    if (const QString refusal = edit.refusal(); !refusal.isEmpty())
        return storage::Corrected::refused(refusal);
    const QString what = Messages::tr("could not correct the assessment");
    if (!m_db.transaction())
        return Result::failure(failure(what, m_db.lastError()));
    const auto refused = [this](const QString &why) {
        m_db.rollback();
        return storage::Corrected::refused(why);
    };
    const Expected<QString> refusal = lockForChange({id}, false, what);
    if (!refusal) {
        m_db.rollback();
        return Result::failure(refusal.error());
    }
    if (!refusal->isEmpty())
        return refused(*refusal);
    std::optional<qint64> team;
    if (edit.team) {
        const Expected<qint64> writable = writableTeam(edit.team->trimmed(), what);
        if (!writable)
            return refused(writable.error());
        team = *writable;
    }
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE rater.assessment SET team_id = coalesce(?, team_id), taken_on = coalesce(?::date, taken_on), "
                  "respondent = CASE WHEN ? THEN nullif(?, '') ELSE respondent END, version = version + 1, "
                  "changed_at = now() WHERE id = ?"_s);
    query.addBindValue(team ? QVariant(*team) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(edit.date ? QVariant(QString::fromLatin1(isoDate(*edit.date)))
                                 : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(edit.respondent.has_value());
    query.addBindValue(edit.respondent.value_or(QString()).trimmed());
    query.addBindValue(id);
    if (!query.exec() || !m_db.commit()) {
        const QSqlError error = query.lastError().isValid() ? query.lastError() : m_db.lastError();
        m_db.rollback();
        return Result::failure(failure(what, error));
    }
    return storage::Corrected{std::nullopt, 1, {}};
}

Expected<storage::Corrected> OrganisationStore::emptyBin(std::optional<int> olderThanDays)
{
    using Result = Expected<storage::Corrected>;
    if (Status allowed = readsAssessments(); !allowed)
        return Result::failure(allowed.error());
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM rater.assessment WHERE deleted_at IS NOT NULL "
                  "AND (?::integer IS NULL OR deleted_at < now() - make_interval(days => ?::integer))"_s);
    const QVariant days = olderThanDays ? QVariant(*olderThanDays) : QVariant(QMetaType::fromType<int>());
    query.addBindValue(days);
    query.addBindValue(days);
    if (!query.exec())
        return Result::failure(failure(Messages::tr("could not empty the bin"), query.lastError()));
    return storage::Corrected{std::nullopt, query.numRowsAffected(), {}};
}

Expected<OrganisationStore::TeamPair> OrganisationStore::teamPair(const QString &from, const QString &to, bool merging,
                                                                  const QString &what)
{
    using Result = Expected<TeamPair>;
    const Expected<std::optional<Role>> role = this->role();
    if (!role)
        return Result::failure(role.error());
    if (*role != Role::Admin)
        return TeamPair{0, 0, Messages::tr("%1: the login \"%2\" does not rename or merge teams in the store; an "
                                           "admin does, or an admin's sync carries a laptop's")
                                  .arg(m_address.shown(), login())};
    if (!m_db.transaction())
        return Result::failure(failure(what, m_db.lastError()));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT (SELECT id FROM rater.team WHERE name = ? FOR UPDATE), "
                  "(SELECT id FROM rater.team WHERE name = ? FOR UPDATE)"_s);
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec() || !query.next()) {
        const QSqlError error = query.lastError();
        m_db.rollback();
        return Result::failure(failure(what, error));
    }
    QString refusal;
    if (query.isNull(0))
        refusal = Messages::tr("there is no team \"%1\" in the store").arg(from);
    else if (merging && query.isNull(1))
        refusal = Messages::tr("there is no team \"%1\" in the store to merge into").arg(to);
    else if (!merging && !query.isNull(1))
        refusal = Messages::tr("there is already a team \"%1\"; to put the results of \"%2\" together with it, "
                               "merge \"%2\" into \"%1\" instead")
                      .arg(to, from);
    if (!refusal.isEmpty()) {
        m_db.rollback();
        return TeamPair{0, 0, refusal};
    }
    return TeamPair{query.value(0).toLongLong(), query.value(1).toLongLong(), {}};
}

Expected<storage::Corrected> OrganisationStore::changeTeams(const QString &from, const QString &to,
                                                                    bool merging)
{
    using Result = Expected<storage::Corrected>;
    const QString what = merging ? Messages::tr("could not merge the teams") : Messages::tr("could not rename the team");
    const Expected<TeamPair> teams = teamPair(from, to, merging, what);
    if (!teams)
        return Result::failure(teams.error());
    if (!teams->refusal.isEmpty())
        return storage::Corrected::refused(teams->refusal);
    QSqlQuery query(m_db);
    const auto run = [&](const QString &sql, const QVariant &first) {
        query.prepare(sql);
        query.addBindValue(first);
        query.addBindValue(teams->from);
        return query.exec();
    };
    qint64 changed = 1;
    bool done = true;
    if (!merging) {
        done = run(u"UPDATE rater.team SET name = ?, version = version + 1, changed_at = now() WHERE id = ?"_s, to);
    } else {
        // Every result, in the bin or not, with a new version; then what
        // else belongs to the team; then the team.
        done = run(u"UPDATE rater.assessment SET team_id = ?, version = version + 1, changed_at = now() "
                   "WHERE team_id = ?"_s,
                   teams->to);
        changed = query.numRowsAffected();
        for (const QString &step :
             {u"UPDATE rater.workshop SET team_id = ? WHERE team_id = ?"_s,
              u"UPDATE rater.draft SET team_id = ? WHERE team_id = ?"_s,
              u"INSERT INTO rater.team_lead (login, team_id) SELECT login, ? FROM rater.team_lead WHERE team_id = ? "
              "ON CONFLICT DO NOTHING"_s})
            done = done && run(step, teams->to);
        if (done) {
            query.prepare(u"DELETE FROM rater.team WHERE id = ?"_s);
            query.addBindValue(teams->from);
            done = query.exec();
        }
    }
    if (!done || !m_db.commit()) {
        const QSqlError error = query.lastError().isValid() ? query.lastError() : m_db.lastError();
        m_db.rollback();
        return Result::failure(failure(what, error));
    }
    return storage::Corrected{std::nullopt, changed, {}};
}

Expected<storage::Corrected> OrganisationStore::renameTeam(const QString &from, const QString &to)
{
    if (const QString refusal = storage::CorrectionStore::Edit{to, {}, {}}.refusal(); !refusal.isEmpty())
        return storage::Corrected::refused(refusal);
    if (from == to)
        return storage::Corrected::refused(Messages::tr("nothing to change: the team is called \"%1\" already").arg(to));
    return changeTeams(from, to, false);
}

Expected<storage::Corrected> OrganisationStore::mergeTeams(const QString &from, const QString &into)
{
    if (from == into)
        return storage::Corrected::refused(Messages::tr("a team cannot be merged into itself (\"%1\")").arg(from));
    return changeTeams(from, into, true);
}

} // namespace rater::organisation
