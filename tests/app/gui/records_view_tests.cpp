#include "app_window.h"
#include "storage/storage_support.h"

#include "scoring/scoring.h"

#include "corrections/changelogdialog.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "views/recordsview.h"
#include "workshop/workshopsview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

NewAssessment result(const QString &team, const QDate &date, int answer, const QString &code = QString())
{
    NewAssessment a;
    a.team = team;
    a.respondent = code;
    a.date = date;
    a.lang = QStringLiteral("en");
    a.questionnaireId = QStringLiteral("rater");
    a.questionnaireVersion = 1;
    a.answers = Answers(17, answer);
    return a;
}

// Two quarters of three teams, one of them typed two ways, and one result
// far off the others: the wrong one, id 4.
void fill(Database &database)
{
    const qint64 workshop = database.workshops()
                                .create({QStringLiteral("Service day"), QDate(2026, 2, 2), QStringLiteral("Sara"),
                                         QStringLiteral("Front Desk"), QStringLiteral("en")})
                                .value();
    std::vector<NewAssessment> batch{
        result(QStringLiteral("Front Desk"), QDate(2026, 1, 10), 4, QStringLiteral("FD-1")),
        result(QStringLiteral("Front Desk"), QDate(2026, 2, 10), 4, QStringLiteral("FD-2")),
        result(QStringLiteral("Front Desk"), QDate(2026, 3, 10), 5),
        result(QStringLiteral("Front Desk"), QDate(2026, 3, 12), 1, QStringLiteral("DEMO")),
        result(QStringLiteral("Field service"), QDate(2026, 1, 20), 3),
        result(QStringLiteral("Field Service"), QDate(2026, 2, 20), 2),
        result(QStringLiteral("Field Service"), QDate(2026, 4, 20), 3),
        result(QStringLiteral("Online Support"), QDate(2026, 5, 1), 4),
    };
    batch[1].workshopId = workshop;
    batch[2].workshopId = workshop;
    REQUIRE(database.assessments().recordAll(batch).hasValue());
}

// The drafts aside: the quiz page keeps its own as it pleases.
QStringList dump(const Database &db)
{
    return support::dumpTables(db, {QStringLiteral("draft")});
}

// The total of a result that answers `answer` to every statement.
double totalOf(int answer)
{
    return score(raterQuiz(), Answers(17, answer)).value().total;
}

// The Front Desk's figures in the comparison of the first quarter of 2026.
std::optional<TeamFigures> frontDeskCompared(MainWindow &window)
{
    window.showTab(2);
    ComparisonView *comparison = window.comparisonView();
    const QList<Period> periods = comparison->periods();
    for (int i = 0; i < periods.size(); ++i) {
        if (periods.at(i).start == QDate(2026, 1, 1))
            comparison->choosePeriod(i);
    }
    for (const TeamFigures &team : comparison->figures()) {
        if (team.team == QStringLiteral("Front Desk"))
            return team;
    }
    return std::nullopt;
}

struct RecordsWindow : AppWindow
{
    explicit RecordsWindow(Language lang = Language::English) : AppWindow(lang, fill, QSize(1100, 760))
    {
        activate();
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        view = window->recordsView();
        REQUIRE(view);
        REQUIRE(view->isVisible());
        table = find<QTableView>(QStringLiteral("recordsTable"));
    }

    // Presses a key in the list, as a person with the window in front of them.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        activate();
        table->setFocus();
        QTest::keyClick(table, key, modifiers);
    }

    // Moves the current row with the arrow keys to the row of assessment `id`, and selects it alone.
    void goTo(qint64 id) const
    {
        activate();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < view->model()->rowCount() && view->model()->idAt(table->currentIndex().row()) != id; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        REQUIRE(view->model()->idAt(table->currentIndex().row()) == id);
        REQUIRE(view->selectedIds() == std::vector<qint64>{id});
    }

    void search(const QString &text) const
    {
        press(Qt::Key_F, Qt::ControlModifier);
        auto *field = find<QLineEdit>(QStringLiteral("recordsSearch"));
        REQUIRE(field->hasFocus());
        QTest::keyClicks(field, text);
        QTRY_COMPARE(view->model()->browse().search, text);
    }

    double historyMean(const QString &team) const
    {
        auto *history = window->historyView();
        history->selectTeams({team});
        double sum = 0;
        int n = 0;
        for (const auto &[shownTeam, periods] : history->figures()) {
            if (shownTeam != team)
                continue;
            for (const PeriodStats &p : periods) {
                sum += p.total.mean * p.total.n;
                n += p.total.n;
            }
        }
        return n ? sum / n : 0;
    }

    QString undoText() const { return window->findChild<QAction *>(QStringLiteral("undo"))->text(); }

    RecordsView *view = nullptr;
    QTableView *table = nullptr;
};

} // namespace

