// Actions in the desktop app, on a real database: planned from a saved
// result's tips, shown before the team's next quiz, marked done in the
// Actions tab.

#include "app_window.h"

#include "actions/actionsview.h"
#include "actions/editactiondialog.h"
#include "actions/planactionsdialog.h"
#include "views/historyview.h"

#include <QChart>
#include <QChartView>
#include <QScatterSeries>

#include <QCheckBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace testing;
using rater::Action;

namespace {

std::vector<Action> storedActions(const rater::gui::MainWindow &window)
{
    std::vector<Action> actions;
    REQUIRE(window.database()
                .actions()
                .forEach({},
                         [&actions](const Action &a) -> rater::Status {
                             actions.push_back(a);
                             return rater::Done{};
                         })
                .hasValue());
    return actions;
}

// A database with one result of Front Desk, on 10 February 2026, and `action`.
std::function<void(rater::Database &)> withAction(const rater::NewAction &action)
{
    return [action](rater::Database &db) {
        const rater::NewAssessment n = rater::assessmentOf(
            {QStringLiteral("Front Desk"), QString(), QDate(2026, 2, 10), rater::Answers(17, 3)}, raterQuiz(),
            QStringLiteral("en"));
        REQUIRE(db.assessments().record(n).hasValue());
        REQUIRE(db.actions().add(action).hasValue());
    };
}

} // namespace

