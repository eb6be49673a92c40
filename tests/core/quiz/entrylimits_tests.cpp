#include "storage/storage_support.h"

#include "quiz/entrylimits.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace rater;
using namespace support;

TEST_CASE("Names are refused past their length or with a control character, saying which and where", "[limits]")
{
    CHECK(limits::checkText(limits::Field::Team, QString(120, u'x')).hasValue());
    CHECK(limits::checkText(limits::Field::Team, QStringLiteral("خدمات مشتریان ‌ و فروش")).hasValue());
    const Status long121 = limits::checkText(limits::Field::Team, QString(121, u'x'));
    REQUIRE_FALSE(long121.hasValue());
    CHECK(long121.error() == QStringLiteral("the team name is 121 characters long; it may have at most 120"));
    CHECK(limits::checkText(limits::Field::Respondent, QString(64, u'r')).hasValue());
    CHECK_FALSE(limits::checkText(limits::Field::Respondent, QString(65, u'r')).hasValue());
    const Status nul = limits::checkText(limits::Field::Facilitator, QString(QStringLiteral("Ann") + QChar(0) + QStringLiteral("e")));
    REQUIRE_FALSE(nul.hasValue());
    CHECK(nul.error().contains(QStringLiteral("the facilitator's name holds a control character (U+0000) at character 4")));
    CHECK_FALSE(limits::checkText(limits::Field::WorkshopTitle, QStringLiteral("Day\none")).hasValue());
    // A text as OOXML would escape it is only text.
    CHECK(limits::checkText(limits::Field::Team, QStringLiteral("_x0041_")).hasValue());
}

TEST_CASE("Names that are not well-formed Unicode or could reorder the text around them are refused", "[limits]")
{
    QString lone = QStringLiteral("Te") + QChar(0xd800) + QStringLiteral("am");
    const Status half = limits::checkText(limits::Field::Team, lone);
    REQUIRE_FALSE(half.hasValue());
    CHECK(half.error().contains(QStringLiteral("not well-formed Unicode")));
    CHECK(half.error().contains(QStringLiteral("at character 3")));
    CHECK(half.error().contains(QStringLiteral("U+D800")));
    CHECK_FALSE(limits::checkText(limits::Field::Team, QString(QChar(0xdc00))).hasValue());
    CHECK_FALSE(limits::checkText(limits::Field::Team, QString(QStringLiteral("x") + QChar(0xd83d))).hasValue());
    CHECK(limits::checkText(limits::Field::Team, QStringLiteral("Team 🙂")).hasValue()); // a whole pair
    for (char16_t direction : {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069}) {
        const QString title = QStringLiteral("Spring") + QChar(direction) + QStringLiteral("day");
        const Status refused = limits::checkText(limits::Field::WorkshopTitle, title);
        REQUIRE_FALSE(refused.hasValue());
        CHECK(refused.error().contains(QStringLiteral("changes the direction")));
    }
    const Status escape = limits::checkText(limits::Field::Respondent, QStringLiteral("a\x1b]0;x\x07"));
    REQUIRE_FALSE(escape.hasValue());
    CHECK(escape.error().contains(QStringLiteral("U+001B")));
    CHECK_FALSE(limits::checkText(limits::Field::Team, QString(QStringLiteral("a") + QChar(0x85))).hasValue()); // C1
    // Persian needs the zero-width non-joiner, and marks of direction alone reorder nothing beyond them.
    CHECK(limits::checkText(limits::Field::Team, QStringLiteral("پشتیبانی‌ها")).hasValue());
    CHECK(limits::checkText(limits::Field::Team, QString(QStringLiteral("A") + QChar(0x200f) + QStringLiteral("B"))).hasValue());
}

TEST_CASE("Dates are kept from 1900 to 2100 only", "[limits]")
{
    CHECK(limits::checkDate(QDate(1900, 1, 1)).hasValue());
    CHECK(limits::checkDate(QDate(2100, 12, 31)).hasValue());
    const Status early = limits::checkDate(QDate(1899, 12, 31));
    REQUIRE_FALSE(early.hasValue());
    CHECK(early.error() == QStringLiteral("1899-12-31 is outside the dates Rater keeps, 1900-01-01 to 2100-12-31"));
    CHECK_FALSE(limits::checkDate(QDate(2101, 1, 1)).hasValue());
    CHECK_FALSE(limits::checkDate(QDate()).hasValue());
}

TEST_CASE("The stores refuse what the limits refuse, and store nothing of the batch", "[limits][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limits.sqlite"));
    auto db = openDatabase(path);
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Kept"), QDate(2026, 3, 21))).hasValue());

    std::vector<NewAssessment> batch{assessment(QStringLiteral("Fine"), QDate(2026, 3, 21)),
                                     assessment(QString(40000, u'T'), QDate(2026, 3, 22))};
    const auto refused = db->assessments().recordAll(batch);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("assessment 2 was not saved")));
    batch.back().team = QStringLiteral("Fine");
    batch.back().date = QDate(1850, 1, 1);
    CHECK_FALSE(db->assessments().recordAll(batch).hasValue());
    batch.back().date = QDate(2026, 3, 22);
    batch.back().respondent = QString(QStringLiteral("r") + QChar(0) + QStringLiteral("1"));
    CHECK_FALSE(db->assessments().recordAll(batch).hasValue());
    CHECK(db->assessments().list()->size() == 1);
    CHECK(count(*db, QStringLiteral("team")) == 1);

    NewWorkshop workshop{QString(121, u'W'), QDate(2026, 3, 21), QString(), QString(), QStringLiteral("en")};
    const Expected<qint64> created = db->workshops().create(workshop);
    REQUIRE_FALSE(created.hasValue());
    CHECK(created.error().contains(QStringLiteral("the workshop's title is 121 characters long")));
    workshop.title = QStringLiteral("Day one");
    workshop.date = QDate(2101, 1, 1);
    CHECK_FALSE(db->workshops().create(workshop).hasValue());
    CHECK(count(*db, QStringLiteral("workshop")) == 0);
}
