#include "maintenance.h"

#include "files/files.h"
#include "storage/answercodec.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

IntegrityReport Maintenance::check() const
{
    IntegrityReport report;
    QSqlQuery query(m_connection.database());
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        report.problems << m_connection.lastError();
        return report;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            report.problems << line;
    }
    if (query.exec(u"PRAGMA foreign_key_check"_s)) {
        while (query.next())
            report.problems << Messages::tr("row %1 of table %2 refers to a missing row of table %3")
                                   .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    } else {
        report.problems << m_connection.lastError();
    }
    query.setForwardOnly(true);
    if (query.exec(u"SELECT id, questionnaire_id, answers, taken_on FROM assessment"_s)) {
        while (query.next()) {
            ++report.assessments;
            const qint64 id = query.value(0).toLongLong();
            const Expected<Answers> answers = decodeScorable(id, query.value(1).toByteArray(),
                                                             query.value(2).toByteArray());
            if (!answers)
                report.problems << answers.error();
            if (const Status dated = checkStoredDate(id, query.value(3).toString()); !dated)
                report.problems << dated.error();
        }
    } else {
        report.problems << m_connection.lastError();
    }
    if (const auto teams = m_connection.scalar(u"SELECT count(*) FROM team"_s))
        report.teams = teams->toLongLong();
    else
        report.problems << teams.error();
    report.sound = report.problems.isEmpty();
    return report;
}

Status Maintenance::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Status::failure(Messages::tr("%1: the file already exists; choose a new name for the backup")
                                   .arg(QDir::toNativeSeparators(target)));
    if (const Status writable = files::checkWritable(target); !writable)
        return writable;
    QSqlQuery query(m_connection.database());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target);
    if (!query.exec())
        return Status::failure(Messages::tr("%1: could not write the backup (%2)")
                                   .arg(QDir::toNativeSeparators(target), m_connection.lastError()));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return Done{};
}

} // namespace rater::storage
