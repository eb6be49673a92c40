#include "draftstore.h"

#include "storage/answercodec.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rater::storage {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Status DraftStore::save(const Draft &d)
{
    const auto failed = [this](const QString &detail) {
        return Status::failure(m_connection.failure(Messages::tr("could not save the draft"), detail));
    };
    WriteTransaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun)
        return failed(begun.error());
    QSqlQuery query(m_connection.database());
    query.prepare(u"INSERT INTO draft (name, team, respondent, taken_on, lang, questionnaire_id, answers, saved_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET team = excluded.team, "
                  "respondent = excluded.respondent, taken_on = excluded.taken_on, lang = excluded.lang, "
                  "questionnaire_id = excluded.questionnaire_id, answers = excluded.answers, "
                  "saved_at = excluded.saved_at"_s);
    for (const QVariant &value : {QVariant(notNull(d.name)), QVariant(notNull(d.team)), QVariant(notNull(d.respondent)),
                                  QVariant(notNull(d.date.toString(Qt::ISODate))), QVariant(notNull(d.lang)),
                                  QVariant(notNull(d.questionnaireId)),
                                  QVariant(QString::fromLatin1(encodeDraftAnswers(d.answers))), QVariant(utcNow())})
        query.addBindValue(value);
    if (!query.exec())
        return failed(m_connection.lastError());
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.error());
    return Done{};
}

Expected<std::optional<Draft>> DraftStore::load(const QString &name) const
{
    using Result = Expected<std::optional<Draft>>;
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT team, respondent, taken_on, lang, questionnaire_id, answers FROM draft WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Result::failure(m_connection.failure(Messages::tr("could not read the draft"), m_connection.lastError()));
    if (!query.next())
        return std::optional<Draft>();
    Expected<std::vector<std::optional<int>>> answers = decodeDraftAnswers(query.value(5).toByteArray());
    if (!answers)
        return Result::failure(m_connection.failure(Messages::tr("could not read the draft"), answers.error()));
    return std::optional<Draft>(Draft{name, query.value(0).toString(), query.value(1).toString(),
                                      QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                      query.value(3).toString(), query.value(4).toString(),
                                      std::move(answers).value()});
}

Status DraftStore::clear(const QString &name)
{
    QSqlQuery query(m_connection.database());
    query.prepare(u"DELETE FROM draft WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Status::failure(m_connection.failure(Messages::tr("could not remove the draft"), m_connection.lastError()));
    return Done{};
}

} // namespace rater::storage
