#include "app_window.h"

#include "storage/database.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

// How many POSIX locks this process holds on `path`, from /proc/locks; the
// file is only looked up by stat(), never opened.
int heldLocks(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(info.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(info.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(info.st_ino);
    QFile locks(QStringLiteral("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList fields = QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // "1: POSIX  ADVISORY  READ 4901 fe:00:10952943 128 128"
        if (fields.size() >= 6 && fields.at(1) == QLatin1String("POSIX") && fields.at(4) == pid && fields.at(5) == file)
            ++held;
    }
    return held;
}

// Shows the dialog on `folder` until it has listed it, and so told the type
// of every file in it (hidden by the filter or not), as it does for a person
// looking at that folder.
void browse(QFileDialog &dialog, const QString &folder)
{
    auto *model = dialog.findChild<QFileSystemModel *>();
    REQUIRE(model);
    QSignalSpy listed(model, &QFileSystemModel::directoryLoaded);
    dialog.setDirectory(folder);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(QTest::qWaitFor([&] { return listed.contains({folder}); }, 10000));
    QTest::qWait(300); // the listing thread's last answers
}

// Runs the storage worker, as another program using the same database.
QString worker(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RATER_STORAGE_WORKER), arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// How many assessments `team` has, as another process sees them.
qint64 rows(const QString &path, const QString &team)
{
    return worker({QStringLiteral("count"), path, team}).toLongLong();
}

} // namespace

TEST_CASE("File dialogs on the database's folder leave SQLite's locks in place; every write of two processes stays",
          "[gui][locks]")
{
    AppWindow f;
    const QString db = f.databasePath();
    const int dbLocks = heldLocks(db);
    const int shmLocks = heldLocks(db + QStringLiteral("-shm"));
    REQUIRE(dbLocks > 0);
    REQUIRE(shmLocks > 0);

    // Another process writes while the dialogs list the folder.
    QProcess writer;
    writer.start(QStringLiteral(RATER_STORAGE_WORKER), {QStringLiteral("record"), db, QStringLiteral("150"),
                                                        QStringLiteral("Night shift")});
    REQUIRE(writer.waitForStarted());

    f.submitQuiz(QStringLiteral("Front Desk"), mixedAnswers);
    const QString pdf = f.dir.filePath(QStringLiteral("result.pdf"));
    int shown = 0;
    {
        DialogAnswers answers([&](QDialog &dialog) {
            auto *files = qobject_cast<QFileDialog *>(&dialog);
            REQUIRE(files);
            browse(*files, f.dir.path());
            ++shown;
            files->hide();
            files->selectFile(pdf);
            return int(QDialog::Accepted);
        });
        QTest::keyClick(f.window.get(), Qt::Key_E, Qt::ControlModifier); // File ▸ Export Result as PDF…
    }
    REQUIRE(shown == 1);
    // An open dialog too (File ▸ Import Results…), looked through and cancelled.
    f.activate();
    {
        DialogAnswers answers([&](QDialog &dialog) {
            auto *files = qobject_cast<QFileDialog *>(&dialog);
            REQUIRE(files);
            browse(*files, f.dir.path());
            ++shown;
            files->hide();
            return int(QDialog::Rejected);
        });
        QTest::keyClick(f.window.get(), Qt::Key_I, Qt::ControlModifier);
    }
    REQUIRE(shown == 2);
    CHECK(QFileInfo(pdf).size() > 0);
    CHECK(heldLocks(db) == dbLocks);
    CHECK(heldLocks(db + QStringLiteral("-shm")) == shmLocks);

    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE((writer.state() == QProcess::NotRunning || writer.waitForFinished(120000)));
    CHECK(writer.exitCode() == 0);

    // A short-lived process, as `rater-cli list` is: on closing, the last
    // connection checkpoints and deletes the WAL unless the app's locks stop it.
    worker({QStringLiteral("record"), db, QStringLiteral("1"), QStringLiteral("Passer-by")});

    // The app saves one more, which others must see at once.
    f.window->showQuiz(true);
    f.submitQuiz(QStringLiteral("Front Desk"), mixedAnswers);
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(rows(db, QStringLiteral("Front Desk")) == 2);
    // Another program records while the app is still open, then the app quits.
    worker({QStringLiteral("record"), db, QStringLiteral("1"), QStringLiteral("Late shift")});
    f.window.reset();

    CHECK(rows(db, QStringLiteral("Front Desk")) == 2);
    CHECK(rows(db, QStringLiteral("Night shift")) == 150);
    CHECK(rows(db, QStringLiteral("Passer-by")) == 1);
    CHECK(rows(db, QStringLiteral("Late shift")) == 1);
}
