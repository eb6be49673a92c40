#include "printing.h"

#include "exchange/assessmentfile.h"
#include "exchange/jsonarray.h"
#include "storage/storage_support.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonObject>

using namespace rater;
using namespace Qt::StringLiterals;

namespace {

std::vector<QJsonValue> elements(const QByteArray &text, QString *failure = nullptr)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    json::ArrayReader reader(buffer);
    std::vector<QJsonValue> values;
    for (;;) {
        const auto next = reader.next();
        if (!next) {
            if (failure)
                *failure = next.error();
            return values;
        }
        if (!*next)
            return values;
        CHECK((*next)->number == qsizetype(values.size()) + 1);
        values.push_back((*next)->value);
    }
}

QString refusal(const QByteArray &text)
{
    QString failure;
    elements(text, &failure);
    return failure;
}

} // namespace

TEST_CASE("JSON lists are read one element at a time, whatever their strings hold", "[json]")
{
    // Brackets, commas, quotes and backslashes inside strings, nested values,
    // scalars, and enough of them that elements cross the 64 KiB chunks.
    QByteArray text = " \n[";
    const QString tricky = u"a ] , } { [ \" \\ \u062e\u062f\u0645\u0627\u062a \U0001F642"_s;
    for (int i = 0; i < 3000; ++i) {
        text += i ? ",\n  " : "";
        text += R"({"n": )" + QByteArray::number(i) + R"(, "text": ")" + tricky.toUtf8().replace("\\", "\\\\").replace("\"", "\\\"")
                + R"(", "nested": [1, {"x": [[]]}], "empty": ""})";
    }
    text += R"(, 7, -1.5e3, "s]", true, null, [] ] )";
    const std::vector<QJsonValue> values = elements(text);
    REQUIRE(values.size() == 3006);
    CHECK(values[2999].toObject().value(u"n"_s).toInt() == 2999);
    CHECK(values[1234].toObject().value(u"text"_s).toString() == tricky);
    CHECK(values[3000].toInt() == 7);
    CHECK(values[3001].toDouble() == -1500);
    CHECK(values[3002].toString() == u"s]"_s);
    CHECK(values[3003].toBool());
    CHECK(values[3004].isNull());
    CHECK(values[3005].isArray());
    CHECK(elements("[]").empty());
    CHECK(elements(" [ ] \n").empty());
}

TEST_CASE("JSON list faults say what is wrong and at which character", "[json]")
{
    CHECK(refusal("") == u"the file is empty; expected a list of assessments in brackets [ ]"_s);
    CHECK(refusal(R"({"team": "A"})") == u"expected a list of assessments in brackets [ ]"_s);
    CHECK(refusal("x") == u"not valid JSON at character 0 (expected [)"_s);
    CHECK(refusal("[") == u"not valid JSON at character 1 (the list of assessments is never closed with ])"_s);
    CHECK(refusal("[1,]") == u"not valid JSON at character 3 (expected a record)"_s);
    CHECK(refusal("[1 2]") == u"not valid JSON at character 3 (expected , or ] after record 1)"_s);
    CHECK(refusal("[1] 2") == u"not valid JSON at character 4 (there is more after the closing ])"_s);
    CHECK(refusal(R"([{"a": "b"}, {"a": "b)") == u"not valid JSON at character 21 (the file ends inside a record)"_s);
    CHECK(refusal("[{}}]") == u"not valid JSON at character 3 (expected , or ] after record 1)"_s);
    // Inside an element, QJsonDocument's own reason, at the file's character.
    const QString inside = refusal(R"([{"a": 1}, {"a": tru}])");
    CHECK(inside.startsWith(u"not valid JSON at character 21 ("_s)); // in the second record, which starts at 11
    // One endless record is refused by its number, without reading on.
    QByteArray endless = R"([{"a": 1}, {"a": ")" + QByteArray(json::maxElementBytes + 10, 'x') + R"("}])";
    CHECK(refusal(endless) == u"record 2 is longer than 1 MiB"_s);
}

TEST_CASE("JSON import hands each record on before it reads the next", "[json][exchange]")
{
    QByteArray text = "[";
    for (int i = 0; i < 2000; ++i) {
        text += i ? "," : "";
        text += R"({"team": "Support", "date": "2026-03-21", "lang": "en", "q1": 1, "q2": 2, "q3": 3, "q4": 4,
            "q5": 5, "q6": 1, "q7": 2, "q8": 3, "q9": 4, "q10": 5, "q11": 1, "q12": 2, "q13": 3, "q14": 4,
            "q15": 5, "q16": 1, "q17": 2})";
    }
    text += "]";
    REQUIRE(text.size() > 4 * 64 * 1024);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    std::vector<qint64> readWhenAccepted;
    const QStringList problems = exchange::readJson(buffer, u"in.json"_s, support::raterQuiz(),
                                                    [&](const NewAssessment &record, qsizetype place) -> Status {
                                                        CHECK(record.answers.size() == 17);
                                                        CHECK(place == qsizetype(readWhenAccepted.size()) + 1);
                                                        readWhenAccepted.push_back(buffer.pos());
                                                        return Done{};
                                                    });
    CHECK(problems.isEmpty());
    REQUIRE(readWhenAccepted.size() == 2000);
    CHECK(readWhenAccepted.front() <= 64 * 1024); // the first record came with the first chunk
    CHECK(readWhenAccepted.back() == text.size());

    // A fault after good records: they were handed on, the fault is reported, and nothing follows it.
    QByteArray broken = text;
    broken.chop(1);
    broken += R"(, {"team": "Late"} garbage])";
    QBuffer brokenBuffer(&broken);
    brokenBuffer.open(QIODevice::ReadOnly);
    qsizetype accepted = 0;
    const QStringList found = exchange::readJson(brokenBuffer, u"in.json"_s, support::raterQuiz(),
                                                 [&accepted](const NewAssessment &, qsizetype) -> Status {
                                                     ++accepted;
                                                     return Done{};
                                                 });
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.last().startsWith(u"in.json: not valid JSON at character "_s));
    CHECK(found.last().endsWith(u"(expected , or ] after record 2001)"_s));
}
