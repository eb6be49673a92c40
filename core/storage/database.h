#pragma once

#include "expected/expected.h"
#include "storage/records.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rater {

// One Rater database file: SQLite through QtSql, in WAL mode with foreign
// keys on and a busy timeout, and every write in one immediate transaction.
//
// open() refuses, with a message naming the file and the reason, a file that
// is not SQLite, is another program's database, is damaged or has a newer
// schema than this build knows; such a file is only ever read, never written.
// An older schema is migrated after a copy of the file has been taken.
class Database
{
public:
    enum class Purpose {
        Use,   // read and write; validated, migrated
        Check, // read only, not migrated, not quick-checked: for check()
    };

    // rater.sqlite in dataFolder().
    static QString defaultPath();
    // The same, after creating its folder (readable by its owner only) if missing.
    static QString prepareDefaultPath();
    static Expected<std::unique_ptr<Database>> open(const QString &path, Purpose purpose = Purpose::Use);

    // Checks a database file without changing it. A report (sound or not) when
    // the file is a Rater database, damaged or whole; a refusal when it is
    // missing, not SQLite, another program's database or of a newer schema.
    static Expected<IntegrityReport> checkFile(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }

    // Changes whenever stored results or workshops change, through this
    // connection or any other, this process's or another's; drafts aside.
    struct Revision
    {
        qint64 others = 0; // SQLite's data_version: commits by other connections
        qint64 own = 0;    // results and workshops written through this one
        friend bool operator==(const Revision &, const Revision &) = default;
    };
    Revision revision() const;
    int schemaVersion() const;
    // The copy taken before the last migration, if open() migrated.
    QString migrationBackupPath() const { return m_migrationBackup; }

    Expected<qint64> record(const NewAssessment &assessment);
    // Stores all or none, in one transaction.
    Expected<std::vector<qint64>> recordAll(const std::vector<NewAssessment> &assessments);
    Expected<qint64> createWorkshop(const NewWorkshop &workshop);
    std::optional<Workshop> workshop(qint64 id) const;
    std::vector<Workshop> workshops() const; // newest first

    // In date order, then in the order they were stored.
    Expected<std::vector<StoredAssessment>> assessments(const QString &team = QString()) const;
    // One workshop's participants, in the same order.
    Expected<std::vector<StoredAssessment>> workshopAssessments(qint64 workshopId) const;
    QStringList teams() const;

    // One team's assessments as dates and answers, oldest first: what history needs,
    // read without the joins and strings of assessments().
    Expected<std::vector<std::pair<QDate, std::vector<int>>>> datedAnswers(const QString &team) const;
    // Every team's assessments taken from `first` to `last`, by team name.
    Expected<std::vector<std::pair<QString, std::pair<QDate, std::vector<int>>>>> answersBetween(const QDate &first,
                                                                                               const QDate &last) const;
    qint64 assessmentCount() const;
    bool hasAssessments() const; // without counting them

    Status saveDraft(const Draft &draft);
    std::optional<Draft> draft(const QString &name) const;
    Status clearDraft(const QString &name);

    // SQLite's integrity and foreign-key checks, and that every stored answer set is readable.
    IntegrityReport check() const;
    // A consistent copy, taken while other connections may be writing. Never overwrites.
    Status backupTo(const QString &target) const;

    QSqlDatabase connection() const { return m_db; }

private:
    struct Probe;
    static Probe probe(const QString &path, Purpose purpose);
    Database(QString path, QString connectionName);
    Status configure();
    Expected<std::vector<StoredAssessment>> assessmentsWhere(const QString &condition, const QVariant &value) const;
    Status migrate();
    QString failure(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_migrationBackup;
    bool m_registered = false; // claimed in files::claimDatabase()
    qint64 m_ownWrites = 0;
};

} // namespace rater
