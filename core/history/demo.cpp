#include "demo.h"

#include "quiz/quizanswers.h"
#include "storage/database.h"
#include "storage/fileresults.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

struct DemoTeam
{
    QString name;
    QString code;
    double firstLevel; // mean item score, 1 to 5, in the first quarter
    double lastLevel;  // … and in the last
    int firstQuarter;  // 0 = eleven quarters ago
    QString weakDimension;
};

} // namespace

Expected<qint64> writeDemoData(storage::Results &results, const Questionnaire &q, const QDate &today)
{
    const std::vector<DemoTeam> teams{
        {u"Front Desk"_s, u"FD"_s, 2.5, 4.2, 0, u"responsiveness"_s},
        {u"Field Service"_s, u"FS"_s, 4.0, 2.6, 0, u"reliability"_s},
        {u"Online Support"_s, u"OS"_s, 3.3, 3.3, 0, u"empathy"_s},
        {u"New Accounts"_s, u"NA"_s, 3.1, 3.6, 9, u"tangibles"_s},
    };
    // The same people and answers every day: only the dates follow today.
    std::mt19937 random(20260321);
    std::normal_distribution<double> noise(0.0, 0.75);
    std::uniform_int_distribution<int> respondentsPerQuarter(4, 7);

    std::vector<NewAssessment> assessments;
    const QDate thisQuarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    for (const DemoTeam &team : teams) {
        const Dimension *weak = q.dimension(team.weakDimension);
        for (int quarter = team.firstQuarter; quarter < 12; ++quarter) {
            const QDate start = thisQuarter.addMonths(3 * (quarter - 11));
            const int span = int(start.daysTo(std::min(start.addMonths(3), today.addDays(1))));
            const double progress = quarter / 11.0;
            const double level = team.firstLevel + (team.lastLevel - team.firstLevel) * progress;
            const int respondents = respondentsPerQuarter(random);
            for (int r = 0; r < respondents; ++r) {
                QuizAnswers a;
                a.team = team.name;
                a.respondent = u"%1-%2"_s.arg(team.code).arg(r + 1, 2, 10, QLatin1Char('0'));
                a.date = start.addDays(std::uniform_int_distribution<int>(0, std::max(0, span - 1))(random));
                const double person = noise(random) * 0.5; // some people rate higher than others
                for (const Statement &s : q.statements) {
                    double item = level + person + noise(random);
                    if (weak && std::find(weak->statements.begin(), weak->statements.end(), s.number)
                                    != weak->statements.end())
                        item -= 0.8;
                    const int itemScore = std::clamp(int(std::lround(item)), q.scaleMin(), q.scaleMax());
                    // The answer that gives this item score under the statement's keying.
                    int answer = q.scaleMin();
                    for (int v = q.scaleMin(); v <= q.scaleMax(); ++v) {
                        if (*q.itemScore(s, v) == itemScore)
                            answer = v;
                    }
                    a.answers.push_back(answer);
                }
                // Two workshops: the newest quarter's Front Desk and Online Support sessions.
                QString workshop;
                if (quarter == 11 && team.code == u"FD"_s)
                    workshop = u"Service recovery workshop"_s;
                if (quarter == 10 && team.code == u"OS"_s)
                    workshop = u"Listening to customers"_s;
                assessments.push_back(assessmentOf(std::move(a), q, u"en"_s));
                assessments.back().workshopTitle = workshop;
            }
        }
    }
    std::sort(assessments.begin(), assessments.end(),
              [](const NewAssessment &a, const NewAssessment &b) { return a.date < b.date; });
    const auto recorded = results.recordAll(assessments);
    if (!recorded)
        return Expected<qint64>::failure(recorded.error());
    return recorded->added();
}

Expected<qint64> writeDemoData(Database &database, const Questionnaire &questionnaire, const QDate &today)
{
    storage::FileResults results(database);
    return writeDemoData(results, questionnaire, today);
}

} // namespace rater
