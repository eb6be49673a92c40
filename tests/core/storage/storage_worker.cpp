// A child process for the storage tests: imports a file again and again until
// it is killed, or records a number of assessments one transaction at a time.
//
//   storage_worker import-loop DB FILE
//   storage_worker record DB COUNT TEAM
//   storage_worker count DB TEAM          prints how many assessments TEAM has
//   storage_worker actions-loop DB FILE   again and again: plans ten actions at
//                                         once, closes and edits one, and imports
//                                         FILE (JSON, results and actions)

#include "exchange/assessmentfile.h"
#include "questionnaire/loader.h"
#include "storage/database.h"
#include "storage/fileresults.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace rater;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: storage_worker import-loop DB FILE | record DB COUNT TEAM | count DB TEAM\n";
        return 2;
    }
    const Questionnaire q = loadBuiltInQuestionnaire(QStringLiteral("rater")).value();
    auto database = Database::open(args.at(2));
    if (!database) {
        err << database.error() << '\n';
        return 1;
    }
    if (args.at(1) == QLatin1String("import-loop")) {
        const exchange::ReadResult read = exchange::readFile(args.at(3), q);
        if (!read.problems.isEmpty()) {
            err << read.problems.join(QLatin1Char('\n')) << '\n';
            return 1;
        }
        QTextStream out(stdout);
        for (int round = 0;; ++round) {
            const auto ids = database.value()->assessments().recordAll(read.records);
            if (!ids) {
                err << ids.error() << '\n';
                return 1;
            }
            out << "imported " << round << Qt::endl;
        }
    }
    if (args.at(1) == QLatin1String("record") && args.size() == 5) {
        const int count = args.at(3).toInt();
        int failures = 0;
        for (int i = 0; i < count; ++i) {
            NewAssessment a;
            a.team = args.at(4);
            a.date = QDate(2026, 1, 1).addDays(i % 365);
            a.lang = QStringLiteral("en");
            a.questionnaireId = q.id;
            a.questionnaireVersion = q.version;
            a.answers = Answers(17, 1 + i % 5);
            const auto id = database.value()->assessments().record(a);
            if (!id) {
                err << id.error() << '\n';
                ++failures;
            }
        }
        return failures == 0 ? 0 : 1;
    }
    if (args.at(1) == QLatin1String("actions-loop")) {
        Database &db = *database.value();
        QTextStream out(stdout);
        storage::FileResults results(db);
        for (int round = 0;; ++round) {
            std::vector<NewAction> planned;
            for (int i = 0; i < 10; ++i)
                planned.push_back({QStringLiteral("Planned"), std::nullopt, QStringLiteral("empathy"),
                                   QStringLiteral("Action %1.%2").arg(round).arg(i), QString(), QDate(),
                                   QDate(2026, 1, 1)});
            const auto ids = db.actions().addAll(planned);
            if (!ids) {
                err << ids.error() << '\n';
                return 1;
            }
            if (!db.actions().close(ids->front(), Action::State::Done, QDate(2026, 2, 1)).value().made()
                || !db.actions()
                        .edit(ids->back(), {QStringLiteral("tangibles"), QStringLiteral("Edited"), QStringLiteral("Sam"),
                                            QDate(2026, 3, 1)})
                        .value()
                        .made()) {
                err << "a change was refused\n";
                return 1;
            }
            auto recording = results.startRecording();
            if (!recording) {
                err << recording.error() << '\n';
                return 1;
            }
            const QStringList problems = exchange::readFile(
                args.at(3), q,
                [&](const NewAssessment &a, qsizetype) -> Status {
                    const auto added = (*recording)->add(a);
                    return added ? Status(Done{}) : Status::failure(added.error());
                },
                [&](const Action &a, qsizetype) -> Status {
                    const auto added = (*recording)->addAction(a);
                    return added ? Status(Done{}) : Status::failure(added.error());
                });
            if (!problems.isEmpty() || !(*recording)->commit()) {
                err << problems.join(QLatin1Char('\n')) << '\n';
                return 1;
            }
            out << "round " << round << Qt::endl;
        }
    }
    if (args.at(1) == QLatin1String("count") && args.size() == 4) {
        const auto stored = database.value()->assessments().list(args.at(3));
        if (!stored) {
            err << stored.error() << '\n';
            return 1;
        }
        QTextStream(stdout) << stored->size() << Qt::endl;
        return 0;
    }
    err << "unknown mode " << args.at(1) << '\n';
    return 2;
}
