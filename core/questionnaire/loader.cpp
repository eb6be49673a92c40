#include "loader.h"

#include "datafiles/datafiles.h"
#include "files/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

constexpr qint64 maxFileSize = qint64(16) * 1024 * 1024;

// Thrown inside the reader only; the first fault ends the reading.
struct Fault
{
    QString place;
    QString what;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireLoader)

public:
    Questionnaire read(const QJsonDocument &document)
    {
        if (!document.isObject())
            throw Fault{QString(), tr("the top level must be a JSON object")};
        const QJsonObject top = checkedObject(document.object(), QString(),
                                              {u"$schema"_s, u"id"_s, u"version"_s, u"languages"_s,
                                               u"title"_s, u"instructions"_s, u"scale"_s,
                                               u"statements"_s, u"dimensions"_s, u"bands"_s});
        Questionnaire q;
        q.id = readId(field(top, u"id"_s, QString()), u"id"_s);
        q.version = readInt(field(top, u"version"_s, QString()), u"version"_s);
        if (q.version < 1)
            throw Fault{u"version"_s, tr("the version must be 1 or more")};
        readLanguages(field(top, u"languages"_s, QString()));
        q.languages = m_languages;
        q.title = readText(field(top, u"title"_s, QString()), u"title"_s);
        if (top.contains(u"instructions"_s))
            q.instructions = readText(top.value(u"instructions"_s), u"instructions"_s);
        q.scale = readScale(field(top, u"scale"_s, QString()));
        q.statements = readStatements(field(top, u"statements"_s, QString()), q);
        q.dimensions = readDimensions(field(top, u"dimensions"_s, QString()), q);
        q.bands = readBands(field(top, u"bands"_s, QString()), q);
        return q;
    }

