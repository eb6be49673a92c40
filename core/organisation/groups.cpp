// What the store gives to read: sums per team and period, from the views a
// manager reads or, for a lead or an admin, from the rows they may read.

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

// The statements whose answers the store's views sum (see store.cpp).
constexpr int summedStatements = 17;

QString answerSumColumns()
{
    QStringList sums;
    for (int i = 1; i <= summedStatements; ++i)
        sums << u"sum(a.answers[%1])"_s.arg(i);
    return u"ARRAY["_s + sums.join(u", "_s) + u"]::bigint[]"_s;
}

// "{12,40,7}", as QPSQL gives a bigint[]: the numbers, or nothing when the
// text is not such an array.
std::optional<std::vector<qint64>> parseBigintArray(const QString &text)
{
    if (!text.startsWith(u'{') || !text.endsWith(u'}'))
        return std::nullopt;
    std::vector<qint64> numbers;
    const QStringView inside = QStringView(text).mid(1, text.size() - 2);
    if (inside.isEmpty())
        return numbers;
    for (const QStringView part : inside.split(u',')) {
        bool ok = false;
        numbers.push_back(part.toLongLong(&ok));
        if (!ok)
            return std::nullopt; // a NULL: a statement nobody answered
    }
    return numbers;
}

} // namespace

Expected<bool> OrganisationStore::readsGroupsOnly() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT NOT has_table_privilege('rater.assessment', 'SELECT')"_s) || !query.next())
        return Expected<bool>::failure(failure(Messages::tr("cannot read the login's rights"), query.lastError()));
    return query.value(0).toBool();
}

