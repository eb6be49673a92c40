// Times one team's history (10,000 assessments) read from an organisation
// store of 1,000,000 by `rater-cli history --db postgresql://…` against psql
// running the same grouped query, each as a whole program run on loopback,
// and prints the medians. Run it inside a throw-away cluster:
//
//   pg_virtualenv store_history_benchmark [TEAMS] [PER_TEAM] [RUNS]

#include "organisation/store.h"
#include "questionnaire/loader.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include "timing.h"

using bench::env;
using bench::psql;

namespace {

// 17 answers from 1 to 5 that vary with the row and the statement.
QString answersOf(const QString &row)
{
    QStringList answers;
    for (int s = 1; s <= 17; ++s)
        answers << QStringLiteral("1 + (%1 * %2 + %3) % 5").arg(row).arg(s * 7 + 3).arg(s);
    return QStringLiteral("ARRAY[%1]::smallint[]").arg(answers.join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (env("PGHOST").isEmpty()) {
        std::fprintf(stderr, "run inside pg_virtualenv: pg_virtualenv %s [TEAMS] [PER_TEAM] [RUNS]\n", argv[0]);
        return 2;
    }
    const QStringList args = QCoreApplication::arguments();
    const int teams = args.size() > 1 ? args.at(1).toInt() : 100;
    const int perTeam = args.size() > 2 ? args.at(2).toInt() : 10000;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 15;
    const QString store = QStringLiteral("history_bench");
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4").arg(env("PGUSER"), env("PGHOST"), env("PGPORT"), store);

    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(store));
    bench::timedRun(QStringLiteral(RATER_CLI_PATH), {QStringLiteral("org"), QStringLiteral("init"), QStringLiteral("--db"), url});
    psql(store, QStringLiteral("INSERT INTO rater.team (name) SELECT 'Team ' || lpad(i::text, 3, '0') "
                               "FROM generate_series(1, %1) i")
                    .arg(teams));
    // Three years of results, the teams' rows interleaved as laptops send them.
    psql(store, QStringLiteral("INSERT INTO rater.assessment (uuid, team_id, taken_on, questionnaire_id, "
                               "questionnaire_version, lang, answers) "
                               "SELECT gen_random_uuid(), 1 + n % %1, DATE '2023-01-01' + (n / %1) % 1096, 'rater', 1, "
                               "'en', %2 FROM generate_series(0, %3 - 1) n")
                    .arg(teams)
                    .arg(answersOf(QStringLiteral("n")))
                    .arg(qint64(teams) * perTeam));
    psql(store, QStringLiteral("VACUUM ANALYZE"));

    const auto questionnaire = rater::loadQuestionnaireFile(QStringLiteral(RATER_QUESTIONNAIRE_FILE));
    if (!questionnaire) {
        std::fprintf(stderr, "%s\n", qPrintable(questionnaire.error()));
        return 1;
    }
    QString query = rater::organisation::teamDaySumsQuery(*questionnaire).value();
    const QString team = QStringLiteral("Team 042");
    query.replace(query.indexOf(QLatin1Char('?')), 1, QStringLiteral("'%1'").arg(team));
    query.replace(query.indexOf(QLatin1Char('?')), 1, QStringLiteral("'rater'"));

    std::vector<double> rater;
    std::vector<double> plain;
    for (int run = 0; run < runs; ++run) {
        rater.push_back(bench::timedRun(QStringLiteral(RATER_CLI_PATH),
                                        {QStringLiteral("--db"), url, QStringLiteral("history"), QStringLiteral("--team"),
                                         team, QStringLiteral("--format"), QStringLiteral("json")}));
        plain.push_back(bench::timedRun(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-A"),
                                                                 QStringLiteral("-t"), QStringLiteral("-d"), store,
                                                                 QStringLiteral("-c"), query}));
    }
    QTextStream out(stdout);
    out << "store: " << qint64(teams) * perTeam << " assessments, " << teams << " teams; history of " << team << " ("
        << perTeam << " assessments), runs: " << runs << "\n";
    out << "rater-cli history: median " << QString::number(bench::median(rater), 'f', 1) << " ms\n";
    out << "psql, same query:  median " << QString::number(bench::median(plain), 'f', 1) << " ms\n";
    out << "ratio: " << QString::number(bench::median(rater) / bench::median(plain), 'f', 2) << " (target: at most 1.50)\n";
    return 0;
}
