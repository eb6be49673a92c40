#include "printing.h"
#include "rater_quiz.h"

#include "charts/dimensionbarchart.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "pages/quizpage.h"
#include "pages/resultspage.h"
#include "pages/statementrow.h"
#include "i18n/persiancalendar.h"
#include "questionnaire/loader.h"
#include "quiz/entrylimits.h"
#include "views/historyview.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QComboBox>
#include <QDateEdit>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace rater;
using namespace rater::gui;

namespace {

// A window on a fresh database in a temporary folder, in the given language.
struct Fixture
{
    explicit Fixture(Language lang = Language::English)
    {
        language.setLanguage(lang);
        open();
    }

    void open()
    {
        auto database = Database::open(dir.filePath(QStringLiteral("gui.sqlite")));
        REQUIRE(database.hasValue());
        window = std::make_unique<MainWindow>(std::move(database).value(), language);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QuizPage &quiz() const { return *window->quizPage(); }
    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = window->findChild<T *>(name);
        REQUIRE(widget);
        return widget;
    }
    void switchTo(Language lang) const
    {
        QAction *action = window->findChild<QAction *>(QStringLiteral("language-") + languageCode(lang));
        REQUIRE(action);
        action->trigger();
        QCoreApplication::processEvents(); // the posted QEvent::LanguageChange
    }

    QTemporaryDir dir;
    LanguageController language;
    std::unique_ptr<MainWindow> window;
};

void pressDigit(QWidget *target, const QString &digit)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, digit);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, digit);
    QApplication::sendEvent(target, &release);
}

const Answers mixed{2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5};

} // namespace

TEST_CASE("The whole quiz from the keyboard: the shown scores are the core's", "[gui]")
{
    Fixture f;
    auto *team = f.find<QComboBox>(QStringLiteral("team"));
    team->setFocus();
    QTest::keyClicks(team, QStringLiteral("Front desk"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // respondent
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fd-7"));
    // Tab walks through the date's sections (year, month, day), then on to the statements.
    for (int tab = 0; tab < 6 && QApplication::focusWidget() != f.quiz().row(1); ++tab)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == f.quiz().row(1));
    for (int answer : mixed)
        QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
    auto *submit = f.find<QPushButton>(QStringLiteral("submit"));
    CHECK(submit->isEnabled());
    CHECK(QApplication::focusWidget() == submit);
    CHECK(f.find<QLabel>(QStringLiteral("progressText"))->text() == QStringLiteral("17 of 17 answered"));
    QTest::keyClick(submit, Qt::Key_Space);

    auto *results = qobject_cast<ResultsPage *>(f.window->resultsPage());
    REQUIRE(results);
    REQUIRE(results->isVisible());
    const Score expected = score(raterQuiz(), mixed).value();
    CHECK(f.find<QLabel>(QStringLiteral("totalLabel"))->text() == QStringLiteral("Total: 73 of 85"));
    CHECK(f.find<QLabel>(QStringLiteral("bandTitle"))->text()
          == raterQuiz().band(expected.bandId)->title.text(QStringLiteral("en")));
    auto *dimensions = f.find<QTableWidget>(QStringLiteral("dimensionTable"));
    REQUIRE(dimensions->rowCount() == 5);
    for (int row = 0; row < 5; ++row) {
        const DimensionScore &d = expected.dimensions[std::size_t(row)];
        CHECK(dimensions->item(row, 0)->text() == raterQuiz().dimension(d.id)->name.text(QStringLiteral("en")));
        CHECK(dimensions->item(row, 2)->text() == QString::number(std::round(d.percent)) + QLatin1Char('%'));
    }
    CHECK(results->answers().respondent == QStringLiteral("fd-7"));

    // Ctrl+S saves; the draft is gone.
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    const auto stored = f.window->database().assessments().list();
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().team == QStringLiteral("Front desk"));
    CHECK(stored->front().answers == mixed);
    const auto draft = f.window->database().drafts().load(QuizPage::draftName);
    REQUIRE(draft.hasValue());
    CHECK_FALSE(draft.value().has_value());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
}

