// History at scale: builds (once) a database of one million assessments, 100
// teams of 10,000, then times for one team
//   - Rater's aggregate (read the team's answers, score them, group by quarter);
//   - the sqlite3 command-line tool running the equivalent grouped query on the
//     same file (its own ".timer" figure, and the whole command);
//   - the history view computing and drawing that team, offscreen.
//
//   history_benchmark [DATABASE] [RUNS]
//
// DATABASE defaults to a file in the temporary folder, kept between runs.

#include "history/history.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "questionnaire/loader.h"
#include "storage/database.h"
#include "views/historyview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include "timing.h"

#include <algorithm>
#include <random>

using namespace rater;

namespace {

void build(const QString &path, const Questionnaire &q)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    const Expected<qint64> stored = db.value()->assessments().count();
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    if (*stored >= 1000000)
        return;
    QTextStream(stdout) << "building " << path << " (one million assessments)…" << Qt::endl;
    std::mt19937 random(1);
    std::uniform_int_distribution<int> answer(1, 5);
    std::uniform_int_distribution<int> day(0, 5 * 365);
    for (int team = 0; team < 100; ++team) {
        std::vector<NewAssessment> batch;
        batch.reserve(10000);
        for (int i = 0; i < 10000; ++i) {
            NewAssessment a;
            a.team = QStringLiteral("Team %1").arg(team, 3, 10, QLatin1Char('0'));
            a.date = QDate(2021, 1, 1).addDays(day(random));
            a.lang = QStringLiteral("en");
            a.questionnaireId = q.id;
            a.questionnaireVersion = q.version;
            for (int s = 0; s < 17; ++s)
                a.answers.push_back(answer(random));
            batch.push_back(std::move(a));
        }
        if (!db.value()->assessments().recordAll(batch))
            qFatal("could not build the database");
    }
}

// The grouped query sqlite3 runs: per quarter, count, mean total, mean of the
// total's square (for the spread) and the five dimension means, all computed
// from the stored answers with the questionnaire's keying.
QString groupedQuery(const Questionnaire &q, const QString &team)
{
    const auto item = [&q](int number) {
        const QString digit = QStringLiteral("CAST(substr(answers, %1, 1) AS INTEGER)").arg(2 * number - 1);
        return q.statement(number)->keying == Keying::Reverse ? QStringLiteral("(6 - %1)").arg(digit) : digit;
    };
    QStringList total;
    for (const Statement &s : q.statements)
        total << item(s.number);
    QStringList columns{QStringLiteral("count(*)"), QStringLiteral("avg(%1)").arg(total.join(QLatin1Char('+'))),
                        QStringLiteral("avg((%1)*(%1))").arg(total.join(QLatin1Char('+')))};
    for (const Dimension &d : q.dimensions) {
        QStringList members;
        for (int n : d.statements)
            members << item(n);
        columns << QStringLiteral("avg((%1) / %2.0)").arg(members.join(QLatin1Char('+'))).arg(d.statements.size());
    }
    return QStringLiteral("SELECT substr(taken_on, 1, 4) AS y, (CAST(substr(taken_on, 6, 2) AS INTEGER) + 2) / 3 AS q, %1 "
                          "FROM assessment WHERE team_id = (SELECT id FROM team WHERE name = '%2') "
                          "GROUP BY y, q ORDER BY y, q;")
        .arg(columns.join(QStringLiteral(", ")), team);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString path = args.size() > 1 ? args.at(1) : QDir::temp().filePath(QStringLiteral("rater-history-bench.sqlite"));
    const int runs = args.size() > 2 ? args.at(2).toInt() : 9;
    const Questionnaire q = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    build(path, q);
    const QString team = QStringLiteral("Team 042");
    QTextStream out(stdout);

    auto db = Database::open(path);
    std::vector<double> rater;
    std::size_t periods = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto days = teamDaySums(db.value()->assessments(), team, q);
        periods = aggregateDays(days.value(), q, PeriodScheme{QCalendar(), PeriodKind::Quarter, 1}).size();
        rater.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::vector<double> sqliteQuery;
    std::vector<double> sqliteCommand;
    static const QRegularExpression realTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    const QByteArray script = ".timer on\n" + groupedQuery(q, team).toUtf8() + "\n";
    for (int run = 0; run < runs; ++run) {
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
        sqlite.write(script);
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        sqliteCommand.push_back(double(timer.nsecsElapsed()) / 1e6);
        const auto match = realTime.match(QString::fromUtf8(sqlite.readAllStandardOutput()));
        sqliteQuery.push_back(match.captured(1).toDouble() * 1000);
    }

    // The view: choose the team and draw the whole window, offscreen.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path()));
    gui::LanguageController language;
    gui::MainWindow window(std::move(db).value(), language);
    window.resize(1200, 900);
    window.show();
    window.showTab(1);
    QApplication::processEvents();
    std::vector<double> view;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qobject_cast<gui::HistoryView *>(window.historyView())->selectTeams({run % 2 ? QStringLiteral("Team 017") : team});
        window.grab(); // lays out and paints every widget
        view.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    out << "database: " << path << " (" << QFileInfo(path).size() / (1024 * 1024) << " MiB)\n";
    out << "team " << team << ": 10,000 assessments in " << periods << " quarters; median of " << runs << " runs\n";
    out << "Rater aggregate (read, score, group):  " << QString::number(bench::median(rater), 'f', 1) << " ms\n";
    out << "sqlite3 grouped query (.timer real):    " << QString::number(bench::median(sqliteQuery), 'f', 1) << " ms\n";
    out << "sqlite3 whole command:                  " << QString::number(bench::median(sqliteCommand), 'f', 1) << " ms\n";
    out << "ratio to the query: " << QString::number(bench::median(rater) / bench::median(sqliteQuery), 'f', 2)
        << " (target: at most 1.50)\n";
    out << "history view, compute and draw:         " << QString::number(bench::median(view), 'f', 1)
        << " ms (target: at most 200)\n";
    return 0;
}
