#include "cli/cli_runner.h"
#include "printing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QJsonObject summary(const QString &db, const QString &id, const QStringList &extra = {})
{
    const CliRun run = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("summary"),
                                          QStringLiteral("--id"), id, QStringLiteral("--format"), QStringLiteral("json")}
                              + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    return QJsonDocument::fromJson(run.rawOut).object();
}

} // namespace

TEST_CASE("A workshop collects participants; its summary hides them until there are enough", "[cli][workshop]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.sqlite"));
    const CliRun created = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("create"),
                                   QStringLiteral("--title"), QStringLiteral("Service day"), QStringLiteral("--date"),
                                   QStringLiteral("2026-03-21"), QStringLiteral("--team"), QStringLiteral("Front Desk")});
    REQUIRE(created.status == 0);
    const QString id = created.out.trimmed();
    CHECK(id == QStringLiteral("1"));

    const auto add = [&](const QString &answers, const QString &code) {
        const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("add"),
                                   QStringLiteral("--id"), id, QStringLiteral("--respondent"), code, answers});
        INFO(run.err.toStdString());
        CHECK(run.status == 0);
    };
    add(QStringLiteral("1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1"), QStringLiteral("p1"));
    add(QStringLiteral("3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3"), QStringLiteral("p2"));
    QJsonObject s = summary(db, id);
    CHECK(s.value(QStringLiteral("n")).toInt() == 2);
    CHECK(s.value(QStringLiteral("suppressed")).toBool());
    CHECK_FALSE(s.contains(QStringLiteral("total")));
    CHECK_FALSE(s.contains(QStringLiteral("statements")));

    add(QStringLiteral("1,5,5,5,1,5,1,1,5,1,5,1,5,5,5,1,5"), QStringLiteral("p3")); // total 85
    s = summary(db, id);
    CHECK(s.value(QStringLiteral("n")).toInt() == 3);
    CHECK_FALSE(s.value(QStringLiteral("suppressed")).toBool());
    const QJsonObject total = s.value(QStringLiteral("total")).toObject();
    CHECK(total.value(QStringLiteral("mean")).toDouble() == Approx((45 + 51 + 85) / 3.0));
    CHECK(total.value(QStringLiteral("min")).toInt() == 45);
    CHECK(total.value(QStringLiteral("max")).toInt() == 85);
    CHECK(s.value(QStringLiteral("bands")).toObject().value(QStringLiteral("middle")).toInt() == 2);
    CHECK(s.value(QStringLiteral("bands")).toObject().value(QStringLiteral("high")).toInt() == 1);
    const QJsonObject reliability = s.value(QStringLiteral("dimensions")).toObject().value(QStringLiteral("reliability")).toObject();
    CHECK(reliability.value(QStringLiteral("median")).toDouble() == Approx(3.0));
    CHECK(reliability.value(QStringLiteral("alpha")).isNull());
    CHECK(s.value(QStringLiteral("statements")).toObject().value(QStringLiteral("1")).toArray()
          == QJsonArray{2, 0, 1, 0, 0});
    CHECK(s.value(QStringLiteral("statements")).toObject().size() == 17);
    // A stricter threshold withholds the figures again.
    CHECK(summary(db, id, {QStringLiteral("--min-group"), QStringLiteral("4")}).value(QStringLiteral("suppressed")).toBool());
    const CliRun tooLow = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("summary"),
                                  QStringLiteral("--id"), id, QStringLiteral("--min-group"), QStringLiteral("1")});
    CHECK(tooLow.status == 2);
    CHECK(tooLow.err.contains(QStringLiteral("2 or more")));
}

