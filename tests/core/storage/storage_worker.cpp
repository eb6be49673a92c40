// A child process for the storage tests: imports a file again and again until
// it is killed, or records a number of assessments one transaction at a time.
//
//   storage_worker import-loop DB FILE
//   storage_worker record DB COUNT TEAM
//   storage_worker count DB TEAM          prints how many assessments TEAM has

#include "exchange/assessmentfile.h"
#include "questionnaire/loader.h"
#include "storage/database.h"

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
