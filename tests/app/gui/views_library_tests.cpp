// The desktop app as it ships: this program holds the window, the quiz and the
// core, and loads the results page and the tabs from rater-views, as rater
// does. Signals, language and calendar changes, and saving must cross between
// the two as if they were one program.

#include "rater_quiz.h"

#include "history/demo.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "pages/quizpage.h"
#include "pages/statementrow.h"
#include "viewlibrary.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rater;
using namespace rater::gui;

TEST_CASE("Views loaded from rater-views follow the window's language, calendar and database", "[gui]")
{
    // Loaded here first, so that a failure shows its reason rather than the window's message box.
    const auto library = viewLibrary();
    INFO(library.error().toStdString());
    REQUIRE(library.hasValue());

    QTemporaryDir dir;
    LanguageController language;
    language.setLanguage(Language::English);
    auto database = Database::open(dir.filePath(QStringLiteral("split.sqlite")));
    REQUIRE(database.hasValue());
    REQUIRE(writeDemoData(*database.value(), raterQuiz(), QDate(2026, 11, 22)).hasValue());
    MainWindow window(std::move(database).value(), language);
    window.resize(1200, 900);
    window.showTab(1);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The History tab comes from the library: this program has no HistoryView of its own.
    RecordsView *history = window.historyView();
    REQUIRE(history);
    CHECK(QString::fromLatin1(history->metaObject()->className()) == QStringLiteral("rater::gui::HistoryView"));
    auto *table = history->findChild<QTableWidget *>(QStringLiteral("historyTotalTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() > 0);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Q1 2024"));

    // A calendar change reaches the view only through the controller's signal.
    QAction *jalali = window.findChild<QAction *>(QStringLiteral("calendar-%1").arg(int(CalendarChoice::Jalali)));
    REQUIRE(jalali);
    jalali->trigger();
    CHECK(table->item(0, 0)->text().contains(QStringLiteral("1402")));

    // A language change mirrors the view and changes its digits.
    QAction *persian = window.findChild<QAction *>(QStringLiteral("language-fa"));
    REQUIRE(persian);
    persian->trigger();
    QCoreApplication::processEvents();
    CHECK(history->layoutDirection() == Qt::RightToLeft);
    CHECK(table->item(0, 0)->text().contains(QStringLiteral("۱۴۰۲")));

    // The results page comes from the library too; its Save button reaches the window.
    window.showTab(0);
    QuizPage *quiz = window.quizPage();
    window.findChild<QComboBox *>(QStringLiteral("team"))->setCurrentText(QStringLiteral("Split Team"));
    quiz->row(1)->setFocus();
    for (int answer : {3, 4, 2, 5, 1, 3, 4, 2, 5, 1, 3, 4, 2, 5, 1, 3, 4})
        QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
    const std::size_t before = window.database().assessments()->size();
    QTest::keyClick(window.findChild<QPushButton *>(QStringLiteral("submit")), Qt::Key_Space);
    ResultsView *results = window.resultsPage();
    REQUIRE(results);
    CHECK(QString::fromLatin1(results->metaObject()->className()) == QStringLiteral("rater::gui::ResultsPage"));
    CHECK(results->isVisible());
    CHECK(results->answers().team == QStringLiteral("Split Team"));
    QTest::mouseClick(results->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    CHECK(window.database().assessments()->size() == before + 1);
    CHECK(window.database().teams().contains(QStringLiteral("Split Team")));
}
