// Builds a database of ASSESSMENTS assessments (default 1,000,000: 40 teams,
// 2,000 respondents, 200 workshops of 50) and measures, for each command run
// as a whole process: its wall time and its peak resident memory, read from
// the kernel when it ends (wait4). The database is generated_database.h's,
// interleaved.
//
// It compares every list and export with the sqlite3 command-line tool
// writing the same joined rows as CSV, and the import of the exported CSV
// with sqlite3's own .import of it. Opening is measured beside the open of
// a 100,000-assessment database. Nothing is asserted: it prints figures.
//
//   large_data_benchmark [ASSESSMENTS] [RUNS]

#include "generated_database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Measured
{
    double seconds = 0;
    double peakMiB = 0;
    int status = -1;
};

// Runs `arguments` (the program first) with standard output into `output`
// (or /dev/null) and standard input from `input` (or /dev/null).
Measured measure(const QStringList &arguments, const QString &output = QString(), const QString &input = QString())
{
    std::vector<QByteArray> words;
    for (const QString &a : arguments)
        words.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    const QByteArray out = output.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(output);
    const QByteArray in = input.isEmpty() ? QByteArray("/dev/null") : QFile::encodeName(input);
    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        const int outFd = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int inFd = ::open(in.constData(), O_RDONLY);
        const int nowhere = ::open("/dev/null", O_WRONLY);
        ::dup2(outFd, 1);
        ::dup2(inFd, 0);
        ::dup2(nowhere, 2); // refusals the benchmark asks for on purpose are not news
        ::execvp(argv[0], argv.data());
        std::_Exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    Measured m;
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.peakMiB = double(usage.ru_maxrss) / 1024.0;
    m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}

// The median time, the largest peak memory and the first failing status of several runs.
Measured medianOf(std::vector<Measured> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Measured &a, const Measured &b) { return a.seconds < b.seconds; });
    Measured m = runs[runs.size() / 2];
    for (const Measured &r : runs) {
        m.peakMiB = std::max(m.peakMiB, r.peakMiB);
        if (r.status != 0)
            m.status = r.status;
    }
    return m;
}

