#include "app_window.h"

#include "views/historyview.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

// A database beside the window's with one result for `team`.
QString otherDatabase(const AppWindow &f, const QString &name, const QString &team)
{
    const QString path = f.dir.filePath(name);
    auto database = Database::open(path);
    REQUIRE(database.hasValue());
    REQUIRE(database.value()
                ->assessments().record({team, QString(), std::nullopt, QString(), QDate(2026, 5, 4), QStringLiteral("en"),
                          raterQuiz().id, raterQuiz().version, mixedAnswers})
                .hasValue());
    return path;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

qint64 stored(const AppWindow &f)
{
    return qint64(f.window->database().assessments().list()->size());
}

} // namespace

TEST_CASE("File ▸ Open Database switches to another database; a refused file leaves the one in use", "[gui][file]")
{
    AppWindow f;
    const QString first = f.databasePath();
    const QString second = otherDatabase(f, QStringLiteral("north.sqlite"), QStringLiteral("North"));
    f.window->showTab(1);
    {
        const DialogAnswers answers(chooseFile(second));
        f.trigger(QStringLiteral("openDatabase"));
    }
    CHECK(QFileInfo(f.window->database().path()).fileName() == QStringLiteral("north.sqlite"));
    auto *history = qobject_cast<HistoryView *>(f.window->historyView());
    REQUIRE(history);
    CHECK(history->selectedTeams() == QStringList{QStringLiteral("North")});
    CHECK(f.find<QLabel>(QStringLiteral("databaseInUse"))->text().contains(QStringLiteral("north.sqlite")));
    CHECK(f.window->recentDatabases().mid(0, 2)
          == QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()});

    // Something that is not a Rater database: said so, and nothing changes.
    const QString notes = f.dir.filePath(QStringLiteral("notes.sqlite"));
    writeText(notes, "shopping list\n");
    QStringList seen;
    {
        const DialogAnswers answers(chooseFile(notes, &seen));
        f.trigger(QStringLiteral("openDatabase"));
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().contains(QStringLiteral("not an SQLite database")));
    CHECK(QFileInfo(f.window->database().path()).fileName() == QStringLiteral("north.sqlite"));

    // Open Recent brings back the first one.
    auto *recent = f.window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(recent);
    emit recent->aboutToShow();
    auto *earlier = recent->findChild<QAction *>(QStringLiteral("recent1"));
    REQUIRE(earlier);
    earlier->trigger();
    CHECK(f.window->database().path() == first);
}

TEST_CASE("File ▸ Open Database keeps the quiz's answers in the database they belong to", "[gui][file]")
{
    AppWindow f;
    const QString second = otherDatabase(f, QStringLiteral("north.sqlite"), QStringLiteral("North"));
    f.find<QComboBox>(QStringLiteral("team"))->setCurrentText(QStringLiteral("Desk"));
    f.quiz().row(1)->setFocus();
    for (int answer : {5, 4, 3})
        QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
    {
        const DialogAnswers answers(chooseFile(second));
        f.trigger(QStringLiteral("openDatabase"));
    }
    CHECK(f.quiz().answeredCount() == 0);
    CHECK(f.find<QComboBox>(QStringLiteral("team"))->currentText().isEmpty());
    f.window->openDatabase(f.databasePath());
    CHECK(f.quiz().answeredCount() == 3);
    CHECK(f.find<QComboBox>(QStringLiteral("team"))->currentText() == QStringLiteral("Desk"));
}

TEST_CASE("File ▸ New Database creates an empty one and never replaces a file", "[gui][file]")
{
    AppWindow f;
    f.submitQuiz(QStringLiteral("Desk"), mixedAnswers);
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    const QString fresh = f.dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        const DialogAnswers answers(chooseFile(fresh));
        f.trigger(QStringLiteral("newDatabase"));
    }
    CHECK(f.window->database().path() == fresh);
    CHECK(stored(f) == 0);

    const QString existing = otherDatabase(f, QStringLiteral("kept.sqlite"), QStringLiteral("Kept"));
    QStringList seen;
    {
        const DialogAnswers answers(chooseFile(existing, &seen));
        f.trigger(QStringLiteral("newDatabase"));
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().contains(QStringLiteral("already exists")));
    CHECK(f.window->database().path() == fresh);
    auto kept = Database::open(existing);
    REQUIRE(kept.hasValue());
    CHECK(kept.value()->assessments().list()->size() == 1);
}

TEST_CASE("File ▸ Open Demo Database fills every view", "[gui][file]")
{
    AppWindow f;
    f.trigger(QStringLiteral("openDemo"));
    CHECK(QFileInfo(f.window->database().path()).fileName() == QStringLiteral("demo.sqlite"));
    auto *history = qobject_cast<HistoryView *>(f.window->historyView());
    REQUIRE(history);
    CHECK(history->isVisible());
    CHECK(history->findChild<QListWidget *>(QStringLiteral("historyTeams"))->count() == 4);
    CHECK_FALSE(history->figures().empty());
}

