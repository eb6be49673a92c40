#include "assessmentstore.h"

#include "quiz/entrylimits.h"

#include "storage/answercodec.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Finds or creates rows by a unique name during one transaction, asking
// SQLite once per distinct name: a large import repeats few teams.
class NameIds
{
public:
    NameIds(const Connection &connection, const char *upsert, const char *find)
        : m_upsert(connection, upsert), m_find(connection, find)
    {
    }

    Status prepared() const
    {
        if (Status ready = m_upsert.prepared(); !ready)
            return ready;
        return m_find.prepared();
    }

    Expected<qint64> idFor(const QString &name)
    {
        if (auto it = m_ids.constFind(name); it != m_ids.cend())
            return *it;
        m_upsert.bind(1, name);
        if (Status inserted = m_upsert.run(); !inserted)
            return Expected<qint64>::failure(inserted.error());
        m_find.bind(1, name);
        const Expected<std::optional<qint64>> id = m_find.singleId();
        if (!id)
            return Expected<qint64>::failure(id.error());
        if (!*id)
            return Expected<qint64>::failure(u"no row for \"%1\""_s.arg(name));
        if (m_ids.size() >= maxRemembered)
            m_ids.clear(); // memory stays bounded however many distinct names a file holds
        m_ids.insert(name, **id);
        return **id;
    }

private:
    static constexpr qsizetype maxRemembered = 10000;
    Statement m_upsert;
    Statement m_find;
    QHash<QString, qint64> m_ids;
};

} // namespace

