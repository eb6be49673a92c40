#pragma once

#include <QString>

namespace rater::organisation {

// A PostgreSQL array literal of texts, "{"a","b\"c",NULL}": what one
// parameter carries for a whole batch, unnested by the statement.
class ArrayLiteral
{
public:
    void add(const QString &text)
    {
        m_text += m_text.isEmpty() ? u'{' : u',';
        m_text += u'"';
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\')
                m_text += u'\\';
            m_text += c;
        }
        m_text += u'"';
    }
    void addNull()
    {
        m_text += m_text.isEmpty() ? u'{' : u',';
        m_text += QStringLiteral("NULL");
    }
    void addOrNull(const QString &text)
    {
        if (text.isEmpty())
            addNull();
        else
            add(text);
    }
    QString text() const { return m_text.isEmpty() ? QStringLiteral("{}") : m_text + u'}'; }
    bool isEmpty() const { return m_text.isEmpty(); }
    void reserve(qsizetype size) { m_text.reserve(size); }

private:
    QString m_text;
};

} // namespace rater::organisation