TEST_CASE("Submitting is refused while a statement is unanswered; the gap gets the focus", "[gui]")
{
    Fixture f;
    f.find<QComboBox>(QStringLiteral("team"))->setCurrentText(QStringLiteral("Desk"));
    f.quiz().row(1)->setFocus();
    for (int s = 1; s <= 17; ++s) {
        if (s == 9)
            f.quiz().row(10)->setFocus(); // skip statement 9
        else
            QTest::keyClick(QApplication::focusWidget(), '3');
    }
    CHECK(f.quiz().missingStatements() == QList<int>{9});
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("submit"))->isEnabled());
    QTest::keyClick(f.window.get(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.window->resultsPage() == nullptr);
    CHECK(QApplication::focusWidget() == f.quiz().row(9));
    CHECK(f.find<QLabel>(QStringLiteral("quizMessage"))->text() == QStringLiteral("Statements not answered yet: 9."));
    QTest::keyClick(QApplication::focusWidget(), '4');
    CHECK(f.find<QPushButton>(QStringLiteral("submit"))->isEnabled());
}

TEST_CASE("Arabic and Persian digit keys answer and move on", "[gui]")
{
    Fixture f(Language::Persian);
    StatementRow *row = f.quiz().row(1);
    row->setFocus();
    pressDigit(row, QStringLiteral("۴"));
    CHECK(row->answer() == 4);
    CHECK(QApplication::focusWidget() == f.quiz().row(2));
    pressDigit(f.quiz().row(2), QStringLiteral("٢"));
    CHECK(f.quiz().row(2)->answer() == 2);
    CHECK(QApplication::focusWidget() == f.quiz().row(3));
    CHECK(f.find<QLabel>(QStringLiteral("progressText"))->text() == QStringLiteral("۲ از ۱۷ پاسخ داده شده"));
}

TEST_CASE("Arrows move along the scale in the reading direction without answering; Space answers", "[gui]")
{
    SECTION("left to right")
    {
        Fixture f(Language::English);
        StatementRow *row = f.quiz().row(3);
        row->setFocus();
        QTest::keyClick(row, Qt::Key_Right);
        QTest::keyClick(row, Qt::Key_Right);
        QTest::keyClick(row, Qt::Key_Right);
        QTest::keyClick(row, Qt::Key_Left);
        CHECK(row->marked() == 2);
        CHECK_FALSE(row->answer().has_value());
        CHECK(QApplication::focusWidget() == row);
        QTest::keyClick(row, Qt::Key_Space);
        CHECK(row->answer() == 2);
        CHECK(QApplication::focusWidget() == f.quiz().row(4));
        // Coming back, the marker starts from the answer given.
        row->setFocus();
        QTest::keyClick(row, Qt::Key_Right);
        CHECK(row->marked() == 3);
        CHECK(row->answer() == 2);
    }
    SECTION("right to left: Left goes towards the high end")
    {
        Fixture f(Language::Persian);
        StatementRow *row = f.quiz().row(3);
        row->setFocus();
        QTest::keyClick(row, Qt::Key_Left);
        CHECK(row->marked() == 1);
        QTest::keyClick(row, Qt::Key_Left);
        QTest::keyClick(row, Qt::Key_Left);
        QTest::keyClick(row, Qt::Key_Right);
        CHECK(row->marked() == 2);
        CHECK_FALSE(row->answer().has_value());
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(row, Qt::Key_Left); // stops at the end of the scale
        CHECK(row->marked() == 5);
        QTest::keyClick(row, Qt::Key_Space);
        CHECK(row->answer() == 5);
        CHECK(QApplication::focusWidget() == f.quiz().row(4));
        QTest::keyClick(f.quiz().row(4), Qt::Key_Up);
        CHECK(QApplication::focusWidget() == row);
    }
}