TEST_CASE("A wrong result is found, deleted, charted away and brought back with the keyboard", "[gui][records]")
{
    RecordsWindow w;
    Database &db = w.window->database();
    const QStringList before = dump(db);
    CHECK(w.view->model()->total() == 8);
    const double allFour = (2 * totalOf(4) + totalOf(5) + totalOf(1)) / 4;
    const double withoutWrong = (2 * totalOf(4) + totalOf(5)) / 3;
    CHECK(w.historyMean(QStringLiteral("Front Desk")) == Approx(allFour));
    REQUIRE(frontDeskCompared(*w.window));
    CHECK(frontDeskCompared(*w.window)->stats.total.n == 4);
    w.window->showTab(4);

    w.search(QStringLiteral("DEMO"));
    CHECK(w.view->model()->total() == 1);
    QTest::keyClick(w.find<QLineEdit>(QStringLiteral("recordsSearch")), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w.find<QLineEdit>(QStringLiteral("recordsSearch")), Qt::Key_Backspace);
    QTRY_COMPARE(w.view->model()->total(), qint64(8));
    w.goTo(4);
    w.press(Qt::Key_Delete);
    CHECK(w.view->model()->total() == 7);
    CHECK(db.assessments().count().value() == 7);
    CHECK(w.undoText() == QStringLiteral("&Undo deletion of result 4"));

    // Every view has moved on: the history and the comparison leave it out.
    CHECK(w.historyMean(QStringLiteral("Front Desk")) == Approx(withoutWrong));
    CHECK(frontDeskCompared(*w.window)->stats.total.n == 3);
    CHECK(frontDeskCompared(*w.window)->stats.total.mean == Approx(withoutWrong));

    // Undo from another tab.
    w.activate();
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(dump(db) == before);
    CHECK(w.historyMean(QStringLiteral("Front Desk")) == Approx(allFour));
    CHECK(frontDeskCompared(*w.window)->stats.total.n == 4);
    w.activate();
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(db.assessments().count().value() == 7);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(dump(db) == before);
}

TEST_CASE("The bin lists what was deleted, restores it, and is emptied after a question", "[gui][records]")
{
    RecordsWindow w;
    Database &db = w.window->database();
    w.view->selectIds({2, 3});
    w.press(Qt::Key_Delete);
    w.view->showBin(true);
    CHECK(w.view->model()->total() == 2);
    CHECK(w.view->model()->headerData(RecordsModel::Deleted, Qt::Horizontal).toString() == QStringLiteral("Deleted"));
    CHECK_FALSE(w.view->model()->data(w.view->model()->index(0, RecordsModel::Deleted)).toString().isEmpty());
    w.view->selectIds({3});
    w.trigger(QStringLiteral("restoreResults"));
    CHECK(w.view->model()->total() == 1);
    CHECK(db.assessments().count().value() == 7);

    QStringList asked;
    {
        const DialogAnswers cancel(pressInBox(QMessageBox::Cancel, &asked));
        w.trigger(QStringLiteral("emptyBin"));
    }
    CHECK(db.corrections().binCount().value() == 1);
    {
        const DialogAnswers yes(pressInBox(QMessageBox::Yes, &asked));
        w.trigger(QStringLiteral("emptyBin"));
    }
    REQUIRE(asked.size() == 2);
    CHECK(asked.front().startsWith(QStringLiteral("Delete the 1 results in the bin for good?")));
    CHECK(db.corrections().binCount().value() == 0);
    CHECK(w.view->model()->total() == 0);
    CHECK(db.assessments().find(2).value() == std::nullopt);
    // The deletion of what is gone for good cannot be undone: said, and the step leaves the stack.
    QStringList refused;
    {
        const DialogAnswers ok(pressInBox(QMessageBox::Ok, &refused));
        w.window->undoStack()->undo(); // the restore of 3: still possible
        CHECK(db.corrections().binCount().value() == 1);
        w.window->undoStack()->undo(); // the deletion of 2 and 3: 2 is gone
        QTRY_COMPARE(refused.size(), 1);
    }
    CHECK(refused.front().contains(QStringLiteral("has been changed since")));
    CHECK(w.window->undoStack()->count() == 1);
}

