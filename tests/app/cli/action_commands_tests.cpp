// rater-cli action: planning, listing, closing and reviewing actions in a
// real database file, the review checked against the scoring rules written
// out independently and Welch's interval worked out here.

#include "cli_runner.h"
#include "scoring/reference_scoring.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

namespace {

// Answers of all 3 but for statements 2 and 3.
std::array<int, 17> answers(int second, int third)
{
    std::array<int, 17> a;
    a.fill(3);
    a[1] = second;
    a[2] = third;
    return a;
}

QString joined(const std::array<int, 17> &a)
{
    QStringList parts;
    for (const int v : a)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

struct Sample
{
    double mean = 0;
    double variance = 0;
    int n = 0;
};

Sample empathyOf(const std::vector<std::array<int, 17>> &group)
{
    Sample s;
    s.n = int(group.size());
    for (const auto &a : group)
        s.mean += reference::score(a).mean.at("empathy") / s.n;
    for (const auto &a : group)
        s.variance += std::pow(reference::score(a).mean.at("empathy") - s.mean, 2) / (s.n - 1);
    return s;
}

// rater-cli with `arguments`, on the database file `db`.
CliRun onDatabase(const QString &db, QStringList arguments)
{
    arguments << QStringLiteral("--db") << db;
    return runCli(arguments);
}

} // namespace

TEST_CASE("action add, list, done, drop and review, with review agreeing with an independent calculation",
          "[cli][actions]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("actions.sqlite"));
    const auto cli = [&db](const QStringList &arguments) { return onDatabase(db, arguments); };
    // Front Desk: three assessments in Q1 2026, three in Q3 2026.
    const std::vector<std::array<int, 17>> before{answers(1, 3), answers(2, 3), answers(3, 3)};
    const std::vector<std::array<int, 17>> after{answers(3, 5), answers(4, 5), answers(5, 5)};
    for (std::size_t i = 0; i < 3; ++i) {
        for (const auto &[group, date] : {std::pair{&before, QStringLiteral("2026-02-1%1").arg(i)},
                                          std::pair{&after, QStringLiteral("2026-08-1%1").arg(i)}}) {
            const CliRun recorded = cli({QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                         QStringLiteral("--date"), date, joined((*group)[i])});
            REQUIRE(recorded.status == 0);
        }
    }

    const auto added = [&cli](const QString &dimension, const QString &text, const QStringList &more = {}) {
        const CliRun run = cli(QStringList{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--team"),
                                           QStringLiteral("Front Desk"), QStringLiteral("--dimension"), dimension,
                                           QStringLiteral("--text"), text, QStringLiteral("--on"),
                                           QStringLiteral("2026-01-05")}
                               + more);
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        return run.out.trimmed();
    };
    const QString callBack = added(QStringLiteral("empathy"), QStringLiteral("Call every customer back within a day"),
                                   {QStringLiteral("--owner"), QStringLiteral("Sara"), QStringLiteral("--due"),
                                    QStringLiteral("2026-04-30")});
    const QString signs = added(QStringLiteral("tangibles"), QStringLiteral("New signs at the desk"));
    const QString early = added(QStringLiteral("reliability"), QStringLiteral("A promise log"));
    const QString dropped = added(QStringLiteral("assurance"), QStringLiteral("Product training"),
                                  {QStringLiteral("--due"), QStringLiteral("2026-02-01")});
    CHECK(callBack == QStringLiteral("1"));

    // Open first, the one due soonest first; none is overdue after its due day in this listing's past.
    const CliRun openList = cli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    REQUIRE(openList.status == 0);
    const QJsonArray open = QJsonDocument::fromJson(openList.rawOut).array();
    REQUIRE(open.size() == 4);
    CHECK(open.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Product training"));
    CHECK(open.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    CHECK(open.at(1).toObject().value(QStringLiteral("owner")).toString() == QStringLiteral("Sara"));
    CHECK(open.at(1).toObject().value(QStringLiteral("due")).toString() == QStringLiteral("2026-04-30"));
    CHECK(open.at(3).toObject().value(QStringLiteral("due")).isNull());
    CHECK(open.at(1).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    const CliRun text = cli({QStringLiteral("action"), QStringLiteral("list")});
    CHECK(text.out.contains(QStringLiteral("Product training")));
    CHECK(text.out.contains(QStringLiteral("open, overdue")));
    CHECK(text.out.contains(QStringLiteral("Actions: 4")));

    REQUIRE(cli({QStringLiteral("action"), QStringLiteral("done"), callBack, QStringLiteral("--on"),
                 QStringLiteral("2026-05-10")})
                .status == 0);
    REQUIRE(cli({QStringLiteral("action"), QStringLiteral("done"), signs, QStringLiteral("--on"),
                 QStringLiteral("2026-08-20")})
                .status == 0);
    REQUIRE(cli({QStringLiteral("action"), QStringLiteral("done"), early, QStringLiteral("--on"),
                 QStringLiteral("2026-01-06")})
                .status == 0);
    const CliRun drop = cli({QStringLiteral("action"), QStringLiteral("drop"), dropped});
    CHECK(drop.status == 0);
    CHECK(drop.out.contains(QStringLiteral("Action 4 dropped on")));
    const CliRun doneOnly = cli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--state"),
                                 QStringLiteral("done"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(doneOnly.rawOut).array().size() == 3);

    const CliRun reviewed = cli({QStringLiteral("action"), QStringLiteral("review"), QStringLiteral("--team"),
                                 QStringLiteral("Front Desk"), QStringLiteral("--format"), QStringLiteral("json")});
    INFO(reviewed.err.toStdString());
    REQUIRE(reviewed.status == 0);
    const QJsonArray reviews = QJsonDocument::fromJson(reviewed.rawOut).array();
    REQUIRE(reviews.size() == 3);
    QJsonObject empathy;
    QJsonObject tangibles;
    QJsonObject reliability;
    for (const QJsonValue &value : reviews) {
        const QJsonObject object = value.toObject();
        const QString dimension = object.value(QStringLiteral("dimension")).toString();
        (dimension == QStringLiteral("empathy") ? empathy : dimension == QStringLiteral("tangibles") ? tangibles
                                                                                                     : reliability) =
            object;
    }

    // Independently: the Empathy means of each side, Welch's interval with
    // Student's t for four degrees of freedom from a table.
    const Sample b = empathyOf(before);
    const Sample a = empathyOf(after);
    const double se = std::sqrt(b.variance / b.n + a.variance / a.n);
    const double df = std::pow(se * se, 2)
                      / (std::pow(b.variance / b.n, 2) / (b.n - 1) + std::pow(a.variance / a.n, 2) / (a.n - 1));
    REQUIRE(df == Approx(4.0));
    const double t = 2.776445;
    CHECK(empathy.value(QStringLiteral("id")).toInt() == 1);
    CHECK(empathy.value(QStringLiteral("done_on")).toString() == QStringLiteral("2026-05-10"));
    const QJsonObject beforeSide = empathy.value(QStringLiteral("before")).toObject();
    const QJsonObject afterSide = empathy.value(QStringLiteral("after")).toObject();
    CHECK(beforeSide.value(QStringLiteral("label")).toString() == QStringLiteral("Q1 2026"));
    CHECK(beforeSide.value(QStringLiteral("n")).toInt() == 3);
    CHECK(beforeSide.value(QStringLiteral("mean")).toDouble() == Approx(b.mean));
    CHECK(afterSide.value(QStringLiteral("label")).toString() == QStringLiteral("Q3 2026"));
    CHECK(afterSide.value(QStringLiteral("mean")).toDouble() == Approx(a.mean));
    CHECK(empathy.value(QStringLiteral("change")).toDouble() == Approx(a.mean - b.mean));
    CHECK(empathy.value(QStringLiteral("low")).toDouble() == Approx(a.mean - b.mean - t * se).epsilon(1e-5));
    CHECK(empathy.value(QStringLiteral("high")).toDouble() == Approx(a.mean - b.mean + t * se).epsilon(1e-5));
    CHECK(empathy.value(QStringLiteral("kind")).toString() == QStringLiteral("real_increase"));

    // Done in Q3, with nothing after it yet; done before any assessment.
    CHECK(tangibles.value(QStringLiteral("kind")).toString() == QStringLiteral("insufficient"));
    CHECK(tangibles.value(QStringLiteral("after")).isNull());
    CHECK(tangibles.value(QStringLiteral("before")).toObject().value(QStringLiteral("label")).toString()
          == QStringLiteral("Q1 2026"));
    CHECK(tangibles.value(QStringLiteral("change")).isNull());
    CHECK(reliability.value(QStringLiteral("kind")).toString() == QStringLiteral("insufficient"));
    CHECK(reliability.value(QStringLiteral("before")).isNull());

    const CliRun words = cli({QStringLiteral("action"), QStringLiteral("review"), QStringLiteral("--team"),
                              QStringLiteral("Front Desk")});
    CHECK(words.out.contains(QStringLiteral("Empathy +0.8 (real; 95% interval +0.3 to +1.3); Q1 2026 → Q3 2026")));
    CHECK(words.out.contains(QStringLiteral("Tangibles: not enough assessments yet")));
    const CliRun persian = cli({QStringLiteral("action"), QStringLiteral("review"), QStringLiteral("--team"),
                                QStringLiteral("Front Desk"), QStringLiteral("--lang"), QStringLiteral("fa")});
    CHECK(persian.out.contains(QStringLiteral("همدلی")));
    CHECK(persian.out.contains(QStringLiteral("۰٫۸")));

    // A workshop of the team: its report ends with the team's actions.
    const CliRun workshop = cli({QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("--title"),
                                 QStringLiteral("Autumn day"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                 QStringLiteral("--date"), QStringLiteral("2026-11-02")});
    REQUIRE(workshop.status == 0);
    for (const auto &a : after)
        REQUIRE(cli({QStringLiteral("workshop"), QStringLiteral("add"), QStringLiteral("--id"), workshop.out.trimmed(),
                     joined(a)})
                    .status == 0);
    const QString pdf = QFileInfo(db).dir().filePath(QStringLiteral("autumn.pdf"));
    const CliRun report = cli({QStringLiteral("report"), QStringLiteral("--workshop"), workshop.out.trimmed(),
                               QStringLiteral("--out"), pdf});
    INFO(report.err.toStdString());
    REQUIRE(report.status == 0);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    CHECK(extracted.contains(QStringLiteral("Actions")));
    CHECK(extracted.contains(QStringLiteral("Call every customer back within a day")));
    CHECK(extracted.contains(QStringLiteral("(real)")));
    CHECK(extracted.contains(QStringLiteral("Not enough assessments yet")));
    CHECK_FALSE(extracted.contains(QStringLiteral("Product training"))); // dropped ones are left out
}

TEST_CASE("action refuses an unknown dimension, team or id and a due date that is not a date, with exit 2",
          "[cli][actions]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("actions.sqlite"));
    const auto cli = [&db](const QStringList &arguments) { return onDatabase(db, arguments); };
    REQUIRE(cli({QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                 joined(answers(3, 3))})
                .status == 0);
    const QStringList add{QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--text"),
                          QStringLiteral("Listen")};
    const auto refused = [](const CliRun &run, const QString &reason) {
        INFO(run.err.toStdString());
        CHECK(run.status == 2);
        CHECK(run.err.contains(reason));
    };
    refused(cli(add + QStringList{QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--dimension"),
                                  QStringLiteral("kindness")}),
            QStringLiteral("there is no dimension \"kindness\"; the dimensions are: reliability, assurance, "
                           "tangibles, empathy, responsiveness"));
    refused(cli(add + QStringList{QStringLiteral("--team"), QStringLiteral("Front Desk"), QStringLiteral("--dimension"),
                                  QStringLiteral("empathy"), QStringLiteral("--due"), QStringLiteral("next week")}),
            QStringLiteral("--due: \"next week\" is not a date"));
    refused(cli(add + QStringList{QStringLiteral("--team"), QStringLiteral("Back Office"), QStringLiteral("--dimension"),
                                  QStringLiteral("empathy")}),
            QStringLiteral("there is no team \"Back Office\""));
    refused(cli({QStringLiteral("action"), QStringLiteral("done"), QStringLiteral("7")}),
            QStringLiteral("there is no action with id 7"));
    refused(cli({QStringLiteral("action"), QStringLiteral("drop"), QStringLiteral("seven")}),
            QStringLiteral("\"seven\" is not an action id"));
    refused(cli({QStringLiteral("action"), QStringLiteral("review"), QStringLiteral("--team"), QStringLiteral("Nobody")}),
            QStringLiteral("there is no team \"Nobody\""));
    refused(cli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("finished")}),
            QStringLiteral("finished"));
    const CliRun listed = cli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")});
    CHECK(QJsonDocument::fromJson(listed.rawOut).array().isEmpty());

    const CliRun id = cli(add + QStringList{QStringLiteral("--team"), QStringLiteral("Front Desk"),
                                            QStringLiteral("--dimension"), QStringLiteral("empathy")});
    REQUIRE(id.status == 0);
    REQUIRE(cli({QStringLiteral("action"), QStringLiteral("done"), id.out.trimmed()}).status == 0);
    refused(cli({QStringLiteral("action"), QStringLiteral("drop"), id.out.trimmed()}), QStringLiteral("was done already"));
    // Planned and closed on a laptop; the store gets them by sync.
    refused(runCli({QStringLiteral("action"), QStringLiteral("done"), QStringLiteral("1"), QStringLiteral("--db"),
                    QStringLiteral("postgresql://lead@localhost/rater")}),
            QStringLiteral("actions are planned and changed in a laptop's database file, and reach the "
                           "organisation's store by rater-cli sync"));
}

TEST_CASE("action edit changes what it is given and keeps the rest, and refuses what add refuses",
          "[cli][actions]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("actions.sqlite"));
    const auto cli = [&db](const QStringList &arguments) { return onDatabase(db, arguments); };
    REQUIRE(cli({QStringLiteral("record"), QStringLiteral("--team"), QStringLiteral("Front Desk"),
                 joined(answers(3, 3))})
                .status == 0);
    const CliRun added = cli({QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--team"),
                              QStringLiteral("Front Desk"), QStringLiteral("--dimension"), QStringLiteral("empathy"),
                              QStringLiteral("--text"), QStringLiteral("Listen"), QStringLiteral("--owner"),
                              QStringLiteral("Dana"), QStringLiteral("--due"), QStringLiteral("2026-12-01")});
    REQUIRE(added.status == 0);
    const QString id = added.out.trimmed();
    const auto listedAction = [&cli] {
        const CliRun listed = cli({QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
        REQUIRE(listed.status == 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.rawOut).array();
        REQUIRE(array.size() == 1);
        return array.first().toObject();
    };
    const auto edit = [&cli, &id](const QStringList &options) {
        return cli(QStringList{QStringLiteral("action"), QStringLiteral("edit"), id} + options);
    };

    const CliRun reworded = edit({QStringLiteral("--text"), QStringLiteral("Listen to the end")});
    INFO(reworded.err.toStdString());
    REQUIRE(reworded.status == 0);
    CHECK(reworded.out.contains(QStringLiteral("Action 1 changed.")));
    QJsonObject action = listedAction();
    CHECK(action.value(QStringLiteral("text")).toString() == QStringLiteral("Listen to the end"));
    CHECK(action.value(QStringLiteral("owner")).toString() == QStringLiteral("Dana"));
    CHECK(action.value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-01"));
    CHECK(action.value(QStringLiteral("dimension")).toString() == QStringLiteral("empathy"));

    REQUIRE(edit({QStringLiteral("--dimension"), QStringLiteral("assurance"), QStringLiteral("--owner"),
                  QStringLiteral("Shift lead"), QStringLiteral("--no-due")})
                .status == 0);
    action = listedAction();
    CHECK(action.value(QStringLiteral("dimension")).toString() == QStringLiteral("assurance"));
    CHECK(action.value(QStringLiteral("owner")).toString() == QStringLiteral("Shift lead"));
    CHECK(action.value(QStringLiteral("due")).isNull());
    CHECK(action.value(QStringLiteral("text")).toString() == QStringLiteral("Listen to the end"));

    const auto refused = [](const CliRun &run, const QString &reason) {
        INFO(run.err.toStdString());
        CHECK(run.status == 2);
        CHECK(run.err.contains(reason));
    };
    refused(edit({QStringLiteral("--dimension"), QStringLiteral("kindness")}),
            QStringLiteral("there is no dimension \"kindness\""));
    refused(edit({QStringLiteral("--due"), QStringLiteral("soon")}), QStringLiteral("--due: \"soon\" is not a date"));
    refused(edit({QStringLiteral("--due"), QStringLiteral("2026-12-01"), QStringLiteral("--no-due")}),
            QStringLiteral("--due and --no-due cannot both be given"));
    refused(edit({QStringLiteral("--text"), QStringLiteral("  ")}), QStringLiteral("the action's text is empty"));
    refused(cli({QStringLiteral("action"), QStringLiteral("edit"), QStringLiteral("9"), QStringLiteral("--text"),
                 QStringLiteral("x")}),
            QStringLiteral("there is no action with id 9"));
    // Nothing refused changed it.
    CHECK(listedAction() == action);
}

TEST_CASE("export --format json carries the actions, and import brings them into another file once",
          "[cli][actions]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    for (const QString &team : {QStringLiteral("Front Desk"), QStringLiteral("North")})
        REQUIRE(onDatabase(first, {QStringLiteral("record"), QStringLiteral("--team"), team, joined(answers(3, 3))})
                    .status == 0);
    for (const QString &team : {QStringLiteral("Front Desk"), QStringLiteral("North")})
        REQUIRE(onDatabase(first, {QStringLiteral("action"), QStringLiteral("add"), QStringLiteral("--team"), team,
                                   QStringLiteral("--dimension"), QStringLiteral("empathy"), QStringLiteral("--text"),
                                   QStringLiteral("Listen to ") + team})
                    .status == 0);
    REQUIRE(onDatabase(first, {QStringLiteral("action"), QStringLiteral("done"), QStringLiteral("2")}).status == 0);

    const QString file = dir.filePath(QStringLiteral("all.json"));
    REQUIRE(onDatabase(first, {QStringLiteral("export"), QStringLiteral("--out"), file}).status == 0);
    const CliRun imported = onDatabase(second, {QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("Actions imported: 2; already stored, and not stored again: 0.")));
    const auto listed = [](const QString &db) {
        return onDatabase(db, {QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--format"),
                               QStringLiteral("json")})
            .rawOut;
    };
    // The same actions, ids and all, in the same order.
    CHECK(listed(second) == listed(first));
    const CliRun again = onDatabase(second, {QStringLiteral("import"), file});
    CHECK(again.out.contains(QStringLiteral("Actions imported: 0; already stored, and not stored again: 2.")));
    CHECK(QJsonDocument::fromJson(listed(second)).array().size() == 2);

    // One team's export carries that team's actions; CSV carries none.
    const CliRun north = onDatabase(first, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                            QStringLiteral("--team"), QStringLiteral("North")});
    const QJsonArray records = QJsonDocument::fromJson(north.rawOut).array();
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("action"));
    CHECK(records.at(1).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Listen to North"));
    CHECK(records.at(1).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("done"));
    const CliRun csv = onDatabase(first, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK_FALSE(csv.out.contains(QStringLiteral("Listen to")));
}
