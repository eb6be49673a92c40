#include "app_window.h"

#include "workshop/groupview.h"
#include "workshop/workshopsview.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

// The app on the Workshops tab, with one workshop for the Front Desk chosen.
struct WorkshopWindow : AppWindow
{
    explicit WorkshopWindow(Language lang = Language::English)
        : AppWindow(lang,
                    [](Database &database) {
                        REQUIRE(database
                                    .workshops().create({QStringLiteral("Service day"), QDate(2026, 3, 21),
                                                     QStringLiteral("Sara"), QStringLiteral("Front Desk"),
                                                     QStringLiteral("en")})
                                    .hasValue());
                    },
                    QSize(1200, 900))
    {
        workshopId = window->database().workshops().all().value().front().id;
        window->showTab(3);
        view = qobject_cast<WorkshopsView *>(window->workshopsView());
        REQUIRE(view);
        view->chooseWorkshop(workshopId);
    }

    void startPassTheLaptop(const QString &passphrase = QStringLiteral("2468")) const
    {
        const DialogAnswers answers(facilitator(passphrase));
        REQUIRE(view->startPassTheLaptop());
    }

    WorkshopsView *view = nullptr;
    qint64 workshopId = 0;
};

void writeParticipants(const QString &path, const QByteArray &rows)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n" + rows);
}

} // namespace

TEST_CASE("Pass the laptop: each participant sees only a thank-you, never an earlier participant's data", "[gui][workshop]")
{
    WorkshopWindow w;
    w.startPassTheLaptop();
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
        const auto draft = w.window->database().drafts().load(QStringLiteral("workshop-%1").arg(w.workshopId));
        REQUIRE(draft.hasValue());
        CHECK((!draft.value() || std::none_of(draft.value()->answers.begin(), draft.value()->answers.end(),
                                              [](std::optional<int> a) { return a.has_value(); })));
        QTest::keyClick(page->findChild<QPushButton *>(QStringLiteral("nextParticipant")), Qt::Key_Space);
        CHECK(w.view->visiblePage() == quiz);
    }
    REQUIRE(w.view->endPassTheLaptop(false));
    CHECK(w.view->visiblePage() == w.view->groupView());
    CHECK(w.view->groupView()->group().n == 3);
    CHECK_FALSE(w.view->groupView()->group().suppressed);
    const auto stored = w.window->database().assessments().list(QStringLiteral("Front Desk"));
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(0).workshopId == w.workshopId);
}