TEST_CASE("Edit, move and remove from a workshop go through dialogs and the undo stack", "[gui][records]")
{
    RecordsWindow w;
    Database &db = w.window->database();
    const QStringList before = dump(db);

    w.goTo(4);
    {
        const DialogAnswers edit([](QDialog &dialog) {
            REQUIRE(dialog.objectName() == QStringLiteral("editResultDialog"));
            auto *team = dialog.findChild<QComboBox *>(QStringLiteral("editTeam"));
            team->setCurrentText(QString());
            QTest::keyClicks(team->lineEdit(), QStringLiteral("Demo Team"));
            dialog.findChild<QDateEdit *>(QStringLiteral("editDate"))->setDate(QDate(2026, 4, 2));
            typeInto(dialog, QStringLiteral("editRespondent"), QStringLiteral("X-9"));
            return int(QDialog::Accepted);
        });
        w.press(Qt::Key_F2);
    }
    const StoredAssessment edited = db.assessments().find(4).value().value();
    CHECK(edited.team == QStringLiteral("Demo Team"));
    CHECK(edited.date == QDate(2026, 4, 2));
    CHECK(edited.respondent == QStringLiteral("X-9"));
    CHECK(w.undoText() == QStringLiteral("&Undo correction of result 4"));

    w.view->selectIds({5, 6});
    {
        const DialogAnswers move([](QDialog &dialog) {
            auto *input = qobject_cast<QInputDialog *>(&dialog);
            REQUIRE(input);
            input->setTextValue(QStringLiteral("Front Desk"));
            return int(QDialog::Accepted);
        });
        w.trigger(QStringLiteral("moveResults"));
    }
    CHECK(db.assessments().count(QStringLiteral("Front Desk")).value() == 5); // three of its own, two moved in
    CHECK(db.assessments().count(QStringLiteral("Field service")).value() == 0);

    w.view->selectIds({2});
    w.trigger(QStringLiteral("leaveWorkshop"));
    CHECK(db.assessments().workshopAnswers(1).value().size() == 1);
    w.window->showTab(3);
    w.window->showTab(4);

    CHECK(w.window->undoStack()->count() == 3);
    while (w.window->undoStack()->canUndo())
        w.window->undoStack()->undo();
    CHECK(dump(db) == before);
    while (w.window->undoStack()->canRedo())
        w.window->undoStack()->redo();
    CHECK(db.assessments().count(QStringLiteral("Front Desk")).value() == 5);
    CHECK(db.assessments().workshopAnswers(1).value().size() == 1);
}

TEST_CASE("Renaming onto a taken name offers a merge; the comparison then shows one team", "[gui][records]")
{
    RecordsWindow w;
    Database &db = w.window->database();
    const QStringList before = dump(db);
    w.view->selectIds({5}); // Field service
    QStringList seen;
    {
        const DialogAnswers rename([&seen](QDialog &dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
                seen << box->text();
                box->button(QMessageBox::Yes)->click();
                return box->result();
            }
            REQUIRE(dialog.objectName() == QStringLiteral("renameTeamDialog"));
            qobject_cast<QInputDialog *>(&dialog)->setTextValue(QStringLiteral("Field Service"));
            return int(QDialog::Accepted);
        });
        w.trigger(QStringLiteral("renameTeam"));
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.front().startsWith(QStringLiteral("There is already a team")));
    CHECK(db.assessments().teams().value()
          == QStringList{QStringLiteral("Field Service"), QStringLiteral("Front Desk"), QStringLiteral("Online Support")});
    w.window->showTab(2);
    QStringList compared;
    for (const TeamFigures &team : w.window->comparisonView()->figures())
        compared << team.team;
    CHECK_FALSE(compared.contains(QStringLiteral("Field service")));
    CHECK(w.undoText() == QStringLiteral("&Undo merge of “\u2068Field service\u2069” into “\u2068Field Service\u2069”"));

    w.window->showTab(4);
    w.view->selectIds({1});
    {
        const DialogAnswers rename([](QDialog &dialog) {
            qobject_cast<QInputDialog *>(&dialog)->setTextValue(QStringLiteral("Reception"));
            return int(QDialog::Accepted);
        });
        w.trigger(QStringLiteral("renameTeam"));
    }
    CHECK(db.assessments().count(QStringLiteral("Reception")).value() == 4);
    w.view->selectIds({8});
    {
        const DialogAnswers merge([](QDialog &dialog) {
            auto *input = qobject_cast<QInputDialog *>(&dialog);
            REQUIRE(input->comboBoxItems().contains(QStringLiteral("Reception")));
            CHECK_FALSE(input->comboBoxItems().contains(QStringLiteral("Online Support")));
            input->setTextValue(QStringLiteral("Reception"));
            return int(QDialog::Accepted);
        });
        w.trigger(QStringLiteral("mergeTeam"));
    }
    CHECK(db.assessments().count(QStringLiteral("Reception")).value() == 5);
    w.activate();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(dump(db) == before);
}

