// Times a launch of `rater` from just before the process starts to the moment
// its quiz page has been painted (the program reports that moment on the
// system's monotonic clock), beside the same for a bare window with one chart
// view, both on the offscreen platform, and prints the medians. The programs'
// shutdown is not counted.
//
//   startup_benchmark [RUNS]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "timing.h"

#include <ctime>

namespace {

// Milliseconds from just before the launch to the painted moment the program prints.
double launchToPaint(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    process.start(program, arguments);
    process.waitForFinished(-1);
    const QByteArray out = process.readAllStandardOutput();
    const qsizetype at = out.indexOf("painted ");
    if (process.exitCode() != 0 || at < 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        std::exit(1);
    }
    const long long painted = out.mid(at + 8).trimmed().toLongLong();
    return double(painted - (static_cast<long long>(start.tv_sec) * 1000000000LL + start.tv_nsec)) / 1e6;
}

} // namespace

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
        rater.push_back(launchToPaint(QStringLiteral(RATER_PATH), raterArguments, env));
        bare.push_back(launchToPaint(QStringLiteral(BARE_PATH), {}, env));
    }
    QTextStream out(stdout);
    out << "runs: " << runs << "\n";
    out << "rater, launch to quiz page painted: median " << QString::number(bench::median(rater), 'f', 1) << " ms\n";
    out << "bare window with one chart view:    median " << QString::number(bench::median(bare), 'f', 1) << " ms\n";
    out << "ratio: " << QString::number(bench::median(rater) / bench::median(bare), 'f', 2) << " (target: at most 1.30)\n";
    return 0;
}
