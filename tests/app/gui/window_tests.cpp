#include "app_window.h"

#include "pages/resultspage.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

qint64 stored(const AppWindow &f)
{
    const auto all = f.window->database().assessments();
    REQUIRE(all.hasValue());
    return qint64(all->size());
}

} // namespace

TEST_CASE("A result is saved once, however often Save is asked for", "[gui][save]")
{
    AppWindow f;
    f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
    auto *saveAction = f.window->findChild<QAction *>(QStringLiteral("saveResult"));
    REQUIRE(saveAction);
    CHECK(saveAction->isEnabled());
    for (int press = 0; press < 3; ++press)
        QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(stored(f) == 1);
    CHECK_FALSE(saveAction->isEnabled());
    auto *saveButton = f.find<QPushButton>(QStringLiteral("saveButton"));
    CHECK_FALSE(saveButton->isEnabled());
    CHECK(saveButton->text() == QStringLiteral("Saved"));
    saveAction->trigger(); // a disabled action ignores this; saving again must not store either
    CHECK(f.window->saveResult());
    CHECK(stored(f) == 1);

    // The next result is a new one, and can be saved once in its turn.
    f.window->newQuiz();
    f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
    CHECK(saveAction->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(stored(f) == 2);
}

TEST_CASE("New Quiz asks before it throws away answers or an unsaved result", "[gui][save]")
{
    AppWindow f;
    QStringList asked;

    SECTION("nothing answered: no question")
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Cancel, &asked));
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        CHECK(asked.isEmpty());
    }

    SECTION("answers given so far: Cancel keeps them, Discard clears them")
    {
        f.quiz().row(1)->setFocus();
        for (int answer : {4, 2, 5})
            QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
        {
            const DialogAnswers answers(pressInBox(QMessageBox::Cancel, &asked));
            QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        }
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().contains(QStringLiteral("3 of 17 statements are answered")));
        CHECK(f.quiz().answeredCount() == 3);
        {
            const DialogAnswers answers(pressInBox(QMessageBox::Discard, &asked));
            QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        }
        CHECK(f.quiz().answeredCount() == 0);
        CHECK(stored(f) == 0);
    }

    SECTION("an unsaved result: Cancel keeps it, Save stores it once and starts anew")
    {
        f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
        {
            const DialogAnswers answers(pressInBox(QMessageBox::Cancel, &asked));
            QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        }
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().startsWith(QStringLiteral("Save this result first?")));
        CHECK(f.window->resultsPage()->isVisible());
        CHECK(stored(f) == 0);
        {
            const DialogAnswers answers(pressInBox(QMessageBox::Save, &asked));
            QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        }
        CHECK(stored(f) == 1);
        CHECK(f.quiz().isVisible());
        CHECK(f.quiz().answeredCount() == 0);
    }

    SECTION("an unsaved result: Discard leaves the database as it was")
    {
        f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
        const DialogAnswers answers(pressInBox(QMessageBox::Discard, &asked));
        f.find<QPushButton>(QStringLiteral("newQuizButton"))->click();
        CHECK(asked.size() == 1);
        CHECK(stored(f) == 0);
        CHECK(f.quiz().isVisible());
    }

    SECTION("a saved result: no question")
    {
        f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
        QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
        const DialogAnswers answers(pressInBox(QMessageBox::Cancel, &asked));
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        CHECK(asked.isEmpty());
        CHECK(f.quiz().isVisible());
    }

    SECTION("every statement answered but not yet seen: Save stores it")
    {
        f.answerQuiz(QStringLiteral("Front desk"), mixedAnswers);
        const DialogAnswers answers(pressInBox(QMessageBox::Save, &asked));
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        CHECK(asked.size() == 1);
        CHECK(stored(f) == 1);
        CHECK(f.quiz().answeredCount() == 0);
    }
}

TEST_CASE("Closing the window with an unsaved result asks first", "[gui][save]")
{
    AppWindow f;
    f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
    QStringList asked;
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Cancel, &asked));
        CHECK_FALSE(f.window->close());
    }
    CHECK(f.window->isVisible());
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Save, &asked));
        CHECK(f.window->close());
    }
    CHECK(asked.size() == 2);
    CHECK(stored(f) == 1);
}

TEST_CASE("Each result opens at its top", "[gui]")
{
    AppWindow f(Language::English, {}, QSize(1024, 700));
    f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
    auto *scroll = f.find<QScrollArea>(QStringLiteral("resultsScroll"));
    QScrollBar *bar = scroll->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    f.window->newQuiz();
    f.submitQuiz(QStringLiteral("Front desk"), mixedAnswers);
    CHECK(bar->value() == 0);
}