TEST_CASE("A team lead plans two actions from a saved result's tips, sees them at the next quiz and marks one done",
          "[gui][actions]")
{
    AppWindow f;
    f.submitQuiz(QStringLiteral("Front Desk"), mixedAnswers);
    auto *plan = f.find<QPushButton>(QStringLiteral("planActionsButton"));
    // Not before the result is saved: the actions belong to its team.
    CHECK_FALSE(plan->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(plan->isEnabled());

    QStringList offered;
    QString firstTip;
    {
        DialogAnswers answers([&](QDialog &dialog) {
            auto *planning = qobject_cast<rater::gui::PlanActionsDialog *>(&dialog);
            REQUIRE(planning);
            REQUIRE(planning->tipBoxes().size() >= 2);
            for (QLineEdit *text : planning->tipTexts())
                offered << text->text();
            firstTip = planning->tipTexts().at(0)->text();
            // A key pressed in a tip reached with Tab adds to it, never wipes it.
            dialog.show();
            dialog.activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(&dialog));
            QTest::qWait(100);
            const QString third = planning->tipTexts().at(2)->text();
            planning->tipTexts().at(2)->setFocus(Qt::TabFocusReason);
            REQUIRE(QApplication::focusWidget() == planning->tipTexts().at(2));
            QTest::qWait(50);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            CHECK(planning->tipTexts().at(2)->text() == third + QLatin1Char(' '));
            CHECK(planning->tipBoxes().at(2)->isChecked()); // reworded: taken on
            planning->tipBoxes().at(2)->click();
            planning->tipTexts().at(2)->setText(third);
            // One tip as it is, one reworded (which ticks it), and the owner.
            planning->tipBoxes().at(0)->click();
            QLineEdit *second = planning->tipTexts().at(1);
            second->selectAll();
            QTest::keyClicks(second, QStringLiteral("Listen first, then answer"));
            CHECK(planning->tipBoxes().at(1)->isChecked());
            QTest::keyClicks(planning->owner(), QStringLiteral("Sara"));
            dialog.findChild<QPushButton *>(QStringLiteral("addActions"))->click();
            return dialog.result();
        });
        QTest::mouseClick(plan, Qt::LeftButton);
    }
    // The two weakest dimensions' tips, from the questionnaire file.
    const rater::Score score = f.window->resultsPage()->score();
    const auto weakest = rater::weakestFirst(score);
    const rater::Dimension *weakestDimension = raterQuiz().dimension(weakest.front().id);
    CHECK(offered.first() == raterQuiz().tr(weakestDimension->tips.front(), QStringLiteral("en")));
    std::vector<Action> stored = storedActions(*f.window);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].team == QStringLiteral("Front Desk"));
    CHECK(stored[0].owner == QStringLiteral("Sara"));
    CHECK(stored[0].created == QDate::currentDate());
    QStringList texts{stored[0].text, stored[1].text};
    CHECK(texts.contains(firstTip));
    CHECK(texts.contains(QStringLiteral("Listen first, then answer")));
    CHECK(stored[0].dimension == weakest.front().id);

    // The next quiz for the team shows them before anyone answers.
    f.trigger(QStringLiteral("newQuiz"));
    auto *reminder = f.find<QLabel>(QStringLiteral("openActions"));
    auto *team = f.find<QComboBox>(QStringLiteral("team"));
    team->setCurrentText(QString());
    CHECK_FALSE(reminder->isVisible());
    f.activate();
    team->setCurrentText(QStringLiteral("Front Desk"));
    CHECK(reminder->isVisible());
    CHECK(reminder->accessibleName() == QStringLiteral("Open actions for %1: 2").arg(rater::isolate(QStringLiteral("Front Desk"))));
    CHECK(reminder->text().contains(QStringLiteral("Listen first, then answer")));
    team->setCurrentText(QStringLiteral("Back Office"));
    CHECK_FALSE(reminder->isVisible());
    CHECK(reminder->accessibleName().isEmpty());
    team->setCurrentText(QStringLiteral("Front Desk"));

    // The Actions tab: open ones, one marked done.
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    rater::gui::ActionsView *view = f.window->actionsView();
    REQUIRE(view);
    CHECK(view->isVisible());
    CHECK(view->team() == QStringLiteral("Front Desk"));
    auto *table = f.find<QTableWidget>(QStringLiteral("actionsTable"));
    REQUIRE(table->rowCount() == 2);
    auto *done = f.find<QPushButton>(QStringLiteral("markActionDone"));
    CHECK_FALSE(done->isEnabled());
    table->selectRow(0);
    REQUIRE(done->isEnabled());
    const qint64 chosen = view->selected()->id;
    QTest::mouseClick(done, Qt::LeftButton);
    const std::optional<Action> marked = f.window->database().actions().find(chosen).value();
    REQUIRE(marked.has_value());
    CHECK(marked->state == Action::State::Done);
    CHECK(marked->closed == QDate::currentDate());
    // Open first, then done, with what can be told of it so far.
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 4)->text().startsWith(QStringLiteral("Done ")));
    CHECK(table->item(1, 5)->text() == QStringLiteral("Not enough assessments yet"));
    CHECK(f.find<QLabel>(QStringLiteral("actionsSummary"))->text() == QStringLiteral("Open actions for %1: 1").arg(rater::isolate(QStringLiteral("Front Desk"))));
    // Marking done, and deleting, are undone and redone from Edit.
    CHECK(f.window->undoStack()->undoText().contains(QStringLiteral("marking")));
    f.trigger(QStringLiteral("undo"));
    CHECK(f.window->database().actions().find(chosen).value()->state == Action::State::Open);
    CHECK(table->item(0, 4)->text() == QStringLiteral("Open"));
    f.trigger(QStringLiteral("redo"));
    CHECK(f.window->database().actions().find(chosen).value()->state == Action::State::Done);
    table->selectRow(0);
    const Action deleted = *view->selected();
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("deleteAction")), Qt::LeftButton);
    CHECK_FALSE(f.window->database().actions().find(deleted.id).value().has_value());
    CHECK(table->rowCount() == 1);
    f.trigger(QStringLiteral("undo"));
    const std::optional<Action> back = f.window->database().actions().find(deleted.id).value();
    REQUIRE(back.has_value());
    CHECK(back->uuid == deleted.uuid);
    CHECK(back->text == deleted.text);
    CHECK(back->owner == deleted.owner);
    CHECK(table->rowCount() == 2);
    // The quiz's reminder follows.
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(reminder->accessibleName() == QStringLiteral("Open actions for %1: 1").arg(rater::isolate(QStringLiteral("Front Desk"))));
}

