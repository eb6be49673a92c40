// Any bytes as a database file: checking it and opening it refuse it or
// report on it, never crash; a file that opens is listed, and reading it
// through every store either works or fails with a message.

#include "fuzzsupport.h"

#include "history/history.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("fuzz.sqlite"));
    for (const QString &leftover : QDir(folder.path()).entryList(QDir::Files))
        QFile::remove(folder.filePath(leftover));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto report = rater::Database::checkFile(path);
    if (report)
        fuzz::require(report->sound == report->problems.isEmpty(), "a report is sound exactly when it lists nothing");
    auto opened = rater::Database::open(path);
    if (!opened)
        return 0;
    rater::Database &db = **opened;
    (void)db.assessments().list();
    // The Comparison's steps from one period to the next, and the newest period's figures.
    if (const auto periods = rater::periodsWithData(db.assessments(), rater::PeriodScheme{QCalendar(), rater::PeriodKind::Quarter, 1}); periods && !periods->empty())
        (void)rater::compareTeams(db.assessments(), periods->back(), fuzz::raterQuiz());
    (void)db.assessments().teams();
    (void)db.workshops().all();
    (void)db.maintenance().check();
    return 0;
}
