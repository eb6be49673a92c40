#include "printing.h"
#include "storage/storage_support.h"

#include "exchange/assessmentfile.h"
#include "files/files.h"

#include <QFileInfo>

#include <unistd.h>

using namespace rater;
using namespace support;

TEST_CASE("The files of an open database are known as such, by any name, until it closes", "[files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    const QString link = dir.filePath(QStringLiteral("link.sqlite"));
    const QString hardLink = dir.filePath(QStringLiteral("hard.sqlite"));
    {
        auto database = openDatabase(path);
        REQUIRE(database->assessments().record(assessment(QStringLiteral("Desk"), QDate(2026, 1, 5))).hasValue());
        REQUIRE(QFile::link(path, link));
        REQUIRE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()) == 0);
        for (const QString &name : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                    path + QStringLiteral("-journal"), link, hardLink,
                                    dir.path() + QStringLiteral("/./team.sqlite")}) {
            INFO(name.toStdString());
            CHECK(files::isOpenDatabaseFile(name));
        }
        CHECK_FALSE(files::isOpenDatabaseFile(dir.filePath(QStringLiteral("team.csv"))));
        CHECK_FALSE(files::isOpenDatabaseFile(dir.filePath(QStringLiteral("other.sqlite"))));
    }
    CHECK_FALSE(files::isOpenDatabaseFile(path));
    CHECK_FALSE(files::isOpenDatabaseFile(path + QStringLiteral("-wal")));
}

TEST_CASE("Imports, exports and questionnaires refuse the files of the open database", "[files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    auto database = openDatabase(path);
    REQUIRE(database->assessments().record(assessment(QStringLiteral("Desk"), QDate(2026, 1, 5))).hasValue());

    // Named .csv or .json, as a person might have saved one by mistake.
    const QString renamed = dir.filePath(QStringLiteral("results.csv"));
    REQUIRE(QFile::link(path, renamed));
    const exchange::ReadResult read = exchange::readFile(renamed, raterQuiz());
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems.first().contains(QStringLiteral("belongs to the Rater database in use")));
    const auto questionnaire = loadQuestionnaireFile(path + QStringLiteral("-wal"));
    REQUIRE_FALSE(questionnaire.hasValue());
    CHECK(questionnaire.error().contains(QStringLiteral("belongs to the Rater database in use")));

    const auto stored = database->assessments().list();
    REQUIRE(stored.hasValue());
    for (const QString &target : QStringList{path, path + QStringLiteral("-wal"), renamed}) {
        const Status written = exchange::exportFile(target, exchange::Format::Csv, exchange::sourceOf(*stored), raterQuiz(),
                                                    Language::English);
        REQUIRE_FALSE(written.hasValue());
        CHECK(written.error().contains(QStringLiteral("belongs to the Rater database in use")));
    }
    // Nor may a backup take the name of its journal.
    const Status backup = database->maintenance().backupTo(path + QStringLiteral("-journal"));
    REQUIRE_FALSE(backup.hasValue());
    CHECK(backup.error().contains(QStringLiteral("belongs to the Rater database in use")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    database.reset();
    auto reopened = openDatabase(path);
    CHECK(count(*reopened, QStringLiteral("assessment")) == 1);
    CHECK(reopened->maintenance().check().sound);
}

TEST_CASE("A file that cannot be written is refused with the reason and the folder", "[files]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
    const Status noFolder = files::checkWritable(missing);
    REQUIRE_FALSE(noFolder.hasValue());
    CHECK(noFolder.error()
          == missing + QStringLiteral(": cannot write the file; the folder ") + dir.filePath(QStringLiteral("no/such/folder"))
                 + QStringLiteral(" does not exist"));

    writeFile(dir.filePath(QStringLiteral("plain")), "x");
    const Status notFolder = files::checkWritable(dir.filePath(QStringLiteral("plain/out.csv")));
    REQUIRE_FALSE(notFolder.hasValue());
    CHECK(notFolder.error().contains(QStringLiteral("plain is not a folder")));

    QDir(dir.path()).mkdir(QStringLiteral("taken.csv"));
    const Status folderNamed = files::checkWritable(dir.filePath(QStringLiteral("taken.csv")));
    REQUIRE_FALSE(folderNamed.hasValue());
    CHECK(folderNamed.error().contains(QStringLiteral("a folder has that name")));

    CHECK(files::checkWritable(dir.filePath(QStringLiteral("fine.csv"))).hasValue());

    if (::geteuid() != 0) { // permissions do not hold back root
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QDir(dir.path()).mkdir(QStringLiteral("locked"));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const Status denied = files::checkWritable(locked + QStringLiteral("/out.csv"));
        REQUIRE_FALSE(denied.hasValue());
        CHECK(denied.error().contains(QStringLiteral("no permission to write in the folder")));
    }
}
