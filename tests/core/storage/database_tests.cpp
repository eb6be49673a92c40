#include "printing.h"
#include "storage/storage_support.h"

#include "storage/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>

#include <random>

#include <sys/stat.h>

using namespace rater;
using namespace support;

namespace {

QString makeRaterFile(const QTemporaryDir &dir, const QString &name, int assessments)
{
    const QString path = dir.filePath(name);
    auto db = openDatabase(path);
    std::vector<NewAssessment> batch;
    for (int i = 0; i < assessments; ++i)
        batch.push_back(assessment(QStringLiteral("Team %1").arg(i % 7), QDate(2025, 1, 1).addDays(i % 700), 1 + i % 5));
    REQUIRE(db->assessments().recordAll(batch).hasValue());
    return path;
}

// Expects `path` to be refused with a message naming it and containing `reason`,
// and the file to be exactly as it was.
void checkRefusedUnchanged(const QString &path, const QString &reason)
{
    const QByteArray before = sha256(path);
    const auto opened = Database::open(path);
    INFO(path.toStdString() << ": " << opened.error().toStdString());
    REQUIRE_FALSE(opened.hasValue());
    CHECK(opened.error().startsWith(QDir::toNativeSeparators(path) + QStringLiteral(": ")));
    CHECK(opened.error().contains(reason));
    CHECK(sha256(path) == before);
    CHECK(QSqlDatabase::connectionNames().isEmpty());
}

} // namespace

TEST_CASE("A new database is created with the current schema, WAL and owner-only permissions", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    auto db = openDatabase(path);
    CHECK(db->schemaVersion().value() == schema::currentVersion);
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == schema::applicationId);
    // Each database made is an installation of its own, named by a new UUID.
    REQUIRE(query.exec(QStringLiteral("SELECT uuid FROM installation WHERE here = 1")));
    REQUIRE(query.next());
    const QUuid here = QUuid::fromString(query.value(0).toString());
    CHECK_FALSE(here.isNull());
    auto other = openDatabase(dir.filePath(QStringLiteral("other.sqlite")));
    QSqlQuery otherQuery(QStringLiteral("SELECT uuid FROM installation WHERE here = 1"), other->connection());
    REQUIRE(otherQuery.next());
    CHECK(QUuid::fromString(otherQuery.value(0).toString()) != here);
    // A second installation of its own is refused by the database itself.
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO installation (uuid, here) VALUES ('x', 1)")));
}

TEST_CASE("The default database lives in the application data folder", "[storage]")
{
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = Database::prepareDefaultPath();
    CHECK(path == dir.filePath(QStringLiteral("Rater/rater.sqlite")));
    CHECK(QFileInfo(QFileInfo(path).absolutePath()).permissions()
          == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
              | QFile::ExeUser));
    openDatabase(path);
    CHECK(QFileInfo::exists(path));
    qunsetenv("XDG_DATA_HOME");
}

TEST_CASE("Assessments are stored with teams, respondents and workshops, and read back in date order", "[storage]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    NewAssessment late = assessment(QStringLiteral("Support"), QDate(2026, 5, 1), 4);
    late.respondent = QStringLiteral("p-7");
    late.workshopTitle = QStringLiteral("Spring day");
    const NewAssessment early = assessment(QStringLiteral("فروش"), QDate(2026, 1, 2), 2);
    REQUIRE(db->assessments().record(late).hasValue());
    REQUIRE(db->assessments().record(early).hasValue());
    const auto all = db->assessments().list();
    REQUIRE(all.hasValue());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).team == QStringLiteral("فروش"));
    CHECK(all->at(0).respondent.isEmpty());
    CHECK_FALSE(all->at(0).workshopId.has_value());
    CHECK(all->at(1).team == QStringLiteral("Support"));
    CHECK(all->at(1).respondent == QStringLiteral("p-7"));
    CHECK(all->at(1).workshop == QStringLiteral("Spring day"));
    CHECK(all->at(1).answers == Answers(17, 4));
    CHECK(all->at(1).questionnaireId == QStringLiteral("rater"));
    CHECK(db->assessments().list(QStringLiteral("Support"))->size() == 1);
    CHECK(db->assessments().list(QStringLiteral("Nobody"))->empty());
    CHECK(db->assessments().teams().value() == QStringList{QStringLiteral("Support"), QStringLiteral("فروش")});
}

