#include "printing.h"
#include "rater_quiz.h"

#include "languagecontroller.h"
#include "questionnaire/loader.h"
#include "workshop/groupview.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rater;
using namespace rater::gui;

namespace {

std::vector<Answers> group(int size)
{
    std::vector<Answers> people;
    for (int p = 0; p < size; ++p) {
        Answers a(17, 1 + p % 5);
        a[2] = 1 + (p * 3) % 5;
        people.push_back(a);
    }
    return people;
}

} // namespace

TEST_CASE("The group view withholds figures below the threshold and shows them above", "[gui][workshop]")
{
    LanguageController language(nullptr, false);
    GroupView view(raterQuiz(), language);
    view.resize(1400, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setGroup(QStringLiteral("Service day"), QDate(2026, 3, 21), summarizeGroup(raterQuiz(), group(2), 3), 3);
    CHECK(view.findChild<QLabel *>(QStringLiteral("groupFigures"))->text().startsWith(QStringLiteral("Participants so far: 2. Group figures appear from 3")));
    CHECK_FALSE(view.findChild<QChartView *>(QStringLiteral("groupBoxPlot"))->isVisible());

    const GroupSummary twenty = summarizeGroup(raterQuiz(), group(20), 3);
    view.setGroup(QStringLiteral("Service day"), QDate(2026, 3, 21), twenty, 3);
    const QString figures = view.findChild<QLabel *>(QStringLiteral("groupFigures"))->text();
    CHECK(figures.startsWith(QStringLiteral("Participants: 20. Mean total ")));
    CHECK(figures.contains(QLocale(QLocale::English, QLocale::UnitedStates).toString(twenty.totalMean, 'f', 1)));
    auto *boxes = view.findChild<QChartView *>(QStringLiteral("groupBoxPlot"));
    CHECK(boxes->isVisible());
    REQUIRE(boxes->chart()->series().size() == 1);
    auto *names = qobject_cast<QBarCategoryAxis *>(boxes->chart()->axes(Qt::Horizontal).first());
    REQUIRE(names);
    // Weakest first.
    const auto weakest = std::min_element(twenty.dimensions.begin(), twenty.dimensions.end(),
                                          [](const auto &a, const auto &b) { return a.mean < b.mean; });
    // Each name carries its alpha (twenty people) under it.
    CHECK(names->categories().first().contains(raterQuiz().dimension(weakest->id)->name.text(QStringLiteral("en"))));
    CHECK(names->categories().first().contains(QStringLiteral("α ")
                                               + QLocale(QLocale::English, QLocale::UnitedStates).toString(*weakest->alpha, 'f', 2)));

    language.setLanguage(Language::Persian);
    QCoreApplication::processEvents(); // the posted QEvent::LanguageChange
    CHECK(names != qobject_cast<QBarCategoryAxis *>(boxes->chart()->axes(Qt::Horizontal).first()));
    names = qobject_cast<QBarCategoryAxis *>(boxes->chart()->axes(Qt::Horizontal).first());
    CHECK(names->categories().last().contains(raterQuiz().dimension(weakest->id)->name.text(QStringLiteral("fa"))));
    CHECK(boxes->chart()->axes(Qt::Vertical).first()->alignment() == Qt::AlignRight);
    auto *bars = view.findChild<QChartView *>(QStringLiteral("groupStatementBars"));
    CHECK(bars->chart()->axes(Qt::Vertical).first()->alignment() == Qt::AlignRight);
    CHECK(view.findChild<QLabel *>(QStringLiteral("groupFigures"))->text().contains(QStringLiteral("۲۰")));
}

TEST_CASE("The workshop report is written without a display and holds the title and dimensions", "[gui][workshop][pdf]")
{
    QTemporaryDir dir;
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        LanguageController language(nullptr, false);
        language.setLanguage(lang);
        GroupView view(raterQuiz(), language);
        view.setGroup(QStringLiteral("کارگاه خدمات"), QDate(2026, 3, 21), summarizeGroup(raterQuiz(), group(12), 3), 3);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        REQUIRE(view.writeReport(pdf).hasValue());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished());
        const QString extracted = QString::fromUtf8(text.readAllStandardOutput())
                                      .normalized(QString::NormalizationForm_KC)
                                      .remove(QChar(0x200C));
        const QString code = languageCode(lang);
        INFO(code.toStdString());
        CHECK(extracted.contains(QStringLiteral("کارگاه خدمات").normalized(QString::NormalizationForm_KC)));
        for (const Dimension &d : raterQuiz().dimensions)
            CHECK(extracted.contains(d.name.text(code).normalized(QString::NormalizationForm_KC).remove(QChar(0x200C))));
        // The lowest statements are in the report too, and every statement is numbered beside its bar.
        if (lang == Language::English) {
            CHECK(extracted.contains(QStringLiteral("Lowest statements")));
            for (int number = 1; number <= 17; ++number)
                CHECK(extracted.contains(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(number))));
        }
    }
}

TEST_CASE("The workshop report prints on a high-resolution printer at the same layout", "[gui][workshop][pdf]")
{
    QTemporaryDir dir;
    LanguageController language(nullptr, false);
    GroupView view(raterQuiz(), language);
    view.setGroup(QStringLiteral("Printed day"), QDate(2026, 3, 21), summarizeGroup(raterQuiz(), group(8), 3), 3);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter); // as the PDF export's
    REQUIRE(view.printReport(printer).hasValue());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), dir.filePath(QStringLiteral("printed.pdf")),
                                             QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(extracted.contains(QStringLiteral("Printed day")));
    CHECK(extracted.contains(QStringLiteral("Reliability")));
    // Same page count as the PDF export: the layout does not depend on the printer's resolution.
    REQUIRE(view.writeReport(dir.filePath(QStringLiteral("written.pdf"))).hasValue());
    QProcess pages;
    pages.start(QStringLiteral("pdfinfo"), {dir.filePath(QStringLiteral("printed.pdf"))});
    REQUIRE(pages.waitForFinished());
    QProcess written;
    written.start(QStringLiteral("pdfinfo"), {dir.filePath(QStringLiteral("written.pdf"))});
    REQUIRE(written.waitForFinished());
    const auto count = [](const QByteArray &info) {
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info)).captured(1);
    };
    CHECK(count(pages.readAllStandardOutput()) == count(written.readAllStandardOutput()));
}
