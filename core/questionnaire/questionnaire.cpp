#include "questionnaire.h"

#include <algorithm>
#include <limits>

namespace rater {

QString LocalizedText::text(const QString &language, const QString &fallback) const
{
    if (auto it = m_texts.constFind(language); it != m_texts.cend())
        return *it;
    return m_texts.value(fallback);
}

// Sums in 64 bits and saturates: a questionnaire beyond the loader's limits
// still never wraps around.
int Questionnaire::minTotal() const
{
    qint64 total = 0;
    for (const Statement &s : statements)
        total += *std::min_element(s.itemScores.begin(), s.itemScores.end());
    return int(std::clamp<qint64>(total, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

int Questionnaire::maxTotal() const
{
    qint64 total = 0;
    for (const Statement &s : statements)
        total += *std::max_element(s.itemScores.begin(), s.itemScores.end());
    return int(std::clamp<qint64>(total, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString Questionnaire::tr(const LocalizedText &text, const QString &language) const
{
    return text.text(language, languages.value(0));
}

const Statement *Questionnaire::statement(int number) const
{
    auto it = std::find_if(statements.begin(), statements.end(),
                           [number](const Statement &s) { return s.number == number; });
    return it == statements.end() ? nullptr : &*it;
}

const Dimension *Questionnaire::dimension(const QString &id) const
{
    auto it = std::find_if(dimensions.begin(), dimensions.end(),
                           [&id](const Dimension &d) { return d.id == id; });
    return it == dimensions.end() ? nullptr : &*it;
}

std::optional<std::size_t> Questionnaire::dimensionIndex(const QString &id) const
{
    const Dimension *found = dimension(id);
    return found ? std::optional<std::size_t>(std::size_t(found - dimensions.data())) : std::nullopt;
}

QStringList Questionnaire::dimensionIds() const
{
    QStringList ids;
    for (const Dimension &d : dimensions)
        ids << d.id;
    return ids;
}

QString Questionnaire::dimensionName(const QString &id, const QString &language) const
{
    const Dimension *found = dimension(id);
    return found ? tr(found->name, language) : id;
}

const Band *Questionnaire::band(const QString &id) const
{
    auto it = std::find_if(bands.begin(), bands.end(), [&id](const Band &b) { return b.id == id; });
    return it == bands.end() ? nullptr : &*it;
}

const Band *Questionnaire::bandForTotal(int total) const
{
    auto it = std::find_if(bands.begin(), bands.end(),
                           [total](const Band &b) { return total >= b.min && total <= b.max; });
    return it == bands.end() ? nullptr : &*it;
}

QStringList Questionnaire::dimensionsOf(int statementNumber) const
{
    QStringList ids;
    for (const Dimension &d : dimensions) {
        if (std::find(d.statements.begin(), d.statements.end(), statementNumber) != d.statements.end())
            ids << d.id;
    }
    return ids;
}

std::optional<int> Questionnaire::itemScore(const Statement &statement, int answer) const
{
    if (scale.empty() || answer < scaleMin() || answer > scaleMax())
        return std::nullopt;
    return statement.itemScores.at(std::size_t(answer - scaleMin()));
}

std::optional<LinearKeying> linearKeying(const Statement &statement)
{
    const std::vector<int> &scores = statement.itemScores;
    if (scores.size() < 2)
        return std::nullopt;
    const LinearKeying keying{scores[0], scores[1] - scores[0]};
    for (std::size_t k = 0; k < scores.size(); ++k) {
        if (scores[k] != keying.offset + keying.step * int(k))
            return std::nullopt;
    }
    return keying;
}

} // namespace rater
