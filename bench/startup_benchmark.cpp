// Times a launch of `rater` from just before the process starts to the moment
// its quiz page has been painted, beside the same for a bare window with one
// chart view, both on the offscreen platform, and prints the medians. The
// programs report their moments on the system's monotonic clock; `rater` also
// reports when its database is open and its data in ("ready"). The programs'
// shutdown is not counted.
//
//   startup_benchmark [RUNS]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "timing.h"

#include <cstdio>
#include <ctime>
#include <vector>

namespace {

struct Moments
{
    double painted = 0; // milliseconds from just before the launch
    double ready = 0;   // the same, for programs that report it
};

// The moments a program prints ("painted NS", "ready NS"), from just before its launch.
Moments launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    timespec start{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    process.start(program, arguments);
    process.waitForFinished(-1);
    const QByteArray out = process.readAllStandardOutput();
    const long long launched = static_cast<long long>(start.tv_sec) * 1000000000LL + start.tv_nsec;
    const auto moment = [&](const QByteArray &name) {
        const qsizetype at = out.indexOf(QByteArray(name + ' '));
        if (at < 0)
            return 0.0;
        const qsizetype end = out.indexOf('\n', at);
        return double(out.mid(at + name.size() + 1, end - at - name.size() - 1).toLongLong() - launched) / 1e6;
    };
    const Moments moments{moment("painted"), moment("ready")};
    if (process.exitCode() != 0 || moments.painted <= 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        std::exit(1);
    }
    return moments;
}

} // namespace


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
    std::vector<double> raterReady;
    std::vector<double> bare;
    for (int run = 0; run < runs; ++run) { // interleaved, so drift affects both alike
        const Moments moments = launch(QStringLiteral(RATER_PATH), raterArguments, env);
        rater.push_back(moments.painted);
        raterReady.push_back(moments.ready);
        bare.push_back(launch(QStringLiteral(BARE_PATH), {}, env).painted);
    }
    const auto ms = [](double value) { return QString::number(value, 'f', 1); };
    QTextStream out(stdout);
    out << "runs: " << runs << "\n";
    out << "rater, launch to quiz page painted:  median " << ms(bench::median(rater)) << " ms\n";
    out << "rater, launch to database open and draft restored: median " << ms(bench::median(raterReady)) << " ms\n";
    out << "bare window with one chart view:     median " << ms(bench::median(bare)) << " ms\n";
    out << "ratio: " << QString::number(bench::median(rater) / bench::median(bare), 'f', 2) << " (target: at most 1.50)\n";
    return 0;
}