TEST_CASE("A batch is stored whole or not at all", "[storage]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    REQUIRE(db->assessments().record(assessment(QStringLiteral("A"), QDate(2026, 1, 1))).hasValue());
    std::vector<NewAssessment> batch{assessment(QStringLiteral("B"), QDate(2026, 1, 2)),
                                     assessment(QStringLiteral("C"), QDate(2026, 1, 3))};
    batch[1].workshopId = 999; // no such workshop: the whole batch must fail
    const auto stored = db->assessments().recordAll(batch);
    REQUIRE_FALSE(stored.hasValue());
    CHECK(stored.error().contains(QStringLiteral("no workshop with id 999")));
    CHECK(count(*db, QStringLiteral("assessment")) == 1);
    CHECK(db->assessments().teams().value() == QStringList{QStringLiteral("A")});
}

TEST_CASE("Workshops are created and found by id", "[storage]")
{
    QTemporaryDir dir;
    auto db = openDatabase(dir.filePath(QStringLiteral("r.sqlite")));
    const auto id = db->workshops().create({QStringLiteral("کارگاه خدمات"), QDate(2026, 3, 21), QStringLiteral("Sara"),
                                        QStringLiteral("Support"), QStringLiteral("fa")});
    REQUIRE(id.hasValue());
    const auto workshop = db->workshops().find(*id);
    REQUIRE(workshop.hasValue());
    CHECK(workshop->title == QStringLiteral("کارگاه خدمات"));
    CHECK(workshop->date == QDate(2026, 3, 21));
    CHECK(workshop->facilitator == QStringLiteral("Sara"));
    CHECK(workshop->team == QStringLiteral("Support"));
    CHECK(workshop->lang == QStringLiteral("fa"));
    const auto missing = db->workshops().find(*id + 1);
    REQUIRE_FALSE(missing.hasValue());
    CHECK(missing.error().contains(QStringLiteral("there is no workshop with id")));
}

TEST_CASE("A draft is saved, replaced, restored after reopening and cleared", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    {
        auto db = openDatabase(path);
        Draft draft{QStringLiteral("quiz"), QStringLiteral("Support"), QString(), QDate(2026, 2, 2),
                    QStringLiteral("ar"), QStringLiteral("rater"), std::vector<std::optional<int>>(17)};
        draft.answers[0] = 4;
        REQUIRE(db->drafts().save(draft).hasValue());
        draft.answers[1] = 2;
        const Status replaced = db->drafts().save(draft);
        INFO(replaced.error().toStdString());
        REQUIRE(replaced.hasValue());
    }
    auto db = openDatabase(path);
    const auto loaded = db->drafts().load(QStringLiteral("quiz"));
    REQUIRE(loaded.hasValue());
    const std::optional<Draft> &restored = *loaded;
    REQUIRE(restored.has_value());
    CHECK(restored->team == QStringLiteral("Support"));
    CHECK(restored->lang == QStringLiteral("ar"));
    CHECK(restored->date == QDate(2026, 2, 2));
    std::vector<std::optional<int>> expected(17);
    expected[0] = 4;
    expected[1] = 2;
    CHECK(restored->answers == expected);
    REQUIRE(db->drafts().clear(QStringLiteral("quiz")).hasValue());
    CHECK_FALSE(db->drafts().load(QStringLiteral("quiz")).value().has_value());
}

