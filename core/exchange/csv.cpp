#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace rater::csv {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

QString atLine(qsizetype line, const QString &what)
{
    return Messages::tr("line %1: %2").arg(line).arg(what);
}

QChar detectSeparator(QStringView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

bool startsDangerously(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The text after any run of leading apostrophes.
QStringView afterApostrophes(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return text.mid(i);
}

} // namespace

Expected<Document> parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const qsizetype line = QStringView(text).left(bad < 0 ? 0 : bad).count(u'\n') + 1;
        return Expected<Document>::failure(atLine(line, Messages::tr("the file is not UTF-8 text; save it as "
                                                                     "\"CSV UTF-8\"")));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    Document document;
    document.separator = detectSeparator(text);
    const QChar separator = document.separator;

    qsizetype line = 1;
    qsizetype recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool closedQuote = false; // a quoted field has just ended
    bool recordStarted = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    closedQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            fields << field;
            field.clear();
            closedQuote = false;
            recordStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            fields << field;
            document.records.push_back({recordLine, fields});
            fields.clear();
            field.clear();
            closedQuote = false;
            recordStarted = false;
            ++line;
            recordLine = line;
        } else if (closedQuote) {
            return Expected<Document>::failure(
                atLine(line, Messages::tr("unexpected text after a closing quote; a quote inside a quoted "
                                          "field is written twice (\"\")")));
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            recordStarted = true;
        } else {
            field += c;
            recordStarted = true;
        }
    }
    if (quoted)
        return Expected<Document>::failure(
            atLine(recordLine, Messages::tr("a quoted field is never closed")));
    if (recordStarted || !field.isEmpty() || closedQuote) {
        fields << field;
        document.records.push_back({recordLine, fields});
    }
    return document;
}

QString formatRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString &field = fields.at(i);
        const bool needsQuotes = field.contains(u',') || field.contains(u';') || field.contains(u'"')
                                 || field.contains(u'\n') || field.contains(u'\r');
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(u"\""_s, u"\"\""_s);
            line += u'"' + escaped + u'"';
        } else {
            line += field;
        }
    }
    return line + u"\r\n"_s;
}

QString protectCell(const QString &text)
{
    // Apostrophes already at the front count too: "'=x" becomes "''=x", so
    // that reading (which removes exactly one) gives "'=x" back.
    return startsDangerously(afterApostrophes(text)) ? u'\'' + text : text;
}

QString unprotectCell(const QString &text)
{
    if (text.startsWith(u'\'') && startsDangerously(afterApostrophes(text)))
        return text.mid(1);
    return text;
}

} // namespace rater::csv