TEST_CASE("Workshop import is all or nothing and refuses duplicates", "[cli][workshop]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("--title"),
                    QStringLiteral("Day")}).status == 0);
    const QByteArray header = "team,respondent,workshop,date,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,q12,q13,q14,q15,q16,q17\n";
    QFile file(dir.filePath(QStringLiteral("people.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(header + "X,a1,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                        "X,a2,,2026-03-21,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                        "X,a1,,2026-03-21,en,5,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    file.close();
    const CliRun refused = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("import"),
                                   QStringLiteral("--id"), QStringLiteral("1"), file.fileName()});
    CHECK(refused.status == 2);
    CHECK(refused.err.contains(QStringLiteral("line 4: respondent \"a1\" appears twice (line 2)")));
    CHECK(summary(db, QStringLiteral("1")).value(QStringLiteral("n")).toInt() == 0);

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(header + "X,a1,,2026-03-21,en,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                        "X,a2,,2026-03-21,en,4,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                        "X,a3,,2026-03-21,en,5,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n");
    file.close();
    const CliRun imported = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("import"),
                                    QStringLiteral("--id"), QStringLiteral("1"), file.fileName()});
    INFO(imported.err.toStdString());
    CHECK(imported.status == 0);
    CHECK(summary(db, QStringLiteral("1")).value(QStringLiteral("n")).toInt() == 3);
    // The same people again are duplicates of what the workshop already holds.
    const CliRun again = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("import"),
                                 QStringLiteral("--id"), QStringLiteral("1"), file.fileName()});
    CHECK(again.status == 2);
    CHECK(again.err.contains(QStringLiteral("already in the workshop")));
    const CliRun missing = runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("summary"),
                                   QStringLiteral("--id"), QStringLiteral("9")});
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(QStringLiteral("no workshop with id 9")));
}

TEST_CASE("report writes a workshop's PDF without a display", "[cli][workshop][pdf]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("create"), QStringLiteral("--title"),
                    QStringLiteral("Listening day")}).status == 0);
    for (int p = 1; p <= 6; ++p) {
        QStringList answers;
        for (int s = 0; s < 17; ++s)
            answers << QString::number(1 + (p + s) % 5);
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("add"), QStringLiteral("--id"),
                        QStringLiteral("1"), answers.join(QLatin1Char(','))}).status == 0);
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ar"), QStringLiteral("report"),
                               QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    CHECK(extracted.contains(QStringLiteral("Listening day")));
    CHECK(extracted.contains(QStringLiteral("الاعتمادية")));
    const CliRun missing = runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--workshop"),
                                   QStringLiteral("7"), QStringLiteral("--out"), pdf});
    CHECK(missing.status == 2);

    // A title another program stored with a right-to-left override cannot reorder the PDF's title.
    changeAsAnotherProgram(db, QStringLiteral("UPDATE workshop SET title = ?"),
                           {QString(QStringLiteral("Listening") + QChar(0x202e) + QStringLiteral(" day"))});
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--workshop"), QStringLiteral("1"),
                    QStringLiteral("--out"), pdf}).status == 0);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
    REQUIRE(info.waitForFinished());
    const QString metadata = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(metadata.contains(QRegularExpression(QStringLiteral("Title: +Listening day\n"))));
    CHECK_FALSE(metadata.contains(QChar(0x202e)));
}

TEST_CASE("report is written in the workshop's own language unless --lang says otherwise", "[cli][workshop][pdf]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("fa"), QStringLiteral("workshop"),
                    QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("Persian day")}).status == 0);
    for (int p = 0; p < 4; ++p)
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("workshop"), QStringLiteral("add"), QStringLiteral("--id"),
                        QStringLiteral("1"), QStringLiteral("%1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,%2").arg(1 + p).arg(5 - p)}).status == 0);
    const auto text = [&](const QStringList &extra) {
        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        const CliRun run = runCli(QStringList{QStringLiteral("--db"), db} + extra
                                  + QStringList{QStringLiteral("report"), QStringLiteral("--workshop"), QStringLiteral("1"),
                                                QStringLiteral("--out"), pdf});
        INFO(run.err.toStdString());
        REQUIRE(run.status == 0);
        QProcess extract;
        extract.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        REQUIRE(extract.waitForFinished());
        return QString::fromUtf8(extract.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    };
    CHECK(text({}).contains(QStringLiteral("همدلی")));
    CHECK(text({QStringLiteral("--lang"), QStringLiteral("en")}).contains(QStringLiteral("Empathy")));
}
