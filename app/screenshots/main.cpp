// Renders the quiz and results pages, and the PDF report, in English, Arabic
// and Persian, for the README and for checking right-to-left by eye.
//
//   rater-screenshots OUTPUT_FOLDER
//
// Runs offscreen; uses a throwaway database and settings.

#include "history/demo.h"
#include "languagecontroller.h"
#include "questionnaire/loader.h"
#include "settings/identity.h"
#include "views/historyview.h"
#include "workshop/groupview.h"
#include "workshop/workshopsview.h"

#include <QTableWidget>
#include "mainwindow.h"
#include "pages/quizpage.h"
#include "pages/resultspage.h"
#include "pages/statementrow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

using namespace rater;
using namespace rater::gui;

int main(int argc, char *argv[])
{
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(scratch.filePath(QStringLiteral("config"))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    nameApplication();
    if (argc < 2) {
        qWarning("usage: rater-screenshots OUTPUT_FOLDER");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());

    // A mid-band result with clear strengths and weaknesses.
    const std::vector<int> answers{2, 4, 3, 4, 2, 3, 3, 2, 4, 3, 4, 3, 4, 4, 3, 3, 4};
    LanguageController language;
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        language.setLanguage(lang);
        const QString code = languageCode(lang);
        auto database = Database::open(scratch.filePath(code + QStringLiteral(".sqlite")));
        if (!database) {
            qWarning("%s", qPrintable(database.error()));
            return 1;
        }
        MainWindow window(std::move(database).value(), language);
        window.resize(1100, 820);
        window.show();
        QTest::qWait(50);
        QuizPage *quiz = window.quizPage();
        quiz->findChild<QComboBox *>(QStringLiteral("team"))->setCurrentText(
            lang == Language::English ? QStringLiteral("Customer Care") : lang == Language::Arabic
                                                                            ? QStringLiteral("خدمة العملاء")
                                                                            : QStringLiteral("پشتیبانی مشتریان"));
        quiz->row(1)->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(QApplication::focusWidget(), char('0' + answers[std::size_t(i)]));
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("quiz-%1.png").arg(code)));

        for (std::size_t i = 6; i < answers.size(); ++i)
            QTest::keyClick(QApplication::focusWidget(), char('0' + answers[i]));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("results-%1.png").arg(code)));
        auto *content = window.resultsPage()->findChild<QWidget *>(QStringLiteral("resultsContent"));
        content->grab().save(out.filePath(QStringLiteral("results-full-%1.png").arg(code)));
        window.exportPdf(out.filePath(QStringLiteral("result-%1.pdf").arg(code)));

        // History and comparison, on demo data.
        auto demo = Database::open(scratch.filePath(QStringLiteral("demo-%1.sqlite").arg(code)));
        if (!demo) {
            qWarning("%s", qPrintable(demo.error()));
            return 1;
        }
        if (demo.value()->assessmentCount() == 0)
            writeDemoData(*demo.value(), *loadBuiltInQuestionnaire(QStringLiteral("rater")), QDate(2026, 11, 22));
        MainWindow manager(std::move(demo).value(), language);
        manager.resize(1200, 900);
        manager.show();
        manager.showTab(1);
        qobject_cast<HistoryView *>(manager.historyView())->selectTeams({QStringLiteral("Front Desk"), QStringLiteral("Field Service")});
        QTest::qWait(50);
        manager.grab().save(out.filePath(QStringLiteral("history-%1.png").arg(code)));
        qobject_cast<HistoryView *>(manager.historyView())->exportPdf(out.filePath(QStringLiteral("history-%1.pdf").arg(code)));
        manager.showTab(2);
        QTest::qWait(50);
        manager.grab().save(out.filePath(QStringLiteral("comparison-%1.png").arg(code)));

        // The Workshops tab: paper entry with one form still wrong, and the thanks between participants.
        manager.showTab(3);
        auto *workshops = qobject_cast<WorkshopsView *>(manager.workshopsView());
        workshops->showPaperEntry();
        workshops->paperGrid()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("f-01")));
        workshops->paperGrid()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("41253412534125341")));
        workshops->paperGrid()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("f-02")));
        workshops->paperGrid()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("3333373333")));
        QTest::qWait(50);
        manager.grab().save(out.filePath(QStringLiteral("paper-entry-%1.png").arg(code)));

        // A workshop's group view and report: everyone in the newest quarter.
        std::vector<Answers> people;
        const auto rows = manager.database().answersBetween(QDate(2026, 10, 1), QDate(2026, 12, 31));
        for (const auto &[team, dated] : *rows)
            people.push_back(dated.second);
        const Questionnaire q = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
        GroupView group(q, language);
        group.resize(1400, 900);
        group.setGroup(lang == Language::English ? QStringLiteral("Service recovery workshop")
                       : lang == Language::Arabic ? QStringLiteral("ورشة استعادة ثقة العملاء")
                                                  : QStringLiteral("کارگاه جبران خدمت"),
                       QDate(2026, 11, 22), summarizeGroup(q, people, 3), 3);
        group.show();
        QTest::qWait(50);
        group.grab().save(out.filePath(QStringLiteral("group-%1.png").arg(code)));
        group.writeReport(out.filePath(QStringLiteral("workshop-%1.pdf").arg(code)));
    }
    return 0;
}