private:
    static QString join(const QString &place, const QString &key)
    {
        return place.isEmpty() ? key : place + u'.' + key;
    }
    static QString index(const QString &place, qsizetype i) { return place + u'[' + QString::number(i) + u']'; }
    static QString n(qint64 number) { return QLocale().toString(number); }

    static QJsonObject checkedObject(const QJsonValue &value, const QString &place, const QStringList &allowed)
    {
        if (!value.isObject())
            throw Fault{place, tr("expected an object in braces { }")};
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                throw Fault{join(place, it.key()),
                            tr("unknown field \"%1\"; expected one of: %2")
                                .arg(it.key(), allowed.join(u", "_s))};
        }
        return object;
    }

    static QJsonValue field(const QJsonObject &object, const QString &key, const QString &place)
    {
        if (!object.contains(key))
            throw Fault{place, tr("missing field \"%1\"").arg(key)};
        return object.value(key);
    }

    static QJsonArray readArray(const QJsonValue &value, const QString &place)
    {
        if (!value.isArray())
            throw Fault{place, tr("expected a list in brackets [ ]")};
        return value.toArray();
    }

    // A list of at most `limit` entries, refused before any entry is read.
    static QJsonArray readArray(const QJsonValue &value, const QString &place, int limit)
    {
        QJsonArray array = readArray(value, place);
        if (array.size() > limit)
            throw Fault{place, tr("the list has %1 entries; a questionnaire may have at most %2")
                                   .arg(n(array.size()), n(limit))};
        return array;
    }

    static QJsonArray readNonEmptyArray(const QJsonValue &value, const QString &place, int limit)
    {
        QJsonArray array = readArray(value, place, limit);
        if (array.isEmpty())
            throw Fault{place, tr("the list must not be empty")};
        return array;
    }

    static int readInt(const QJsonValue &value, const QString &place,
                       int largest = questionnaireLimits::largestNumber)
    {
        const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number)
            throw Fault{place, tr("expected a whole number")};
        if (std::abs(number) > largest)
            throw Fault{place, tr("%1 is beyond the numbers a questionnaire may use, %2 to %3")
                                   .arg(QLocale().toString(number, 'g', 17), n(-largest), n(largest))};
        return int(number);
    }

    static QString readString(const QJsonValue &value, const QString &place)
    {
        if (!value.isString())
            throw Fault{place, tr("expected a text in quotes")};
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            throw Fault{place, tr("the text must not be empty")};
        if (text.size() > questionnaireLimits::textLength)
            throw Fault{place, tr("the text is %1 characters long; a text may have at most %2")
                                   .arg(n(text.size()), n(questionnaireLimits::textLength))};
        if (!QStringView(text).isValidUtf16())
            throw Fault{place, tr("the text is not well-formed Unicode (half of a surrogate pair)")};
        return text;
    }

    static QString readId(const QJsonValue &value, const QString &place)
    {
        static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9_-]*$"_s);
        const QString id = readString(value, place);
        if (!pattern.match(id).hasMatch())
            throw Fault{place, tr("\"%1\" is not a valid id; an id uses lower-case letters a-z, "
                                  "digits, \"-\" and \"_\"").arg(id)};
        return id;
    }

    void readLanguages(const QJsonValue &value)
    {
        static const QRegularExpression pattern(u"^[a-z]{2,3}$"_s);
        const QJsonArray array = readNonEmptyArray(value, u"languages"_s, questionnaireLimits::languages);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString place = index(u"languages"_s, i);
            const QString code = readString(array.at(i), place);
            if (!pattern.match(code).hasMatch())
                throw Fault{place, tr("\"%1\" is not a language code; use a two- or three-letter "
                                      "code such as \"en\"").arg(code)};
            if (m_languageSet.contains(code))
                throw Fault{place, tr("duplicate language \"%1\"").arg(code)};
            m_languages << code;
            m_languageSet.insert(code);
        }
    }

    LocalizedText readText(const QJsonValue &value, const QString &place) const
    {
        if (!value.isObject())
            throw Fault{place, tr("expected a text in each language, as an object such as "
                                  "{\"%1\": \"…\"}").arg(m_languages.join(u"\": \"…\", \""_s))};
        const QJsonObject object = value.toObject();
        QMap<QString, QString> texts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!m_languageSet.contains(it.key()))
                throw Fault{join(place, it.key()),
                            tr("unknown language \"%1\"; the file declares %2")
                                .arg(it.key(), m_languages.join(u", "_s))};
        }
        for (const QString &language : m_languages) {
            if (!object.contains(language))
                throw Fault{place, tr("the text in \"%1\" is missing; the file declares the "
                                      "languages %2").arg(language, m_languages.join(u", "_s))};
            texts.insert(language, readString(object.value(language), join(place, language)));
        }
        return LocalizedText(std::move(texts));
    }

    std::vector<ScalePoint> readScale(const QJsonValue &value) const
    {
        const QJsonArray array = readArray(value, u"scale"_s, questionnaireLimits::scalePoints);
        if (array.size() < 2)
            throw Fault{u"scale"_s, tr("a scale needs at least two points")};
        std::vector<ScalePoint> scale;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString place = index(u"scale"_s, i);
            const QJsonObject point = checkedObject(array.at(i), place, {u"value"_s, u"label"_s});
            ScalePoint p;
            p.value = readInt(field(point, u"value"_s, place), join(place, u"value"_s));
            if (!scale.empty()) {
                // Values rise by one, so a repeated value can only follow itself.
                const int expected = scale.back().value + 1;
                if (p.value == scale.back().value)
                    throw Fault{join(place, u"value"_s), tr("duplicate scale value %1").arg(n(p.value))};
                if (p.value != expected)
                    throw Fault{join(place, u"value"_s),
                                tr("scale values rise by one; expected %1, found %2").arg(n(expected), n(p.value))};
            }
            p.label = readText(field(point, u"label"_s, place), join(place, u"label"_s));
            scale.push_back(std::move(p));
        }
        return scale;
    }

    static std::vector<int> readKeying(const QJsonValue &value, const QString &place, const Questionnaire &q,
                                       Keying &keying)
    {
        std::vector<int> scores;
        const int low = q.scaleMin();
        const int high = q.scaleMax();
        if (value.isString()) {
            const QString name = value.toString();
            if (name == u"forward"_s) {
                keying = Keying::Forward;
                for (int v = low; v <= high; ++v)
                    scores.push_back(v);
                return scores;
            }
            if (name == u"reverse"_s) {
                keying = Keying::Reverse;
                for (int v = low; v <= high; ++v)
                    scores.push_back(low + high - v);
                return scores;
            }
            throw Fault{place, tr("unknown keying \"%1\"; use \"forward\", \"reverse\" or a list "
                                  "with an item score for each scale point").arg(name)};
        }
        if (!value.isArray())
            throw Fault{place, tr("the keying is \"forward\", \"reverse\" or a list with an item "
                                  "score for each scale point")};
        const QJsonArray array = value.toArray();
        if (array.size() != qsizetype(q.scale.size()))
            throw Fault{place, tr("the keying lists %1 item scores, but the scale has %2 points")
                                   .arg(n(array.size()), n(qint64(q.scale.size())))};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int score = readInt(array.at(i), index(place, i));
            if (score < low || score > high)
                throw Fault{index(place, i), tr("item score %1 is outside the scale, which runs from %2 to %3")
                                                 .arg(n(score), n(low), n(high))};
            scores.push_back(score);
        }
        keying = Keying::Custom;
        return scores;
    }

    std::vector<Statement> readStatements(const QJsonValue &value, const Questionnaire &q) const
    {
        const QJsonArray array = readNonEmptyArray(value, u"statements"_s, questionnaireLimits::statements);
        std::vector<Statement> statements;
        QSet<int> seen;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString place = index(u"statements"_s, i);
            const QJsonObject object = checkedObject(array.at(i), place, {u"number"_s, u"text"_s, u"keying"_s});
            Statement s;
            const QString numberPlace = join(place, u"number"_s);
            s.number = readInt(field(object, u"number"_s, place), numberPlace);
            if (seen.contains(s.number))
                throw Fault{numberPlace, tr("duplicate statement number %1").arg(n(s.number))};
            if (s.number != i + 1)
                throw Fault{numberPlace, tr("expected statement number %1, found %2; statements are "
                                            "numbered 1, 2, 3… in order").arg(n(i + 1), n(s.number))};
            seen.insert(s.number);
            s.text = readText(field(object, u"text"_s, place), join(place, u"text"_s));
            s.itemScores = readKeying(object.value(u"keying"_s).isUndefined() ? QJsonValue(u"forward"_s)
                                                                                : object.value(u"keying"_s),
                                      join(place, u"keying"_s), q, s.keying);
            statements.push_back(std::move(s));
        }
        return statements;
    }

    std::vector<Dimension> readDimensions(const QJsonValue &value, const Questionnaire &q) const
    {
        const QJsonArray array = readArray(value, u"dimensions"_s, questionnaireLimits::dimensions);
        std::vector<Dimension> dimensions;
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString place = index(u"dimensions"_s, i);
            const QJsonObject object = checkedObject(
                array.at(i), place, {u"id"_s, u"name"_s, u"description"_s, u"statements"_s, u"tips"_s});
            Dimension d;
            d.id = readId(field(object, u"id"_s, place), join(place, u"id"_s));
            if (ids.contains(d.id))
                throw Fault{join(place, u"id"_s), tr("duplicate id \"%1\"; each dimension needs its own id").arg(d.id)};
            ids.insert(d.id);
            d.name = readText(field(object, u"name"_s, place), join(place, u"name"_s));
            d.description = readText(field(object, u"description"_s, place), join(place, u"description"_s));
            const QString membersPlace = join(place, u"statements"_s);
            const QJsonArray members = readNonEmptyArray(field(object, u"statements"_s, place), membersPlace,
                                                         q.statementCount());
            QSet<int> listed;
            for (qsizetype m = 0; m < members.size(); ++m) {
                const int number = readInt(members.at(m), index(membersPlace, m));
                if (number < 1 || number > q.statementCount()) // statements are numbered 1 to n in order
                    throw Fault{index(membersPlace, m),
                                tr("statement %1 does not exist; the statements are numbered 1 to %2")
                                    .arg(n(number), n(q.statementCount()))};
                if (listed.contains(number))
                    throw Fault{index(membersPlace, m), tr("statement %1 is listed twice").arg(n(number))};
                listed.insert(number);
                d.statements.push_back(number);
            }
            if (object.contains(u"tips"_s)) {
                const QString tipsPlace = join(place, u"tips"_s);
                const QJsonArray tips = readArray(object.value(u"tips"_s), tipsPlace,
                                                  questionnaireLimits::tipsPerDimension);
                for (qsizetype t = 0; t < tips.size(); ++t)
                    d.tips.push_back(readText(tips.at(t), index(tipsPlace, t)));
            }
            dimensions.push_back(std::move(d));
        }
        return dimensions;
    }

    std::vector<Band> readBands(const QJsonValue &value, const Questionnaire &q) const
    {
        const QJsonArray array = readNonEmptyArray(value, u"bands"_s, questionnaireLimits::bands);
        const int lowest = q.minTotal();
        const int highest = q.maxTotal();
        std::vector<Band> bands;
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString place = index(u"bands"_s, i);
            const QJsonObject object = checkedObject(
                array.at(i), place, {u"id"_s, u"min"_s, u"max"_s, u"title"_s, u"interpretation"_s});
            Band b;
            b.id = readId(field(object, u"id"_s, place), join(place, u"id"_s));
            if (ids.contains(b.id))
                throw Fault{join(place, u"id"_s), tr("duplicate id \"%1\"; each band needs its own id").arg(b.id)};
            ids.insert(b.id);
            // Band limits are totals: up to as many times the largest number as there are statements.
            constexpr int largestTotal = questionnaireLimits::statements * questionnaireLimits::largestNumber;
            b.min = readInt(field(object, u"min"_s, place), join(place, u"min"_s), largestTotal);
            b.max = readInt(field(object, u"max"_s, place), join(place, u"max"_s), largestTotal);
            if (b.min > b.max)
                throw Fault{place, tr("min %1 is greater than max %2").arg(n(b.min), n(b.max))};
            if (b.min < lowest || b.max > highest)
                throw Fault{place, tr("band \"%1\" covers %2 to %3, outside the possible totals %4 to %5")
                                       .arg(b.id, n(b.min), n(b.max), n(lowest), n(highest))};
            b.title = readText(field(object, u"title"_s, place), join(place, u"title"_s));
            b.interpretation = readText(field(object, u"interpretation"_s, place), join(place, u"interpretation"_s));
            bands.push_back(std::move(b));
        }

        std::vector<const Band *> ordered;
        ordered.reserve(bands.size());
        for (const Band &b : bands)
            ordered.push_back(&b);
        std::sort(ordered.begin(), ordered.end(), [](const Band *a, const Band *b) { return a->min < b->min; });
        int next = lowest;
        for (std::size_t i = 0; i < ordered.size(); ++i) {
            const Band &b = *ordered[i];
            if (b.min < next)
                throw Fault{u"bands"_s, tr("band \"%1\" (%2 to %3) overlaps band \"%4\" (%5 to %6)")
                                            .arg(ordered[i - 1]->id, n(ordered[i - 1]->min), n(ordered[i - 1]->max),
                                                 b.id, n(b.min), n(b.max))};
            if (b.min > next)
                throw Fault{u"bands"_s, tr("no band covers the totals %1 to %2").arg(n(next), n(b.min - 1))};
            next = b.max + 1;
        }
        if (next <= highest)
            throw Fault{u"bands"_s, tr("no band covers the totals %1 to %2").arg(n(next), n(highest))};
        return bands;
    }

    QStringList m_languages; // in the file's order
    QSet<QString> m_languageSet;
};