TEST_CASE("Switching language changes every text and the direction, and back", "[gui]")
{
    Fixture f;
    auto *statement = f.quiz().row(5)->findChild<QLabel *>(QStringLiteral("text"));
    const QString englishTitle = f.window->windowTitle();
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(statement->text() == raterQuiz().statement(5)->text.text(QStringLiteral("en")));

    f.switchTo(Language::Arabic);
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(f.window->layoutDirection() == Qt::RightToLeft);
    CHECK(statement->text() == raterQuiz().statement(5)->text.text(QStringLiteral("ar")));
    CHECK(f.window->windowTitle() != englishTitle);
    CHECK(f.window->windowTitle().contains(QStringLiteral("ما مدى جودة")));
    CHECK(f.find<QPushButton>(QStringLiteral("submit"))->text() == QStringLiteral("عرض النتائج (&S)"));
    CHECK(f.find<QLabel>(QStringLiteral("progressText"))->text() == QStringLiteral("أُجيب عن ٠ من ١٧"));

    f.switchTo(Language::Persian);
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(statement->text() == raterQuiz().statement(5)->text.text(QStringLiteral("fa")));
    CHECK(f.find<QLabel>(QStringLiteral("dateInCalendar"))->text()
          == f.language.formatDate(f.find<QDateEdit>(QStringLiteral("date"))->date()));
    CHECK(f.language.calendar().name() == rater::persianCalendar().name());

    f.switchTo(Language::English);
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(f.window->layoutDirection() == Qt::LeftToRight);
    CHECK(statement->text() == raterQuiz().statement(5)->text.text(QStringLiteral("en")));
    CHECK(f.window->windowTitle() == englishTitle);
}

TEST_CASE("The results charts mirror in right-to-left", "[gui]")
{
    Fixture f(Language::Arabic);
    f.find<QComboBox>(QStringLiteral("team"))->setCurrentText(QStringLiteral("فريق"));
    f.quiz().row(1)->setFocus();
    for (int answer : mixed)
        QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
    f.quiz().requestSubmit();
    auto *bars = f.find<DimensionBarChart>(QStringLiteral("dimensionBars"));
    const auto vertical = bars->chart()->axes(Qt::Vertical);
    REQUIRE(vertical.size() == 1);
    CHECK(vertical.first()->alignment() == Qt::AlignRight);
    auto *categories = qobject_cast<QBarCategoryAxis *>(bars->chart()->axes(Qt::Horizontal).first());
    REQUIRE(categories);
    // The first dimension stands at the right, where Arabic reading starts.
    CHECK(categories->categories().last().contains(QStringLiteral("الاعتمادية")));
    CHECK(categories->categories().first().contains(QStringLiteral("الاستجابة")));
    CHECK(f.find<QLabel>(QStringLiteral("totalLabel"))->text() == QStringLiteral("المجموع: ٧٣ من ٨٥"));

    f.switchTo(Language::English);
    const auto englishAxis = bars->chart()->axes(Qt::Vertical);
    CHECK(englishAxis.first()->alignment() == Qt::AlignLeft);
    categories = qobject_cast<QBarCategoryAxis *>(bars->chart()->axes(Qt::Horizontal).first());
    CHECK(categories->categories().first().contains(QStringLiteral("Reliability")));
    CHECK(f.find<QLabel>(QStringLiteral("totalLabel"))->text() == QStringLiteral("Total: 73 of 85"));
}

