#include "printing.h"

#include "questionnaire/loader.h"
#include "scoring/statementtablemodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace rater;

TEST_CASE("The statement table shows answers, item scores, keying and dimensions", "[model]")
{
    const Questionnaire q = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    const Answers answers{2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5};
    StatementTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setResult(&q, answers, score(q, answers).value());
    REQUIRE(model.rowCount() == 17);
    REQUIRE(model.columnCount() == StatementTableModel::ColumnCount);
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    CHECK(cell(0, StatementTableModel::Number) == QStringLiteral("1"));
    CHECK(cell(0, StatementTableModel::Answer) == QStringLiteral("2 (Rarely)"));
    CHECK(cell(0, StatementTableModel::ItemScore) == QStringLiteral("4"));
    CHECK(cell(0, StatementTableModel::Reversed) == QStringLiteral("Reversed"));
    CHECK(cell(1, StatementTableModel::Reversed).isEmpty());
    CHECK(cell(6, StatementTableModel::Dimensions) == QStringLiteral("Reliability, Tangibles, Responsiveness"));

    model.setLanguage(QStringLiteral("fa"), QLocale(QLocale::Persian, QLocale::Iran));
    CHECK(cell(16, StatementTableModel::Number) == QStringLiteral("۱۷"));
    CHECK(cell(0, StatementTableModel::Answer) == QStringLiteral("۲ (به‌ندرت)"));
    CHECK(cell(6, StatementTableModel::Dimensions) == QStringLiteral("قابلیت اطمینان، عوامل ملموس، پاسخ‌گویی"));
    CHECK(cell(0, StatementTableModel::Text) == q.statement(1)->text.text(QStringLiteral("fa")));
}
