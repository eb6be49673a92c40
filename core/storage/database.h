#pragma once

#include "expected/expected.h"
#include "storage/actionstore.h"
#include "storage/assessmentstore.h"
#include "storage/corrections.h"
#include "storage/draftstore.h"
#include "storage/maintenance.h"
#include "storage/publishing.h"
#include "storage/records.h"
#include "storage/workshopstore.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rater {

namespace storage {
class Connection;
}

// One Rater database file, open: SQLite through QtSql, in WAL mode with
// foreign keys on and a busy timeout, and every write in one immediate
// transaction. What it holds is reached through its stores.
//
// open() makes a new database only where no file exists, and refuses, with a
// message naming the file and the reason, anything that is not a regular file,
// an empty file, a file that is not SQLite, another program's database, a
// schema newer than this build knows or one that differs from what this build
// makes (a planted trigger or view); such a file is only ever read, never
// written. An older schema is migrated after a copy of the file has been taken.
class Database
{
public:
    enum class Purpose {
        Use,   // read and write; validated, migrated
        Check, // read only, not migrated: for checkFile()
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

    QString path() const;
    Expected<int> schemaVersion() const;
    // The copy taken before the last migration, if open() migrated.
    QString migrationBackupPath() const { return m_migrationBackup; }

    storage::AssessmentStore &assessments() { return m_assessments; }
    const storage::AssessmentStore &assessments() const { return m_assessments; }
    storage::WorkshopStore &workshops() { return m_workshops; }
    const storage::WorkshopStore &workshops() const { return m_workshops; }
    storage::DraftStore &drafts() { return m_drafts; }
    const storage::DraftStore &drafts() const { return m_drafts; }
    const storage::Maintenance &maintenance() const { return m_maintenance; }
    storage::CorrectionStore &corrections() { return m_corrections; }
    const storage::CorrectionStore &corrections() const { return m_corrections; }
    storage::PublishingStore &publishing() { return m_publishing; }
    storage::ActionStore &actions() { return m_actions; }
    const storage::ActionStore &actions() const { return m_actions; }

    // Changes whenever stored results or workshops change, through this
    // connection or any other, this process's or another's; drafts aside.
    struct Revision
    {
        qint64 others = 0; // SQLite's data_version: commits by other connections
        qint64 own = 0;    // results and workshops written through this one
        friend bool operator==(const Revision &, const Revision &) = default;
    };
    Expected<Revision> revision() const;

    // For tests that look at the file's tables directly.
    QSqlDatabase connection() const;

private:
    explicit Database(std::unique_ptr<storage::Connection> connection);
    // Makes a new, empty Rater database where no file is.
    static Status create(const QString &path);
    Status configure();
    Status migrate();

    std::unique_ptr<storage::Connection> m_connection;
    storage::AssessmentStore m_assessments;
    storage::WorkshopStore m_workshops;
    storage::DraftStore m_drafts;
    storage::Maintenance m_maintenance;
    storage::CorrectionStore m_corrections;
    storage::PublishingStore m_publishing;
    storage::ActionStore m_actions;
    QString m_migrationBackup;
};

} // namespace rater