TEST_CASE("File ▸ Import Results stores a whole file or nothing, and says what it did", "[gui][file]")
{
    AppWindow f;
    const QString csv = f.dir.filePath(QStringLiteral("results.csv"));
    const QByteArray header = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n";
    writeText(csv, header + "North,,,2026-01-05,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                            "North,,,2026-01-06,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,9\n");
    QStringList seen;
    {
        const DialogAnswers answers(chooseFile(csv, &seen));
        f.trigger(QStringLiteral("importResults"));
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().startsWith(QStringLiteral("Nothing was imported.")));
    CHECK(seen.first().contains(QStringLiteral("line 3")));
    CHECK(stored(f) == 0);

    writeText(csv, header + "North,,,2026-01-05,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                            "South,,,2026-01-06,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    seen.clear();
    {
        const DialogAnswers answers(chooseFile(csv, &seen));
        f.trigger(QStringLiteral("importResults"));
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().contains(QStringLiteral("Results imported from \u2066results.csv\u2069: 2.")));
    CHECK(stored(f) == 2);
    // The quiz's team list knows them at once.
    CHECK(f.find<QComboBox>(QStringLiteral("team"))->findText(QStringLiteral("South")) >= 0);

    // A file that carries the results' identities stores them once, however
    // often it is imported.
    writeText(csv, header.trimmed() + ",uuid\n"
                   "East,,,2026-01-07,en,4,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1d7a9c56-0b5e-4f7e-9a61-3c2f8d4b7e10\n");
    for (const char *expected : {"Results imported from \u2066results.csv\u2069: 1.",
                                 "Results imported from \u2066results.csv\u2069: 0."}) {
        seen.clear();
        {
            const DialogAnswers answers(chooseFile(csv, &seen));
            f.trigger(QStringLiteral("importResults"));
        }
        REQUIRE(seen.size() == 1);
        CHECK(seen.first().contains(QString::fromUtf8(expected)));
    }
    CHECK(seen.first().contains(QStringLiteral("Already stored, and not stored again: 1.")));
    CHECK(stored(f) == 3);
}

TEST_CASE("File ▸ Export Results writes CSV, JSON or Excel, by name or by the chosen type", "[gui][file]")
{
    AppWindow f;
    f.submitQuiz(QStringLiteral("Desk"), mixedAnswers);
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);

    const QString json = f.dir.filePath(QStringLiteral("all.json"));
    {
        const DialogAnswers answers(chooseFile(json));
        f.trigger(QStringLiteral("exportResults"));
    }
    QFile written(json);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(written.readAll()).array();
    REQUIRE(rows.size() == 1);

    // A name without an extension takes the chosen file type's.
    {
        const DialogAnswers answers(chooseFile(f.dir.filePath(QStringLiteral("book")), nullptr,
                                               QStringLiteral("Excel workbooks (*.xlsx)")));
        f.trigger(QStringLiteral("exportResults"));
    }
    QFile book(f.dir.filePath(QStringLiteral("book.xlsx")));
    REQUIRE(book.open(QIODevice::ReadOnly));
    CHECK(book.read(2) == "PK");

    // Into a folder that does not exist, typed into the dialog: the folder is named.
    QStringList seen;
    {
        const DialogAnswers answers([&](QDialog &dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
                seen << box->text() + QLatin1Char('\n') + box->informativeText();
                return int(QDialog::Accepted);
            }
            auto *files = qobject_cast<QFileDialog *>(&dialog);
            REQUIRE(files);
            files->setDirectory(f.dir.path());
            files->selectFile(QStringLiteral("no/such/folder/out.csv"));
            return int(QDialog::Accepted);
        });
        f.trigger(QStringLiteral("exportResults"));
    }
    REQUIRE(seen.size() == 1);
    INFO(seen.first().toStdString());
    CHECK(seen.first().contains(QStringLiteral("the folder ")
                                + QDir::toNativeSeparators(f.dir.filePath(QStringLiteral("no/such/folder")))
                                + QStringLiteral(" does not exist")));
}

