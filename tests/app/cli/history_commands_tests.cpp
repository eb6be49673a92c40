#include "cli/cli_runner.h"
#include "printing.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <map>

namespace {

QJsonValue json(const QStringList &arguments)
{
    const CliRun run = runCli(arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.status == 0);
    return QJsonDocument::fromJson(run.rawOut).isArray() ? QJsonValue(QJsonDocument::fromJson(run.rawOut).array())
                                                         : QJsonValue(QJsonDocument::fromJson(run.rawOut).object());
}

struct Sums
{
    int n = 0;
    double total = 0;
    std::map<QString, double> dimensions;
};

} // namespace

TEST_CASE("demo writes a database; history agrees with the stored assessments, quarter by quarter", "[cli][history]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    REQUIRE(demo.status == 0);
    CHECK(demo.out.startsWith(QStringLiteral("Wrote ")));
    const CliRun again = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
    CHECK(again.status == 2);
    CHECK(again.err.contains(QStringLiteral("already holds assessments")));

    // An independent grouping of `list` output by Gregorian quarter.
    const QJsonArray all = json({QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--format"),
                                 QStringLiteral("json")}).toArray();
    REQUIRE(all.size() > 150);
    std::map<std::pair<int, int>, Sums> expected;
    QStringList teams;
    for (const QJsonValue &v : all) {
        const QJsonObject a = v.toObject();
        if (!teams.contains(a.value(QStringLiteral("team")).toString()))
            teams << a.value(QStringLiteral("team")).toString();
        if (a.value(QStringLiteral("team")).toString() != QStringLiteral("Front Desk"))
            continue;
        const QDate date = QDate::fromString(a.value(QStringLiteral("date")).toString(), Qt::ISODate);
        Sums &s = expected[{date.year(), (date.month() - 1) / 3 + 1}];
        ++s.n;
        s.total += a.value(QStringLiteral("total")).toDouble();
        const QJsonObject dims = a.value(QStringLiteral("dimensions")).toObject();
        for (auto it = dims.begin(); it != dims.end(); ++it)
            s.dimensions[it.key()] += it.value().toObject().value(QStringLiteral("mean")).toDouble();
    }
    CHECK(teams.size() == 4);

    const QJsonObject history = json({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--team"),
                                      QStringLiteral("Front Desk"), QStringLiteral("--format"), QStringLiteral("json")})
                                    .toObject();
    CHECK(history.value(QStringLiteral("team")).toString() == QStringLiteral("Front Desk"));
    CHECK(history.value(QStringLiteral("calendar")).toString() == QStringLiteral("gregorian"));
    CHECK(history.value(QStringLiteral("period")).toString() == QStringLiteral("quarter"));
    const QJsonArray periods = history.value(QStringLiteral("periods")).toArray();
    REQUIRE(periods.size() == int(expected.size()));
    auto it = expected.begin();
    for (const QJsonValue &v : periods) {
        const QJsonObject p = v.toObject();
        INFO(p.value(QStringLiteral("label")).toString().toStdString());
        CHECK(p.value(QStringLiteral("year")).toInt() == it->first.first);
        CHECK(p.value(QStringLiteral("index")).toInt() == it->first.second);
        CHECK(p.value(QStringLiteral("label")).toString()
              == QStringLiteral("Q%1 %2").arg(it->first.second).arg(it->first.first));
        const QDate start(it->first.first, (it->first.second - 1) * 3 + 1, 1);
        CHECK(p.value(QStringLiteral("start")).toString() == start.toString(Qt::ISODate));
        CHECK(p.value(QStringLiteral("end")).toString() == start.addMonths(3).addDays(-1).toString(Qt::ISODate));
        CHECK(p.value(QStringLiteral("n")).toInt() == it->second.n);
        CHECK(p.value(QStringLiteral("total_mean")).toDouble() == Approx(it->second.total / it->second.n));
        const QJsonObject dims = p.value(QStringLiteral("dimensions")).toObject();
        CHECK(dims.size() == 5);
        for (const auto &[id, sum] : it->second.dimensions)
            CHECK(dims.value(id).toDouble() == Approx(sum / it->second.n));
        ++it;
    }
    // The improving team ends well above where it began, and some changes are real.
    CHECK(periods.last().toObject().value(QStringLiteral("total_mean")).toDouble()
          > periods.first().toObject().value(QStringLiteral("total_mean")).toDouble() + 10);
    // Quarter to quarter the steps are small for groups of five; year to year
    // the improvement is larger than its uncertainty.
    const QJsonArray years = json({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--team"),
                                   QStringLiteral("Front Desk"), QStringLiteral("--period"), QStringLiteral("year"),
                                   QStringLiteral("--format"), QStringLiteral("json")})
                                 .toObject()
                                 .value(QStringLiteral("periods"))
                                 .toArray();
    REQUIRE(years.size() >= 3);
    bool sawReal = false;
    for (const QJsonValue &v : years)
        sawReal = sawReal
                  || v.toObject().value(QStringLiteral("change")).toObject().value(QStringLiteral("total")).toObject()
                             .value(QStringLiteral("kind")).toString() == QStringLiteral("real");
    CHECK(sawReal);

    // Jalali quarters, labelled in Persian.
    const QJsonObject jalali = json({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fa"),
                                     QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                     QStringLiteral("--format"), QStringLiteral("json")})
                                   .toObject();
    CHECK(jalali.value(QStringLiteral("calendar")).toString() == QStringLiteral("jalali"));
    const QJsonArray jalaliPeriods = jalali.value(QStringLiteral("periods")).toArray();
    int counted = 0;
    for (const QJsonValue &v : jalaliPeriods) {
        const QJsonObject p = v.toObject();
        CHECK(p.value(QStringLiteral("year")).toInt() > 1400);
        CHECK(p.value(QStringLiteral("label")).toString().startsWith(QStringLiteral("فصل ")));
        counted += p.value(QStringLiteral("n")).toInt();
    }
    int total = 0;
    for (const auto &[key, sums] : expected)
        total += sums.n;
    CHECK(counted == total);

    // A fiscal year from April shifts the quarter numbers by one.
    const QJsonObject fiscal = json({QStringLiteral("--db"), db, QStringLiteral("history"), QStringLiteral("--team"),
                                     QStringLiteral("Front Desk"), QStringLiteral("--fiscal-start"), QStringLiteral("4"),
                                     QStringLiteral("--format"), QStringLiteral("json")})
                                   .toObject();
    for (const QJsonValue &v : fiscal.value(QStringLiteral("periods")).toArray()) {
        const QDate start = QDate::fromString(v.toObject().value(QStringLiteral("start")).toString(), Qt::ISODate);
        CHECK(v.toObject().value(QStringLiteral("index")).toInt() == (start.month() + 8) % 12 / 3 + 1);
    }
}

