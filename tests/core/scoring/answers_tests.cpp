#include "printing.h"
#include "rater_quiz.h"

#include "questionnaire/loader.h"
#include "i18n/language.h"
#include "scoring/answers.h"

#include <catch2/catch.hpp>

using namespace rater;

namespace {

QString refusal(const QString &text)
{
    const Expected<Answers> parsed = parseAnswers(text, raterQuiz());
    REQUIRE_FALSE(parsed.hasValue());
    return parsed.error();
}

} // namespace

TEST_CASE("Answers in ASCII digits", "[answers]")
{
    const Expected<Answers> parsed = parseAnswers(u"1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2", raterQuiz());
    REQUIRE(parsed.hasValue());
    CHECK(*parsed == Answers{1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2});
}

TEST_CASE("Answers in Persian and Arabic-Indic digits, with the Arabic comma and spaces", "[answers]")
{
    const QString persian = QStringLiteral("۱,۲,۳,۴,۵,۱,۲,۳,۴,۵,۱,۲,۳,۴,۵,۱,۲");
    const QString arabic = QStringLiteral("١، ٢، ٣، ٤، ٥، ١، ٢، ٣، ٤، ٥، ١، ٢، ٣، ٤، ٥، ١، ٢");
    const Answers expected{1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2};
    CHECK(parseAnswers(persian, raterQuiz()).value() == expected);
    CHECK(parseAnswers(arabic, raterQuiz()).value() == expected);
}

TEST_CASE("Refused answers say what is wrong and where", "[answers]")
{
    CHECK(refusal(QStringLiteral("3,3,3,3,3,3,3,3,7,3,3,3,3,3,3,3,3"))
          == QStringLiteral("answer 9 of 17 is 7; answers run from 1 to 5"));
    CHECK(refusal(QStringLiteral("0,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"))
          == QStringLiteral("answer 1 of 17 is 0; answers run from 1 to 5"));
    CHECK(refusal(QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"))
          == QStringLiteral("expected 17 answers separated by commas, one for each statement, but got 16"));
    CHECK(refusal(QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")).contains(QStringLiteral("but got 18")));
    CHECK(refusal(QString()).contains(QStringLiteral("but got 0")));
    CHECK(refusal(QStringLiteral("3,3,,3,3,3,3,3,3,3,3,3,3,3,3,3,3"))
          == QStringLiteral("answer 3 of 17 is empty"));
    CHECK(refusal(QStringLiteral("3,3,3,x,3,3,3,3,3,3,3,3,3,3,3,3,3"))
          == QStringLiteral("answer 4 of 17 is \"x\", which is not a whole number"));
    CHECK(refusal(QStringLiteral("3,3,3,3,3.5,3,3,3,3,3,3,3,3,3,3,3,3")).startsWith(QStringLiteral("answer 5 of 17 is \"3.5\"")));
    CHECK(refusal(QStringLiteral("3,3,3,3,3,-1,3,3,3,3,3,3,3,3,3,3,3")).startsWith(QStringLiteral("answer 6 of 17 is \"-1\"")));
    CHECK(refusal(QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,99999999999999999999"))
          == QStringLiteral("answer 17 of 17 is 99999999999999999999; answers run from 1 to 5"));
}

TEST_CASE("Whole numbers in the digits of Rater's languages, and no others", "[answers]")
{
    CHECK(parseLocalizedInt(u"42") == 42);
    CHECK(parseLocalizedInt(u"۴۲") == 42);
    CHECK(parseLocalizedInt(u"٤٢") == 42);
    CHECK_FALSE(parseLocalizedInt(u"").has_value());
    CHECK_FALSE(parseLocalizedInt(u"+4").has_value());
    CHECK_FALSE(parseLocalizedInt(u"4a").has_value());
    CHECK_FALSE(parseLocalizedInt(u"2147483648").has_value());
    CHECK(parseLocalizedInt(u"2147483647") == 2147483647);
    // Documented: ASCII, Arabic-Indic and Persian digits. Thai, full-width,
    // Devanagari and mathematical digits are not read as numbers.
    for (const char16_t *other : {u"๓", u"３", u"३", u"\U0001D7D1"}) {
        CHECK_FALSE(parseLocalizedInt(other).has_value());
        CHECK_FALSE(parseAnswerDigits(QString(17, QChar(u'3')).replace(0, 1, QString::fromUtf16(other)), raterQuiz())
                        .hasValue());
    }
    CHECK_FALSE(parseIsoDate(u"２０２６-03-21").isValid());
    CHECK(parseIsoDate(u"۲۰۲۶-۰۳-۲۱") == QDate(2026, 3, 21));
}
