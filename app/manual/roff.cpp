#include "roff.h"

using namespace Qt::StringLiterals;

namespace rater::manual {
namespace {

QString quoted(const QString &argument)
{
    return u'"' + QString(argument).replace(u'"', u"\\(dq"_s) + u'"';
}

} // namespace

Roff::Roff(const QString &name, int section, const QString &date, const QString &source)
{
    m_text = u".TH "_s + quoted(escaped(name.toUpper())) + u' ' + QString::number(section) + u' ' + quoted(date) + u' '
        + quoted(escaped(source)) + u" \"User Commands\"\n"_s;
}

QString Roff::escaped(const QString &plain)
{
    QString result;
    result.reserve(plain.size());
    for (const QChar c : plain) {
        if (c == u'\\')
            result += u"\\e"_s;
        else if (c == u'-')
            result += u"\\-"_s;
        else
            result += c;
    }
    // A line that begins with a dot or an apostrophe would be read as a request.
    if (result.startsWith(u'.') || result.startsWith(u'\''))
        result.prepend(u"\\&"_s);
    return result;
}

void Roff::section(const QString &heading)
{
    m_text += u".SH "_s + quoted(escaped(heading)) + u'\n';
}

void Roff::subsection(const QString &heading)
{
    m_text += u".SS "_s + quoted(escaped(heading)) + u'\n';
}

void Roff::paragraph(const QString &text)
{
    m_text += u".PP\n"_s + escaped(text) + u'\n';
}

void Roff::item(const QString &term, const QString &text)
{
    m_text += u".TP\n\\fB"_s + escaped(term) + u"\\fR\n"_s + escaped(text) + u'\n';
}

void Roff::command(const QString &line)
{
    m_text += u".PP\n.nf\n\\fB"_s + escaped(line) + u"\\fR\n.fi\n"_s;
}

} // namespace rater::manual