TEST_CASE("The Actions tab marks overdue actions and tells whether a done action's dimension really moved",
          "[gui][actions]")
{
    // Front Desk's Empathy: 2.6 to 3.0 in Q1 2026, 3.4 to 3.8 in Q3 2026.
    AppWindow f(rater::Language::English, [](rater::Database &db) {
        const auto add = [&db](int second, int third, const QDate &date) {
            rater::Answers a(17, 3);
            a[1] = second;
            a[2] = third;
            rater::NewAssessment n = rater::assessmentOf({QStringLiteral("Front Desk"), QString(), date, a}, raterQuiz(),
                                                         QStringLiteral("en"));
            REQUIRE(db.assessments().record(n).hasValue());
        };
        for (int i = 0; i < 3; ++i) {
            add(1 + i, 3, QDate(2026, 2, 10 + i));
            add(3 + i, 5, QDate(2026, 8, 10 + i));
        }
        const auto ids = db.actions().addAll(
            {rater::NewAction{QStringLiteral("Front Desk"), std::nullopt, QStringLiteral("empathy"),
                              QStringLiteral("Call back within a day"), QString(), QDate(), QDate(2026, 1, 5)},
             rater::NewAction{QStringLiteral("Front Desk"), std::nullopt, QStringLiteral("tangibles"),
                              QStringLiteral("New signs"), QString(), QDate(2026, 2, 1), QDate(2026, 1, 5)}});
        REQUIRE(ids.hasValue());
        REQUIRE(db.actions().close(ids->front(), Action::State::Done, QDate(2026, 5, 10)).value().made());
    });
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    auto *table = f.find<QTableWidget>(QStringLiteral("actionsTable"));
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("New signs"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Overdue"));
    CHECK(table->item(0, 4)->font().bold());
    CHECK(table->item(1, 5)->text() == QStringLiteral("Empathy %1 (real)").arg(rater::isolate(QStringLiteral("+0.8"))));
    CHECK(f.find<QLabel>(QStringLiteral("actionsSummary"))->text()
          == QStringLiteral("Open actions for %1: 1, overdue: 1").arg(rater::isolate(QStringLiteral("Front Desk"))));
    // On the team's dimension chart: a marker on Empathy on the day it was done.
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    rater::gui::HistoryView *history = f.window->historyView();
    REQUIRE(history);
    history->selectTeams({QStringLiteral("Front Desk")});
    const rater::reports::HistoryChartData dimensions = history->dimensionChartData();
    REQUIRE(dimensions.markers.size() == 1);
    CHECK(dimensions.markers.front().date == QDate(2026, 5, 10));
    CHECK(dimensions.markers.front().line == QStringLiteral("Empathy"));
    auto *chart = f.find<QChartView>(QStringLiteral("historyDimensionChart"))->chart();
    QStringList names;
    for (QAbstractSeries *series : chart->series())
        names << series->name();
    CHECK(names.contains(QStringLiteral("Action done")));
    // The history report ends with the team's actions and what came of them.
    const QString pdf = f.dir.filePath(QStringLiteral("history.pdf"));
    REQUIRE(history->exportPdf(pdf).hasValue());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    CHECK(extracted.contains(QStringLiteral("Call back within a day")));
    CHECK(extracted.contains(QStringLiteral("(real)")));
    CHECK(extracted.contains(QStringLiteral("New signs")));
    CHECK(extracted.contains(QStringLiteral("overdue since")));
    // In Persian: Persian digits, the same verdict.
    f.switchTo(rater::Language::Persian);
    CHECK(table->item(1, 5)->text().contains(QStringLiteral("۰٫۸")));
    CHECK(table->item(1, 5)->text().contains(QStringLiteral("همدلی")));
    CHECK(history->dimensionChartData().markers.front().line == QStringLiteral("همدلی"));
}

TEST_CASE("A trainer plans actions from a workshop's group view, for the workshop's team", "[gui][actions]")
{
    qint64 workshopId = 0;
    AppWindow f(rater::Language::English, [&workshopId](rater::Database &db) {
        workshopId = db.workshops()
                         .create({QStringLiteral("Spring day"), QDate(2026, 3, 10), QStringLiteral("Dana"),
                                  QStringLiteral("Front Desk"), QStringLiteral("en")})
                         .value();
        for (int p = 0; p < 4; ++p) {
            rater::Answers a(17, 2 + p % 3);
            rater::NewAssessment n = rater::assessmentOf({QStringLiteral("Front Desk"), QString(), QDate(2026, 3, 10), a},
                                                         raterQuiz(), QStringLiteral("en"));
            n.workshopId = workshopId;
            REQUIRE(db.assessments().record(n).hasValue());
        }
    });
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_4, Qt::ControlModifier);
    auto *plan = f.find<QPushButton>(QStringLiteral("planWorkshopActions"));
    REQUIRE(plan->isVisible());
    REQUIRE(plan->isEnabled());
    QString offeredTeam;
    {
        DialogAnswers answers([&](QDialog &dialog) {
            auto *planning = qobject_cast<rater::gui::PlanActionsDialog *>(&dialog);
            REQUIRE(planning);
            planning->tipBoxes().at(0)->click();
            planning->ownText()->setText(QStringLiteral("A short stand-up every Monday"));
            dialog.findChild<QPushButton *>(QStringLiteral("addActions"))->click();
            return dialog.result();
        });
        QTest::mouseClick(plan, Qt::LeftButton);
    }
    const std::vector<Action> stored = storedActions(*f.window);
    REQUIRE(stored.size() == 2);
    for (const Action &a : stored) {
        CHECK(a.team == QStringLiteral("Front Desk"));
        CHECK(a.workshopId == workshopId);
    }
    CHECK((stored[0].text == QStringLiteral("A short stand-up every Monday")
           || stored[1].text == QStringLiteral("A short stand-up every Monday")));
    // The Actions tab shows them at once.
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    CHECK(f.find<QTableWidget>(QStringLiteral("actionsTable"))->rowCount() == 2);
}

