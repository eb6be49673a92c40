#include "jsonarray.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace rater::json {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

constexpr qint64 chunkBytes = qint64(64) * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

ArrayReader::ArrayReader(QIODevice &input) : m_input(input) {}

std::optional<char> ArrayReader::peek()
{
    if (m_position == m_chunk.size()) {
        m_chunkStart += m_chunk.size();
        m_chunk = m_input.read(chunkBytes);
        m_position = 0;
        if (m_chunk.isEmpty())
            return std::nullopt;
    }
    return m_chunk.at(m_position);
}

void ArrayReader::skipSpace()
{
    while (const std::optional<char> c = peek()) {
        if (!isSpace(*c))
            return;
        ++m_position;
    }
}

QString ArrayReader::failure(qsizetype at, const QString &why)
{
    return Messages::tr("not valid JSON at character %1 (%2)").arg(at).arg(why);
}

Expected<QByteArray> ArrayReader::takeValue()
{
    const qsizetype start = m_chunkStart + m_position;
    QByteArray value;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    while (const std::optional<char> next = peek()) {
        const char c = *next;
        if (!inString && depth == 0 && !value.isEmpty() && (isSpace(c) || c == ',' || c == ']'))
            return value; // the end of a number, true, false or null
        if (value.size() >= maxElementBytes)
            return Expected<QByteArray>::failure(
                Messages::tr("record %1 is longer than %2 MiB").arg(m_count + 1).arg(maxElementBytes >> 20));
        value += c;
        ++m_position;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth < 0)
                return Expected<QByteArray>::failure(failure(start + value.size() - 1, Messages::tr("a bracket closes nothing")));
        }
        if (!inString && depth == 0 && (c == '}' || c == ']' || (c == '"' && value.size() > 1)))
            return value; // a whole object, list or string
    }
    return Expected<QByteArray>::failure(failure(m_chunkStart + m_position, Messages::tr("the file ends inside a record")));
}

Expected<std::optional<Element>> ArrayReader::next()
{
    using Result = Expected<std::optional<Element>>;
    for (;;) {
        skipSpace();
        const qsizetype at = m_chunkStart + m_position;
        const std::optional<char> c = peek();
        switch (m_expect) {
        case Expect::Open:
            if (c == '[') {
                ++m_position;
                m_expect = Expect::FirstElement;
                continue;
            }
            if (!c)
                return Result::failure(Messages::tr("the file is empty; expected a list of assessments in brackets [ ]"));
            if (QByteArrayView("{\"-0123456789tfn").contains(*c))
                return Result::failure(Messages::tr("expected a list of assessments in brackets [ ]"));
            return Result::failure(failure(at, Messages::tr("expected [")));
        case Expect::FirstElement:
            if (c == ']') {
                ++m_position;
                m_expect = Expect::End;
                continue;
            }
            m_expect = Expect::Element;
            continue;
        case Expect::Element: {
            if (!c)
                return Result::failure(failure(at, Messages::tr("the list of assessments is never closed with ]")));
            if (*c == ']' || *c == ',')
                return Result::failure(failure(at, Messages::tr("expected a record")));
            Expected<QByteArray> bytes = takeValue();
            if (!bytes)
                return Result::failure(bytes.error());
            // QJsonDocument reads objects and lists: the element is read inside one.
            QJsonParseError error;
            const QJsonDocument wrapped = QJsonDocument::fromJson("[" + *bytes + "]", &error);
            if (error.error != QJsonParseError::NoError)
                return Result::failure(failure(at + std::max(0, error.offset - 1), error.errorString()));
            m_expect = Expect::CommaOrClose;
            return std::optional(Element{++m_count, wrapped.array().at(0)});
        }
        case Expect::CommaOrClose:
            if (c == ',') {
                ++m_position;
                m_expect = Expect::Element;
                continue;
            }
            if (c == ']') {
                ++m_position;
                m_expect = Expect::End;
                continue;
            }
            return Result::failure(failure(at, c ? Messages::tr("expected , or ] after record %1").arg(m_count)
                                                 : Messages::tr("the list of assessments is never closed with ]")));
        case Expect::End:
            if (c)
                return Result::failure(failure(at, Messages::tr("there is more after the closing ]")));
            return std::optional<Element>();
        }
    }
}

} // namespace rater::json
