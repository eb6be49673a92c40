#include "command.h"

#include "questionnaire/loader.h"
#include "scoring/scoring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rater::cli {
namespace {

class ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    explicit ScoreCommand(const Invocation &invocation) : m_invocation(invocation) {}

    int run()
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Scores one set of answers and prints the total, the band and "
                                            "the dimension scores."));
        const QCommandLineOption questionnaireOption(
            u"questionnaire"_s, tr("built-in questionnaire id or questionnaire file (default: %1)")
                                    .arg(defaultQuestionnaireId()),
            u"ID|FILE"_s, defaultQuestionnaireId());
        const QCommandLineOption formatOption(u"format"_s, tr("output format: text or json (default: text)"),
                                              u"text|json"_s, u"text"_s);
        parser.addOption(questionnaireOption);
        parser.addOption(formatOption);
        parser.addPositionalArgument(u"ANSWERS"_s, tr("one answer per statement, in statement order, "
                                                      "separated by commas, for example 4,2,5,…"));
        int status = Success;
        if (!parseCommandLine(parser, m_invocation, status))
            return status;

        const QString format = parser.value(formatOption);
        if (format != u"text"_s && format != u"json"_s)
            return m_invocation.refuse(tr("unknown format \"%1\"; use text or json").arg(format));
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return m_invocation.refuse(tr("no answers given; give them as one argument, for example "
                                          "rater-cli score 4,2,5,…"));
        if (positional.size() > 1)
            return m_invocation.refuse(tr("the answers must be one argument, separated by commas "
                                          "without spaces, for example 4,2,5,…; got %1 arguments")
                                           .arg(QLocale().toString(positional.size())));

        const Expected<Questionnaire> questionnaire = loadQuestionnaire(parser.value(questionnaireOption));
        if (!questionnaire)
            return m_invocation.refuse(questionnaire.error());
        const Expected<Answers> answers = parseAnswers(positional.first(), *questionnaire);
        if (!answers)
            return m_invocation.refuse(answers.error());
        const Expected<Score> result = score(*questionnaire, *answers);
        if (!result)
            return m_invocation.refuse(result.error());

        if (format == u"json"_s)
            printJson(*questionnaire, *answers, *result);
        else
            printText(*questionnaire, *result);
        return Success;
    }

private:
    QString lang() const { return languageCode(m_invocation.language); }

    void printJson(const Questionnaire &q, const Answers &answers, const Score &s) const
    {
        const Band &band = *q.band(s.bandId);
        QJsonObject dimensions;
        for (const DimensionScore &d : s.dimensions) {
            dimensions.insert(d.id, QJsonObject{{u"mean"_s, d.mean},
                                                {u"percent"_s, d.percent},
                                                {u"name"_s, q.tr(q.dimension(d.id)->name, lang())}});
        }
        QJsonArray answerArray;
        QJsonArray itemArray;
        for (std::size_t i = 0; i < answers.size(); ++i) {
            answerArray.append(answers[i]);
            itemArray.append(s.itemScores[i]);
        }
        const QJsonObject object{
            {u"questionnaire"_s, QJsonObject{{u"id"_s, q.id}, {u"version"_s, q.version}}},
            {u"lang"_s, lang()},
            {u"answers"_s, answerArray},
            {u"item_scores"_s, itemArray},
            {u"total"_s, s.total},
            {u"min"_s, s.minTotal},
            {u"max"_s, s.maxTotal},
            {u"band"_s, QJsonObject{{u"id"_s, band.id},
                                    {u"min"_s, band.min},
                                    {u"max"_s, band.max},
                                    {u"title"_s, q.tr(band.title, lang())},
                                    {u"interpretation"_s, q.tr(band.interpretation, lang())}}},
            {u"dimensions"_s, dimensions},
        };
        m_invocation.streams.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }

    void printText(const Questionnaire &q, const Score &s) const
    {
        const QLocale locale;
        QTextStream &out = m_invocation.streams.out;
        const Band &band = *q.band(s.bandId);
        out << q.tr(q.title, lang()) << "\n\n";
        out << tr("Total: %1 (possible range %2 to %3)")
                   .arg(locale.toString(s.total), locale.toString(s.minTotal), locale.toString(s.maxTotal))
            << '\n';
        out << tr("Band: %1 (%2 to %3)")
                   .arg(q.tr(band.title, lang()), locale.toString(band.min), locale.toString(band.max))
            << '\n';
        out << q.tr(band.interpretation, lang()) << "\n\n";
        out << tr("Dimensions (mean item score from %1 to %2, and percent):")
                   .arg(locale.toString(q.scaleMin()), locale.toString(q.scaleMax()))
            << '\n';
        for (const DimensionScore &d : s.dimensions) {
            out << "  "
                << tr("%1: %2 (%3)").arg(q.tr(q.dimension(d.id)->name, lang()),
                                         locale.toString(d.mean, 'f', 2),
                                         locale.toString(d.percent, 'f', 0) + locale.percent())
                << '\n';
        }
        const std::vector<DimensionScore> weakest = weakestFirst(s);
        if (!weakest.empty()) {
            out << '\n' << tr("Weakest dimension: %1").arg(q.tr(q.dimension(weakest.front().id)->name, lang()))
                << '\n';
        }
    }

    const Invocation &m_invocation;
};

} // namespace

int scoreCommand(const Invocation &invocation)
{
    return ScoreCommand(invocation).run();
}

} // namespace rater::cli