TEST_CASE("A draft survives a destroyed and re-created window", "[gui]")
{
    Fixture f;
    f.find<QComboBox>(QStringLiteral("team"))->setCurrentText(QStringLiteral("Night shift"));
    f.find<QLineEdit>(QStringLiteral("respondent"))->setText(QStringLiteral("n-2"));
    f.quiz().row(1)->setFocus();
    for (int answer : {5, 4, 3, 2, 1})
        QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
    f.window.reset(); // as if the window were closed, or the app crashed after the last answer

    f.open();
    CHECK(f.find<QComboBox>(QStringLiteral("team"))->currentText() == QStringLiteral("Night shift"));
    CHECK(f.find<QLineEdit>(QStringLiteral("respondent"))->text() == QStringLiteral("n-2"));
    const QuizProgress restored = f.quiz().current();
    std::vector<std::optional<int>> expected(17);
    std::copy_n(Answers{5, 4, 3, 2, 1}.begin(), 5, expected.begin());
    CHECK(restored.answers == expected);
    CHECK(f.find<QLabel>(QStringLiteral("quizMessage"))->text() == QStringLiteral("Your unfinished answers were restored."));

    // A new quiz clears the draft.
    f.window->showQuiz(true);
    const auto draft = f.window->database().drafts().load(QuizPage::draftName);
    REQUIRE(draft.hasValue());
    CHECK((!draft.value() || draft.value()->answers == std::vector<std::optional<int>>(17)));
    CHECK(f.quiz().missingStatements().size() == 17);
}

TEST_CASE("The window shows and takes answers before its database is open", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("later.sqlite"));
    LanguageController language;
    {
        // An earlier run left a draft behind.
        auto earlier = Database::open(path);
        REQUIRE(earlier.hasValue());
        REQUIRE(earlier.value()->drafts().save({QuizPage::draftName, QStringLiteral("Night shift"), QString(),
                                            QDate(2026, 5, 4), QStringLiteral("en"), QStringLiteral("rater"),
                                            {5, 4, 3, 2, 1, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}}));
    }

    SECTION("with nothing entered yet, the draft comes back")
    {
        MainWindow window(language);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK_FALSE(window.hasDatabase());
        CHECK(window.quizPage()->isVisible());
        CHECK(window.quizPage()->missingStatements().size() == 17);

        window.setDatabase(std::move(Database::open(path)).value());
        const QuizProgress restored = window.quizPage()->current();
        CHECK(restored.team == QStringLiteral("Night shift"));
        CHECK(restored.date == QDate(2026, 5, 4));
        std::vector<std::optional<int>> expected(17);
        std::copy_n(Answers{5, 4, 3, 2, 1}.begin(), 5, expected.begin());
        CHECK(restored.answers == expected);
        CHECK(window.findChild<QLabel *>(QStringLiteral("quizMessage"))->text()
              == QStringLiteral("Your unfinished answers were restored."));
        auto *team = window.findChild<QComboBox *>(QStringLiteral("team"));
        CHECK(team->findText(QStringLiteral("Night shift")) < 0); // a draft's team is not a stored team
    }

    SECTION("answers given before it opened are kept, and become the draft")
    {
        MainWindow window(language);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.quizPage()->row(1)->setFocus();
        for (int answer : {1, 1, 2})
            QTest::keyClick(QApplication::focusWidget(), char('0' + answer));

        window.setDatabase(std::move(Database::open(path)).value());
        std::vector<std::optional<int>> given(17);
        std::copy_n(Answers{1, 1, 2}.begin(), 3, given.begin());
        CHECK(window.quizPage()->current().answers == given);
        const auto draft = window.database().drafts().load(QuizPage::draftName);
        REQUIRE(draft.hasValue());
        REQUIRE(draft.value().has_value());
        CHECK(draft.value()->answers == given);
        CHECK(draft.value()->team.isEmpty());
        CHECK(window.findChild<QLabel *>(QStringLiteral("quizMessage"))->text().isEmpty());
    }

    SECTION("a tab chosen before it opened is built once it is in")
    {
        MainWindow window(language);
        window.showTab(1);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(window.historyView() == nullptr);
        window.setDatabase(std::move(Database::open(path)).value());
        REQUIRE(window.historyView() != nullptr);
        CHECK(window.historyView()->isVisible());
    }
}

