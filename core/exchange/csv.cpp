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

// Whether a spreadsheet could take the text for a formula: it starts, after
// any spaces (a spreadsheet skips them, NBSP and the ideographic space
// included), with = + - @ or one of their full-width or small forms, or with
// a tab or carriage return.
bool startsDangerously(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i].isSpace() && text[i] != u'\t' && text[i] != u'\r'))
        ++i;
    if (i == text.size())
        return false;
    switch (text[i].unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
    case 0xff1d: case 0xff0b: case 0xff0d: case 0xff20: // ＝ ＋ － ＠
    case 0xfe66: case 0xfe62: case 0xfe63: case 0xfe6b: // ﹦ ﹢ ﹣ ﹫
        return true;
    default:
        return false;
    }
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
    document.records.reserve(std::size_t(bytes.count('\n') + 1));
    document.text = std::move(text);
    const QChar separator = document.separator;
    const QStringView view(document.text);
    const qsizetype size = view.size();
    const auto endsField = [separator](QChar c) { return c == separator || c == u'\n' || c == u'\r'; };

    qsizetype line = 1;
    qsizetype i = 0;
    while (i < size) {
        // One record, starting at a line's first character.
        const qsizetype recordLine = line;
        QList<QStringView> fields;
        fields.reserve(document.records.empty() ? 8 : document.records.back().fields.size());
        while (true) {
            if (view[i] == u'"') {
                ++i;
                const qsizetype start = i;
                bool doubled = false;
                qsizetype close = -1;
                while (true) {
                    const qsizetype quote = view.indexOf(u'"', i);
                    if (quote < 0)
                        return Expected<Document>::failure(
                            atLine(recordLine, Messages::tr("a quoted field is never closed")));
                    line += view.sliced(i, quote - i).count(u'\n');
                    i = quote + 1;
                    if (i < size && view[i] == u'"') {
                        doubled = true;
                        ++i;
                        continue;
                    }
                    close = quote;
                    break;
                }
                const QStringView raw = view.sliced(start, close - start);
                if (doubled) {
                    document.unescaped.push_back(raw.toString().replace(u"\"\""_s, u"\""_s));
                    fields << QStringView(document.unescaped.back());
                } else {
                    fields << raw;
                }
                if (i < size && !endsField(view[i]))
                    return Expected<Document>::failure(
                        atLine(line, Messages::tr("unexpected text after a closing quote; a quote inside a quoted "
                                                  "field is written twice (\"\")")));
            } else {
                qsizetype end = i;
                while (end < size && !endsField(view[end]))
                    ++end;
                fields << view.sliced(i, end - i);
                i = end;
            }
            if (i < size && view[i] == separator) {
                ++i;
                if (i == size)
                    fields << QStringView(); // a separator ends the file: one more, empty field
                else
                    continue;
            }
            break;
        }
        document.records.push_back({recordLine, std::move(fields)});
        if (i < size) { // at a line end
            if (view[i] == u'\r' && i + 1 < size && view[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
        }
    }
    return document;
}

QStringList Record::strings() const
{
    QStringList list;
    list.reserve(fields.size());
    for (QStringView field : fields)
        list << field.toString();
    return list;
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