TEST_CASE("An action is edited from the Actions tab, and the edit is undone and redone from Edit", "[gui][actions]")
{
    AppWindow f(rater::Language::English,
                withAction({QStringLiteral("Front Desk"), std::nullopt, QStringLiteral("tangibles"),
                            QStringLiteral("New signs"), QStringLiteral("Dana"), QDate(2026, 2, 1), QDate(2026, 1, 5)}));
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    auto *table = f.find<QTableWidget>(QStringLiteral("actionsTable"));
    auto *edit = f.find<QPushButton>(QStringLiteral("editAction"));
    REQUIRE(table->rowCount() == 1);
    CHECK_FALSE(edit->isEnabled());
    table->selectRow(0);
    REQUIRE(edit->isEnabled());
    CHECK(table->item(0, 4)->text() == QStringLiteral("Overdue"));

    QString shownText;
    QString shownOwner;
    {
        DialogAnswers answers([&](QDialog &dialog) {
            auto *editing = qobject_cast<rater::gui::EditActionDialog *>(&dialog);
            REQUIRE(editing);
            shownText = editing->text()->text();
            shownOwner = editing->owner()->text();
            CHECK(editing->dimension()->currentData().toString() == QStringLiteral("tangibles"));
            auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveAction"));
            // No text, nothing to save.
            editing->text()->clear();
            CHECK_FALSE(save->isEnabled());
            QTest::keyClicks(editing->text(), QStringLiteral("Clear signs at the door"));
            CHECK(save->isEnabled());
            editing->dimension()->setCurrentIndex(editing->dimension()->findData(QStringLiteral("assurance")));
            editing->owner()->setText(QStringLiteral("Sara"));
            dialog.findChild<QCheckBox *>(QStringLiteral("actionHasDue"))->setChecked(false);
            save->click();
            return dialog.result();
        });
        QTest::mouseClick(edit, Qt::LeftButton);
    }
    CHECK(shownText == QStringLiteral("New signs"));
    CHECK(shownOwner == QStringLiteral("Dana"));
    const Action edited = storedActions(*f.window).front();
    CHECK(edited.text == QStringLiteral("Clear signs at the door"));
    CHECK(edited.dimension == QStringLiteral("assurance"));
    CHECK(edited.owner == QStringLiteral("Sara"));
    CHECK_FALSE(edited.due.isValid());
    CHECK(table->item(0, 0)->text() == QStringLiteral("Assurance"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Open")); // no due date: not overdue any more
    CHECK(f.window->undoStack()->undoText().contains(QStringLiteral("editing “")));

    f.trigger(QStringLiteral("undo"));
    const Action back = storedActions(*f.window).front();
    CHECK(back.text == QStringLiteral("New signs"));
    CHECK(back.dimension == QStringLiteral("tangibles"));
    CHECK(back.owner == QStringLiteral("Dana"));
    CHECK(back.due == QDate(2026, 2, 1));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Overdue"));
    f.trigger(QStringLiteral("redo"));
    CHECK(storedActions(*f.window).front().text == QStringLiteral("Clear signs at the door"));

    // A double click on a row opens the same dialog; cancelled, nothing changes.
    {
        bool opened = false;
        DialogAnswers answers([&](QDialog &dialog) {
            opened = qobject_cast<rater::gui::EditActionDialog *>(&dialog) != nullptr;
            qobject_cast<rater::gui::EditActionDialog *>(&dialog)->text()->setText(QStringLiteral("Never saved"));
            dialog.reject();
            return dialog.result();
        });
        const QRect cell = table->visualItemRect(table->item(0, 1));
        // A view takes a double click on the cell its press was on.
        QTest::mousePress(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        CHECK(opened);
    }
    CHECK(storedActions(*f.window).front().text == QStringLiteral("Clear signs at the door"));

    // Right to left too, the edited action stays chosen, for the next step.
    f.switchTo(rater::Language::Persian);
    rater::gui::ActionsView *view = f.window->actionsView();
    const qint64 id = storedActions(*f.window).front().id;
    view->selectAction(id);
    REQUIRE(view->selected().has_value());
    REQUIRE(view->editSelected({QStringLiteral("assurance"), QStringLiteral("تابلوهای روشن"), QStringLiteral("سارا"),
                                QDate(2027, 3, 1)})
                .hasValue());
    REQUIRE(view->selected().has_value());
    CHECK(view->selected()->id == id);
    CHECK(view->selected()->text == QStringLiteral("تابلوهای روشن"));
    CHECK(edit->isEnabled());
}

TEST_CASE("Actions travel in a JSON export to another database, where File ▸ Import Results brings them in",
          "[gui][actions]")
{
    AppWindow f(rater::Language::English,
                withAction({QStringLiteral("Front Desk"), std::nullopt, QStringLiteral("empathy"),
                            QStringLiteral("Greet by name"), QStringLiteral("Dana"), QDate(2026, 9, 1),
                            QDate(2026, 2, 11)}));
    const QString file = f.dir.filePath(QStringLiteral("all.json"));
    REQUIRE(f.window->exportResults(file).hasValue());
    const std::vector<Action> before = storedActions(*f.window);

    REQUIRE(f.window->createDatabase(f.dir.filePath(QStringLiteral("other.sqlite"))));
    CHECK(storedActions(*f.window).empty());
    QStringList seen;
    {
        DialogAnswers answers(pressInBox(QMessageBox::Ok, &seen));
        const rater::Status imported = f.window->importResults(file);
        INFO(imported.error().toStdString());
        REQUIRE(imported.hasValue());
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.front().contains(QStringLiteral("Actions imported: 1; already stored, and not stored again: 0.")));
    const std::vector<Action> after = storedActions(*f.window);
    REQUIRE(after.size() == 1);
    CHECK(after.front().uuid == before.front().uuid);
    CHECK(after.front().text == QStringLiteral("Greet by name"));
    CHECK(after.front().owner == QStringLiteral("Dana"));
    // The Actions tab shows it at once.
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_6, Qt::ControlModifier);
    auto *table = f.find<QTableWidget>(QStringLiteral("actionsTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Greet by name"));
}