namespace {

// Runs the real desktop app on the offscreen platform with its start-up
// timing option: it prints when the window is painted and when its data is
// in, then quits. Returns those two lines.
QStringList runRaterUntilReady(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess rater;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    rater.setProcessEnvironment(env);
    rater.start(QStringLiteral(RATER_PATH), arguments + QStringList{QStringLiteral("--quit-after-first-paint")});
    REQUIRE(rater.waitForFinished(120000));
    INFO(rater.readAllStandardError().toStdString());
    CHECK(rater.exitStatus() == QProcess::NormalExit);
    CHECK(rater.exitCode() == 0);
    return QString::fromLatin1(rater.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

namespace {

// An X server of the test's own, so that rater's window can be watched from outside.
class XServer
{
public:
    XServer()
    {
        m_server.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                                QStringLiteral("0"), QStringLiteral("1024x768x24"),
                                                QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        REQUIRE(m_server.waitForStarted(10000));
        for (int wait = 0; wait < 100 && !m_server.canReadLine(); ++wait)
            m_server.waitForReadyRead(100);
        const QByteArray number = m_server.readLine().trimmed();
        REQUIRE_FALSE(number.isEmpty());
        m_display = QStringLiteral(":") + QString::fromLatin1(number);
    }
    ~XServer()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }
    XServer(const XServer &) = delete;
    XServer &operator=(const XServer &) = delete;

    QString display() const { return m_display; }

    // Whether a window titled `title` is mapped, as the X server reports it.
    bool hasWindow(const QString &title) const
    {
        QProcess info;
        info.start(QStringLiteral("xwininfo"), {QStringLiteral("-display"), m_display, QStringLiteral("-root"),
                                                QStringLiteral("-tree")});
        info.waitForFinished(10000);
        return QString::fromUtf8(info.readAllStandardOutput()).contains(QLatin1Char('"') + title);
    }

    // The screen as the X server holds it.
    QImage screen() const
    {
        QProcess grab;
        grab.start(QStringLiteral("import"), {QStringLiteral("-display"), m_display, QStringLiteral("-window"),
                                              QStringLiteral("root"), QStringLiteral("png:-")});
        grab.waitForFinished(20000);
        return QImage::fromData(grab.readAllStandardOutput(), "PNG");
    }

private:
    QProcess m_server;
    QString m_display;
};

int colours(const QImage &image)
{
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            seen.insert(image.pixel(x, y));
    }
    return int(seen.size());
}

} // namespace

TEST_CASE("rater's window is up and painted while its database is still held by another process", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.sqlite"));
    REQUIRE(Database::open(path).hasValue()); // created, with its schema
    // Another program holds the database: rater cannot open it until it lets go.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    other.setDatabaseName(path);
    REQUIRE(other.open());
    QSqlQuery hold(other);
    // In WAL mode only an exclusive locking mode keeps readers out: SQLite's own lock, held until closed.
    REQUIRE(hold.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
    REQUIRE(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    REQUIRE(hold.exec(QStringLiteral("DELETE FROM assessment WHERE 0")));

    const XServer x;
    QProcess rater;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), x.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("suppressions=" RATER_LSAN_SUPPRESSIONS));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    rater.setProcessEnvironment(env);
    rater.start(QStringLiteral(RATER_PATH), {QStringLiteral("--db"), path, QStringLiteral("--quit-after-first-paint")});
    REQUIRE(rater.waitForStarted());

    // Seen from outside: the window is mapped and drawn (text, not one flat colour)
    // while the database is still held.
    int drawn = 0;
    for (int wait = 0; wait < 100 && drawn < 20; ++wait) {
        QTest::qWait(200);
        if (x.hasWindow(QStringLiteral("Rater")))
            drawn = colours(x.screen());
    }
    // Should rater have ended early, what it said explains why.
    INFO("rater: " << (rater.state() == QProcess::Running ? std::string("running")
                                                          : "ended with " + std::to_string(rater.exitCode()) + ": "
                                                                + rater.readAllStandardError().toStdString()));
    CHECK(x.hasWindow(QStringLiteral("Rater")));
    CHECK(drawn >= 20);
    CHECK(rater.state() == QProcess::Running); // still waiting for the database

    // Let go: rater opens the database and finishes.
    REQUIRE(hold.exec(QStringLiteral("ROLLBACK")));
    hold = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    REQUIRE(rater.waitForFinished(60000));
    INFO(rater.readAllStandardError().toStdString());
    CHECK(rater.exitCode() == 0);
    CHECK(QString::fromLatin1(rater.readAllStandardOutput()).contains(QStringLiteral("ready ")));
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

TEST_CASE("rater --demo writes the demo database and opens it", "[gui]")
{
    QTemporaryDir dir;
    const QStringList lines = runRaterUntilReady(dir, {QStringLiteral("--demo")});
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QStringLiteral("ready ")));
    const auto demo = Database::open(dir.filePath(QStringLiteral("data/Rater/demo.sqlite")));
    REQUIRE(demo.hasValue());
    CHECK(demo.value()->assessments().count().value() > 0);
}

