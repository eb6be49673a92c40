#include "printing.h"

#include "exchange/csv.h"

#include <catch2/catch.hpp>

using namespace rater;

namespace {

csv::Document parsed(const QByteArray &bytes)
{
    Expected<csv::Document> document = csv::parse(bytes);
    INFO(document.error().toStdString());
    REQUIRE(document.hasValue());
    return std::move(document).value();
}

} // namespace

TEST_CASE("CSV: comma or semicolon, LF or CRLF, with or without a byte-order mark", "[csv]")
{
    for (const QByteArray &bytes : {QByteArray("a,b\n1,2\n"), QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2\r\n"),
                                    QByteArray("a;b\n1;2"), QByteArray("\xEF\xBB\xBF" "a;b\r\n1;2\r\n")}) {
        const csv::Document d = parsed(bytes);
        REQUIRE(d.records.size() == 2);
        CHECK(d.records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b")});
        CHECK(d.records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("2")});
        CHECK(d.records[1].line == 2);
    }
    CHECK(parsed("a;b\n").separator == u';');
    CHECK(parsed("a,b\n").separator == u',');
}

TEST_CASE("CSV: quoted fields hold separators, doubled quotes and line breaks", "[csv]")
{
    const csv::Document d = parsed("team,note\n\"Sales, North\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\r\nlast,\"\"\n");
    REQUIRE(d.records.size() == 4);
    CHECK(d.records[1].fields == QStringList{QStringLiteral("Sales, North"), QStringLiteral("say \"hi\"")});
    CHECK(d.records[2].fields == QStringList{QStringLiteral("two\nlines"), QStringLiteral("x")});
    CHECK(d.records[2].line == 3);
    CHECK(d.records[3].line == 5); // the record after a two-line one starts on line 5
    CHECK(d.records[3].fields == QStringList{QStringLiteral("last"), QString()});
}

TEST_CASE("CSV: faults name their line", "[csv]")
{
    CHECK(csv::parse("a,b\n1,\"open\n2,3\n").error() == QStringLiteral("line 2: a quoted field is never closed"));
    CHECK(csv::parse("a,b\n\"x\"y,2\n").error().startsWith(QStringLiteral("line 2: unexpected text after a closing quote")));
    CHECK(csv::parse("a,b\n1,2\n\xff\xfe,3\n").error().startsWith(QStringLiteral("line 3: the file is not UTF-8 text")));
}

TEST_CASE("CSV: writing quotes only what needs it and ends lines with CRLF", "[csv]")
{
    CHECK(csv::formatRecord({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"x\""),
                             QStringLiteral("two\nlines"), QString()})
          == QStringLiteral("plain,\"a,b\",\"say \"\"x\"\"\",\"two\nlines\",\r\n"));
    const QStringList fields{QStringLiteral("a;b"), QStringLiteral("\"q\""), QStringLiteral("x\r\ny")};
    CHECK(parsed(csv::formatRecord(fields).toUtf8()).records.front().fields == fields);
}

TEST_CASE("CSV: cells a spreadsheet would run as formulas get one apostrophe, removed on reading", "[csv]")
{
    for (const char *text : {"=SUM(A1:A9)", "+44 team", "-Ops", "@home", "\tTabbed", "\rReturn",
                             "\uFF1DSUM(A1)", "\uFE66SUM(A1)", "\uFF0B1", "\uFF201", "  =1+1", "\u00A0=1+1",
                             "\u3000=1+1", " \u00A0 @x"}) {
        const QString value = QString::fromUtf8(text);
        INFO(text);
        CHECK(csv::protectCell(value) == QLatin1Char('\'') + value);
        CHECK(csv::unprotectCell(csv::protectCell(value)) == value);
    }
    for (const char *text : {"Support", "'quoted", "", "a=b", "'=already", "''-twice", "   ", "' =spaced"}) {
        const QString value = QString::fromUtf8(text);
        INFO(text);
        CHECK(csv::unprotectCell(csv::protectCell(value)) == value);
    }
    CHECK(csv::protectCell(QStringLiteral("Support")) == QStringLiteral("Support"));
    CHECK(csv::protectCell(QStringLiteral("'=already")) == QStringLiteral("''=already"));
    CHECK(csv::unprotectCell(QStringLiteral("'plain")) == QStringLiteral("'plain"));
}
