// Times corrections and the Records list on a large database (generated_database.h,
// interleaved), medians of RUNS where a step can be repeated:
//
// - the Records list: counting and reading its first page, for every result,
//   one team, one quarter, a search, and sorted by date and by total;
// - a delete of one result and its undo;
// - a merge of a whole team (ASSESSMENTS / 40 results) and its undo, with
//   the process's peak memory after them.
//
//   corrections_benchmark [ASSESSMENTS] [RUNS]

#include "corrections/recordsmodel.h"
#include "generated_database.h"
#include "questionnaire/loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "timing.h"

#include <sys/resource.h>

using namespace rater;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 5'000'000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    if (!bench::buildDatabase(path, count))
        return 1;
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Database &db = *opened.value();
    const Questionnaire questionnaire = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    std::printf("%lld assessments, median of %d\n", count, runs);

    RecordsModel model(db.assessments(), questionnaire);
    using Browse = RecordsModel::Browse;
    const auto timeList = [&](const char *what, const Browse &browse) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setBrowse(browse);
            times.push_back(msSince(timer));
        }
        std::printf("  Records, %-34s %8.1f ms  (%lld rows, %d read)\n", what, bench::median(times),
                    model.total(), model.rowCount());
    };
    Browse all;
    all.descending = true;
    timeList("every result, latest recorded", all);
    Browse team = all;
    team.team = QStringLiteral("Team 7");
    timeList("one team", team);
    Browse quarter = all;
    quarter.first = QDate(2024, 4, 1);
    quarter.last = QDate(2024, 6, 30);
    timeList("one quarter", quarter);
    Browse search = all;
    search.search = QStringLiteral("p-1234");
    timeList("a search for a code", search);
    Browse byDate = all;
    byDate.order = Browse::Order::Date;
    timeList("every result, by date", byDate);
    Browse byTotal = team;
    byTotal.order = Browse::Order::Total;
    timeList("one team, by total", byTotal);

    std::vector<double> deletes;
    std::vector<double> undos;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto removed = db.corrections().remove({qint64(1000 + i)});
        deletes.push_back(msSince(timer));
        timer.restart();
        const auto undone = db.corrections().undo(removed.value().correction.value());
        undos.push_back(msSince(timer));
        if (!undone || !undone->made())
            return 1;
    }
    std::printf("  delete one result %24.1f ms\n  undo it %34.1f ms\n", bench::median(deletes), bench::median(undos));

    QElapsedTimer timer;
    timer.start();
    const auto merged = db.corrections().mergeTeams(QStringLiteral("Team 1"), QStringLiteral("Team 2"));
    const double merge = msSince(timer);
    if (!merged || !merged->made())
        return 1;
    timer.restart();
    const auto undone = db.corrections().undo(*merged->correction);
    const double undo = msSince(timer);
    if (!undone || !undone->made())
        return 1;
    std::printf("  merge a team of %lld %20.1f ms\n  undo the merge %26.1f ms\n  peak memory %27ld KiB\n",
                merged->count, merge, undo, peakKb());
    return 0;
}