TEST_CASE("Pass the laptop locks the rest of the app until the facilitator's passphrase is given", "[gui][workshop]")
{
    WorkshopWindow w;
    auto *tabs = w.find<QTabWidget>(QStringLiteral("mainTabs"));

    SECTION("cancelling the passphrase does not start the mode")
    {
        const DialogAnswers answers([](QDialog &) { return int(QDialog::Rejected); });
        CHECK_FALSE(w.view->startPassTheLaptop());
        CHECK_FALSE(w.view->inPassTheLaptop());
        CHECK(w.window->menuBar()->isEnabled());
    }

    SECTION("while locked, only the quiz and the next participant can be reached")
    {
        w.startPassTheLaptop(QStringLiteral("owl-42"));
        CHECK(w.view->inPassTheLaptop());
        // No other tab, by mouse, by shortcut or by Ctrl+Tab.
        QTest::keyClick(w.window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::keyClick(w.window.get(), Qt::Key_Tab, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == 3);
        for (int i = 0; i < 3; ++i)
            CHECK_FALSE(tabs->isTabEnabled(i));
        w.window->showTab(1);
        CHECK(tabs->currentIndex() == 3);
        // No menu, and no action's shortcut.
        CHECK_FALSE(w.window->menuBar()->isEnabled());
        for (QAction *action : w.window->findChildren<QAction *>()) {
            if (!action->menu() && !action->shortcut().isEmpty())
                CHECK_FALSE(action->isEnabled());
        }
        QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(w.window.get(), Qt::Key_O, Qt::ControlModifier);
        CHECK(w.view->visiblePage() == w.view->participantQuiz());
        // Nothing of the workshop's controls but the facilitator's way out.
        for (const char *name : {"workshopChoice", "newWorkshop", "showGroup", "passTheLaptop", "paperEntry",
                                 "importParticipants"}) {
            auto *control = w.find<QWidget>(QLatin1String(name));
            INFO(name);
            CHECK_FALSE((control->isVisible() && control->isEnabled()));
        }
        CHECK(w.find<QPushButton>(QStringLiteral("endPassTheLaptop"))->isVisible());

        // Closing the window needs the passphrase too.
        {
            const DialogAnswers answers([](QDialog &) { return int(QDialog::Rejected); });
            CHECK_FALSE(w.window->close());
        }
        CHECK(w.window->isVisible());

        // A wrong passphrase is refused; the mode goes on.
        QStringList seen;
        {
            const DialogAnswers answers(facilitator(QStringLiteral("guess"), &seen));
            CHECK_FALSE(w.view->endPassTheLaptop());
        }
        CHECK(seen.contains(QStringLiteral("That is not the passphrase chosen when the mode started.")));
        CHECK(w.view->inPassTheLaptop());
        CHECK_FALSE(w.window->menuBar()->isEnabled());

        // Enter in the dialog means Cancel: a participant cannot end it by pressing on.
        {
            const DialogAnswers answers([](QDialog &dialog) {
                auto *buttons = dialog.findChild<QDialogButtonBox *>();
                REQUIRE(buttons);
                QPushButton *byDefault = nullptr;
                for (QAbstractButton *b : buttons->buttons()) {
                    if (auto *push = qobject_cast<QPushButton *>(b); push && push->isDefault())
                        byDefault = push;
                }
                REQUIRE(byDefault);
                CHECK(buttons->buttonRole(byDefault) == QDialogButtonBox::RejectRole);
                byDefault->click();
                return dialog.result();
            });
            w.find<QPushButton>(QStringLiteral("endPassTheLaptop"))->click();
        }
        CHECK(w.view->inPassTheLaptop());

        // The facilitator's passphrase ends it, and everything works again.
        {
            const DialogAnswers answers(facilitator(QStringLiteral("owl-42")));
            w.find<QPushButton>(QStringLiteral("endPassTheLaptop"))->click();
        }
        CHECK_FALSE(w.view->inPassTheLaptop());
        CHECK(w.window->menuBar()->isEnabled());
        CHECK(tabs->isTabEnabled(1));
        QTest::keyClick(w.window.get(), Qt::Key_2, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == 1);
        CHECK(w.window->findChild<QAction *>(QStringLiteral("newQuiz"))->isEnabled());
        CHECK(w.window->findChild<QAction *>(QStringLiteral("openDatabase"))->isEnabled());
        CHECK_FALSE(w.window->findChild<QAction *>(QStringLiteral("saveResult"))->isEnabled()); // no result shown
    }
}

TEST_CASE("Paper entry names each problem in view and stores all or nothing", "[gui][workshop]")
{
    WorkshopWindow w;
    w.view->showPaperEntry();
    QTableWidget *grid = w.view->paperGrid();
    REQUIRE(grid->rowCount() >= 10);
    grid->setItem(0, 0, new QTableWidgetItem(QStringLiteral("f1")));
    grid->setItem(0, 1, new QTableWidgetItem(QStringLiteral("41253412534125341")));
    grid->setItem(1, 1, new QTableWidgetItem(QStringLiteral("۳۳۳۳۳۳۳۳۳۳۳۳۳۳۳۳۳")));
    grid->setItem(2, 1, new QTableWidgetItem(QStringLiteral("3333333373333333")));
    grid->setItem(3, 1, new QTableWidgetItem(QStringLiteral("33333x33333333333")));
    auto *problems = w.find<QLabel>(QStringLiteral("paperProblems"));
    CHECK(problems->isVisible());
    // The reasons are on the page, for keyboard users too, in the words of typing digits.
    CHECK(problems->text()
          == QStringLiteral("Row 3: 16 answers typed; a form has 17, one digit each\n"
                            "Row 4: \"x\" is not a digit; type one digit for each answer"));
    CHECK_FALSE(problems->text().contains(QStringLiteral("comma")));
    auto *save = w.find<QPushButton>(QStringLiteral("paperSave"));
    CHECK_FALSE(save->isEnabled());
    CHECK(w.find<QLabel>(QStringLiteral("paperStatus"))->text() == QStringLiteral("Forms ready: 2  ·  with a problem: 2"));
    CHECK(w.view->savePaperEntries() == 0);
    CHECK(w.window->database().assessments().list()->empty());

    grid->item(2, 1)->setText(QStringLiteral("33333333733333333"));
    CHECK(problems->text() == QStringLiteral("Row 3: answer 9 of 17 is 7; answers run from 1 to 5\n"
                                             "Row 4: \"x\" is not a digit; type one digit for each answer"));
    grid->item(2, 1)->setText(QStringLiteral("2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2"));
    grid->item(3, 1)->setText(QString());
    CHECK_FALSE(problems->isVisible());
    CHECK(w.find<QLabel>(QStringLiteral("paperStatus"))->text() == QStringLiteral("Forms ready: 3  ·  with a problem: 0"));
    CHECK(save->isEnabled());
    CHECK(w.view->savePaperEntries() == 3);
    const auto stored = w.window->database().assessments().list();
    REQUIRE(stored->size() == 3);
    CHECK(stored->at(0).respondent == QStringLiteral("f1"));
    CHECK(stored->at(0).answers == Answers{4, 1, 2, 5, 3, 4, 1, 2, 5, 3, 4, 1, 2, 5, 3, 4, 1});
    CHECK(stored->at(1).answers == Answers(17, 3));
    CHECK(w.view->groupView()->group().n == 3);
}

TEST_CASE("Paper entry and the workshop list speak the language's digits and calendar", "[gui][workshop]")
{
    WorkshopWindow w(Language::Persian);
    // The workshop's date in the Solar Hijri calendar and Persian digits: 2026-03-21 is 1 Farvardin 1405.
    const QString choice = w.find<QComboBox>(QStringLiteral("workshopChoice"))->currentText();
    CHECK(choice.contains(QStringLiteral("۱ فروردین ۱۴۰۵")));
    CHECK_FALSE(choice.contains(QRegularExpression(QStringLiteral("[0-9]"))));
    w.view->showPaperEntry();
    QTableWidget *grid = w.view->paperGrid();
    CHECK(grid->verticalHeaderItem(0)->text() == QStringLiteral("۱"));
    CHECK(grid->verticalHeaderItem(9)->text() == QStringLiteral("۱۰"));
    grid->setItem(0, 1, new QTableWidgetItem(QStringLiteral("12345")));
    CHECK(w.find<QLabel>(QStringLiteral("paperProblems"))->text().startsWith(QStringLiteral("ردیف ۱:")));
    // Counts set apart by a separator that cannot be read as a zero (۰).
    const QString status = w.find<QLabel>(QStringLiteral("paperStatus"))->text();
    INFO(status.toStdString());
    CHECK_FALSE(status.contains(QChar(0x00B7)));
    CHECK(status.contains(QStringLiteral("۰ ؛ ")));
    w.switchTo(Language::Arabic);
    CHECK(grid->verticalHeaderItem(1)->text() == QStringLiteral("٢"));
}

TEST_CASE("Participants' files import into the workshop, all or nothing, and say where they went", "[gui][workshop]")
{
    WorkshopWindow w;
    const QString csv = w.dir.filePath(QStringLiteral("people.csv"));
    writeParticipants(csv, "X,a1,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                           "X,a1,,2026-03-21,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    const Status refused = w.view->importFile(csv);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("respondent \"a1\" appears twice")));
    CHECK(w.window->database().assessments().list()->empty());

    // A file naming another team: the person is asked, and told where the participants went.
    writeParticipants(csv, "Support,a1,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                           "Front Desk,a2,,2026-03-21,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    QStringList asked;
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Cancel, &asked));
        const Status cancelled = w.view->importFile(csv);
        CHECK_FALSE(cancelled.hasValue());
    }
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(QStringLiteral("Front Desk")));
    CHECK(asked.first().contains(QStringLiteral("Support")));
    CHECK(w.window->database().assessments().list()->empty());
    asked.clear();
    {
        const DialogAnswers answers([&asked](QDialog &dialog) {
            auto *box = qobject_cast<QMessageBox *>(&dialog);
            REQUIRE(box);
            asked << box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(box->button(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok)->click();
            return box->result();
        });
        REQUIRE(w.view->importFile(csv).hasValue());
    }
    REQUIRE(asked.size() == 2);
    CHECK(asked.at(1).contains(QStringLiteral("Participants imported into the workshop “\u2068Service day\u2069”: 2.")));
    CHECK(asked.at(1).contains(QStringLiteral("under the team “\u2068Front Desk\u2069”")));
    CHECK(w.window->database().assessments().list(QStringLiteral("Front Desk"))->size() == 2);
    CHECK(w.window->database().assessments().list(QStringLiteral("Support"))->empty());

    CHECK(w.view->groupView()->group().n == 2);
    CHECK(w.view->groupView()->group().suppressed); // below the default of three
    w.view->setThreshold(2);
    CHECK_FALSE(w.view->groupView()->group().suppressed);
    w.view->setThreshold(1); // never below two
    CHECK(w.view->threshold() == 2);
    const QString png = w.dir.filePath(QStringLiteral("bars.png"));
    REQUIRE(w.view->groupView()->exportChartPng(png, true).hasValue());
    CHECK(QImage(png).height() > 1600); // 800 points at twice the size, and the key below
}
