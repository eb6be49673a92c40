#include "printing.h"
#include "scoring/reference_scoring.h"

#include "questionnaire/loader.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace rater;

namespace {

const QString sourceFile = QStringLiteral(RATER_QUESTIONNAIRE_DIR "/rater.json");

const Questionnaire &fromSource()
{
    static const Questionnaire q = [] {
        const Expected<Questionnaire> loaded = loadQuestionnaireFile(sourceFile);
        if (!loaded)
            FAIL(loaded.error().toStdString());
        return loaded.value();
    }();
    return q;
}

// Every translatable text in the questionnaire, with where it is.
std::vector<std::pair<QString, LocalizedText>> allTexts(const Questionnaire &q)
{
    std::vector<std::pair<QString, LocalizedText>> texts{{QStringLiteral("title"), q.title},
                                                         {QStringLiteral("instructions"), q.instructions}};
    for (const ScalePoint &p : q.scale)
        texts.emplace_back(QStringLiteral("scale %1").arg(p.value), p.label);
    for (const Statement &s : q.statements)
        texts.emplace_back(QStringLiteral("statement %1").arg(s.number), s.text);
    for (const Dimension &d : q.dimensions) {
        texts.emplace_back(d.id + QStringLiteral(" name"), d.name);
        texts.emplace_back(d.id + QStringLiteral(" description"), d.description);
        for (std::size_t t = 0; t < d.tips.size(); ++t)
            texts.emplace_back(d.id + QStringLiteral(" tip %1").arg(t + 1), d.tips[t]);
    }
    for (const Band &b : q.bands) {
        texts.emplace_back(b.id + QStringLiteral(" title"), b.title);
        texts.emplace_back(b.id + QStringLiteral(" interpretation"), b.interpretation);
    }
    return texts;
}

bool isArabicScript(QChar c)
{
    return c.script() == QChar::Script_Arabic;
}

int countIf(const QString &text, bool (*predicate)(QChar))
{
    return int(std::count_if(text.begin(), text.end(), predicate));
}

} // namespace

TEST_CASE("The built-in questionnaire is the file in questionnaires/", "[rater]")
{
    const Expected<Questionnaire> builtIn = loadBuiltInQuestionnaire(QStringLiteral("rater"));
    REQUIRE(builtIn.hasValue());
    CHECK(builtInQuestionnaireIds().contains(QStringLiteral("rater")));
    CHECK(defaultQuestionnaireId() == QStringLiteral("rater"));
    const Questionnaire &q = fromSource();
    CHECK(builtIn->id == q.id);
    CHECK(builtIn->version == q.version);
    CHECK(builtIn->statements.size() == q.statements.size());
    for (std::size_t i = 0; i < q.statements.size(); ++i)
        CHECK(builtIn->statements[i].text.all() == q.statements[i].text.all());
}

TEST_CASE("Every text exists in English, Arabic and Persian", "[rater]")
{
    const Questionnaire &q = fromSource();
    CHECK(q.languages == QStringList{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("fa")});
    const auto texts = allTexts(q);
    CHECK(texts.size() == 2 + 5 + 17 + 5 * 2 + 3 * 2 + 25);
    for (const auto &[where, text] : texts) {
        INFO(where.toStdString());
        REQUIRE(text.all().keys() == QStringList{QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("fa")});
        const QString en = text.all().value(QStringLiteral("en"));
        const QString ar = text.all().value(QStringLiteral("ar"));
        const QString fa = text.all().value(QStringLiteral("fa"));
        CHECK_FALSE(en.trimmed().isEmpty());
        CHECK_FALSE(ar.trimmed().isEmpty());
        CHECK_FALSE(fa.trimmed().isEmpty());
        // English is in Latin letters; Arabic and Persian are written in Arabic script.
        CHECK(countIf(en, isArabicScript) == 0);
        CHECK(countIf(ar, isArabicScript) > countIf(ar, [](QChar c) { return c.isLetter(); }) / 2);
        CHECK(countIf(fa, isArabicScript) > countIf(fa, [](QChar c) { return c.isLetter(); }) / 2);
        CHECK(ar != fa);
        // Persian spells yeh and kaf with its own letters (ی ک); Arabic with ي ك.
        CHECK_FALSE(fa.contains(QChar(0x064A)));
        CHECK_FALSE(fa.contains(QChar(0x0643)));
        CHECK_FALSE(ar.contains(QChar(0x06CC)));
        CHECK_FALSE(ar.contains(QChar(0x06A9)));
    }
}