QString describeParseError(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
    return QCoreApplication::translate("QuestionnaireLoader", "line %1, column %2: not valid JSON (%3)")
        .arg(QLocale().toString(line), QLocale().toString(column), error.errorString());
}

} // namespace

Expected<Questionnaire> parseQuestionnaire(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Expected<Questionnaire>::failure(sourceName + u": "_s + describeParseError(json, parseError));
    try {
        return Reader().read(document);
    } catch (const Fault &fault) {
        const QString where = fault.place.isEmpty() ? sourceName : sourceName + u": "_s + fault.place;
        return Expected<Questionnaire>::failure(where + u": "_s + fault.what);
    }
}

Expected<Questionnaire> loadQuestionnaireFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (const Status readable = files::checkReadable(path); !readable)
        return Expected<Questionnaire>::failure(readable.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Questionnaire>::failure(
            QCoreApplication::translate("QuestionnaireLoader", "%1: cannot read the file (%2)")
                .arg(name, file.errorString()));
    if (file.size() > maxFileSize)
        return Expected<Questionnaire>::failure(
            QCoreApplication::translate("QuestionnaireLoader", "%1: the file is larger than %2 MiB; "
                                                               "a questionnaire is far smaller")
                .arg(name, QLocale().toString(maxFileSize / (qint64(1024) * 1024))));
    return parseQuestionnaire(file.readAll(), name);
}

