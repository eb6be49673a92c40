#include "workshopstore.h"

#include "quiz/entrylimits.h"

#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

const QString selectWorkshops = u"SELECT w.id, w.title, w.held_on, w.facilitator, t.name, w.lang FROM workshop w "
                                "LEFT JOIN team t ON t.id = w.team_id "_s;

Workshop workshopOf(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString(),
            query.value(4).toString(), query.value(5).toString()};
}

} // namespace

Expected<qint64> WorkshopStore::create(const NewWorkshop &w)
{
    const auto failed = [this](const QString &detail) {
        return Expected<qint64>::failure(m_connection.failure(Messages::tr("could not save the workshop"), detail));
    };
    if (const Status allowed = limits::checkEntry(w); !allowed)
        return Expected<qint64>::failure(Messages::tr("the workshop was not saved: %1").arg(allowed.error()));
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return failed(begun.error());
    QSqlQuery query(m_connection.database());
    QVariant teamId(QMetaType::fromType<qint64>());
    if (!w.team.isEmpty()) {
        query.prepare(u"INSERT INTO team (name) VALUES (?) ON CONFLICT DO NOTHING"_s);
        query.addBindValue(w.team);
        if (!query.exec())
            return failed(m_connection.lastError());
        query.prepare(u"SELECT id FROM team WHERE name = ?"_s);
        query.addBindValue(w.team);
        if (!query.exec() || !query.next())
            return failed(m_connection.lastError());
        teamId = query.value(0).toLongLong();
    }
    query.prepare(u"INSERT INTO workshop (title, held_on, facilitator, team_id, lang, uuid, origin_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, (SELECT id FROM installation WHERE here = 1))"_s);
    for (const QVariant &value : {QVariant(notNull(w.title)), QVariant(notNull(w.date.toString(Qt::ISODate))),
                                  QVariant(notNull(w.facilitator)), teamId, QVariant(notNull(w.lang)),
                                  QVariant(QUuid::createUuid().toRfc4122())})
        query.addBindValue(value);
    if (!query.exec())
        return failed(m_connection.lastError());
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    m_connection.wrote();
    return id;
}

Expected<Workshop> WorkshopStore::find(qint64 id) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(selectWorkshops + u"WHERE w.id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return Expected<Workshop>::failure(
            m_connection.failure(Messages::tr("could not read the workshop"), m_connection.lastError()));
    if (!query.next())
        return Expected<Workshop>::failure(Messages::tr("there is no workshop with id %1").arg(QLocale().toString(id)));
    return workshopOf(query);
}

Expected<std::vector<Workshop>> WorkshopStore::all() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(selectWorkshops + u"ORDER BY w.held_on DESC, w.id DESC"_s))
        return Expected<std::vector<Workshop>>::failure(
            m_connection.failure(Messages::tr("could not read the workshops"), m_connection.lastError()));
    std::vector<Workshop> result;
    while (query.next())
        result.push_back(workshopOf(query));
    return result;
}

} // namespace rater::storage
