// Times the Comparison tab on a large database, offscreen, in both of
// generated_database.h's layouts:
//
// - building the tab: its first show, which lists the periods that hold data
//   and computes and draws the newest one, right after the database was
//   opened (while the window checks it in the background) and once that
//   check has ended;
// - a Save: another connection records one assessment into the period on
//   show, and the window catches up (recomputes and draws), once for the
//   newest period and once for a full quarter, Q2 2024.
//
//   comparison_benchmark [ASSESSMENTS] [RUNS]

#include "generated_database.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "views/comparisonview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include "timing.h"

using namespace rater;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

NewAssessment oneMore(const QDate &date)
{
    NewAssessment a;
    a.team = QStringLiteral("Team 1");
    a.date = date;
    a.lang = QStringLiteral("en");
    a.questionnaireId = QStringLiteral("rater");
    a.questionnaireVersion = 1;
    a.answers = Answers(17, 4);
    return a;
}

void measure(const QString &path, int runs, gui::LanguageController &language)
{
    for (const bool checked : {false, true}) {
        std::vector<double> build;
        for (int run = 0; run < runs; ++run) {
            gui::MainWindow window(Database::open(path).value(), language);
            window.resize(1200, 900);
            window.show();
            window.grab();
            if (checked)
                window.waitForChecks();
            QElapsedTimer timer;
            timer.start();
            window.showTab(2);
            window.grab(); // lays out and paints every widget
            build.push_back(msSince(timer));
        }
        std::printf("  build the tab, %-20s %8.1f ms\n", checked ? "after the check" : "during the check",
                    bench::median(build));
    }

    gui::MainWindow window(Database::open(path).value(), language);
    window.resize(1200, 900);
    window.show();
    window.showTab(2);
    window.grab();
    window.waitForChecks();
    auto *period = window.comparisonView()->findChild<QComboBox *>(QStringLiteral("comparisonPeriod"));
    auto writer = Database::open(path).value();
    const auto saves = [&](const char *what, const QDate &date) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            if (!writer->assessments().record(oneMore(date)))
                std::exit(1);
            QElapsedTimer timer;
            timer.start();
            window.catchUp();
            window.grab();
            times.push_back(msSince(timer));
        }
        std::printf("  a Save, %-26s %8.1f ms (%s)\n", what, bench::median(times), qPrintable(period->currentText()));
    };
    saves("newest period on show", QDate(2026, 10, 30));
    period->setCurrentIndex(period->findText(QStringLiteral("Q2 2024")));
    saves("Q2 2024 on show", QDate(2024, 5, 15));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 5000000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 7;
    QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    gui::LanguageController language(nullptr, false);
    language.setLanguage(Language::English);
    for (const auto &[layout, name] : {std::pair(bench::Layout::DateOrder, "in date order"),
                                       std::pair(bench::Layout::Interleaved, "interleaved")}) {
        const QString path = dir.filePath(QStringLiteral("%1.sqlite").arg(int(layout)));
        if (!bench::buildDatabase(path, count, layout))
            return 1;
        std::printf("%lld assessments %s (%.0f MiB), median of %d runs\n", static_cast<long long>(count), name,
                    double(QFileInfo(path).size()) / (1024.0 * 1024.0), runs);
        std::fflush(stdout);
        measure(path, runs, language);
        QFile::remove(path);
    }
    return 0;
}