TEST_CASE("compare puts the teams side by side for one period", "[cli][history]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}).status == 0);
    const QDate today = QDate::currentDate();
    const QString label = QStringLiteral("Q%1 %2").arg((today.month() - 1) / 3 + 1).arg(today.year());
    const QJsonObject byLabel = json({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"),
                                      label, QStringLiteral("--format"), QStringLiteral("json")})
                                    .toObject();
    const QJsonObject byDate = json({QStringLiteral("--db"), db, QStringLiteral("compare"), QStringLiteral("--period"),
                                     today.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("json")})
                                   .toObject();
    CHECK(byLabel == byDate);
    CHECK(byLabel.value(QStringLiteral("period")).toObject().value(QStringLiteral("label")).toString() == label);
    const QJsonArray teams = byLabel.value(QStringLiteral("teams")).toArray();
    CHECK(teams.size() == 4);
    for (const QJsonValue &v : teams) {
        const QJsonObject team = v.toObject();
        const QJsonObject dims = team.value(QStringLiteral("dimensions")).toObject();
        QString lowest;
        double lowestMean = 99;
        for (auto it = dims.begin(); it != dims.end(); ++it) {
            if (it.value().toDouble() < lowestMean) {
                lowestMean = it.value().toDouble();
                lowest = it.key();
            }
        }
        CHECK(team.value(QStringLiteral("lowest_dimension")).toString() == lowest);
        CHECK(team.value(QStringLiteral("n")).toInt() >= 4);
    }
    const CliRun text = runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ar"),
                                QStringLiteral("compare"), QStringLiteral("--period"), label});
    CHECK(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("الربع")));

    const auto refused = [&db](const QStringList &arguments, const QString &part) {
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + arguments);
        INFO(run.err.toStdString());
        CHECK(run.status == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(part));
    };
    refused({QStringLiteral("compare"), QStringLiteral("--period"), QStringLiteral("Q5 2026")}, QStringLiteral("a year has 4"));
    refused({QStringLiteral("compare"), QStringLiteral("--period"), QStringLiteral("soon")}, QStringLiteral("neither a period"));
    refused({QStringLiteral("compare")}, QStringLiteral("--period is missing"));
    refused({QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Nobody")}, QStringLiteral("there is no team"));
    refused({QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--calendar"),
             QStringLiteral("mayan")}, QStringLiteral("unknown calendar"));
    refused({QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--fiscal-start"),
             QStringLiteral("13")}, QStringLiteral("from 1 to 12"));
    refused({QStringLiteral("history"), QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--period"),
             QStringLiteral("week")}, QStringLiteral("unknown period"));
}
