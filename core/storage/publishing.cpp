#include "publishing.h"

#include "storage/sqlite.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// The assessments not yet confirmed by store ?1, or confirmed at an older
// version, from id ?2 on: the primary key of store_copy answers each.
constexpr const char *unpublished =
    "SELECT a.id, a.version, a.uuid, o.uuid, t.name, r.code, w.uuid, w.title, w.held_on, w.facilitator, w.lang, "
    "a.taken_on, a.questionnaire_id, a.questionnaire_version, a.lang, a.answers, a.recorded_at, a.deleted_at, "
    "a.changed_at, c.version "
    "FROM assessment a JOIN team t ON t.id = a.team_id "
    "LEFT JOIN respondent r ON r.id = a.respondent_id "
    "LEFT JOIN workshop w ON w.id = a.workshop_id "
    "LEFT JOIN installation o ON o.id = a.origin_id "
    "LEFT JOIN store_copy c ON c.store_id = (SELECT id FROM store WHERE uuid = ?1) AND c.assessment_id = a.id "
    "WHERE a.id > ?2 AND (c.version IS NULL OR c.version < a.version) "
    "ORDER BY a.id LIMIT ?3";

} // namespace

Status PublishingStore::forEachUnpublished(const QUuid &store, int batch, const BatchVisit &visit) const
{
    const QString storeId = store.toString(QUuid::WithoutBraces);
    Statement query(m_connection, unpublished);
    if (Status ready = query.prepared(); !ready)
        return ready;
    qint64 after = 0;
    std::vector<OutgoingAssessment> rows;
    while (true) {
        rows.clear();
        query.bind(1, storeId);
        query.bind(2, after);
        query.bind(3, qint64(batch));
        const Status read = query.forEachRow([&rows](const Row &row) -> Status {
            OutgoingAssessment a;
            a.id = row.integer(0);
            a.version = row.integer(1);
            a.uuid = row.uuid(2);
            if (!row.isNull(3))
                a.origin = QUuid::fromString(row.text(3));
            a.team = row.text(4);
            a.respondent = row.text(5);
            a.workshop = row.uuid(6);
            a.workshopTitle = row.text(7);
            a.workshopHeldOn = row.bytes(8).toByteArray();
            a.workshopFacilitator = row.text(9);
            a.workshopLang = row.text(10);
            a.takenOn = row.bytes(11).toByteArray();
            a.questionnaireId = row.text(12);
            a.questionnaireVersion = int(row.integer(13));
            a.lang = row.text(14);
            a.answers = row.bytes(15).toByteArray();
            a.recordedAt = row.text(16);
            a.deletedAt = row.text(17);
            a.changedAt = row.text(18);
            a.sentVersion = row.isNull(19) ? 0 : row.integer(19);
            rows.push_back(std::move(a));
            return Done{};
        });
        if (!read)
            return read;
        if (rows.empty())
            return Done{};
        after = rows.back().id;
        if (Status visited = visit(rows); !visited)
            return visited;
    }
}

Expected<qint64> PublishingStore::countUnpublished(const QUuid &store) const
{
    Statement query(m_connection, "SELECT count(*) FROM assessment a "
                                  "LEFT JOIN store_copy c ON c.store_id = (SELECT id FROM store WHERE uuid = ?1) "
                                  "AND c.assessment_id = a.id "
                                  "WHERE c.version IS NULL OR c.version < a.version");
    if (Status ready = query.prepared(); !ready)
        return Expected<qint64>::failure(ready.error());
    query.bind(1, store.toString(QUuid::WithoutBraces));
    qint64 count = 0;
    const Status read = query.forEachRow([&count](const Row &row) -> Status {
        count = row.integer(0);
        return Done{};
    });
    if (!read)
        return Expected<qint64>::failure(read.error());
    return count;
}

Expected<std::vector<QUuid>> PublishingStore::knownStores() const
{
    Statement query(m_connection, "SELECT uuid FROM store ORDER BY id");
    if (Status ready = query.prepared(); !ready)
        return Expected<std::vector<QUuid>>::failure(ready.error());
    std::vector<QUuid> stores;
    const Status read = query.forEachRow([&stores](const Row &row) -> Status {
        stores.push_back(QUuid::fromString(row.text(0)));
        return Done{};
    });
    if (!read)
        return Expected<std::vector<QUuid>>::failure(read.error());
    return stores;
}

Status PublishingStore::markPublished(const QUuid &store, const QString &address,
                                      const std::vector<OutgoingAssessment> &sent)
{
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    const QString storeId = store.toString(QUuid::WithoutBraces);
    Statement known(m_connection, "INSERT INTO store (uuid, address) VALUES (?1, ?2) "
                                  "ON CONFLICT (uuid) DO UPDATE SET address = excluded.address");
    Statement mark(m_connection, "INSERT INTO store_copy (store_id, assessment_id, version) "
                                 "VALUES ((SELECT id FROM store WHERE uuid = ?1), ?2, ?3) "
                                 "ON CONFLICT DO UPDATE SET version = excluded.version");
    for (const Statement *statement : {&known, &mark}) {
        if (Status ready = statement->prepared(); !ready)
            return ready;
    }
    known.bind(1, storeId);
    known.bind(2, address);
    if (Status noted = known.run(); !noted)
        return noted;
    for (const OutgoingAssessment &a : sent) {
        mark.bind(1, storeId);
        mark.bind(2, a.id);
        mark.bind(3, a.version);
        if (Status marked = mark.run(); !marked)
            return marked;
    }
    return transaction.commit();
}

} // namespace rater::storage
