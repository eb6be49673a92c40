#include "printing.h"
#include "rater_quiz.h"

#include "languagecontroller.h"
#include "mainwindow.h"
#include "pages/quizpage.h"
#include "pages/statementrow.h"
#include "workshop/groupview.h"
#include "workshop/workshopsview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QComboBox>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rater;
using namespace rater::gui;

namespace {

struct WorkshopWindow
{
    WorkshopWindow()
    {
        language.setLanguage(Language::English);
        auto database = Database::open(dir.filePath(QStringLiteral("w.sqlite")));
        REQUIRE(database.hasValue());
        workshopId = database.value()->createWorkshop({QStringLiteral("Service day"), QDate(2026, 3, 21),
                                                       QStringLiteral("Sara"), QStringLiteral("Front Desk"),
                                                       QStringLiteral("en")})
                         .value();
        window = std::make_unique<MainWindow>(std::move(database).value(), language);
        window->resize(1200, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showTab(3);
        view = qobject_cast<WorkshopsView *>(window->workshopsView());
        view->chooseWorkshop(workshopId);
    }

    QTemporaryDir dir;
    LanguageController language;
    std::unique_ptr<MainWindow> window;
    WorkshopsView *view = nullptr;
    qint64 workshopId = 0;
};

} // namespace

TEST_CASE("Pass the laptop: each participant sees only a thank-you, never an earlier participant's data", "[gui][workshop]")
{
    WorkshopWindow w;
    w.view->startPassTheLaptop();
    QuizPage *quiz = w.view->participantQuiz();
    REQUIRE(w.view->visiblePage() == quiz);
    CHECK_FALSE(quiz->findChild<QComboBox *>(QStringLiteral("team"))->isVisible()); // the team is fixed

    for (int participant = 0; participant < 3; ++participant) {
        INFO("participant " << participant);
        // Nothing of the previous participant is left on the quiz.
        CHECK(quiz->missingStatements().size() == 17);
        CHECK(quiz->findChild<QLineEdit *>(QStringLiteral("respondent"))->text().isEmpty());
        quiz->findChild<QLineEdit *>(QStringLiteral("respondent"))->setText(QStringLiteral("p%1").arg(participant));
        quiz->row(1)->setFocus();
        for (int s = 0; s < 17; ++s)
            QTest::keyClick(QApplication::focusWidget(), char('1' + (s + participant) % 5));
        QTest::keyClick(quiz->findChild<QPushButton *>(QStringLiteral("submit")), Qt::Key_Space);
        // Only the thanks: no total, no band, no answers anywhere visible.
        QWidget *page = w.view->visiblePage();
        CHECK(page->objectName() == QStringLiteral("thanksPage"));
        for (QLabel *label : page->findChildren<QLabel *>())
            CHECK_FALSE(label->text().contains(QRegularExpression(QStringLiteral("\\d"))));
        CHECK_FALSE(w.view->groupView()->isVisible());
        CHECK(w.window->resultsPage() == nullptr);
        // The draft of the participant's answers is gone too.
        const auto draft = w.window->database().draft(QStringLiteral("workshop-%1").arg(w.workshopId));
        CHECK((!draft || std::all_of(draft->answers.begin(), draft->answers.end(), [](int a) { return a == 0; })));
        QTest::keyClick(page->findChild<QPushButton *>(QStringLiteral("nextParticipant")), Qt::Key_Space);
        CHECK(w.view->visiblePage() == quiz);
    }
    REQUIRE(w.view->endPassTheLaptop(false));
    CHECK(w.view->visiblePage() == w.view->groupView());
    CHECK(w.view->groupView()->group().n == 3);
    CHECK_FALSE(w.view->groupView()->group().suppressed);
    const auto stored = w.window->database().assessments(QStringLiteral("Front Desk"));
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(0).workshopId == w.workshopId);
}

TEST_CASE("Paper entry flags an invalid form at once and stores all or nothing", "[gui][workshop]")
{
    WorkshopWindow w;
    w.view->showPaperEntry();
    QTableWidget *grid = w.view->paperGrid();
    REQUIRE(grid->rowCount() >= 10);
    grid->setItem(0, 0, new QTableWidgetItem(QStringLiteral("f1")));
    grid->setItem(0, 1, new QTableWidgetItem(QStringLiteral("41253412534125341")));
    grid->setItem(1, 1, new QTableWidgetItem(QStringLiteral("۳۳۳۳۳۳۳۳۳۳۳۳۳۳۳۳۳")));
    grid->setItem(2, 1, new QTableWidgetItem(QStringLiteral("3333333373333333")));
    CHECK(grid->item(0, 1)->toolTip().isEmpty());
    CHECK(grid->item(1, 1)->toolTip().isEmpty());
    CHECK_FALSE(grid->item(2, 1)->toolTip().isEmpty()); // sixteen answers, and a 7
    auto *save = w.view->findChild<QPushButton *>(QStringLiteral("paperSave"));
    CHECK_FALSE(save->isEnabled());
    CHECK(w.view->findChild<QLabel *>(QStringLiteral("paperStatus"))->text() == QStringLiteral("2 forms ready, 1 with a problem"));
    CHECK(w.view->savePaperEntries() == 0);
    CHECK(w.window->database().assessments()->empty());

    grid->item(2, 1)->setText(QStringLiteral("2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2"));
    CHECK(grid->item(2, 1)->toolTip().isEmpty());
    CHECK(save->isEnabled());
    CHECK(w.view->savePaperEntries() == 3);
    const auto stored = w.window->database().assessments();
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(0).respondent == QStringLiteral("f1"));
    CHECK(stored->at(0).answers == Answers{4, 1, 2, 5, 3, 4, 1, 2, 5, 3, 4, 1, 2, 5, 3, 4, 1});
    CHECK(stored->at(1).answers == Answers(17, 3));
    CHECK(w.view->groupView()->group().n == 3);
}

TEST_CASE("Participants' files import into the workshop, all or nothing; the threshold is a setting", "[gui][workshop]")
{
    WorkshopWindow w;
    const QString csv = w.dir.filePath(QStringLiteral("people.csv"));
    const auto write = [&csv](const QByteArray &rows) {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n" + rows);
    };
    write("X,a1,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\nX,a1,,2026-03-21,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    const Status refused = w.view->importFile(csv);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("respondent \"a1\" appears twice")));
    CHECK(w.window->database().assessments()->empty());

    write("X,a1,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\nX,a2,,2026-03-21,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    REQUIRE(w.view->importFile(csv).hasValue());
    CHECK(w.view->groupView()->group().n == 2);
    CHECK(w.view->groupView()->group().suppressed); // below the default of three
    w.view->setThreshold(2);
    CHECK_FALSE(w.view->groupView()->group().suppressed);
    w.view->setThreshold(1); // never below two
    CHECK(w.view->threshold() == 2);
    const QString png = w.dir.filePath(QStringLiteral("bars.png"));
    REQUIRE(w.view->groupView()->exportChartPng(png, true).hasValue());
    CHECK(QImage(png).height() == 1600);
}