TEST_CASE("Seventeen statements in order, five answers from Not at all to Very often", "[rater]")
{
    const Questionnaire &q = fromSource();
    REQUIRE(q.statementCount() == 17);
    for (int i = 0; i < 17; ++i)
        CHECK(q.statements[std::size_t(i)].number == i + 1);
    CHECK(q.statement(16)->text.text(QStringLiteral("en")).contains(QStringLiteral("selling")));
    CHECK(q.statement(5)->text.text(QStringLiteral("en")).contains(QStringLiteral("scripts")));
    const QStringList labels{QStringLiteral("Not at all"), QStringLiteral("Rarely"), QStringLiteral("Sometimes"),
                             QStringLiteral("Often"), QStringLiteral("Very often")};
    REQUIRE(q.scale.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(q.scale[std::size_t(i)].value == i + 1);
        CHECK(q.scale[std::size_t(i)].label.text(QStringLiteral("en")) == labels[i]);
    }
}

TEST_CASE("Keying, bands and dimensions are the RATER ones", "[rater]")
{
    const Questionnaire &q = fromSource();
    for (const Statement &s : q.statements) {
        INFO("statement " << s.number);
        const bool reversed = reference::reverseKeyed.count(s.number) > 0;
        CHECK(s.keying == (reversed ? Keying::Reverse : Keying::Forward));
        CHECK(s.itemScores == (reversed ? std::vector<int>{5, 4, 3, 2, 1} : std::vector<int>{1, 2, 3, 4, 5}));
    }
    REQUIRE(q.bands.size() == 3);
    CHECK((q.bands[0].id == QStringLiteral("low") && q.bands[0].min == 17 && q.bands[0].max == 39));
    CHECK((q.bands[1].id == QStringLiteral("middle") && q.bands[1].min == 40 && q.bands[1].max == 62));
    CHECK((q.bands[2].id == QStringLiteral("high") && q.bands[2].min == 63 && q.bands[2].max == 85));

    REQUIRE(q.dimensions.size() == 5);
    const QStringList order{QStringLiteral("reliability"), QStringLiteral("assurance"), QStringLiteral("tangibles"),
                            QStringLiteral("empathy"), QStringLiteral("responsiveness")};
    for (std::size_t i = 0; i < 5; ++i) {
        const Dimension &d = q.dimensions[i];
        INFO(d.id.toStdString());
        CHECK(d.id == order[qsizetype(i)]);
        CHECK(d.statements == reference::dimensionMembers.at(d.id.toStdString()));
        CHECK(d.tips.size() >= 4);
        CHECK(d.tips.size() <= 6);
    }
    CHECK(q.dimensionsOf(7) == QStringList{QStringLiteral("reliability"), QStringLiteral("tangibles"),
                                           QStringLiteral("responsiveness")});
}

TEST_CASE("A dimension is found by its id, with its place and its name in a language", "[rater]")
{
    const Questionnaire &q = fromSource();
    CHECK(q.dimensionIndex(QStringLiteral("reliability")) == std::optional<std::size_t>(0));
    CHECK(q.dimensionIndex(QStringLiteral("empathy")) == std::optional<std::size_t>(3));
    CHECK_FALSE(q.dimensionIndex(QStringLiteral("Empathy")).has_value());
    CHECK(q.dimensionName(QStringLiteral("empathy"), QStringLiteral("en")) == QStringLiteral("Empathy"));
    CHECK(q.dimensionName(QStringLiteral("empathy"), QStringLiteral("fa")) == QStringLiteral("همدلی"));
    // An id the questionnaire does not know is shown as it is, not dropped.
    CHECK(q.dimensionName(QStringLiteral("speed"), QStringLiteral("ar")) == QStringLiteral("speed"));
}
