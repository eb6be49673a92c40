#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rater {

// A text in every language its questionnaire declares, keyed by language code.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> texts) : m_texts(std::move(texts)) {}

    // The text in `language`; when the questionnaire lacks that language,
    // the text in `fallback` (normally the questionnaire's first language).
    QString text(const QString &language, const QString &fallback = QString()) const;
    const QMap<QString, QString> &all() const { return m_texts; }

private:
    QMap<QString, QString> m_texts;
};

struct ScalePoint
{
    int value = 0;
    LocalizedText label;
};

// How an answer becomes an item score. Persisted in data files by name.
enum class Keying {
    Forward = 0, // item score = answer
    Reverse = 1, // item score = lowest + highest scale value - answer
    Custom = 2,  // an explicit item score for each scale point
};

struct Statement
{
    int number = 0;
    LocalizedText text;
    Keying keying = Keying::Forward;
    std::vector<int> itemScores; // one per scale point, in scale order
};

struct Dimension
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    std::vector<int> statements; // statement numbers
    std::vector<LocalizedText> tips;
};

struct Band
{
    QString id;
    int min = 0;
    int max = 0;
    LocalizedText title;
    LocalizedText interpretation;
};

// A statement's item score as `offset + step × (answer − lowest scale
// value)`: forward and reverse keying, and any list of scores that rises or
// falls evenly. What lets a database that adds up answers give sums of item
// scores.
struct LinearKeying
{
    int offset = 0;
    int step = 0;
};
std::optional<LinearKeying> linearKeying(const Statement &statement);

// One instrument, as read and validated from its data file. Once loaded it
// is consistent: every dimension names existing statements, every keying
// stays inside the scale and the bands tile the possible totals exactly.
struct Questionnaire
{
    QString id;
    int version = 0;
    QStringList languages;
    LocalizedText title;
    LocalizedText instructions;
    std::vector<ScalePoint> scale;
    std::vector<Statement> statements;
    std::vector<Dimension> dimensions;
    std::vector<Band> bands;

    int scaleMin() const { return scale.front().value; }
    int scaleMax() const { return scale.back().value; }
    int statementCount() const { return int(statements.size()); }
    int minTotal() const;
    int maxTotal() const;

    // The text of `text` in `language`, falling back to the first declared language.
    QString tr(const LocalizedText &text, const QString &language) const;

    const Statement *statement(int number) const;
    const Dimension *dimension(const QString &id) const;
    // The position of dimension `id` in `dimensions`; empty when there is none.
    std::optional<std::size_t> dimensionIndex(const QString &id) const;
    // The ids of the dimensions, in questionnaire order.
    QStringList dimensionIds() const;
    // The name of dimension `id` in `language`; the id itself when there is no such dimension.
    QString dimensionName(const QString &id, const QString &language) const;
    const Band *band(const QString &id) const;
    const Band *bandForTotal(int total) const;
    // Ids of the dimensions `statementNumber` feeds, in questionnaire order.
    QStringList dimensionsOf(int statementNumber) const;
    // The item score of `answer` to `statement`; empty when the answer is off the scale.
    std::optional<int> itemScore(const Statement &statement, int answer) const;
};

} // namespace rater
