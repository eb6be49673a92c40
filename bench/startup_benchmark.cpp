// Times, from process start to exit, a launch of `rater` that quits as soon as
// the quiz page is painted, beside the bare chart-window baseline, both on the
// offscreen platform, and prints the medians.
//
//   startup_benchmark [RUNS]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "timing.h"

#include <algorithm>
#include <cstdio>
#include <vector>


int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString db = home.filePath(QStringLiteral("bench.sqlite"));
    const QStringList raterArguments{QStringLiteral("--db"), db, QStringLiteral("--quit-after-first-paint")};

    // One untimed run of each: creates the database, warms the file cache.
    bench::timedRun(QStringLiteral(RATER_PATH), raterArguments, env);
    bench::timedRun(QStringLiteral(BARE_PATH), {}, env);
    std::vector<double> rater;
    std::vector<double> bare;
    for (int run = 0; run < runs; ++run) { // interleaved, so drift affects both alike
        rater.push_back(bench::timedRun(QStringLiteral(RATER_PATH), raterArguments, env));
        bare.push_back(bench::timedRun(QStringLiteral(BARE_PATH), {}, env));
    }
    QTextStream out(stdout);
    out << "runs: " << runs << "\n";
    out << "rater, launch to quiz page painted: median " << QString::number(bench::median(rater), 'f', 1) << " ms\n";
    out << "bare window with one chart view:    median " << QString::number(bench::median(bare), 'f', 1) << " ms\n";
    out << "ratio: " << QString::number(bench::median(rater) / bench::median(bare), 'f', 2) << " (target: at most 1.30)\n";
    return 0;
}