// The statements and lookups of one recording transaction.
struct AssessmentStore::Recorder::State
{
    explicit State(Connection &connection)
        : transaction(connection),
          teams(connection, "INSERT INTO team (name) VALUES (?) ON CONFLICT DO NOTHING",
                "SELECT id FROM team WHERE name = ?"),
          respondents(connection, "INSERT INTO respondent (code) VALUES (?) ON CONFLICT DO NOTHING",
                      "SELECT id FROM respondent WHERE code = ?"),
          origins(connection, "INSERT INTO installation (uuid) VALUES (?) ON CONFLICT DO NOTHING",
                  "SELECT id FROM installation WHERE uuid = ?"),
          here(connection, "SELECT id FROM installation WHERE here = 1"),
          findWorkshop(connection, "SELECT id FROM workshop WHERE title = ? ORDER BY id LIMIT 1"),
          workshopExists(connection, "SELECT id FROM workshop WHERE id = ?"),
          addWorkshop(connection, "INSERT INTO workshop (title, held_on, lang, uuid, origin_id) VALUES (?, ?, ?, ?, ?)"),
          findUuid(connection, "SELECT id FROM assessment WHERE uuid = ?"),
          insert(connection, "INSERT INTO assessment (team_id, respondent_id, workshop_id, taken_on, "
                             "questionnaire_id, questionnaire_version, lang, answers, recorded_at, uuid, origin_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          now(utcNow().toUtf8())
    {
    }

    // Language codes and questionnaire ids repeat on every row: convert each once.
    const QByteArray &utf8(const QString &text)
    {
        auto it = utf8Texts.find(text);
        if (it == utf8Texts.end())
            it = utf8Texts.insert(text, text.toUtf8());
        return *it;
    }

    WriteTransaction transaction;
    // Large imports spend most of their time binding values; SQLite's own
    // statements avoid QtSql's per-value overhead.
    NameIds teams;
    NameIds respondents;
    NameIds origins; // installations, by UUID as text
    Statement here;
    qint64 hereId = 0; // this database's installation
    Statement findWorkshop;
    Statement workshopExists;
    Statement addWorkshop;
    Statement findUuid;
    Statement insert;
    QHash<QString, qint64> workshopIds;
    QHash<QString, QByteArray> utf8Texts;
    QByteArray now;
    qint64 count = 0;
};

AssessmentStore::Recorder::Recorder(Connection &connection) : m_connection(connection) {}

AssessmentStore::Recorder::~Recorder() = default;

AssessmentStore::Recorder::Recorder(Recorder &&other) noexcept = default;

QString AssessmentStore::Recorder::failure(const QString &detail) const
{
    return m_connection.failure(Messages::tr("could not save; nothing was stored"), detail);
}

Status AssessmentStore::Recorder::begin()
{
    m_state = std::make_unique<State>(m_connection);
    if (Status begun = m_state->transaction.begin(); !begun)
        return Status::failure(failure(begun.error()));
    for (const Status &ready : {m_state->teams.prepared(), m_state->respondents.prepared(),
                                m_state->origins.prepared(), m_state->here.prepared(),
                                m_state->findWorkshop.prepared(), m_state->workshopExists.prepared(),
                                m_state->addWorkshop.prepared(), m_state->findUuid.prepared(),
                                m_state->insert.prepared()}) {
        if (!ready)
            return Status::failure(failure(ready.error()));
    }
    const Expected<std::optional<qint64>> here = m_state->here.singleId();
    if (!here)
        return Status::failure(failure(here.error()));
    if (!*here)
        return Status::failure(failure(Messages::tr("the database does not say which installation it belongs to")));
    m_state->hereId = **here;
    return Done{};
}

Expected<AssessmentStore::Recorder::Added> AssessmentStore::Recorder::add(const NewAssessment &a)
{
    using Result = Expected<Added>;
    State &state = *m_state;
    if (const Status allowed = limits::checkEntry(a); !allowed)
        return Result::failure(Messages::tr("assessment %1 was not saved: %2")
                                   .arg(QLocale().toString(state.count + 1), allowed.error()));
    if (const Status fits = checkRecordable(a.questionnaireId, a.answers); !fits)
        return Result::failure(Messages::tr("assessment %1 was not saved: %2")
                                   .arg(QLocale().toString(state.count + 1), fits.error()));
    // One stored already is looked up before anything else, so that it
    // leaves no team, respondent or workshop behind.
    if (!a.uuid.isNull()) {
        state.findUuid.bind(1, a.uuid);
        const Expected<std::optional<qint64>> stored = state.findUuid.singleId();
        if (!stored)
            return Result::failure(failure(stored.error()));
        if (*stored) {
            ++state.count;
            return Added{**stored, true};
        }
    }
    qint64 originId = state.hereId;
    if (!a.origin.isNull()) {
        const Expected<qint64> id = state.origins.idFor(a.origin.toString(QUuid::WithoutBraces));
        if (!id)
            return Result::failure(failure(id.error()));
        originId = *id;
    }
    const Expected<qint64> teamId = state.teams.idFor(a.team);
    if (!teamId)
        return Result::failure(failure(teamId.error()));
    std::optional<qint64> respondentId;
    if (!a.respondent.isEmpty()) {
        const Expected<qint64> id = state.respondents.idFor(a.respondent);
        if (!id)
            return Result::failure(failure(id.error()));
        respondentId = *id;
    }
    std::optional<qint64> workshopId;
    if (a.workshopId) {
        state.workshopExists.bind(1, *a.workshopId);
        const Expected<std::optional<qint64>> found = state.workshopExists.singleId();
        if (!found)
            return Result::failure(failure(found.error()));
        if (!*found)
            return Result::failure(Messages::tr("%1: there is no workshop with id %2")
                                       .arg(QDir::toNativeSeparators(m_connection.path()),
                                            QString::number(*a.workshopId)));
        workshopId = *a.workshopId;
    } else if (!a.workshopTitle.isEmpty()) {
        auto known = state.workshopIds.constFind(a.workshopTitle);
        if (known == state.workshopIds.cend()) {
            state.findWorkshop.bind(1, a.workshopTitle);
            const Expected<std::optional<qint64>> found = state.findWorkshop.singleId();
            if (!found)
                return Result::failure(failure(found.error()));
            qint64 id = found->value_or(0);
            if (!*found) {
                state.addWorkshop.bind(1, a.workshopTitle);
                state.addWorkshop.bind(2, a.date);
                state.addWorkshop.bind(3, a.lang);
                state.addWorkshop.bind(4, QUuid::createUuid());
                state.addWorkshop.bind(5, state.hereId);
                if (Status added = state.addWorkshop.run(); !added)
                    return Result::failure(failure(added.error()));
                id = state.addWorkshop.lastInsertId();
            }
            if (state.workshopIds.size() >= 10000)
                state.workshopIds.clear();
            known = state.workshopIds.insert(a.workshopTitle, id);
        }
        workshopId = *known;
    }
    Statement &insert = state.insert;
    insert.bind(1, *teamId);
    insert.bind(2, respondentId);
    insert.bind(3, workshopId);
    insert.bind(4, a.date);
    insert.bindUtf8(5, state.utf8(a.questionnaireId));
    insert.bind(6, qint64(a.questionnaireVersion));
    insert.bindUtf8(7, state.utf8(a.lang));
    insert.bindUtf8(8, encodeAnswers(a.answers));
    insert.bindUtf8(9, state.now);
    insert.bind(10, a.uuid.isNull() ? QUuid::createUuid() : a.uuid);
    insert.bind(11, originId);
    if (Status inserted = insert.run(); !inserted)
        return Result::failure(failure(inserted.error()));
    ++state.count;
    return Added{insert.lastInsertId(), false};
}

Status AssessmentStore::Recorder::commit()
{
    if (Status committed = m_state->transaction.commit(); !committed)
        return Status::failure(failure(committed.error()));
    m_connection.wrote();
    return Done{};
}

AssessmentStore::Recorder AssessmentStore::recorder()
{
    return Recorder(m_connection);
}

QString AssessmentStore::readFailure(const QString &detail) const
{
    return m_connection.failure(Messages::tr("could not read the assessments"), detail);
}

Expected<qint64> AssessmentStore::record(const NewAssessment &assessment)
{
    Expected<Recorded> recorded = recordAll({assessment});
    if (!recorded)
        return Expected<qint64>::failure(recorded.error());
    return recorded->ids.front();
}

Expected<AssessmentStore::Recorded> AssessmentStore::recordAll(const std::vector<NewAssessment> &assessments)
{
    using Result = Expected<Recorded>;
    Recorder recording = recorder();
    if (Status begun = recording.begin(); !begun)
        return Result::failure(begun.error());
    Recorded recorded;
    recorded.ids.reserve(assessments.size());
    for (const NewAssessment &a : assessments) {
        const Expected<Recorder::Added> added = recording.add(a);
        if (!added)
            return Result::failure(added.error());
        recorded.ids.push_back(added->id);
        recorded.alreadyStored += added->alreadyStored ? 1 : 0;
    }
    if (Status committed = recording.commit(); !committed)
        return Result::failure(committed.error());
    return recorded;
}

Expected<std::vector<StoredAssessment>> AssessmentStore::list(const QString &team) const
{
    std::vector<StoredAssessment> result;
    const Status read = forEach(team, [&result](const StoredAssessment &a) -> Status {
        result.push_back(a);
        return Done{};
    });
    if (!read)
        return Expected<std::vector<StoredAssessment>>::failure(read.error());
    return result;
}

Status AssessmentStore::forEach(const QString &team, const Visit &visit) const
{
    if (team.isNull())
        return where("WHERE a.deleted_at IS NULL ", [](Statement &) {}, visit);
    return where("WHERE t.name = ? AND a.deleted_at IS NULL ", [&team](Statement &query) { query.bind(1, team); },
                 visit);
}

namespace {

// The condition of a browse, with only the filters in use, so that SQLite can
// answer each from an index: the team by its id, the bin by its own index.
// Values are bound by number by bindBrowse().
QByteArray browseCondition(const AssessmentStore::Browse &browse)
{
    QByteArray where = browse.bin ? "WHERE a.deleted_at IS NOT NULL " : "WHERE a.deleted_at IS NULL ";
    if (!browse.team.isNull())
        where += "AND a.team_id = (SELECT id FROM team WHERE name = ?1) ";
    if (browse.first.isValid())
        where += "AND a.taken_on >= ?2 ";
    if (browse.last.isValid())
        where += "AND a.taken_on <= ?3 ";
    if (browse.workshopId)
        where += "AND a.workshop_id = ?4 ";
    // The names that match are found first, in their own small tables.
    if (!browse.search.trimmed().isEmpty())
        where += "AND (a.id = ?6 OR a.team_id IN (SELECT id FROM team WHERE name LIKE ?5 ESCAPE '\\') "
                 "OR a.respondent_id IN (SELECT id FROM respondent WHERE code LIKE ?5 ESCAPE '\\') "
                 "OR a.workshop_id IN (SELECT id FROM workshop WHERE title LIKE ?5 ESCAPE '\\')) ";
    return where;
}

// The results a browse reads. Every row a search or a workshop must look at
// is read in the file's order: through the index of results out of the bin,
// they would be read one page at a time, in the index's order, many times
// slower on a large database.
QByteArray browseSource(const AssessmentStore::Browse &browse)
{
    const bool readsRows = !browse.search.trimmed().isEmpty() || browse.workshopId.has_value();
    return browse.team.isNull() && readsRows ? "assessment a NOT INDEXED " : "assessment a ";
}

void bindBrowse(Statement &query, const AssessmentStore::Browse &browse, const QString &pattern)
{
    if (!browse.team.isNull())
        query.bind(1, browse.team);
    if (browse.first.isValid())
        query.bind(2, browse.first);
    if (browse.last.isValid())
        query.bind(3, browse.last);
    query.bind(4, browse.workshopId);
    if (!pattern.isNull()) {
        query.bind(5, pattern);
        bool isNumber = false;
        const qint64 id = browse.search.trimmed().toLongLong(&isNumber);
        query.bind(6, isNumber ? std::optional<qint64>(id) : std::nullopt);
    }
}

// The search as a LIKE pattern, its own % and _ taken literally.
QString likePattern(const QString &search)
{
    const QString trimmed = search.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString escaped = trimmed;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

Status AssessmentStore::browse(const Browse &browse, qint64 offset, qint64 limit, const Visit &visit) const
{
    using Order = Browse::Order;
    QByteArray order;
    QByteArray join; // the one name the order needs
    switch (browse.order) {
    case Order::Id: order = "a.id"; break;
    case Order::Date: order = "a.taken_on"; break;
    case Order::Team: order = "t.name", join = "JOIN team t ON t.id = a.team_id "; break;
    case Order::Respondent: order = "r.code", join = "LEFT JOIN respondent r ON r.id = a.respondent_id "; break;
    case Order::Workshop: order = "w.title", join = "LEFT JOIN workshop w ON w.id = a.workshop_id "; break;
    case Order::Language: order = "a.lang"; break;
    case Order::Total: order = "answer_total(a.questionnaire_id, a.answers)"; break;
    case Order::Deleted: order = "a.deleted_at"; break;
    }
    const char *direction = browse.descending ? " DESC" : "";
    order = "ORDER BY " + order + direction + ", a.id" + direction;
    // The page's ids are chosen first, from the results alone; only those
    // rows are then joined to their names and decoded.
    const QByteArray condition = "WHERE a.id IN (SELECT a.id FROM " + browseSource(browse) + join + browseCondition(browse)
                                 + order + " LIMIT " + QByteArray::number(limit) + " OFFSET "
                                 + QByteArray::number(offset) + ") ";
    const QString pattern = likePattern(browse.search);
    return where(condition.constData(), [&](Statement &query) { bindBrowse(query, browse, pattern); }, visit,
                 order.constData());
}

Expected<qint64> AssessmentStore::countBrowsed(const Browse &browse) const
{
    // Without a search or other filter, the count is read from an index alone.
    const QByteArray sql = "SELECT count(*) FROM " + browseSource(browse) + browseCondition(browse);
    Statement query(m_connection, sql.constData());
    if (Status ready = query.prepared(); !ready)
        return Expected<qint64>::failure(readFailure(ready.error()));
    const QString pattern = likePattern(browse.search);
    bindBrowse(query, browse, pattern);
    const Expected<std::optional<qint64>> count = query.singleId();
    if (!count)
        return Expected<qint64>::failure(readFailure(count.error()));
    return count->value_or(0);
}

Expected<std::optional<StoredAssessment>> AssessmentStore::find(qint64 id) const
{
    std::optional<StoredAssessment> found;
    const Status read = where("WHERE a.id = ? ", [id](Statement &query) { query.bind(1, id); },
                              [&found](const StoredAssessment &a) -> Status {
                                  found = a;
                                  return Done{};
                              });
    if (!read)
        return Expected<std::optional<StoredAssessment>>::failure(read.error());
    return found;
}

Status AssessmentStore::forEachInWorkshop(qint64 workshopId, const Visit &visit) const
{
    return where("WHERE a.workshop_id = ? AND a.deleted_at IS NULL ",
                 [workshopId](Statement &query) { query.bind(1, workshopId); }, visit);
}

Expected<std::vector<StoredAssessment>> AssessmentStore::inWorkshop(qint64 workshopId) const
{
    std::vector<StoredAssessment> result;
    const Status read = forEachInWorkshop(workshopId, [&result](const StoredAssessment &a) -> Status {
        result.push_back(a);
        return Done{};
    });
    if (!read)
        return Expected<std::vector<StoredAssessment>>::failure(read.error());
    return result;
}

Status AssessmentStore::where(const char *condition, const std::function<void(Statement &)> &bind,
                              const Visit &visit, const char *order) const
{
    const QByteArray sql = QByteArray("SELECT a.id, t.name, r.code, a.workshop_id, w.title, a.taken_on, a.lang, "
                                      "a.questionnaire_id, a.questionnaire_version, a.answers, a.deleted_at, "
                                      "a.uuid, a.origin_id, o.uuid "
                                      "FROM assessment a "
                                      "JOIN team t ON t.id = a.team_id "
                                      "LEFT JOIN respondent r ON r.id = a.respondent_id "
                                      "LEFT JOIN workshop w ON w.id = a.workshop_id "
                                      "LEFT JOIN installation o ON o.id = a.origin_id ")
                           + condition + order;
    Statement query(m_connection, sql.constData());
    if (Status ready = query.prepared(); !ready)
        return Status::failure(readFailure(ready.error()));
    bind(query);
    // One assessment at a time, its strings reused from row to row.
    StoredAssessment a;
    std::optional<qint64> originId; // of `a.origin`: most rows share a few
    bool visitorRefused = false;
    const Status read = query.forEachRow([&](const Row &row) -> Status {
        a.id = row.integer(0);
        a.team = row.text(1);
        a.respondent = row.text(2);
        a.workshopId = row.isNull(3) ? std::nullopt : std::optional<qint64>(row.integer(3));
        a.workshop = row.text(4);
        a.date = row.date(5);
        a.lang = row.text(6);
        a.questionnaireId = row.text(7);
        a.questionnaireVersion = int(row.integer(8));
        // Listed as stored, whatever questionnaire they were taken with; what
        // scores them checks them against it.
        Expected<Answers> answers = decodeAnswers(row.bytes(9));
        if (!answers)
            return Status::failure(
                Messages::tr("assessment %1 has unreadable answers: %2").arg(a.id).arg(answers.error()));
        a.answers = std::move(answers).value();
        a.deletedAt = row.isNull(10) ? QString() : row.text(10);
        a.uuid = row.uuid(11);
        const std::optional<qint64> origin = row.isNull(12) ? std::nullopt : std::optional<qint64>(row.integer(12));
        if (origin != originId) {
            originId = origin;
            a.origin = origin ? QUuid::fromString(row.text(13)) : QUuid();
        }
        Status visited = visit(a);
        visitorRefused = !visited;
        return visited;
    });
    if (!read)
        return visitorRefused ? read : Status::failure(readFailure(read.error()));
    return Done{};
}

Expected<AssessmentStore::Extent> AssessmentStore::extent() const
{
    Statement query(m_connection, "SELECT (SELECT coalesce(max(id), 0) FROM assessment), "
                                  "(SELECT coalesce(max(length(name)), 0) FROM team), "
                                  "(SELECT coalesce(max(length(code)), 0) FROM respondent)");
    Extent extent;
    Status read = query.prepared();
    if (read)
        read = query.forEachRow([&extent](const Row &row) -> Status {
            extent = {row.integer(0), int(row.integer(1)), int(row.integer(2))};
            return Done{};
        });
    if (!read)
        return Expected<Extent>::failure(readFailure(read.error()));
    return extent;
}

Expected<std::vector<Answers>> AssessmentStore::workshopAnswers(qint64 workshopId) const
{
    using Result = Expected<std::vector<Answers>>;
    Statement query(m_connection, "SELECT id, questionnaire_id, answers FROM assessment WHERE workshop_id = ? "
                                  "AND deleted_at IS NULL ORDER BY taken_on, id");
    if (Status ready = query.prepared(); !ready)
        return Result::failure(readFailure(ready.error()));
    query.bind(1, workshopId);
    std::vector<Answers> rows;
    const Status read = query.forEachRow([&rows](const Row &row) -> Status {
        Expected<Answers> answers = decodeScorable(row.integer(0), row.bytes(1), row.bytes(2));
        if (!answers)
            return Status::failure(answers.error());
        rows.push_back(std::move(answers).value());
        return Done{};
    });
    if (!read)
        return Result::failure(readFailure(read.error()));
    return rows;
}

Status AssessmentStore::forEachDated(const QString &team, const DatedVisit &visit) const
{
    Statement query(m_connection, "SELECT a.id, a.taken_on, a.questionnaire_id, a.answers FROM assessment a "
                                  "WHERE a.team_id = (SELECT id FROM team WHERE name = ?) AND a.deleted_at IS NULL "
                                  "ORDER BY a.taken_on, a.id");
    if (Status ready = query.prepared(); !ready)
        return Status::failure(readFailure(ready.error()));
    query.bind(1, team);
    ScorableReader reader;
    bool visitorRefused = false;
    const Status read = query.forEachRow([&](const Row &row) -> Status {
        const Expected<const Answers *> answers = reader.read(row.integer(0), row.bytes(2), row.bytes(3));
        if (!answers)
            return Status::failure(answers.error());
        Status visited = visit(row.date(1), **answers);
        visitorRefused = !visited;
        return visited;
    });
    if (!read)
        return visitorRefused ? read : Status::failure(readFailure(read.error()));
    return Done{};
}

Status AssessmentStore::forEachBetween(const QDate &first, const QDate &last, const TeamVisit &visit,
                                       std::optional<qint64> teamId) const
{
    // Ordered by the team's name and then its id, so that each team's rows
    // come together and its name is read once, when the team changes.
    Statement query(m_connection, "SELECT a.team_id, t.name, a.id, a.questionnaire_id, a.answers FROM team t "
                                  "JOIN assessment a ON a.team_id = t.id "
                                  "WHERE a.taken_on BETWEEN ?1 AND ?2 AND a.deleted_at IS NULL AND (?3 IS NULL OR t.id = ?3) "
                                  "ORDER BY t.name, t.id");
    if (Status ready = query.prepared(); !ready)
        return Status::failure(readFailure(ready.error()));
    query.bind(1, first);
    query.bind(2, last);
    query.bind(3, teamId);
    qint64 rowTeam = 0;
    QString team;
    ScorableReader reader;
    bool visitorRefused = false;
    const Status read = query.forEachRow([&](const Row &row) -> Status {
        if (team.isNull() || row.integer(0) != rowTeam) {
            rowTeam = row.integer(0);
            team = row.text(1);
        }
        const Expected<const Answers *> answers = reader.read(row.integer(2), row.bytes(3), row.bytes(4));
        if (!answers)
            return Status::failure(answers.error());
        Status visited = visit(team, **answers);
        visitorRefused = !visited;
        return visited;
    });
    if (!read)
        return visitorRefused ? read : Status::failure(readFailure(read.error()));
    return Done{};
}

Expected<std::vector<AssessmentStore::TeamTally>> AssessmentStore::tallyBetween(const QDate &first,
                                                                                const QDate &last) const
{
    using Result = Expected<std::vector<TeamTally>>;
    Statement query(m_connection, "SELECT t.id, t.name, t.version, count(a.id), total(a.id) FROM team t "
                                  "JOIN assessment a ON a.team_id = t.id "
                                  "WHERE a.taken_on BETWEEN ? AND ? AND a.deleted_at IS NULL "
                                  "GROUP BY t.id ORDER BY t.name, t.id");
    if (Status ready = query.prepared(); !ready)
        return Result::failure(readFailure(ready.error()));
    query.bind(1, first);
    query.bind(2, last);
    std::vector<TeamTally> tallies;
    const Status read = query.forEachRow([&tallies](const Row &row) -> Status {
        tallies.push_back({row.integer(0), row.text(1), row.integer(2), row.integer(3), row.real(4)});
        return Done{};
    });
    if (!read)
        return Result::failure(readFailure(read.error()));
    return tallies;
}

Expected<std::optional<QDate>> AssessmentStore::firstDayFrom(const QDate &from) const
{
    using Result = Expected<std::optional<QDate>>;
    Statement query(m_connection, "SELECT min((SELECT min(taken_on) FROM assessment "
                                  "WHERE team_id = team.id AND taken_on >= ?1 AND deleted_at IS NULL)) FROM team");
    if (Status ready = query.prepared(); !ready)
        return Result::failure(readFailure(ready.error()));
    query.bind(1, from);
    std::optional<QString> found;
    const Status read = query.forEachRow([&found](const Row &row) -> Status {
        if (!row.isNull(0))
            found = row.text(0);
        return Done{};
    });
    if (!read)
        return Result::failure(readFailure(read.error()));
    if (!found)
        return std::optional<QDate>();
    // A date that is not one would stop the steps from one period to the next.
    // The assessment that has it is looked for only then, to name it.
    Expected<QDate> day = decodeStoredDate(0, *found);
    if (!day) {
        Statement holder(m_connection, "SELECT id FROM assessment WHERE taken_on = ? AND deleted_at IS NULL LIMIT 1");
        holder.bind(1, *found);
        const Expected<std::optional<qint64>> id = holder.singleId();
        day = decodeStoredDate(id ? id->value_or(0) : 0, *found);
        return Result::failure(readFailure(day.error()));
    }
    return std::optional(*day);
}

Expected<QStringList> AssessmentStore::teams() const
{
    // Teams with results to show or a workshop to take them in; a team whose
    // every result is in the bin is left out.
    return teamNames("SELECT name FROM team WHERE EXISTS (SELECT 1 FROM assessment "
                     "WHERE team_id = team.id AND deleted_at IS NULL) "
                     "OR EXISTS (SELECT 1 FROM workshop WHERE team_id = team.id) ORDER BY name");
}

Expected<QStringList> AssessmentStore::allTeams() const
{
    return teamNames("SELECT name FROM team ORDER BY name");
}

Expected<QStringList> AssessmentStore::teamNames(const char *sql) const
{
    Statement query(m_connection, sql);
    QStringList names;
    Status read = query.prepared();
    if (read)
        read = query.forEachRow([&names](const Row &row) -> Status {
            names << row.text(0);
            return Done{};
        });
    if (!read)
        return Expected<QStringList>::failure(m_connection.failure(Messages::tr("could not read the teams"), read.error()));
    return names;
}

Expected<qint64> AssessmentStore::count(const QString &team) const
{
    // The index of results not in the bin counts them without reading a row.
    Statement query(m_connection, team.isNull() ? "SELECT count(*) FROM assessment INDEXED BY assessment_team_date "
                                                  "WHERE deleted_at IS NULL"
                                                : "SELECT count(*) FROM assessment WHERE deleted_at IS NULL "
                                                  "AND team_id = (SELECT id FROM team WHERE name = ?)");
    qint64 count = 0;
    Status read = query.prepared();
    if (read) {
        if (!team.isNull())
            query.bind(1, team);
        read = query.forEachRow([&count](const Row &row) -> Status {
            count = row.integer(0);
            return Done{};
        });
    }
    if (!read)
        return Expected<qint64>::failure(readFailure(read.error()));
    return count;
}

Expected<bool> AssessmentStore::any() const
{
    const Expected<QVariant> any = m_connection.scalar(u"SELECT EXISTS (SELECT 1 FROM assessment WHERE deleted_at IS NULL)"_s);
    if (!any)
        return Expected<bool>::failure(readFailure(any.error()));
    return any->toBool();
}

} // namespace rater::storage