TEST_CASE("The exported PDF holds the result in the chosen language", "[gui][pdf]")
{
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        Fixture f(lang);
        f.find<QComboBox>(QStringLiteral("team"))->setCurrentText(QStringLiteral("Team A"));
        f.quiz().row(1)->setFocus();
        for (int answer : mixed)
            QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
        f.quiz().requestSubmit();
        const QString pdf = f.dir.filePath(QStringLiteral("result.pdf"));
        REQUIRE(f.window->exportPdf(pdf));

        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished());
        REQUIRE(text.exitCode() == 0);
        // Arabic comes out as presentation forms; compare in compatibility form.
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput())
                                      .normalized(QString::NormalizationForm_KC)
                                      .remove(QChar(0x200C));
        const QString code = languageCode(lang);
        const auto expect = [&](const QString &wanted) {
            INFO(code.toStdString() << ": " << wanted.toStdString());
            CHECK(extracted.contains(wanted.normalized(QString::NormalizationForm_KC).remove(QChar(0x200C))));
        };
        expect(raterQuiz().title.text(code));
        for (const Dimension &d : raterQuiz().dimensions)
            expect(d.name.text(code));
        expect(localeFor(lang).toString(73));
        expect(raterQuiz().band(QStringLiteral("high"))->title.text(code));
        if (lang != Language::English) {
            // The middle dot reads as a zero (٠ / ۰) beside native digits: figures are
            // set apart by the language's own separator, on the page and in the PDF.
            const QString details = f.find<QLabel>(QStringLiteral("resultDetails"))->text();
            INFO(details.toStdString());
            CHECK_FALSE(details.contains(QChar(0x00B7)));
            CHECK(details.contains(figureSeparator(lang)));
            CHECK_FALSE(extracted.contains(QChar(0x00B7)));
            CHECK(extracted.contains(QChar(0x061B))); // ؛
        }

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(info.waitForFinished());
        CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    }
}

TEST_CASE("The quiz's fields take no more than the documented limits", "[gui]")
{
    Fixture f;
    auto *team = f.find<QComboBox>(QStringLiteral("team"));
    team->setFocus();
    QTest::keyClicks(team, QString(130, u'T'));
    CHECK(team->currentText().size() == limits::maxNameLength);
    auto *respondent = f.find<QLineEdit>(QStringLiteral("respondent"));
    QTest::keyClicks(respondent, QString(70, u'r'));
    CHECK(respondent->text().size() == limits::maxCodeLength);
    auto *date = f.find<QDateEdit>(QStringLiteral("date"));
    date->setDate(QDate(1850, 6, 1));
    CHECK(date->date() == limits::earliestDate());
    date->setDate(QDate(2150, 6, 1));
    CHECK(date->date() == limits::latestDate());
}