Expected<std::vector<OrganisationStore::TeamSums>> OrganisationStore::teamSums(const QDate &from, const QDate &to,
                                                                               const QString &questionnaireId) const
{
    using Result = Expected<std::vector<TeamSums>>;
    const Expected<bool> groupsOnly = readsGroupsOnly();
    if (!groupsOnly)
        return Result::failure(groupsOnly.error());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (*groupsOnly) {
        // The view's groups cannot be cut smaller: ask for one whole quarter.
        QSqlQuery bounds(m_db);
        bounds.prepare(u"SELECT date_trunc('quarter', ?::date)::date, "
                       "(date_trunc('quarter', ?::date) + interval '3 months - 1 day')::date"_s);
        bounds.addBindValue(from);
        bounds.addBindValue(from);
        if (!bounds.exec() || !bounds.next())
            return Result::failure(failure(Messages::tr("cannot read the teams' figures"), bounds.lastError()));
        if (bounds.value(0).toDate() != from || bounds.value(1).toDate() != to)
            return Result::failure(
                Messages::tr("%1: a manager reads the organisation's figures by whole calendar quarters of the "
                             "Gregorian calendar (such as Q1 2026), not from %2 to %3")
                    .arg(m_address.shown(), from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        query.prepare(u"SELECT team, assessments, answer_sums FROM rater.team_quarter "
                      "WHERE quarter_start = ? AND questionnaire_id = ? ORDER BY team COLLATE \"C\""_s);
        query.addBindValue(from);
        query.addBindValue(questionnaireId);
    } else {
        query.prepare(u"SELECT t.name, count(*), %1 FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
                      "WHERE a.deleted_at IS NULL AND a.taken_on BETWEEN ? AND ? AND a.questionnaire_id = ? "
                      "GROUP BY t.name ORDER BY t.name COLLATE \"C\""_s.arg(answerSumColumns()));
        query.addBindValue(from);
        query.addBindValue(to);
        query.addBindValue(questionnaireId);
    }
    if (!query.exec())
        return Result::failure(failure(Messages::tr("cannot read the teams' figures"), query.lastError()));
    std::vector<TeamSums> teams;
    while (query.next()) {
        std::optional<std::vector<qint64>> sums = parseBigintArray(query.value(2).toString());
        if (!sums)
            return Result::failure(Messages::tr("%1: the figures of team \"%2\" are not a list of sums: %3")
                                       .arg(m_address.shown(), query.value(0).toString(), query.value(2).toString()));
        teams.push_back({query.value(0).toString(), query.value(1).toLongLong(), std::move(*sums)});
    }
    if (query.lastError().isValid())
        return Result::failure(failure(Messages::tr("cannot read the teams' figures"), query.lastError()));
    return teams;
}

Expected<std::optional<QDate>> OrganisationStore::firstDayFrom(const QDate &from, const QString &questionnaireId) const
{
    using Result = Expected<std::optional<QDate>>;
    const Expected<bool> groupsOnly = readsGroupsOnly();
    if (!groupsOnly)
        return Result::failure(groupsOnly.error());
    QSqlQuery query(m_db);
    query.prepare(*groupsOnly ? u"SELECT min(quarter_start) FROM rater.team_quarter "
                                "WHERE quarter_start >= ? AND questionnaire_id = ?"_s
                              : u"SELECT min(taken_on) FROM rater.assessment "
                                "WHERE deleted_at IS NULL AND taken_on >= ? AND questionnaire_id = ?"_s);
    query.addBindValue(from);
    query.addBindValue(questionnaireId);
    if (!query.exec() || !query.next())
        return Result::failure(failure(Messages::tr("cannot read the periods"), query.lastError()));
    if (query.value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(query.value(0).toDate());
}

Expected<std::vector<DaySums>> OrganisationStore::teamDaySums(const QString &team,
                                                             const Questionnaire &questionnaire) const
{
    using Result = Expected<std::vector<DaySums>>;
    const Expected<bool> groupsOnly = readsGroupsOnly();
    if (!groupsOnly)
        return Result::failure(groupsOnly.error());
    if (*groupsOnly)
        return Result::failure(Messages::tr("%1: a manager reads the teams' quarters side by side (rater-cli "
                                            "compare), not one team's assessments")
                                   .arg(m_address.shown()));
    const Expected<QString> sql = teamDaySumsQuery(questionnaire);
    if (!sql)
        return Result::failure(m_address.shown() + u": "_s + sql.error());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(*sql);
    query.addBindValue(team);
    query.addBindValue(questionnaire.id);
    if (!query.exec())
        return Result::failure(failure(Messages::tr("cannot read the history of \"%1\"").arg(team), query.lastError()));
    std::vector<DaySums> days;
    const std::size_t dimensionCount = questionnaire.dimensions.size();
    while (query.next()) {
        DaySums day{query.value(0).toDate(), {}};
        ScoreSums &s = day.sums;
        s.n = query.value(1).toLongLong();
        s.total = query.value(2).toLongLong();
        s.totalSquares = query.value(3).toLongLong();
        for (std::size_t d = 0; d < dimensionCount; ++d) {
            s.dimensions.push_back(query.value(4 + 2 * int(d)).toLongLong());
            s.dimensionSquares.push_back(query.value(5 + 2 * int(d)).toLongLong());
        }
        days.push_back(std::move(day));
    }
    if (query.lastError().isValid())
        return Result::failure(failure(Messages::tr("cannot read the history of \"%1\"").arg(team), query.lastError()));
    return days;
}

Expected<std::vector<LinearKeying>> linearKeyings(const Questionnaire &questionnaire)
{
    std::vector<LinearKeying> keyings;
    for (const Statement &statement : questionnaire.statements) {
        const std::optional<LinearKeying> keying = linearKeying(statement);
        if (!keying)
            return Expected<std::vector<LinearKeying>>::failure(
                Messages::tr("statement %1 of \"%2\" gives its item scores by a list that sums of answers cannot be "
                             "turned into; read its results from a database file")
                    .arg(QString::number(statement.number), questionnaire.id));
        keyings.push_back(*keying);
    }
    return keyings;
}

Expected<QString> teamDaySumsQuery(const Questionnaire &questionnaire)
{
    const Expected<std::vector<LinearKeying>> keyings = linearKeyings(questionnaire);
    if (!keyings)
        return Expected<QString>::failure(keyings.error());
    // Each item score, and each dimension's sum of them, as SQL over the answers.
    QStringList items;
    for (std::size_t i = 0; i < keyings->size(); ++i)
        items << u"(%1 + %2 * (a.answers[%3] - %4))"_s.arg((*keyings)[i].offset)
                     .arg((*keyings)[i].step)
                     .arg(i + 1)
                     .arg(questionnaire.scaleMin());
    QStringList columns{u"(%1)::bigint"_s.arg(items.join(u" + "_s))};
    for (const Dimension &dimension : questionnaire.dimensions) {
        QStringList parts;
        for (const int number : dimension.statements)
            parts << items.at(number - 1);
        columns << u"(%1)::bigint"_s.arg(parts.join(u" + "_s));
    }
    QStringList sums;
    for (const QString &column : columns)
        sums << u"sum(%1), sum(%1 * %1)"_s.arg(column);
    return u"SELECT a.taken_on, count(*), %1 FROM rater.assessment a JOIN rater.team t ON t.id = a.team_id "
           "WHERE t.name = ? AND a.deleted_at IS NULL AND a.questionnaire_id = ? "
           "GROUP BY a.taken_on ORDER BY a.taken_on"_s.arg(sums.join(u", "_s));
}

} // namespace rater::organisation