QString defaultQuestionnaireId()
{
    return u"rater"_s;
}

QStringList builtInQuestionnaireIds()
{
    QStringList ids;
    const auto files = QDir(datafiles::questionnaireFolder()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        ids << QFileInfo(file).completeBaseName();
    return ids;
}

Expected<Questionnaire> loadBuiltInQuestionnaire(const QString &id)
{
    const QStringList ids = builtInQuestionnaireIds();
    if (ids.isEmpty())
        return Expected<Questionnaire>::failure(
            QCoreApplication::translate("QuestionnaireLoader", "the questionnaires that come with Rater are missing: "
                                                               "%1 holds none; install Rater again")
                .arg(QDir::toNativeSeparators(datafiles::questionnaireFolder())));
    if (!ids.contains(id))
        return Expected<Questionnaire>::failure(
            QCoreApplication::translate("QuestionnaireLoader", "there is no built-in questionnaire \"%1\"; "
                                                               "the built-in ones are: %2")
                .arg(id, ids.join(u", "_s)));
    return loadQuestionnaireFile(datafiles::questionnaireFolder() + u'/' + id + u".json"_s);
}

Expected<Questionnaire> loadQuestionnaire(const QString &idOrPath)
{
    // A word with no folder and no .json ending is an id, unless it names a
    // file and no built-in questionnaire. Ids never hold either, so a path
    // is read as a file without listing the built-in ones.
    const bool bare = !idOrPath.contains(u'/') && !idOrPath.endsWith(u".json"_s, Qt::CaseInsensitive);
    if (bare && (!QFileInfo::exists(idOrPath) || builtInQuestionnaireIds().contains(idOrPath)))
        return loadBuiltInQuestionnaire(idOrPath);
    return loadQuestionnaireFile(idOrPath);
}

} // namespace rater
