#include "app_window.h"

#include "views/recordsview.h"

#include "history/demo.h"
#include "pages/resultspage.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "workshop/workshopsview.h"

#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

qint64 stored(const AppWindow &f)
{
    const auto all = f.window->database().assessments().list();
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

TEST_CASE("Every view shows the database as it is now, after changes from this window or another process",
          "[gui][follow]")
{
    AppWindow f(Language::English, [](Database &database) {
        REQUIRE(database
                    .workshops().create({QStringLiteral("Service day"), QDate::currentDate(), QStringLiteral("Sara"),
                                     QStringLiteral("Front Desk"), QStringLiteral("en")})
                    .hasValue());
    });
    f.window->showTab(1);
    auto *history = qobject_cast<HistoryView *>(f.window->historyView());
    REQUIRE(history);
    CHECK(history->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    f.window->showTab(2);
    auto *comparison = qobject_cast<ComparisonView *>(f.window->comparisonView());
    REQUIRE(comparison);
    CHECK(comparison->figures().empty());

    // A result saved from the quiz.
    f.window->showTab(0);
    f.submitQuiz(QStringLiteral("Front Desk"), mixedAnswers);
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    f.window->showTab(1);
    CHECK(history->findChild<QListWidget *>(QStringLiteral("historyTeams"))->count() == 1);
    CHECK(history->selectedTeams() == QStringList{QStringLiteral("Front Desk")});
    CHECK_FALSE(history->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    f.window->showTab(2);
    REQUIRE(comparison->figures().size() == 1);
    CHECK(comparison->figures().front().stats.total.n == 1);

    // Paper forms typed in the Workshops tab.
    f.window->showTab(3);
    auto *workshops = qobject_cast<WorkshopsView *>(f.window->workshopsView());
    REQUIRE(workshops);
    workshops->showPaperEntry();
    for (int row = 0; row < 3; ++row)
        workshops->paperGrid()->setItem(row, 1, new QTableWidgetItem(QStringLiteral("33333333333333333")));
    REQUIRE(workshops->savePaperEntries() == 3);
    f.window->showTab(2);
    REQUIRE(comparison->figures().size() == 1);
    CHECK(comparison->figures().front().stats.total.n == 4);

    // Another program records while the window stays on History.
    f.window->showTab(1);
    QProcess other;
    other.start(QStringLiteral(RATER_STORAGE_WORKER),
                {QStringLiteral("record"), f.databasePath(), QStringLiteral("2"), QStringLiteral("Night shift")});
    REQUIRE(other.waitForFinished(60000));
    REQUIRE(other.exitCode() == 0);
    auto *teams = history->findChild<QListWidget *>(QStringLiteral("historyTeams"));
    CHECK(QTest::qWaitFor([&] { return teams->count() == 2; }, 5000));
    CHECK(f.find<QComboBox>(QStringLiteral("team"))->findText(QStringLiteral("Night shift")) >= 0);
    f.window->showTab(2);
    CHECK(comparison->periods().size() == 2);
}

TEST_CASE("Every page fits a 1024×700 window in every language without growing it", "[gui][layout]")
{
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        INFO(languageCode(lang).toStdString());
        AppWindow f(lang, [](Database &database) { REQUIRE(writeDemoData(database, raterQuiz(), QDate(2026, 11, 22))); },
                    QSize(1024, 700));
        const QSize size = f.window->size();
        REQUIRE(size == QSize(1024, 700));
        const auto fits = [&](const char *page) {
            QTest::qWait(50);
            INFO(page << ": the window needs at least " << f.window->minimumSizeHint().width() << "×"
                      << f.window->minimumSizeHint().height());
            CHECK(f.window->size() == size);
            CHECK(f.window->minimumSizeHint().width() <= size.width());
            CHECK(f.window->minimumSizeHint().height() <= size.height());
        };
        fits("quiz");
        f.submitQuiz(QStringLiteral("Front Desk"), mixedAnswers);
        fits("results");
        for (int tab = 1; tab <= 3; ++tab) {
            f.window->showTab(tab);
            fits(tab == 1 ? "history" : tab == 2 ? "comparison" : "workshops");
        }
        auto *history = qobject_cast<HistoryView *>(f.window->historyView());
        history->setPeriodKind(PeriodKind::Month);
        f.window->showTab(1);
        fits("history by month");
        auto *workshops = qobject_cast<WorkshopsView *>(f.window->workshopsView());
        f.window->showTab(3);
        workshops->showPaperEntry();
        fits("paper entry");
        {
            const DialogAnswers answers(facilitator(QStringLiteral("2468")));
            REQUIRE(workshops->startPassTheLaptop());
        }
        fits("pass the laptop");
        REQUIRE(workshops->endPassTheLaptop(false));
        f.window->showTab(4);
        fits("records");
        f.window->recordsView()->showBin(true);
        fits("bin");
    }
}

namespace {

// The letter after a lone '&' in `text`, lower-cased; empty when there is none.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QString();
}

// Each mnemonic among `texts` that is used more than once.
QStringList repeated(const QStringList &texts)
{
    QMap<QString, QStringList> users;
    for (const QString &text : texts) {
        if (const QString letter = mnemonic(text); !letter.isEmpty())
            users[letter] << text;
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it->size() > 1)
            clashes << it->join(QStringLiteral(" / "));
    }
    return clashes;
}

} // namespace

TEST_CASE("No mnemonic repeats within a menu, nor among the menu bar and a page's controls", "[gui][layout]")
{
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        INFO(languageCode(lang).toStdString());
        AppWindow f(lang, [](Database &database) { REQUIRE(writeDemoData(database, raterQuiz(), QDate(2026, 11, 22))); },
                    QSize(1024, 700));
        QStringList bar;
        for (QAction *action : f.window->menuBar()->actions())
            bar << action->text();
        for (QMenu *menu : f.window->findChildren<QMenu *>()) {
            emit menu->aboutToShow(); // menus filled when shown
            QStringList items;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    items << action->text();
            }
            INFO("menu " << menu->title().toStdString());
            CHECK(repeated(items) == QStringList());
        }
        // Each page with the menu bar: what Alt and a letter can reach at once.
        const auto page = [&](const char *name) {
            QStringList texts = bar;
            for (QAbstractButton *button : f.window->findChildren<QAbstractButton *>()) {
                if (button->isVisibleTo(f.window.get()) && button->isEnabled())
                    texts << button->text();
            }
            for (QLabel *label : f.window->findChildren<QLabel *>()) {
                if (label->buddy() && label->isVisibleTo(f.window.get()))
                    texts << label->text();
            }
            INFO("page " << name);
            CHECK(repeated(texts) == QStringList());
        };
        page("quiz");
        f.submitQuiz(QStringLiteral("Front Desk"), mixedAnswers);
        page("results");
        f.window->showTab(1);
        page("history");
        f.window->showTab(2);
        page("comparison");
        f.window->showTab(3);
        page("workshops");
        qobject_cast<WorkshopsView *>(f.window->workshopsView())->showPaperEntry();
        page("paper entry");
        f.window->showTab(4);
        RecordsView *records = f.window->recordsView();
        records->selectIds({records->model()->idAt(0)});
        page("records");
        records->showBin(true);
        page("bin");
    }
}
