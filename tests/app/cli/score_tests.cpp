#include "cli/cli_runner.h"
#include "printing.h"
#include "scoring/reference_scoring.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <random>
#include <vector>

namespace {

using Run = CliRun;

Run rater_cli(const QStringList &arguments)
{
    return runCli(arguments);
}

QString join(const std::array<int, 17> &answers)
{
    QStringList parts;
    for (int a : answers)
        parts << QString::number(a);
    return parts.join(QLatin1Char(','));
}

void checkAgainstReference(const std::array<int, 17> &answers)
{
    const Run run = rater_cli({QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json"), join(answers)});
    INFO("answers " << join(answers).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.status == 0);
    REQUIRE(run.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const reference::Result expected = reference::score(answers);
    CHECK(json.value(QStringLiteral("total")).toInt() == expected.total);
    CHECK(json.value(QStringLiteral("min")).toInt() == 17);
    CHECK(json.value(QStringLiteral("max")).toInt() == 85);
    const QJsonObject band = json.value(QStringLiteral("band")).toObject();
    CHECK(band.value(QStringLiteral("id")).toString().toStdString() == expected.band);
    CHECK(band.value(QStringLiteral("min")).isDouble());
    CHECK(band.value(QStringLiteral("max")).isDouble());
    CHECK_FALSE(band.value(QStringLiteral("title")).toString().isEmpty());
    const QJsonObject dimensions = json.value(QStringLiteral("dimensions")).toObject();
    CHECK(dimensions.size() == 5);
    for (const auto &[id, mean] : expected.mean) {
        const QJsonObject d = dimensions.value(QString::fromStdString(id)).toObject();
        // Unrounded: the printed double reads back as the very same value.
        CHECK(d.value(QStringLiteral("mean")).toDouble() == mean);
        CHECK(d.value(QStringLiteral("percent")).toDouble() == Approx(expected.percent.at(id)).epsilon(1e-12));
    }
}

void checkRefused(const QStringList &arguments, const QString &expectedMessagePart)
{
    const Run run = rater_cli(arguments);
    INFO("arguments " << arguments.join(QLatin1Char(' ')).toStdString());
    CHECK(run.status == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.count(QLatin1Char('\n')) == 1);
    CHECK(run.err.endsWith(QLatin1Char('\n')));
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.err.contains(expectedMessagePart));
}

const QString all3 = QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3");

} // namespace

TEST_CASE("score agrees with the reference rules on chosen and random vectors", "[cli]")
{
    checkAgainstReference({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    checkAgainstReference({5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5});
    checkAgainstReference({5, 1, 1, 1, 5, 1, 5, 5, 1, 5, 1, 5, 1, 1, 1, 5, 1}); // 17
    checkAgainstReference({1, 5, 5, 5, 1, 5, 1, 1, 5, 1, 5, 1, 5, 5, 5, 1, 5}); // 85
    std::mt19937 random(85);
    std::uniform_int_distribution<int> answer(1, 5);
    for (int round = 0; round < 150; ++round) {
        std::array<int, 17> values{};
        for (int &v : values)
            v = answer(random);
        checkAgainstReference(values);
    }
}

TEST_CASE("score prints a readable summary in the chosen language", "[cli]")
{
    const QString mixed = QStringLiteral("2,4,4,5,1,3,2,1,4,2,5,1,4,5,3,2,5"); // total 73
    const Run en = rater_cli({QStringLiteral("score"), mixed});
    REQUIRE(en.status == 0);
    CHECK(en.out.contains(QStringLiteral("Total: 73 (possible range 17 to 85)")));
    CHECK(en.out.contains(QStringLiteral("Band: Excellent service (63 to 85)")));
    CHECK(en.out.contains(QStringLiteral("Reliability: 4.20 (80%)")));

    const Run ar = rater_cli({QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("score"), mixed});
    REQUIRE(ar.status == 0);
    CHECK(ar.out.contains(QStringLiteral("٧٣")));
    CHECK(ar.out.contains(QStringLiteral("خدمة ممتازة")));
    CHECK(ar.out.contains(QStringLiteral("الاعتمادية")));
    CHECK_FALSE(ar.out.contains(QStringLiteral("Total")));

    const Run fa = rater_cli({QStringLiteral("score"), QStringLiteral("--lang"), QStringLiteral("fa"), mixed});
    REQUIRE(fa.status == 0);
    CHECK(fa.out.contains(QStringLiteral("۷۳")));
    CHECK(fa.out.contains(QStringLiteral("خدمات عالی")));
    CHECK_FALSE(fa.out.contains(QStringLiteral("Total")));

    const Run json = rater_cli({QStringLiteral("score"), QStringLiteral("--lang=fa"), QStringLiteral("--format=json"), mixed});
    REQUIRE(json.status == 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("total")).toInt() == 73); // JSON numbers stay ASCII
    CHECK(object.value(QStringLiteral("band")).toObject().value(QStringLiteral("title")).toString()
          == QStringLiteral("خدمات عالی"));
}

TEST_CASE("score accepts answers in Persian and Arabic-Indic digits", "[cli]")
{
    const Run fa = rater_cli({QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("۲,۴,۴,۵,۱,۳,۲,۱,۴,۲,۵,۱,۴,۵,۳,۲,۵")});
    REQUIRE(fa.status == 0);
    CHECK(QJsonDocument::fromJson(fa.out.toUtf8()).object().value(QStringLiteral("total")).toInt() == 73);
    const Run ar = rater_cli({QStringLiteral("score"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("٢،٤،٤،٥،١،٣،٢،١،٤،٢،٥،١،٤،٥،٣،٢،٥")});
    REQUIRE(ar.status == 0);
    CHECK(QJsonDocument::fromJson(ar.out.toUtf8()).object().value(QStringLiteral("total")).toInt() == 73);
}

TEST_CASE("score refuses bad input with status 2 and one line on standard error", "[cli]")
{
    const QString score = QStringLiteral("score");
    checkRefused({score, QStringLiteral("3,3,3,3,3,3,3,3,7,3,3,3,3,3,3,3,3")},
                 QStringLiteral("answer 9 of 17 is 7; answers run from 1 to 5"));
    checkRefused({score, QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")}, QStringLiteral("but got 16"));
    checkRefused({score, all3 + QStringLiteral(",3")}, QStringLiteral("but got 18"));
    checkRefused({score, QStringLiteral("0,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")}, QStringLiteral("answer 1 of 17 is 0"));
    checkRefused({score, QStringLiteral("-1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3")}, QStringLiteral("answer 1 of 17 is \"-1\""));
    checkRefused({score, QStringLiteral("3,3,three,3,3,3,3,3,3,3,3,3,3,3,3,3,3")},
                 QStringLiteral("answer 3 of 17 is \"three\", which is not a whole number"));
    checkRefused({score, QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,2.5")}, QStringLiteral("answer 17 of 17 is \"2.5\""));
    checkRefused({score, QStringLiteral("3,3,3,,3,3,3,3,3,3,3,3,3,3,3,3,3")}, QStringLiteral("answer 4 of 17 is empty"));
    checkRefused({score}, QStringLiteral("ANSWERS is missing"));
    checkRefused({score, QStringLiteral("3,3,3"), QStringLiteral("3,3")}, QStringLiteral("must be one argument"));
    checkRefused({score, QStringLiteral("--colour"), all3}, QStringLiteral("colour"));
    checkRefused({score, QStringLiteral("--lang"), QStringLiteral("de"), all3}, QStringLiteral("unknown language \"de\""));
    checkRefused({score, QStringLiteral("--format"), QStringLiteral("xml"), all3}, QStringLiteral("unknown format \"xml\""));
    checkRefused({QStringLiteral("scroe"), all3}, QStringLiteral("unknown command \"scroe\""));
    checkRefused({}, QStringLiteral("no command given"));
    checkRefused({score, QStringLiteral("--questionnaire"), QStringLiteral("/no/such/file.json"), all3},
                 QStringLiteral("/no/such/file.json: cannot read the file"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"id\": \"x\", \"version\": 1}");
    file.close();
    checkRefused({score, QStringLiteral("--questionnaire"), broken, all3},
                 broken + QStringLiteral(": missing field \"languages\""));
}

TEST_CASE("score refusals come in the chosen language", "[cli]")
{
    const Run fa = rater_cli({QStringLiteral("score"), QStringLiteral("--lang"), QStringLiteral("fa"),
                              QStringLiteral("3,3,3,3,3,3,3,3,7,3,3,3,3,3,3,3,3")});
    CHECK(fa.status == 2);
    CHECK(fa.out.isEmpty());
    CHECK(fa.err.contains(QStringLiteral("۹")));
    CHECK(fa.err.contains(QStringLiteral("۱۷")));
    CHECK_FALSE(fa.err.contains(QStringLiteral("answer")));
}

TEST_CASE("score reads another questionnaire from a file", "[cli]")
{
    const Run run = rater_cli({QStringLiteral("score"), QStringLiteral("--questionnaire"),
                               QStringLiteral(RATER_QUESTIONNAIRE_DIR "/rater.json"), QStringLiteral("--format"),
                               QStringLiteral("json"), all3});
    REQUIRE(run.status == 0);
    CHECK(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("total")).toInt() == 51);
}

TEST_CASE("help and version succeed", "[cli]")
{
    const Run help = rater_cli({QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("score")));
    const Run scoreHelp = rater_cli({QStringLiteral("score"), QStringLiteral("--help")});
    CHECK(scoreHelp.status == 0);
    CHECK(scoreHelp.out.contains(QStringLiteral("--questionnaire")));
}

TEST_CASE("Help lists every command, and each command's help its options, in the chosen language", "[cli]")
{
    // Every command and the options it takes, as a user finds them in the documentation.
    const std::vector<std::pair<QString, QStringList>> commands = {
        {QStringLiteral("score"), {QStringLiteral("--questionnaire"), QStringLiteral("--format")}},
        {QStringLiteral("record"), {QStringLiteral("--team"), QStringLiteral("--respondent"), QStringLiteral("--workshop"),
                                    QStringLiteral("--date"), QStringLiteral("--db")}},
        {QStringLiteral("list"), {QStringLiteral("--team"), QStringLiteral("--format"), QStringLiteral("--db")}},
        {QStringLiteral("import"), {QStringLiteral("--db")}},
        {QStringLiteral("export"), {QStringLiteral("--team"), QStringLiteral("--out"), QStringLiteral("--format")}},
        {QStringLiteral("check"), {QStringLiteral("--db")}},
        {QStringLiteral("backup"), {QStringLiteral("--out"), QStringLiteral("--db")}},
        {QStringLiteral("demo"), {QStringLiteral("--db")}},
        {QStringLiteral("history"), {QStringLiteral("--team"), QStringLiteral("--period"), QStringLiteral("--calendar"),
                                     QStringLiteral("--fiscal-start"), QStringLiteral("--format")}},
        {QStringLiteral("compare"), {QStringLiteral("--period"), QStringLiteral("--kind"), QStringLiteral("--calendar")}},
        {QStringLiteral("workshop create"), {QStringLiteral("--title"), QStringLiteral("--date"),
                                             QStringLiteral("--team"), QStringLiteral("--facilitator")}},
        {QStringLiteral("workshop add"), {QStringLiteral("--id"), QStringLiteral("--respondent")}},
        {QStringLiteral("workshop import"), {QStringLiteral("--id")}},
        {QStringLiteral("workshop summary"), {QStringLiteral("--id"), QStringLiteral("--min-group"),
                                              QStringLiteral("--format")}},
        {QStringLiteral("report"), {QStringLiteral("--workshop"), QStringLiteral("--out"), QStringLiteral("--min-group")}},
    };
    const Run help = rater_cli({QStringLiteral("--help")});
    REQUIRE(help.status == 0);
    for (const auto &[name, options] : commands) {
        INFO(name.toStdString());
        CHECK(help.out.contains(QStringLiteral("  ") + name + QLatin1Char(' ')));
        const Run own = rater_cli(name.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        CHECK(own.status == 0);
        CHECK(own.out.startsWith(QStringLiteral("Usage: rater-cli ") + name));
        for (const QString &option : options)
            CHECK(own.out.contains(QStringLiteral("  ") + option + QLatin1Char(' ')));
    }
    CHECK_FALSE(rater_cli({QStringLiteral("score"), QStringLiteral("--help")}).out.contains(QStringLiteral("--db")));
    const Run persian = rater_cli({QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("record"),
                                   QStringLiteral("--help")});
    CHECK(persian.out.contains(QStringLiteral("--team NAME")));
    CHECK_FALSE(persian.out.contains(QStringLiteral("the team the assessment is for")));
    const Run group = rater_cli({QStringLiteral("workshop")});
    CHECK(group.status == 2);
    CHECK(group.err.contains(QStringLiteral("workshop create")));
    CHECK(group.err.contains(QStringLiteral("workshop summary")));
}

TEST_CASE("A copy of rater-cli under another root reads the files beside it, and names the folder it lacks", "[cli]")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    const QDir rootDir(root.path());
    REQUIRE(rootDir.mkpath(QStringLiteral("bin")));
    const QString program = rootDir.filePath(QStringLiteral("bin/rater-cli"));
    REQUIRE(QFile::copy(QStringLiteral(RATER_CLI_PATH), program));
    const QString answers = QStringLiteral("2,4,4,5,1,3,2,1,4,2,5,1,4,5,3,2,5");

    // Nothing beside it: the questionnaire is missing, and the message says where it was looked for.
    const CliRun bare = runCli({ QStringLiteral("score"), answers }, {}, program);
    CHECK(bare.status == 2);
    CHECK(bare.err.contains(QStringLiteral("the questionnaires that come with Rater are missing")));
    CHECK(bare.err.contains(rootDir.filePath(QStringLiteral("share/rater/questionnaires"))));

    // Its own share/rater/: the questionnaire first, then the Persian catalogue.
    const QString data = rootDir.filePath(QStringLiteral("share/rater"));
    REQUIRE(rootDir.mkpath(QStringLiteral("share/rater/questionnaires")));
    REQUIRE(rootDir.mkpath(QStringLiteral("share/rater/translations")));
    const QString built = QFileInfo(QStringLiteral(RATER_CLI_PATH)).dir().filePath(QStringLiteral("../share/rater"));
    REQUIRE(QFile::copy(
        built + QStringLiteral("/questionnaires/rater.json"), data + QStringLiteral("/questionnaires/rater.json")));
    const CliRun english = runCli({ QStringLiteral("score"), answers }, {}, program);
    CHECK(english.status == 0);
    CHECK(english.out.contains(QStringLiteral("Total: 73")));
    // Without its translations, Persian falls back to English words, in Persian digits.
    const CliRun withoutCatalogue
        = runCli({ QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("score"), answers }, {}, program);
    CHECK(withoutCatalogue.status == 0);
    CHECK(withoutCatalogue.out.contains(QStringLiteral("Total: ۷۳")));
    REQUIRE(QFile::copy(
        built + QStringLiteral("/translations/rater_fa.qm"), data + QStringLiteral("/translations/rater_fa.qm")));
    const CliRun persian
        = runCli({ QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("score"), answers }, {}, program);
    CHECK(persian.status == 0);
    CHECK(persian.out.contains(QStringLiteral("۷۳")));
    CHECK_FALSE(persian.out.contains(QStringLiteral("Total")));
}
