// Times `rater-cli sync` of ROWS results from a laptop's database into a
// fresh organisation store against psql's `\copy` of the same rows into an
// equivalent table (the store's assessment table's columns and indexes), on
// loopback, and prints the median of several runs. Run it inside a
// throw-away cluster:
//
//   pg_virtualenv sync_benchmark [ROWS] [RUNS]

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include "generated_csv.h"
#include "timing.h"

#include <vector>

using bench::env;
using bench::psql;

namespace {

QString storeUrl(const QString &database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(env("PGUSER"), env("PGHOST"), env("PGPORT"), database);
}

// The laptop's rows as the store keeps them, for \copy: uuid, team id,
// installation id, respondent, date, questionnaire, version, language,
// answers, recorded_at.
QByteArray copyRows(const QString &local)
{
    QByteArray rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("local"));
        db.setDatabaseName(local);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        QSqlQuery query(QStringLiteral("SELECT a.uuid, a.team_id, r.code, a.taken_on, a.questionnaire_id, "
                                       "a.questionnaire_version, a.lang, a.answers, a.recorded_at FROM assessment a "
                                       "LEFT JOIN respondent r ON r.id = a.respondent_id ORDER BY a.id"),
                        db);
        while (query.next()) {
            rows += QUuid::fromRfc4122(query.value(0).toByteArray()).toByteArray(QUuid::WithoutBraces) + '\t'
                + QByteArray::number(query.value(1).toLongLong() + 1000) + "\t1000\t" + query.value(2).toByteArray() + '\t'
                + query.value(3).toByteArray() + '\t' + query.value(4).toByteArray() + '\t'
                + query.value(5).toByteArray() + '\t' + query.value(6).toByteArray() + "\t{"
                + query.value(7).toByteArray() + "}\t" + query.value(8).toByteArray() + '\n';
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("local"));
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (env("PGHOST").isEmpty()) {
        std::fprintf(stderr, "run inside pg_virtualenv: pg_virtualenv %s [ROWS] [RUNS]\n", argv[0]);
        return 2;
    }
    const QStringList args = QCoreApplication::arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir dir;
    const QString csvPath = bench::writeCsv(dir.filePath(QStringLiteral("rows.csv")), rows);
    const QString laptop = dir.filePath(QStringLiteral("laptop.sqlite"));
    bench::timedRun(QStringLiteral(RATER_CLI_PATH), {QStringLiteral("--db"), laptop, QStringLiteral("import"), csvPath});
    const QString copyPath = dir.filePath(QStringLiteral("rows.tsv"));
    {
        QFile copy(copyPath);
        copy.open(QIODevice::WriteOnly);
        copy.write(copyRows(laptop));
    }

    std::vector<double> sync;
    std::vector<double> copy;
    for (int run = 0; run < runs; ++run) {
        const QString store = QStringLiteral("sync_%1").arg(run);
        psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(store));
        bench::timedRun(QStringLiteral(RATER_CLI_PATH),
                        {QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--db"), storeUrl(store)});
        const QString fresh = dir.filePath(QStringLiteral("laptop-%1.sqlite").arg(run));
        QFile::copy(laptop, fresh);
        sync.push_back(bench::timedRun(QStringLiteral(RATER_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--db"),
                                                                         fresh, QStringLiteral("--to"), storeUrl(store)})
                       / 1000);
        // The same rows into a table like the store's: its columns, defaults,
        // indexes and foreign keys (LIKE copies all but the keys).
        psql(store, QStringLiteral("CREATE TABLE copied (LIKE rater.assessment INCLUDING ALL, "
                                   "FOREIGN KEY (team_id) REFERENCES rater.team(id), "
                                   "FOREIGN KEY (origin_id) REFERENCES rater.installation(id), "
                                   "FOREIGN KEY (workshop_id) REFERENCES rater.workshop(id))"));
        psql(store, QStringLiteral("INSERT INTO rater.team (id, name) SELECT i, 'Copied ' || i FROM "
                                   "generate_series(1000, 1040) i"));
        psql(store, QStringLiteral("INSERT INTO rater.installation (id, uuid) VALUES (1000, gen_random_uuid())"));
        copy.push_back(bench::timedRun(QStringLiteral("psql"),
                                       {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), store,
                                        QStringLiteral("-c"),
                                        QStringLiteral("\\copy copied (uuid, team_id, origin_id, respondent, taken_on, "
                                                       "questionnaire_id, questionnaire_version, lang, answers, "
                                                       "recorded_at) FROM '%1'")
                                            .arg(copyPath)})
                       / 1000);
    }
    QTextStream out(stdout);
    out << "rows: " << rows << ", runs: " << runs << "\n";
    out << "rater-cli sync: median " << QString::number(bench::median(sync), 'f', 3) << " s\n";
    out << "psql \\copy:     median " << QString::number(bench::median(copy), 'f', 3) << " s\n";
    out << "ratio: " << QString::number(bench::median(sync) / bench::median(copy), 'f', 2)
        << " (target: at most 3.00)\n";
    return 0;
}
