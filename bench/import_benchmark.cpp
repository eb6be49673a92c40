// Times `rater-cli import` of a 100,000-row CSV file against the sqlite3
// command-line tool's own `.import` of the same rows into an equivalent
// table, each as a whole command from a fresh database, and prints the
// median of several runs.
//
//   import_benchmark [ROWS] [RUNS]

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include "generated_csv.h"
#include "timing.h"

#include <algorithm>
#include <cstdio>
#include <vector>


int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir dir;
    const QString csvPath = bench::writeCsv(dir.filePath(QStringLiteral("rows.csv")), rows);

    QByteArray columns = "team TEXT, respondent TEXT, workshop TEXT, date TEXT, lang TEXT";
    for (int s = 1; s <= 17; ++s)
        columns += ", q" + QByteArray::number(s) + " INTEGER";
    std::vector<double> rater;
    std::vector<double> sqlite;
    for (int run = 0; run < runs; ++run) {
        const QString raterDb = dir.filePath(QStringLiteral("rater-%1.sqlite").arg(run));
        rater.push_back(bench::timedRun(QStringLiteral(RATER_CLI_PATH),
                                        {QStringLiteral("--db"), raterDb, QStringLiteral("import"), csvPath}) / 1000);
        const QString sqliteDb = dir.filePath(QStringLiteral("sqlite-%1.sqlite").arg(run));
        const QByteArray script = "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nCREATE TABLE rows (" + columns
                                  + ");\n.import --csv --skip 1 " + csvPath.toUtf8() + " rows\n";
        sqlite.push_back(bench::timedRun(QStringLiteral("sqlite3"), {sqliteDb}, QProcessEnvironment::systemEnvironment(), script) / 1000);
    }
    QTextStream out(stdout);
    out << "rows: " << rows << ", runs: " << runs << "\n";
    out << "rater-cli import: median " << QString::number(bench::median(rater), 'f', 3) << " s\n";
    out << "sqlite3 .import:  median " << QString::number(bench::median(sqlite), 'f', 3) << " s\n";
    out << "ratio: " << QString::number(bench::median(rater) / bench::median(sqlite), 'f', 2) << " (target: at most 2.00)\n";
    return 0;
}