TEST_CASE("Undo keeps its steps across tabs and languages, and names them in the language chosen", "[gui][records]")
{
    RecordsWindow w(Language::Persian);
    Database &db = w.window->database();
    w.view->selectIds({1});
    {
        const DialogAnswers rename([](QDialog &dialog) {
            qobject_cast<QInputDialog *>(&dialog)->setTextValue(QStringLiteral("پذیرش"));
            return int(QDialog::Accepted);
        });
        w.trigger(QStringLiteral("renameTeam"));
    }
    CHECK(db.assessments().count(QStringLiteral("پذیرش")).value() == 4);
    CHECK(w.undoText().contains(QStringLiteral("تغییر نام")));
    CHECK(w.view->isRightToLeft());
    const QString firstId = w.view->model()->data(w.view->model()->index(0, RecordsModel::Id)).toString();
    CHECK(QRegularExpression(QStringLiteral("^[۰-۹]+$")).match(firstId).hasMatch());
    w.window->showTab(1);
    w.switchTo(Language::Arabic);
    CHECK(w.undoText().contains(QStringLiteral("إعادة تسمية")));
    w.switchTo(Language::English);
    CHECK(w.undoText().startsWith(QStringLiteral("&Undo rename of")));
    CHECK(w.view->model()->headerData(RecordsModel::Team, Qt::Horizontal).toString() == QStringLiteral("Team"));
    w.activate();
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(db.assessments().count(QStringLiteral("Front Desk")).value() == 4);
    CHECK(w.window->findChild<QAction *>(QStringLiteral("redo"))->text().startsWith(QStringLiteral("&Redo rename of")));
}

TEST_CASE("The change log shows every correction after a restart, and those of the command line", "[gui][records]")
{
    RecordsWindow w;
    w.view->selectIds({4});
    w.press(Qt::Key_Delete);
    w.activate();
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    // A correction from another program, behind the window's back.
    {
        auto other = Database::open(w.databasePath());
        REQUIRE(other.hasValue());
        REQUIRE(other.value()->corrections().renameTeam(QStringLiteral("Online Support"), QStringLiteral("Online")).value().made());
    }
    w.window->catchUp();
    CHECK(w.view->model()->rowOf(8) >= 0);
    CHECK(w.view->model()->teamAt(w.view->model()->rowOf(8)) == QStringLiteral("Online"));

    // A new window on the same database, as after a restart.
    auto database = Database::open(w.databasePath());
    REQUIRE(database.hasValue());
    w.window = std::make_unique<MainWindow>(std::move(database).value(), w.language);
    w.window->show();
    CHECK_FALSE(w.window->undoStack()->canUndo());
    QStringList lines;
    {
        const DialogAnswers look([&lines](QDialog &dialog) {
            auto *log = qobject_cast<ChangeLogDialog *>(&dialog);
            REQUIRE(log);
            for (int row = 0; row < log->table()->rowCount(); ++row)
                lines << log->table()->item(row, 2)->text();
            return int(QDialog::Rejected);
        });
        w.trigger(QStringLiteral("changeLog"));
    }
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == QStringLiteral("Renamed team “\u2068Online Support\u2069” to “\u2068Online\u2069”"));
    CHECK(lines.at(1) == QStringLiteral("Undid change 1: Moved assessments 4 to the bin"));
    CHECK(lines.at(2) == QStringLiteral("Moved assessments 4 to the bin"));
}

TEST_CASE("The Records tab filters by team, period and workshop, and sorts by any column", "[gui][records]")
{
    RecordsWindow w;
    auto *team = w.find<QComboBox>(QStringLiteral("recordsTeam"));
    team->setCurrentIndex(team->findText(QStringLiteral("Front Desk")));
    emit team->activated(team->currentIndex());
    CHECK(w.view->model()->total() == 4);
    auto *period = w.find<QComboBox>(QStringLiteral("recordsPeriod"));
    REQUIRE(period->count() == 3); // all, Q2 2026, Q1 2026
    period->setCurrentIndex(2);
    emit period->activated(2);
    CHECK(w.view->model()->total() == 4);
    team->setCurrentIndex(0);
    emit team->activated(0);
    CHECK(w.view->model()->total() == 6);
    auto *workshop = w.find<QComboBox>(QStringLiteral("recordsWorkshop"));
    workshop->setCurrentIndex(1);
    emit workshop->activated(1);
    CHECK(w.view->model()->total() == 2);
    workshop->setCurrentIndex(0);
    emit workshop->activated(0);
    period->setCurrentIndex(0);
    emit period->activated(0);

    QHeaderView *header = w.table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(RecordsModel::Total) + 5, header->height() / 2));
    const auto totals = [&w] {
        std::vector<int> values;
        for (int row = 0; row < w.view->model()->rowCount(); ++row)
            values.push_back(w.view->model()->data(w.view->model()->index(row, RecordsModel::Total)).toInt());
        return values;
    };
    const std::vector<int> first = totals();
    CHECK((std::is_sorted(first.begin(), first.end()) || std::is_sorted(first.rbegin(), first.rend())));
    CHECK(first.front() != first.back());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(RecordsModel::Total) + 5, header->height() / 2));
    const std::vector<int> second = totals();
    CHECK(second.front() == first.back());
}
