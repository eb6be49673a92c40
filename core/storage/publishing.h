#pragma once

#include "expected/expected.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

namespace rater::storage {

class Connection;

// One assessment as it travels to the organisation's store: its identity,
// its team and workshop by name and identity, and its answers as stored.
struct OutgoingAssessment
{
    qint64 id = 0; // here
    qint64 version = 1;
    QUuid uuid;
    QUuid origin;
    QString team;
    QString respondent;
    QUuid workshop; // null: none
    QString workshopTitle;
    QByteArray workshopHeldOn; // YYYY-MM-DD
    QString workshopFacilitator;
    QString workshopLang;
    QByteArray takenOn; // YYYY-MM-DD
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString lang;
    QByteArray answers; // "4,2,5,…"
    QString recordedAt;
    QString deletedAt; // empty: not in the bin
    QString changedAt; // UTC, when it was last corrected; empty when never
    qint64 sentVersion = 0; // the version the store confirmed; 0: never sent
};

// What this database knows the organisation's stores hold: for each store
// (by the UUID the store was given when it was set up), the assessments it
// has been sent and has confirmed. What a sync reads to send only what is
// missing, in batches, without holding the database in memory.
class PublishingStore
{
public:
    explicit PublishingStore(Connection &connection) : m_connection(connection) {}

    // The assessments `store` is not known to hold, or holds at an older
    // version than this database's (corrected since), oldest id first, `batch`
    // at a time; `visit` is called with each batch and may stop the reading
    // with a failure, which is returned as it is.
    using BatchVisit = std::function<Status(const std::vector<OutgoingAssessment> &batch)>;
    Status forEachUnpublished(const QUuid &store, int batch, const BatchVisit &visit) const;
    // How many assessments forEachUnpublished() would visit now.
    Expected<qint64> countUnpublished(const QUuid &store) const;
    // The stores this database has synced with, by UUID.
    Expected<std::vector<QUuid>> knownStores() const;
    // Notes that `store` holds these assessments, at the versions sent.
    Status markPublished(const QUuid &store, const QString &address, const std::vector<OutgoingAssessment> &sent);

private:
    Connection &m_connection;
};

} // namespace rater::storage