TEST_CASE("File ▸ Questionnaire takes a built-in questionnaire or one from a file", "[gui][file]")
{
    AppWindow f;
    const QString pulse = f.dir.filePath(QStringLiteral("pulse.json"));
    writeText(pulse, R"({"id": "team-pulse", "version": 1, "languages": ["en"], "title": {"en": "Team pulse"},
        "scale": [{"value": 0, "label": {"en": "No"}}, {"value": 1, "label": {"en": "Hardly"}},
                  {"value": 2, "label": {"en": "Mostly"}}, {"value": 3, "label": {"en": "Yes"}}],
        "statements": [{"number": 1, "text": {"en": "We answer within a day."}},
                       {"number": 2, "text": {"en": "We pass customers on.", "ar": "x"}}],
        "dimensions": [], "bands": [{"id": "all", "min": 0, "max": 6, "title": {"en": "All"},
                                     "interpretation": {"en": "Fine."}}]})");
    // A broken file is refused with its reason; the questionnaire in use stays.
    QStringList seen;
    {
        const DialogAnswers answers(chooseFile(pulse, &seen));
        auto *menu = f.window->findChild<QMenu *>(QStringLiteral("questionnaireMenu"));
        REQUIRE(menu);
        emit menu->aboutToShow();
        menu->findChild<QAction *>(QStringLiteral("questionnaireFromFile"))->trigger();
    }
    REQUIRE(seen.size() == 1);
    CHECK(seen.first().contains(QStringLiteral("pulse.json")));
    CHECK(f.window->questionnaire().id == QStringLiteral("rater"));

    writeText(pulse, R"({"id": "team-pulse", "version": 1, "languages": ["en"], "title": {"en": "Team pulse"},
        "scale": [{"value": 0, "label": {"en": "No"}}, {"value": 1, "label": {"en": "Hardly"}},
                  {"value": 2, "label": {"en": "Mostly"}}, {"value": 3, "label": {"en": "Yes"}}],
        "statements": [{"number": 1, "text": {"en": "We answer within a day."}},
                       {"number": 2, "text": {"en": "We pass customers on."}}],
        "dimensions": [], "bands": [{"id": "all", "min": 0, "max": 6, "title": {"en": "All"},
                                     "interpretation": {"en": "Fine."}}]})");
    REQUIRE(f.window->useQuestionnaire(pulse));
    CHECK(f.window->windowTitle() == QStringLiteral("Rater — Team pulse"));
    CHECK(f.quiz().missingStatements() == QList<int>{1, 2});
    // 0 is an answer on this scale, not "unanswered".
    f.submitQuiz(QStringLiteral("Desk"), {0, 3});
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    const auto saved = f.window->database().assessments().list(QStringLiteral("Desk"));
    REQUIRE(saved->size() == 1);
    CHECK(saved->front().questionnaireId == QStringLiteral("team-pulse"));
    CHECK(saved->front().answers == Answers{0, 3});
    CHECK(QSettings().value(QStringLiteral("questionnaire")).toString() == pulse);

    // Back to the built-in one, from the menu.
    auto *menu = f.window->findChild<QMenu *>(QStringLiteral("questionnaireMenu"));
    emit menu->aboutToShow();
    auto *builtIn = menu->findChild<QAction *>(QStringLiteral("questionnaire-rater"));
    REQUIRE(builtIn);
    CHECK_FALSE(builtIn->isChecked());
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Discard));
        builtIn->trigger();
    }
    CHECK(f.window->questionnaire().id == QStringLiteral("rater"));
    CHECK(f.quiz().missingStatements().size() == 17);
    CHECK(QSettings().value(QStringLiteral("questionnaire")).toString() == QStringLiteral("rater"));
}

TEST_CASE("A damaged database opens at once, and the check in the background says it is damaged", "[gui][file]")
{
    AppWindow f;
    const QString damaged = f.dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        auto db = rater::Database::open(damaged);
        REQUIRE(db.hasValue());
        std::vector<rater::NewAssessment> batch;
        for (int i = 0; i < 3000; ++i) {
            rater::NewAssessment a;
            a.team = QStringLiteral("Team %1").arg(i % 9);
            a.date = QDate(2025, 1, 1).addDays(i % 300);
            a.lang = QStringLiteral("en");
            a.questionnaireId = QStringLiteral("rater");
            a.questionnaireVersion = 1;
            a.answers = rater::Answers(17, 1 + i % 5);
            batch.push_back(a);
        }
        REQUIRE(db.value()->assessments().recordAll(batch).hasValue());
    }
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2 / 4096 * 4096));
        file.write(QByteArray(4096, char(0x5A)));
    }
    QStringList seen;
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Ok, &seen));
        REQUIRE(f.window->openDatabase(damaged));
        CHECK(f.window->database().path() == damaged);
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 20000);
    }
    CHECK(seen.first().contains(QStringLiteral("damaged.sqlite")));
    CHECK(seen.first().contains(QStringLiteral("is damaged")));

    // A sound database opens without a word.
    seen.clear();
    {
        const DialogAnswers answers(pressInBox(QMessageBox::Ok, &seen));
        REQUIRE(f.window->openDatabase(f.databasePath()));
        QTest::qWait(1500);
    }
    CHECK(seen.isEmpty());
}