void report(const char *what, const Measured &m, const Measured *reference = nullptr)
{
    std::printf("%-34s %8.2f s %8.1f MiB", what, m.seconds, m.peakMiB);
    if (reference)
        std::printf("   %5.2f x sqlite3", m.seconds / reference->seconds);
    if (m.status != 0)
        std::printf("   (exit %d)", m.status);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 count = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    const QString cli = QStringLiteral(RATER_CLI_PATH);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("large.sqlite"));
    const QString small = dir.filePath(QStringLiteral("small.sqlite"));
    QElapsedTimer timer;
    timer.start();
    if (!bench::buildDatabase(db, count) || !bench::buildDatabase(small, 100000))
        return 1;
    std::printf("%lld assessments: database of %.0f MiB built in %.1f s\n\n", static_cast<long long>(count),
                double(QFileInfo(db).size()) / (1024.0 * 1024.0), double(timer.elapsed()) / 1000.0);

    const auto rater = [&](const QStringList &words) { return QStringList{cli, QStringLiteral("--db"), db} + words; };
    const QString joined = QStringLiteral(
        "SELECT t.name, r.code, w.title, a.taken_on, a.lang, a.answers FROM assessment a "
        "JOIN team t ON t.id = a.team_id LEFT JOIN respondent r ON r.id = a.respondent_id "
        "LEFT JOIN workshop w ON w.id = a.workshop_id ORDER BY a.taken_on, a.id");
    // Each command and sqlite3 in turn, RUNS times: this machine's timings
    // drift, so the medians are compared.
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    const std::vector<std::pair<const char *, QStringList>> commands{
        {"sqlite3 -csv (the same rows)", {QStringLiteral("sqlite3"), QStringLiteral("-csv"), db, joined}},
        {"rater-cli list", rater({QStringLiteral("list")})},
        {"rater-cli list --format json", rater({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")})},
        {"rater-cli export --out .csv", rater({QStringLiteral("export"), QStringLiteral("--out"), csv})},
        {"rater-cli export --out .json",
         rater({QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("e.json"))})},
        {"rater-cli export --out .xlsx",
         rater({QStringLiteral("export"), QStringLiteral("--out"), dir.filePath(QStringLiteral("e.xlsx"))})},
    };
    std::vector<std::vector<Measured>> runsOf(commands.size());
    for (int run = 0; run < runs; ++run) {
        for (std::size_t c = 0; c < commands.size(); ++c)
            runsOf[c].push_back(measure(commands[c].second)); // lists and sqlite3 to /dev/null, exports to files
    }
    const Measured sqlite = medianOf(runsOf[0]);
    std::printf("median of %d runs\n", runs);
    report(commands[0].first, sqlite);
    for (std::size_t c = 1; c < commands.size(); ++c)
        report(commands[c].first, medianOf(runsOf[c]), &sqlite);
    QFile::remove(dir.filePath(QStringLiteral("e.xlsx")));

    std::printf("\nimport of the exported CSV (%.0f MiB) into a new database\n",
                double(QFileInfo(csv).size()) / (1024.0 * 1024.0));
    const QString sqliteTarget = dir.filePath(QStringLiteral("sqlite-import.sqlite"));
    QString columns = QStringLiteral("team TEXT, respondent TEXT, workshop TEXT, date TEXT, lang TEXT");
    for (int s = 1; s <= 17; ++s)
        columns += QStringLiteral(", q%1 INTEGER").arg(s);
    columns += QStringLiteral(", total INTEGER, band TEXT, reliability REAL, assurance REAL, tangibles REAL, "
                              "empathy REAL, responsiveness REAL");
    const QString script = dir.filePath(QStringLiteral("import.sql"));
    {
        QFile file(script);
        file.open(QIODevice::WriteOnly);
        file.write(QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nCREATE TABLE rows (%1);\n"
                                  ".import --csv --skip 1 %2 rows\n")
                       .arg(columns, csv)
                       .toUtf8());
    }
    const Measured sqliteImport = measure({QStringLiteral("sqlite3"), sqliteTarget}, QString(), script);
    report("sqlite3 .import", sqliteImport);
    report("rater-cli import",
           measure({cli, QStringLiteral("--db"), dir.filePath(QStringLiteral("imported.sqlite")),
                    QStringLiteral("import"), csv}),
           &sqliteImport);
    QFile::remove(dir.filePath(QStringLiteral("imported.sqlite")));
    const QString json = dir.filePath(QStringLiteral("e.json"));
    std::printf("import of the exported JSON (%.0f MiB) into a new database\n",
                double(QFileInfo(json).size()) / (1024.0 * 1024.0));
    report("rater-cli import",
           measure({cli, QStringLiteral("--db"), dir.filePath(QStringLiteral("imported.sqlite")),
                    QStringLiteral("import"), json}),
           &sqliteImport);
    QFile::remove(json);

    // Work that should cost the same at any size: the median of 7 runs on
    // this database beside the 100,000-assessment one.
    std::printf("\ncost that follows the work (median of 7; 100,000 assessments, then this database)\n");
    const auto compareSizes = [&](const char *what, const QStringList &words) {
        std::vector<double> large;
        std::vector<double> smaller;
        for (int run = 0; run < 7; ++run) {
            smaller.push_back(measure(QStringList{cli, QStringLiteral("--db"), small} + words).seconds);
            large.push_back(measure(rater(words)).seconds);
        }
        std::sort(large.begin(), large.end());
        std::sort(smaller.begin(), smaller.end());
        std::printf("%-34s %8.3f s %8.3f s   %5.2f x\n", what, smaller[3], large[3], large[3] / smaller[3]);
        std::fflush(stdout);
    };
    compareSizes("open (an unknown team's history)",
                 {QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Nobody")});
    compareSizes("workshop summary (50 participants)",
                 {QStringLiteral("workshop"), QStringLiteral("summary"), QStringLiteral("--id"), QStringLiteral("7")});
    compareSizes("report (50 participants)", {QStringLiteral("report"), QStringLiteral("--workshop"), QStringLiteral("7"),
                                              QStringLiteral("--out"), dir.filePath(QStringLiteral("r.pdf"))});
    compareSizes("one team's history", {QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Team 7")});
    compareSizes("compare one quarter", {QStringLiteral("compare"), QStringLiteral("--period"), QStringLiteral("Q2 2024")});
    return 0;
}