TEST_CASE("Damaged and foreign files are refused or their damage named, and left byte for byte as they were", "[storage]")
{
    QTemporaryDir dir;
    std::mt19937 random(3);

    const QString noise = dir.filePath(QStringLiteral("noise.sqlite"));
    QByteArray bytes(4096, '\0');
    for (char &b : bytes)
        b = char(random());
    writeFile(noise, bytes);
    checkRefusedUnchanged(noise, QStringLiteral("not an SQLite database"));

    const QString text = dir.filePath(QStringLiteral("results.csv"));
    writeFile(text, "team,respondent,workshop\nSupport,,\n");
    checkRefusedUnchanged(text, QStringLiteral("not an SQLite database"));

    const QString foreign = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(foreign);
        REQUIRE(other.open());
        QSqlQuery(QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)"), other);
        QSqlQuery(QStringLiteral("INSERT INTO note (body) VALUES ('keep me')"), other);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    checkRefusedUnchanged(foreign, QStringLiteral("belongs to another program"));

    const QString newer = makeRaterFile(dir, QStringLiteral("newer.sqlite"), 5);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(newer);
        REQUIRE(raw.open());
        QSqlQuery(QStringLiteral("PRAGMA user_version = 9"), raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    checkRefusedUnchanged(newer, QStringLiteral("newer version of Rater (schema version 9"));

    const QString truncated = makeRaterFile(dir, QStringLiteral("truncated.sqlite"), 3000);
    {
        QFile file(truncated);
        REQUIRE(file.resize(file.size() / 2));
    }
    checkRefusedUnchanged(truncated, QStringLiteral("damaged"));

    // Opening does not read the whole file; the damage is named where reading meets it.
    // The page scribbled over is the root of the assessment table, which
    // every list reads and opening does not.
    const QString scribbled = makeRaterFile(dir, QStringLiteral("scribbled.sqlite"), 3000);
    qint64 rootPage = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root page"));
        raw.setDatabaseName(scribbled);
        REQUIRE(raw.open());
        QSqlQuery root(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'assessment'"), raw);
        REQUIRE(root.next());
        rootPage = root.value(0).toLongLong();
        root.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root page"));
    REQUIRE(rootPage > 1);
    {
        QFile file(scribbled);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((rootPage - 1) * 4096));
        file.write(QByteArray(4096, char(0xA5)));
    }
    const QByteArray scribbledBefore = sha256(scribbled);
    {
        auto opened = Database::open(scribbled);
        if (opened) {
            const auto all = opened.value()->assessments().list();
            REQUIRE_FALSE(all.hasValue());
            CHECK(all.error().contains(QStringLiteral("damaged")));
            CHECK(all.error().contains(QStringLiteral("rater-cli check")));
        } else {
            CHECK(opened.error().contains(QStringLiteral("damaged")));
        }
    }
    CHECK(sha256(scribbled) == scribbledBefore);

    const QString headerOnly = dir.filePath(QStringLiteral("header.sqlite"));
    writeFile(headerOnly, QByteArray("SQLite format 3\0", 16) + QByteArray(3000, 'x'));
    checkRefusedUnchanged(headerOnly, QStringLiteral("damaged"));

    const auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder.hasValue());
    CHECK(folder.error().contains(QStringLiteral("folder")));
    const auto nowhere = Database::open(dir.filePath(QStringLiteral("missing/folder/x.sqlite")));
    REQUIRE_FALSE(nowhere.hasValue());
    CHECK(nowhere.error().contains(QStringLiteral("does not exist")));

    // After all those refusals, another database opens and works.
    auto good = openDatabase(dir.filePath(QStringLiteral("good.sqlite")));
    CHECK(good->assessments().record(assessment(QStringLiteral("A"), QDate(2026, 1, 1))).hasValue());

    // check reports damage without refusing, and without changing the file.
    const QByteArray before = sha256(scribbled);
    const auto report = Database::checkFile(scribbled);
    REQUIRE(report.hasValue());
    CHECK_FALSE(report->sound);
    CHECK_FALSE(report->problems.isEmpty());
    CHECK(sha256(scribbled) == before);
    CHECK_FALSE(Database::checkFile(foreign).hasValue());
}

TEST_CASE("Only where no file is does a new database appear, and other files keep their mode and content", "[storage]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(empty, QByteArray());
    REQUIRE(QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto emptyOpened = Database::open(empty);
    REQUIRE_FALSE(emptyOpened.hasValue());
    CHECK(emptyOpened.error().contains(QStringLiteral("the file is empty")));
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(QFileInfo(empty).permissions().testFlag(QFile::ReadOther));

    // An empty SQLite database of another program is not taken over either.
    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        other.setDatabaseName(bare);
        REQUIRE(other.open());
        QSqlQuery(QStringLiteral("PRAGMA user_version = 1"), other);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    checkRefusedUnchanged(bare, QStringLiteral("belongs to another program"));

    // A link to nothing is not followed: nothing is made where it points.
    const QString dangling = dir.filePath(QStringLiteral("dangling.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    REQUIRE(QFile::link(target, dangling));
    const auto linked = Database::open(dangling);
    REQUIRE_FALSE(linked.hasValue());
    CHECK(linked.error().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(target));

    // A device or a pipe is refused before anything reads it: a pipe would block.
    const auto device = Database::open(QStringLiteral("/dev/null"));
    REQUIRE_FALSE(device.hasValue());
    CHECK(device.error().contains(QStringLiteral("not a regular file")));
    const QString pipe = dir.filePath(QStringLiteral("pipe.sqlite"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0644) == 0);
    const auto piped = Database::open(pipe);
    REQUIRE_FALSE(piped.hasValue());
    CHECK(piped.error().contains(QStringLiteral("not a regular file")));
    CHECK_FALSE(Database::checkFile(pipe).hasValue());

    // Where nothing is, a database is made, readable by its owner only, and
    // nothing is left behind of how it was made.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        auto db = openDatabase(fresh);
        CHECK(db->schemaVersion().value() == schema::currentVersion);
    }
    CHECK(QFileInfo(fresh).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("fresh.sqlite.new-*")}, QDir::Files).isEmpty());
}

