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
    explicit ScoreCommand(Context &context) : m_context(context) {}

    Outcome run()
    {
        const Expected<Questionnaire> questionnaire = loadQuestionnaire(m_context.value(u"questionnaire"_s));
        if (!questionnaire)
            return Outcome::refused(questionnaire.error());
        const Expected<Answers> answers = parseAnswers(m_context.positional(), *questionnaire);
        if (!answers)
            return Outcome::refused(answers.error());
        const Expected<Score> result = score(*questionnaire, *answers);
        if (!result)
            return Outcome::refused(result.error());

        if (m_context.format() == u"json"_s)
            printJson(*questionnaire, *answers, *result);
        else
            printText(*questionnaire, *result);
        return Outcome::done();
    }

private:
    QString lang() const { return m_context.lang(); }

    void printJson(const Questionnaire &q, const Answers &answers, const Score &s) const
    {
        const Band &band = *q.band(s.bandId);
        QJsonObject dimensions;
        for (const DimensionScore &d : s.dimensions) {
            dimensions.insert(d.id, QJsonObject{{u"mean"_s, d.mean},
                                                {u"percent"_s, d.percent},
                                                {u"name"_s, q.dimensionName(d.id, lang())}});
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
        m_context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    }

    void printText(const Questionnaire &q, const Score &s) const
    {
        const QLocale locale;
        QTextStream &out = m_context.out();
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
                << tr("%1: %2 (%3)").arg(q.dimensionName(d.id, lang()),
                                         locale.toString(d.mean, 'f', 2),
                                         locale.toString(d.percent, 'f', 0) + locale.percent())
                << '\n';
        }
        const std::vector<DimensionScore> weakest = weakestFirst(s);
        if (!weakest.empty()) {
            out << '\n' << tr("Weakest dimension: %1").arg(q.dimensionName(weakest.front().id, lang()))
                << '\n';
        }
    }

    Context &m_context;
};

} // namespace

std::vector<Command> scoreCommands()
{
    return {{
        .name = u"score"_s,
        .summary = QT_TRANSLATE_NOOP("Commands", "score one set of answers: the total, the band and the dimensions"),
        .options = {{u"questionnaire"_s, u"ID|FILE"_s,
                     QT_TRANSLATE_NOOP("Commands", "a built-in questionnaire's id or a questionnaire file "
                                                   "(default: %1)"),
                     defaultQuestionnaireId()}},
        .positional = Positional{u"ANSWERS"_s, QT_TRANSLATE_NOOP("Commands", "one answer per statement, in statement "
                                                                             "order, separated by commas, for "
                                                                             "example 4,2,5,…")},
        .formats = {u"text"_s, u"json"_s},
        .run = [](Context &context) { return ScoreCommand(context).run(); },
    }};
}

} // namespace rater::cli
