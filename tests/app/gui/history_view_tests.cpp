#include "printing.h"
#include "rater_quiz.h"

#include "charts/historychart.h"
#include "history/demo.h"
#include "i18n/persiancalendar.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "questionnaire/loader.h"
#include "views/comparisonview.h"
#include "resultreport.h"
#include "views/historyview.h"
#include "workshop/groupview.h"
#include "workshop/workshopsview.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChartView>
#include <QClipboard>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rater;
using namespace rater::gui;
using namespace rater::reports;

namespace {

struct DemoWindow
{
    explicit DemoWindow(Language lang)
    {
        language.setLanguage(lang);
        auto database = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
        REQUIRE(database.hasValue());
        REQUIRE(writeDemoData(*database.value(), raterQuiz(), QDate(2026, 11, 22)).hasValue());
        window = std::make_unique<MainWindow>(std::move(database).value(), language);
        window->resize(1200, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QTemporaryDir dir;
    LanguageController language;
    std::unique_ptr<MainWindow> window;
};

QString pdfText(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("History shows each team's periods with the core's figures, mirrored in right to left", "[gui][history]")
{
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        DemoWindow w(lang);
        const QString code = languageCode(lang);
        INFO(code.toStdString());
        w.window->showTab(1);
        auto *history = qobject_cast<HistoryView *>(w.window->historyView());
        REQUIRE(history->isVisible());
        history->selectTeams({QStringLiteral("Front Desk"), QStringLiteral("Field Service")});
        REQUIRE(history->figures().size() == 2);

        // The figures are the core's aggregate of the stored answers, as
        // the list of the team's results reads them.
        std::vector<DatedAnswers> dated;
        REQUIRE(w.window->database()
                    .assessments()
                    .forEach(QStringLiteral("Field Service"),
                             [&dated](const StoredAssessment &a) -> Status {
                                 dated.push_back({a.date, a.answers});
                                 return Done{};
                             })
                    .hasValue());
        const std::vector<PeriodStats> expected = aggregate(dated, raterQuiz(), history->scheme());
        const auto &shown = history->figures().front();
        CHECK(shown.first == QStringLiteral("Field Service"));
        REQUIRE(shown.second.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            CHECK(shown.second[i].total.n == expected[i].total.n);
            CHECK(shown.second[i].total.mean == Approx(expected[i].total.mean));
        }

        // The table holds the same figures, in the language's digits and calendar.
        QTableWidget *table = history->totalTable();
        CHECK(table->rowCount() == int(history->figures()[0].second.size() + history->figures()[1].second.size()));
        const QLocale locale = w.language.locale();
        CHECK(table->item(0, 3)->data(Qt::UserRole).toDouble() == Approx(expected[0].total.mean));
        CHECK(table->item(0, 3)->text().startsWith(locale.toString(expected[0].total.mean, 'f', 2)));
        const QString firstLabel = table->item(0, 0)->text();
        if (lang == Language::Persian) {
            CHECK(w.language.calendar().name() == rater::persianCalendar().name());
            CHECK(firstLabel.startsWith(QStringLiteral("فصل ")));
            CHECK(firstLabel.contains(QStringLiteral("۱۴۰")));
        } else if (lang == Language::Arabic) {
            CHECK(firstLabel.startsWith(QStringLiteral("الربع ")));
            CHECK(firstLabel.contains(QStringLiteral("٢٠٢")));
        } else {
            CHECK(firstLabel == QStringLiteral("Q1 2024"));
        }

        // Copyable: Ctrl+C gives the selected cells as tab-separated text.
        table->setFocus();
        table->setRangeSelected(QTableWidgetSelectionRange(0, 0, 1, 3), true);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(copied.size() == 3);
        CHECK(copied.at(1).split(QLatin1Char('\t')).first() == firstLabel);
        CHECK(copied.at(1).split(QLatin1Char('\t')).at(3) == table->item(0, 3)->text());

        // Charts: time runs from the reading side, the values stand on the reading end.
        auto *chart = history->findChild<HistoryChart *>(QStringLiteral("historyTotalChart"));
        REQUIRE(chart);
        const QAbstractAxis *time = chart->chart()->axes(Qt::Horizontal).first();
        const QAbstractAxis *values = chart->chart()->axes(Qt::Vertical).first();
        CHECK(time->isReverse() == (lang != Language::English));
        CHECK(values->alignment() == (lang == Language::English ? Qt::AlignLeft : Qt::AlignRight));
        CHECK(chart->chart()->legend()->reverseMarkers() == (lang != Language::English));

        // A period with no data breaks the line: New Accounts begins late, Front Desk runs throughout.
        const HistoryChartData data = history->totalChartData();
        CHECK(data.periods.size() >= 12);
        CHECK(data.labels.size() == qsizetype(data.periods.size()));

        // Exports.
        const QString pdf = w.dir.filePath(QStringLiteral("history.pdf"));
        REQUIRE(history->exportPdf(pdf).hasValue());
        const QString text = pdfText(pdf);
        CHECK(text.contains(QStringLiteral("Field Service")));
        CHECK(text.contains(raterQuiz().dimensions[0].name.text(code).normalized(QString::NormalizationForm_KC)));
        REQUIRE(history->exportXlsx(w.dir.filePath(QStringLiteral("history.xlsx"))).hasValue());
        CHECK(QFileInfo(w.dir.filePath(QStringLiteral("history.xlsx"))).size() > 1000);
        REQUIRE(history->exportChartPng(w.dir.filePath(QStringLiteral("total.png")), false).hasValue());
        CHECK(QImage(w.dir.filePath(QStringLiteral("total.png"))).width() == 1800);
    }
}

TEST_CASE("Comparison lists the teams for a period, sorts by any column and marks each lowest dimension", "[gui][history]")
{
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        DemoWindow w(lang);
        INFO(languageCode(lang).toStdString());
        w.window->showTab(2);
        auto *comparison = qobject_cast<ComparisonView *>(w.window->comparisonView());
        REQUIRE(comparison->isVisible());
        REQUIRE(comparison->periods().size() >= 12);
        QTableWidget *table = comparison->table();
        REQUIRE(table->rowCount() == 4);
        // Exactly one marked dimension per team, and it is the lowest.
        for (int r = 0; r < table->rowCount(); ++r) {
            int marked = 0;
            double lowest = 99;
            double markedValue = 0;
            for (int c = 3; c < table->columnCount(); ++c) {
                const double value = table->item(r, c)->data(Qt::UserRole).toDouble();
                lowest = std::min(lowest, value);
                if (table->item(r, c)->text().contains(QStringLiteral("▼"))) {
                    ++marked;
                    markedValue = value;
                }
            }
            CHECK(marked == 1);
            CHECK(markedValue == lowest);
        }
        // Sorting by the mean total, by number (not by the text in the language's digits).
        table->sortItems(2, Qt::DescendingOrder);
        for (int r = 1; r < table->rowCount(); ++r)
            CHECK(table->item(r - 1, 2)->data(Qt::UserRole).toDouble() >= table->item(r, 2)->data(Qt::UserRole).toDouble());
        // Grouped bars read from the reading side.
        auto *teams = qobject_cast<QBarCategoryAxis *>(comparison->chartView()->chart()->axes(Qt::Horizontal).first());
        REQUIRE(teams);
        const QStringList order = teams->categories();
        REQUIRE(order.size() == 4);
        CHECK(order.first() == (lang == Language::English ? QStringLiteral("Field Service") : QStringLiteral("Online Support")));
        CHECK(comparison->chartView()->chart()->axes(Qt::Vertical).first()->alignment()
              == (lang == Language::English ? Qt::AlignLeft : Qt::AlignRight));
        // An older period.
        comparison->choosePeriod(5);
        CHECK(table->rowCount() >= 3);
        REQUIRE(comparison->exportPdf(w.dir.filePath(QStringLiteral("compare.pdf"))).hasValue());
        CHECK(pdfText(w.dir.filePath(QStringLiteral("compare.pdf"))).contains(QStringLiteral("Front Desk")));
    }
}

TEST_CASE("Reports are dark on white whatever the screen's palette", "[gui][history][pdf]")
{
    DemoWindow w(Language::English);
    const QPalette screen = QApplication::palette();
    QPalette dark = screen;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    w.window->showTab(1);
    auto *history = qobject_cast<HistoryView *>(w.window->historyView());
    history->selectTeams({QStringLiteral("Front Desk")});
    w.window->showTab(2);
    auto *comparison = qobject_cast<ComparisonView *>(w.window->comparisonView());
    const QString historyPdf = w.dir.filePath(QStringLiteral("history.pdf"));
    const QString comparisonPdf = w.dir.filePath(QStringLiteral("comparison.pdf"));
    REQUIRE(history->exportPdf(historyPdf).hasValue());
    REQUIRE(comparison->exportPdf(comparisonPdf).hasValue());
    w.window->showTab(3);
    auto *workshops = qobject_cast<WorkshopsView *>(w.window->workshopsView());
    const QString workshopPdf = w.dir.filePath(QStringLiteral("workshop.pdf"));
    REQUIRE(workshops->groupView()->writeReport(workshopPdf).hasValue());
    const Answers answers(17, 3);
    const QString resultPdf = w.dir.filePath(QStringLiteral("result.pdf"));
    REQUIRE(ResultReport({&raterQuiz(), {QStringLiteral("Desk"), QString(), QDate(2026, 5, 4), answers},
                          score(raterQuiz(), answers).value(), Language::English, QCalendar()})
                .writePdf(resultPdf)
                .hasValue());
    QApplication::setPalette(screen);

    for (const QString &pdf : {historyPdf, comparisonPdf, workshopPdf, resultPdf}) {
        INFO(pdf.toStdString());
        // The first page in grey, and how much of it is dark ink: text, lines, axis labels.
        QProcess render;
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("50"),
                                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), QStringLiteral("-singlefile"), pdf,
                                                  pdf + QStringLiteral(".page")});
        REQUIRE(render.waitForFinished(60000));
        const QImage page(pdf + QStringLiteral(".page.pgm"));
        REQUIRE_FALSE(page.isNull());
        qint64 paper = 0;
        qint64 titleInk = 0;
        const int titleBand = page.height() / 12; // the title and subtitle at the top of the page
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const int grey = qGray(page.pixel(x, y));
                paper += grey > 240 ? 1 : 0;
                titleInk += y < titleBand && grey < 110 ? 1 : 0;
            }
        }
        CHECK(paper > page.width() * page.height() * 8 / 10); // white paper: no chart on the screen's dark base
        CHECK(titleInk > 50);                                 // and the title in dark ink on it
    }
}