TEST_CASE("A database whose structure Rater did not make is refused and reported by check", "[storage]")
{
    QTemporaryDir dir;
    struct Plant
    {
        const char *name;
        QStringList sql;
        const char *named; // what the refusal must name
    };
    const std::vector<Plant> plants = {
        {"rewrite", {QStringLiteral("CREATE TRIGGER rewrite AFTER INSERT ON assessment BEGIN "
                                    "UPDATE assessment SET answers = '5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5' "
                                    "WHERE id = new.id; END")},
         "trigger \"rewrite\""},
        {"ignore", {QStringLiteral("CREATE TRIGGER swallow BEFORE INSERT ON assessment BEGIN "
                                   "SELECT RAISE(IGNORE); END")},
         "trigger \"swallow\""},
        {"erase", {QStringLiteral("CREATE TRIGGER erase AFTER INSERT ON assessment BEGIN "
                                  "DELETE FROM assessment WHERE id < new.id; END")},
         "trigger \"erase\""},
        {"copy", {QStringLiteral("CREATE TABLE harvest (answers TEXT)"),
                  QStringLiteral("CREATE TRIGGER copy AFTER INSERT ON assessment BEGIN "
                                 "INSERT INTO harvest VALUES (new.answers); END")},
         "table \"harvest\""},
        {"slow", {QStringLiteral("CREATE TRIGGER slow AFTER INSERT ON assessment BEGIN "
                                 "SELECT count(*) FROM assessment a, assessment b, assessment c; END")},
         "trigger \"slow\""},
        {"view", {QStringLiteral("CREATE VIEW totals AS SELECT team_id, count(*) FROM assessment GROUP BY team_id")},
         "view \"totals\""},
        {"index", {QStringLiteral("DROP INDEX assessment_workshop")}, "index \"assessment_workshop\" is missing"},
        {"column", {QStringLiteral("ALTER TABLE team ADD COLUMN note TEXT")}, "table \"team\" is not the one"},
    };
    for (const Plant &plant : plants) {
        const QString path = makeRaterFile(dir, QString::fromLatin1(plant.name) + QStringLiteral(".sqlite"), 3);
        {
            const QString connection = QString::fromLatin1(plant.name);
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            for (const QString &statement : plant.sql) {
                QSqlQuery query(raw);
                INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
                REQUIRE(query.exec(statement));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QString::fromLatin1(plant.name));
        INFO(plant.name);
        checkRefusedUnchanged(path, QString::fromUtf8(plant.named));
        const QByteArray before = sha256(path);
        const auto report = Database::checkFile(path);
        REQUIRE(report.hasValue());
        CHECK_FALSE(report->sound);
        CHECK(report->problems.join(u'\n').contains(QString::fromUtf8(plant.named)));
        CHECK(sha256(path) == before);
    }
}

TEST_CASE("A full disk is called a full disk, and nothing is half written", "[storage]")
{
    QTemporaryDir dir;
    const QString path = makeRaterFile(dir, QStringLiteral("full.sqlite"), 5);
    auto db = openDatabase(path);
    // SQLite's page limit fails a write exactly as a full disk does (SQLITE_FULL).
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(query.next());
    const qint64 pages = query.value(0).toLongLong();
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    std::vector<NewAssessment> batch;
    for (int i = 0; i < 2000; ++i)
        batch.push_back(assessment(QStringLiteral("Team with a long name %1").arg(i), QDate(2026, 2, 1)));
    const auto stored = db->assessments().recordAll(batch);
    REQUIRE_FALSE(stored.hasValue());
    CHECK(stored.error().contains(QStringLiteral("the disk is full")));
    CHECK_FALSE(stored.error().contains(QStringLiteral("damaged")));
    CHECK(db->assessments().count().value() == 5);
    CHECK(Database::checkFile(path)->sound);
}

TEST_CASE("A version-1 database is copied, then migrated with its data intact", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(RATER_STORAGE_TEST_DATA "/rater-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = openDatabase(path);
        CHECK(db->schemaVersion().value() == schema::currentVersion);
        const QString backup = db->migrationBackupPath();
        CHECK(backup == path + QStringLiteral(".schema-v1.backup"));
        const auto all = db->assessments().list();
        REQUIRE(all.hasValue());
        REQUIRE(all->size() == 3);
        CHECK(all->at(0).team == QStringLiteral("Front desk"));
        CHECK(all->at(0).respondent == QStringLiteral("fd-01"));
        CHECK(all->at(0).workshop == QStringLiteral("Spring service day"));
        CHECK(all->at(0).answers == Answers{2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5});
        CHECK(all->at(2).team == QStringLiteral("خدمات پس از فروش"));
        const auto workshop = db->workshops().find(1);
        REQUIRE(workshop.hasValue());
        CHECK(workshop->facilitator.isEmpty());
        CHECK(workshop->lang == QStringLiteral("en"));
        const auto draft = db->drafts().load(QStringLiteral("quiz"));
        REQUIRE(draft.hasValue());
        REQUIRE(draft->has_value());
        CHECK((*draft)->answers.front() == 4);
        QSqlQuery index(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'assessment_team_date'"),
                        db->connection());
        REQUIRE(index.next());
        CHECK(index.value(0).toInt() == 1);
        CHECK(db->maintenance().check().sound);
        // Nothing is in the bin; every row is at its first version; corrections work.
        CHECK(count(*db, QStringLiteral("correction")) == 0);
        QSqlQuery fresh(QStringLiteral("SELECT count(*) FROM assessment WHERE deleted_at IS NULL AND version = 1"),
                        db->connection());
        REQUIRE(fresh.next());
        CHECK(fresh.value(0).toInt() == 3);
        // Every assessment and workshop has its own UUID, made here.
        QSqlQuery identities(QStringLiteral("SELECT count(DISTINCT uuid), count(*), min(length(uuid)), "
                                            "count(DISTINCT origin_id), min(origin_id = (SELECT id FROM installation "
                                            "WHERE here = 1)) FROM (SELECT uuid, origin_id FROM assessment "
                                            "UNION ALL SELECT uuid, origin_id FROM workshop)"),
                             db->connection());
        REQUIRE(identities.next());
        CHECK(identities.value(0).toInt() == identities.value(1).toInt());
        CHECK(identities.value(1).toInt() == 3 + count(*db, QStringLiteral("workshop")));
        CHECK(identities.value(2).toInt() == 16);
        CHECK(identities.value(3).toInt() == 1);
        CHECK(identities.value(4).toInt() == 1);
        CHECK(count(*db, QStringLiteral("installation")) == 1);
        CHECK_FALSE(db->assessments().list()->front().uuid.isNull());
        const auto renamed = db->corrections().renameTeam(QStringLiteral("Front desk"), QStringLiteral("Front Desk"));
        REQUIRE(renamed.hasValue());
        CHECK(renamed->made());
        CHECK(db->corrections().undo(*renamed->correction).value().made());

        // The copy is the version-1 database as it was.
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        copy.setDatabaseName(backup);
        REQUIRE(copy.open());
        QSqlQuery version(QStringLiteral("PRAGMA user_version"), copy);
        REQUIRE(version.next());
        CHECK(version.value(0).toInt() == 1);
        QSqlQuery rows(QStringLiteral("SELECT count(*) FROM assessment"), copy);
        REQUIRE(rows.next());
        CHECK(rows.value(0).toInt() == 3);
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    // Opening again migrates nothing and takes no second copy.
    auto again = openDatabase(path);
    CHECK(again->migrationBackupPath().isEmpty());
}

TEST_CASE("A backup is a consistent, openable copy and never overwrites", "[storage]")
{
    QTemporaryDir dir;
    const QString path = makeRaterFile(dir, QStringLiteral("r.sqlite"), 40);
    auto db = openDatabase(path);
    const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(db->maintenance().backupTo(target).hasValue());
    auto copy = openDatabase(target);
    CHECK(count(*copy, QStringLiteral("assessment")) == 40);
    const auto again = db->maintenance().backupTo(target);
    REQUIRE_FALSE(again.hasValue());
    CHECK(again.error().contains(QStringLiteral("already exists")));
}
