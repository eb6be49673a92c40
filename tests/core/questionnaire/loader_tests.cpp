#include "printing.h"

#include "questionnaire/loader.h"
#include "scoring/scoring.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <random>

using namespace rater;

namespace {

const QString brokenName = QStringLiteral("broken.json");

QJsonObject raterJson()
{
    QFile file(QStringLiteral(RATER_QUESTIONNAIRE_DIR "/rater.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Applies `change` to a JSON value at a path of keys and indices.
void edit(QJsonValueRef ref, const QStringList &path, const std::function<void(QJsonValueRef)> &change)
{
    if (path.isEmpty()) {
        change(ref);
        return;
    }
    const QString step = path.first();
    const QStringList rest = path.mid(1);
    bool isIndex = false;
    const int i = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = ref.toArray();
        edit(array[i], rest, change);
        ref = array;
    } else {
        QJsonObject object = ref.toObject();
        edit(object[step], rest, change);
        ref = object;
    }
}

QString refusal(const QJsonObject &document)
{
    const Expected<Questionnaire> loaded = parseQuestionnaire(QJsonDocument(document).toJson(), brokenName);
    REQUIRE_FALSE(loaded.hasValue());
    return loaded.error();
}

QString refusalAfter(const QStringList &path, const std::function<void(QJsonValueRef)> &change)
{
    QJsonArray holder{raterJson()};
    edit(holder[0], path, change);
    return refusal(holder[0].toObject());
}

QString refusalSetting(const QStringList &path, const QJsonValue &value)
{
    return refusalAfter(path, [&value](QJsonValueRef ref) { ref = value; });
}

QString refusalRemoving(const QStringList &path, const QString &key)
{
    return refusalAfter(path, [&key](QJsonValueRef ref) {
        QJsonObject object = ref.toObject();
        object.remove(key);
        ref = object;
    });
}

} // namespace

TEST_CASE("The RATER file passes validation", "[loader]")
{
    const Expected<Questionnaire> loaded = parseQuestionnaire(QJsonDocument(raterJson()).toJson(), brokenName);
    REQUIRE(loaded.hasValue());
    CHECK(loaded->minTotal() == 17);
    CHECK(loaded->maxTotal() == 85);
}

TEST_CASE("Refused: a file that is not JSON, with its line and column", "[loader]")
{
    const QByteArray json = "{\n  \"id\": \"x\",\n  \"version\": 1,,\n}\n";
    const Expected<Questionnaire> loaded = parseQuestionnaire(json, brokenName);
    REQUIRE_FALSE(loaded.hasValue());
    CHECK(loaded.error().startsWith(QStringLiteral("broken.json: line 3, column ")));
    CHECK(loaded.error().contains(QStringLiteral("not valid JSON")));
    CHECK(parseQuestionnaire("[1, 2]", brokenName).error()
          == QStringLiteral("broken.json: the top level must be a JSON object"));
    CHECK(parseQuestionnaire("", brokenName).error().contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("Refused: a missing field", "[loader]")
{
    CHECK(refusalRemoving({}, QStringLiteral("bands")) == QStringLiteral("broken.json: missing field \"bands\""));
    CHECK(refusalRemoving({QStringLiteral("statements"), QStringLiteral("3")}, QStringLiteral("text"))
          == QStringLiteral("broken.json: statements[3]: missing field \"text\""));
    CHECK(refusalRemoving({QStringLiteral("dimensions"), QStringLiteral("1")}, QStringLiteral("statements"))
          == QStringLiteral("broken.json: dimensions[1]: missing field \"statements\""));
}

TEST_CASE("Refused: a text missing in one of the declared languages", "[loader]")
{
    CHECK(refusalRemoving({QStringLiteral("statements"), QStringLiteral("4"), QStringLiteral("text")},
                          QStringLiteral("fa"))
          == QStringLiteral("broken.json: statements[4].text: the text in \"fa\" is missing; "
                            "the file declares the languages en, ar, fa"));
    CHECK(refusalSetting({QStringLiteral("bands"), QStringLiteral("2"), QStringLiteral("title"), QStringLiteral("ar")},
                         QStringLiteral("  "))
          == QStringLiteral("broken.json: bands[2].title.ar: the text must not be empty"));
    CHECK(refusalSetting({QStringLiteral("title")}, QStringLiteral("Just English"))
              .startsWith(QStringLiteral("broken.json: title: expected a text in each language")));
}

TEST_CASE("Refused: a duplicate id, number or language", "[loader]")
{
    CHECK(refusalSetting({QStringLiteral("dimensions"), QStringLiteral("3"), QStringLiteral("id")},
                         QStringLiteral("reliability"))
          == QStringLiteral("broken.json: dimensions[3].id: duplicate id \"reliability\"; "
                            "each dimension needs its own id"));
    CHECK(refusalSetting({QStringLiteral("bands"), QStringLiteral("1"), QStringLiteral("id")}, QStringLiteral("low"))
          == QStringLiteral("broken.json: bands[1].id: duplicate id \"low\"; each band needs its own id"));
    CHECK(refusalSetting({QStringLiteral("statements"), QStringLiteral("5"), QStringLiteral("number")}, 5)
          == QStringLiteral("broken.json: statements[5].number: duplicate statement number 5"));
    CHECK(refusalSetting({QStringLiteral("statements"), QStringLiteral("5"), QStringLiteral("number")}, 9)
          == QStringLiteral("broken.json: statements[5].number: expected statement number 6, found 9; "
                            "statements are numbered 1, 2, 3… in order"));
    CHECK(refusalSetting({QStringLiteral("languages")},
                         QJsonArray{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("en")})
          == QStringLiteral("broken.json: languages[2]: duplicate language \"en\""));
}

TEST_CASE("Refused: an unknown id, language or field", "[loader]")
{
    CHECK(refusalAfter({QStringLiteral("statements"), QStringLiteral("0"), QStringLiteral("text")},
                       [](QJsonValueRef ref) {
                           QJsonObject o = ref.toObject();
                           o.insert(QStringLiteral("de"), QStringLiteral("Wir sind zufrieden"));
                           ref = o;
                       })
          == QStringLiteral("broken.json: statements[0].text.de: unknown language \"de\"; "
                            "the file declares en, ar, fa"));
    CHECK(refusalSetting({QStringLiteral("statments")}, QJsonArray())
              .startsWith(QStringLiteral("broken.json: statments: unknown field \"statments\"; expected one of:")));
    CHECK(refusalSetting({QStringLiteral("dimensions"), QStringLiteral("0"), QStringLiteral("id")},
                         QStringLiteral("Reliability Score"))
              .startsWith(QStringLiteral("broken.json: dimensions[0].id: \"Reliability Score\" is not a valid id")));
    CHECK(refusalSetting({QStringLiteral("languages"), QStringLiteral("1")}, QStringLiteral("Arabic"))
              .startsWith(QStringLiteral("broken.json: languages[1]: \"Arabic\" is not a language code")));
}

TEST_CASE("Refused: a dimension naming a statement that does not exist", "[loader]")
{
    CHECK(refusalSetting({QStringLiteral("dimensions"), QStringLiteral("2"), QStringLiteral("statements"),
                          QStringLiteral("1")},
                         18)
          == QStringLiteral("broken.json: dimensions[2].statements[1]: statement 18 does not exist; "
                            "the statements are numbered 1 to 17"));
    CHECK(refusalSetting({QStringLiteral("dimensions"), QStringLiteral("2"), QStringLiteral("statements"),
                          QStringLiteral("1")},
                         4)
          == QStringLiteral("broken.json: dimensions[2].statements[1]: statement 4 is listed twice"));
}

TEST_CASE("Refused: keying outside the scale", "[loader]")
{
    const QStringList keying{QStringLiteral("statements"), QStringLiteral("0"), QStringLiteral("keying")};
    CHECK(refusalSetting(keying, QJsonArray{5, 4, 3, 2, 6})
          == QStringLiteral("broken.json: statements[0].keying[4]: item score 6 is outside the scale, "
                            "which runs from 1 to 5"));
    CHECK(refusalSetting(keying, QJsonArray{5, 4, 3, 2})
          == QStringLiteral("broken.json: statements[0].keying: the keying lists 4 item scores, "
                            "but the scale has 5 points"));
    CHECK(refusalSetting(keying, QStringLiteral("backwards"))
              .startsWith(QStringLiteral("broken.json: statements[0].keying: unknown keying \"backwards\"")));
}

TEST_CASE("Refused: bands that overlap, leave a gap or pass the possible totals", "[loader]")
{
    const QStringList middle{QStringLiteral("bands"), QStringLiteral("1")};
    CHECK(refusalSetting(middle + QStringList{QStringLiteral("min")}, 35)
          == QStringLiteral("broken.json: bands: band \"low\" (17 to 39) overlaps band \"middle\" (35 to 62)"));
    CHECK(refusalSetting(middle + QStringList{QStringLiteral("max")}, 60)
          == QStringLiteral("broken.json: bands: no band covers the totals 61 to 62"));
    CHECK(refusalSetting({QStringLiteral("bands"), QStringLiteral("2"), QStringLiteral("max")}, 80)
          == QStringLiteral("broken.json: bands: no band covers the totals 81 to 85"));
    CHECK(refusalSetting({QStringLiteral("bands"), QStringLiteral("0"), QStringLiteral("min")}, 18)
          == QStringLiteral("broken.json: bands: no band covers the totals 17 to 17"));
    CHECK(refusalSetting({QStringLiteral("bands"), QStringLiteral("2"), QStringLiteral("max")}, 90)
          == QStringLiteral("broken.json: bands[2]: band \"high\" covers 63 to 90, outside the possible "
                            "totals 17 to 85"));
    CHECK(refusalSetting(middle + QStringList{QStringLiteral("min")}, 70)
          == QStringLiteral("broken.json: bands[1]: min 70 is greater than max 62"));
}

TEST_CASE("Refused: a value of the wrong kind", "[loader]")
{
    CHECK(refusalSetting({QStringLiteral("version")}, QStringLiteral("1"))
          == QStringLiteral("broken.json: version: expected a whole number"));
    CHECK(refusalSetting({QStringLiteral("version")}, 1.5) == QStringLiteral("broken.json: version: expected a whole number"));
    CHECK(refusalSetting({QStringLiteral("version")}, 0)
          == QStringLiteral("broken.json: version: the version must be 1 or more"));
    CHECK(refusalSetting({QStringLiteral("statements")}, QJsonObject())
          == QStringLiteral("broken.json: statements: expected a list in brackets [ ]"));
    CHECK(refusalSetting({QStringLiteral("statements")}, QJsonArray())
          == QStringLiteral("broken.json: statements: the list must not be empty"));
    CHECK(refusalSetting({QStringLiteral("scale"), QStringLiteral("2"), QStringLiteral("value")}, 2)
          == QStringLiteral("broken.json: scale[2].value: duplicate scale value 2"));
    CHECK(refusalSetting({QStringLiteral("scale"), QStringLiteral("2"), QStringLiteral("value")}, 7)
          == QStringLiteral("broken.json: scale[2].value: scale values rise by one; expected 3, found 7"));
}

TEST_CASE("Refused: files that cannot be read", "[loader]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    CHECK(loadQuestionnaireFile(missing).error().startsWith(missing + QStringLiteral(": cannot read the file")));
    CHECK(loadQuestionnaireFile(dir.path()).error() == dir.path() + QStringLiteral(": cannot read the file (it is a folder)"));
    // A bare word is meant as an id; a name with .json or a folder, as a file.
    CHECK(loadQuestionnaire(QStringLiteral("no-such-id")).error()
          == QStringLiteral("there is no built-in questionnaire \"no-such-id\"; the built-in ones are: rater"));
    CHECK(loadQuestionnaire(QStringLiteral("no-such.json")).error().startsWith(QStringLiteral("no-such.json: cannot read")));
    CHECK(loadQuestionnaire(missing).error().startsWith(missing + QStringLiteral(": cannot read the file")));
    CHECK(loadBuiltInQuestionnaire(QStringLiteral("nope")).error().startsWith(
        QStringLiteral("there is no built-in questionnaire \"nope\"")));
}

TEST_CASE("Another instrument: other statements, scale length, dimensions and bands", "[loader]")
{
    // Three statements on a four-point scale (0 to 3), one custom keying; totals 0 to 9.
    const QJsonObject small{
        {QStringLiteral("id"), QStringLiteral("team-pulse")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Team pulse")}}},
        {QStringLiteral("scale"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), 0}, {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("No")}}}},
                    QJsonObject{{QStringLiteral("value"), 1}, {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Hardly")}}}},
                    QJsonObject{{QStringLiteral("value"), 2}, {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Mostly")}}}},
                    QJsonObject{{QStringLiteral("value"), 3}, {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Yes")}}}}}},
        {QStringLiteral("statements"),
         QJsonArray{QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("text"), QJsonObject{{QStringLiteral("en"), QStringLiteral("We answer fast.")}}}},
                    QJsonObject{{QStringLiteral("number"), 2}, {QStringLiteral("text"), QJsonObject{{QStringLiteral("en"), QStringLiteral("We often escalate.")}}},
                                {QStringLiteral("keying"), QStringLiteral("reverse")}},
                    QJsonObject{{QStringLiteral("number"), 3}, {QStringLiteral("text"), QJsonObject{{QStringLiteral("en"), QStringLiteral("We follow up.")}}},
                                {QStringLiteral("keying"), QJsonArray{0, 2, 3, 3}}}}},
        {QStringLiteral("dimensions"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("speed")},
                                {QStringLiteral("name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Speed")}}},
                                {QStringLiteral("description"), QJsonObject{{QStringLiteral("en"), QStringLiteral("How fast.")}}},
                                {QStringLiteral("statements"), QJsonArray{1, 3}}}}},
        {QStringLiteral("bands"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("weak")}, {QStringLiteral("min"), 0}, {QStringLiteral("max"), 4},
                                {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Weak")}}},
                                {QStringLiteral("interpretation"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Work on it.")}}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("strong")}, {QStringLiteral("min"), 5}, {QStringLiteral("max"), 9},
                                {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Strong")}}},
                                {QStringLiteral("interpretation"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Keep it up.")}}}}}},
    };
    const Expected<Questionnaire> loaded = parseQuestionnaire(QJsonDocument(small).toJson(), QStringLiteral("pulse.json"));
    REQUIRE(loaded.hasValue());
    CHECK(loaded->minTotal() == 0);
    CHECK(loaded->maxTotal() == 9);
    // answers 2, 0, 1 -> item scores 2, 3 (reversed: 0 + 3 - 0), 2 (custom) -> total 7
    const Expected<Score> s = score(*loaded, {2, 0, 1});
    REQUIRE(s.hasValue());
    CHECK(s->itemScores == std::vector<int>{2, 3, 2});
    CHECK(s->total == 7);
    CHECK(s->bandId == QStringLiteral("strong"));
    REQUIRE(s->dimensions.size() == 1);
    CHECK(s->dimensions[0].mean == Approx(2.0));      // (2 + 2) / 2
    CHECK(s->dimensions[0].percent == Approx(200.0 / 3)); // (2 - 0) / 3 * 100
    CHECK(loaded->tr(loaded->title, QStringLiteral("fa")) == QStringLiteral("Team pulse")); // falls back to en
}

TEST_CASE("No damaged file crashes the loader", "[loader]")
{
    const QByteArray original = QJsonDocument(raterJson()).toJson(QJsonDocument::Compact);
    std::mt19937 random(17);
    int refused = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray damaged = original;
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits && !damaged.isEmpty(); ++e) {
            const qsizetype at = qsizetype(random() % std::uint32_t(damaged.size()));
            switch (random() % 4) {
            case 0: damaged[at] = char(random() % 256); break;
            case 1: damaged.remove(at, qsizetype(1 + random() % 40)); break;
            case 2: damaged.truncate(at); break;
            default: damaged.insert(at, "[{\"\":-1e999},"); break;
            }
        }
        const Expected<Questionnaire> loaded = parseQuestionnaire(damaged, brokenName);
        if (!loaded) {
            ++refused;
            if (!loaded.error().startsWith(brokenName + QStringLiteral(": ")))
                FAIL("round " << round << ": " << loaded.error().toStdString());
        }
    }
    CHECK(refused > 2500);
}

TEST_CASE("The example in questionnaires/README.md loads and scores", "[loader]")
{
    QFile readme(QStringLiteral(RATER_QUESTIONNAIRE_DIR "/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const qsizetype start = text.indexOf("```json\n");
    REQUIRE(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    REQUIRE(end > start);
    const Expected<Questionnaire> loaded = parseQuestionnaire(text.mid(start + 8, end - start - 8),
                                                              QStringLiteral("README example"));
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.hasValue());
    CHECK(loaded->id == QStringLiteral("team-pulse"));
    // answers 3, 3, 0 -> item scores 3, 0 (reversed), 0 (custom) -> 3, a weak result
    CHECK(score(*loaded, {3, 3, 0}).value().total == 3);
    CHECK(score(*loaded, {3, 3, 0}).value().bandId == QStringLiteral("weak"));
    // answers 0, 0, 3 -> item scores 0, 3, 3 -> 6, a strong one
    CHECK(score(*loaded, {0, 0, 3}).value().total == 6);
    CHECK(score(*loaded, {0, 0, 3}).value().bandId == QStringLiteral("strong"));
}

TEST_CASE("Refused at once: a questionnaire beyond the documented limits", "[loader]")
{
    namespace limits = questionnaireLimits;
    const auto statements = [](int count) {
        QJsonArray list;
        for (int i = 1; i <= count; ++i)
            list.append(QJsonObject{{QStringLiteral("number"), i},
                                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("en"), QStringLiteral("s")},
                                                                         {QStringLiteral("ar"), QStringLiteral("s")},
                                                                         {QStringLiteral("fa"), QStringLiteral("s")}}}});
        return list;
    };
    CHECK(refusalSetting({QStringLiteral("statements")}, statements(limits::statements + 1))
          == QStringLiteral("broken.json: statements: the list has 501 entries; a questionnaire may have at most 500"));
    QJsonArray scale;
    for (int v = 1; v <= limits::scalePoints + 1; ++v)
        scale.append(QJsonObject{{QStringLiteral("value"), v}, {QStringLiteral("label"), QJsonObject()}});
    CHECK(refusalSetting({QStringLiteral("scale")}, scale).contains(QStringLiteral("at most 11")));
    QJsonArray languages;
    for (int l = 0; l <= limits::languages; ++l)
        languages.append(QString(QStringLiteral("l") + QChar(u'a' + l % 26) + QChar(u'a' + l / 26)));
    CHECK(refusalSetting({QStringLiteral("languages")}, languages).contains(QStringLiteral("at most 20")));
    QJsonArray dimensions;
    for (int d = 0; d <= limits::dimensions; ++d)
        dimensions.append(QJsonObject());
    CHECK(refusalSetting({QStringLiteral("dimensions")}, dimensions).contains(QStringLiteral("at most 50")));
    QJsonArray bands;
    for (int b = 0; b <= limits::bands; ++b)
        bands.append(QJsonObject());
    CHECK(refusalSetting({QStringLiteral("bands")}, bands).contains(QStringLiteral("at most 50")));
    CHECK(refusalSetting({QStringLiteral("title"), QStringLiteral("en")}, QString(limits::textLength + 1, u'x'))
          == QStringLiteral("broken.json: title.en: the text is 4,001 characters long; a text may have at most 4,000"));
    CHECK(refusalSetting({QStringLiteral("title"), QStringLiteral("en")}, QString(QChar(0xdc01)))
              .contains(QStringLiteral("not well-formed Unicode")));
    CHECK(refusalSetting({QStringLiteral("scale"), QStringLiteral("0"), QStringLiteral("value")}, 1e12)
          == QStringLiteral("broken.json: scale[0].value: 1,000,000,000,000 is beyond the numbers a questionnaire may "
                            "use, -1,000 to 1,000"));
    // At the limits, the file loads: a 500-statement instrument on a 0–10 scale.
    QJsonObject wide = raterJson();
    wide[QStringLiteral("statements")] = statements(limits::statements);
    QJsonArray eleven;
    for (int v = 0; v < limits::scalePoints; ++v)
        eleven.append(QJsonObject{{QStringLiteral("value"), v},
                                  {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("v")},
                                                                        {QStringLiteral("ar"), QStringLiteral("v")},
                                                                        {QStringLiteral("fa"), QStringLiteral("v")}}}});
    wide[QStringLiteral("scale")] = eleven;
    wide[QStringLiteral("dimensions")] = QJsonArray();
    QJsonObject band = raterJson().value(QStringLiteral("bands")).toArray().at(0).toObject();
    band[QStringLiteral("min")] = 0;
    band[QStringLiteral("max")] = 5000;
    wide[QStringLiteral("bands")] = QJsonArray{band};
    const Expected<Questionnaire> loaded = parseQuestionnaire(QJsonDocument(wide).toJson(), brokenName);
    INFO(loaded.error().toStdString());
    REQUIRE(loaded.hasValue());
    CHECK(score(*loaded, Answers(limits::statements, 10))->total == 5000);
}
