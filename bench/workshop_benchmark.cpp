// A 200-participant workshop: times the group view computing and drawing its
// figures, offscreen, and the PDF report being written.
//
//   workshop_benchmark [RUNS]

#include "languagecontroller.h"
#include "questionnaire/loader.h"
#include "workshop/groupsummary.h"
#include "workshop/groupview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "timing.h"

#include <random>

using namespace rater;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 9;
    const Questionnaire q = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    std::mt19937 random(200);
    std::uniform_int_distribution<int> answer(1, 5);
    std::vector<Answers> people(200);
    for (Answers &a : people) {
        for (int s = 0; s < 17; ++s)
            a.push_back(answer(random));
    }
    gui::LanguageController language(nullptr, false);
    gui::GroupView view(q, language);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();
    QTemporaryDir dir;
    std::vector<double> draw;
    std::vector<double> report;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        view.setGroup(QStringLiteral("Two hundred"), QDate(2026, 3, 21), summarizeGroup(q, people, 3), 3);
        view.grab(); // lays out and paints the whole view
        draw.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        if (!view.writeReport(dir.filePath(QStringLiteral("report.pdf"))))
            return 1;
        report.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QTextStream out(stdout);
    out << "200 participants, median of " << runs << " runs\n";
    out << "group view, compute and draw: " << QString::number(bench::median(draw), 'f', 1) << " ms (target: at most 200)\n";
    out << "PDF report:                   " << QString::number(bench::median(report), 'f', 1) << " ms (target: at most 1000)\n";
    return 0;
}
