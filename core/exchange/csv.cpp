#include "csv.h"

#include <QCoreApplication>
#include <QBuffer>
#include <QLocale>

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

constexpr qint64 chunkBytes = qint64(64) * 1024;

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

Reader::Reader(QIODevice &input) : m_input(input), m_decoder(QStringDecoder::Utf8) {}

Status Reader::fill()
{
    if (m_position > 0) {
        m_text.remove(0, m_position);
        m_position = 0;
    }
    const QByteArray bytes = m_input.read(chunkBytes);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        // A character whose last bytes are missing at the very end.
        for (qsizetype back = 1; back <= std::min<qsizetype>(3, m_tail.size()); ++back) {
            const auto byte = static_cast<unsigned char>(m_tail.at(m_tail.size() - back));
            if ((byte & 0xc0U) == 0x80)
                continue;
            const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
            if (length > back)
                return Status::failure(atLine(m_line + QStringView(m_text).sliced(m_position).count(u'\n'),
                                              Messages::tr("the file is not UTF-8 text; save it as \"CSV UTF-8\"")));
            break;
        }
        return Done{};
    }
    m_tail = bytes.right(3);
    const qsizetype before = m_text.size();
    m_text += m_decoder(bytes);
    if (m_decoder.hasError()) {
        const qsizetype bad = m_text.indexOf(QChar::ReplacementCharacter, before);
        const qsizetype line = m_line + QStringView(m_text).sliced(m_position, std::max(bad, m_position) - m_position)
                                            .count(u'\n');
        return Status::failure(atLine(line, Messages::tr("the file is not UTF-8 text; save it as \"CSV UTF-8\"")));
    }
    if (!m_started) {
        m_started = true;
        if (m_text.startsWith(QChar(0xFEFF)))
            m_text.remove(0, 1);
    }
    return Done{};
}

// The separator is whichever of comma and semicolon the first line uses more.
Status Reader::findSeparator()
{
    while (true) {
        qsizetype commas = 0;
        qsizetype semicolons = 0;
        bool quoted = false;
        bool lineEnded = false;
        for (const QChar c : QStringView(m_text)) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r')) {
                lineEnded = true;
                break;
            } else if (!quoted && c == u',')
                ++commas;
            else if (!quoted && c == u';')
                ++semicolons;
        }
        if (lineEnded || m_atEnd || m_text.size() > maxRecordLength) {
            m_separator = semicolons > commas ? u';' : u',';
            return Done{};
        }
        if (Status more = fill(); !more)
            return more;
    }
}

Expected<std::optional<Record>> Reader::next()
{
    using Result = Expected<std::optional<Record>>;
    if (!m_started) {
        if (Status first = fill(); !first)
            return Result::failure(first.error());
        if (Status found = findSeparator(); !found)
            return Result::failure(found.error());
    }
    while (true) {
        if (m_position == m_text.size()) {
            if (m_atEnd)
                return std::optional<Record>();
            if (Status more = fill(); !more)
                return Result::failure(more.error());
            continue;
        }
        Record record;
        QString failure;
        switch (parseRecord(record, failure)) {
        case Step::Record:
            return std::optional<Record>(std::move(record));
        case Step::Failed:
            return Result::failure(failure);
        case Step::NeedMore:
            if (m_text.size() - m_position > maxRecordLength)
                return Result::failure(atLine(m_line, Messages::tr("the record is longer than %1 characters; a row of "
                                                                   "Rater's columns is far shorter")
                                                          .arg(QLocale().toString(maxRecordLength))));
            if (Status more = fill(); !more)
                return Result::failure(more.error());
            break;
        }
    }
}

// Reads one record from m_position. When the text held ends before the
// record does (and more may come), asks for more; the record is then read
// again from its start.
Reader::Step Reader::parseRecord(Record &record, QString &failure)
{
    const QStringView view(m_text);
    const qsizetype size = view.size();
    const auto endsField = [this](QChar c) { return c == m_separator || c == u'\n' || c == u'\r'; };
    qsizetype i = m_position;
    qsizetype line = m_line;
    record.line = m_line;
    while (true) {
        if (record.fields.size() >= maxFields) {
            failure = atLine(record.line, Messages::tr("the record has more than %1 fields; a row of Rater's columns "
                                                       "has far fewer")
                                              .arg(QLocale().toString(maxFields)));
            return Step::Failed;
        }
        if (i < size && view[i] == u'"') {
            ++i;
            QString field;
            while (true) {
                const qsizetype quote = view.indexOf(u'"', i);
                if (quote < 0) {
                    if (!m_atEnd)
                        return Step::NeedMore;
                    failure = atLine(record.line, Messages::tr("a quoted field is never closed"));
                    return Step::Failed;
                }
                if (quote + 1 == size && !m_atEnd)
                    return Step::NeedMore; // a doubled quote may follow
                line += view.sliced(i, quote - i).count(u'\n');
                field += view.sliced(i, quote - i);
                i = quote + 1;
                if (i < size && view[i] == u'"') {
                    field += u'"';
                    ++i;
                    continue;
                }
                break;
            }
            record.fields << field;
            if (i < size && !endsField(view[i])) {
                failure = atLine(line, Messages::tr("unexpected text after a closing quote; a quote inside a quoted "
                                                    "field is written twice (\"\")"));
                return Step::Failed;
            }
        } else {
            qsizetype end = i;
            while (end < size && !endsField(view[end]))
                ++end;
            if (end == size && !m_atEnd)
                return Step::NeedMore;
            record.fields << view.sliced(i, end - i).toString();
            i = end;
        }
        if (i == size && !m_atEnd)
            return Step::NeedMore;
        if (i < size && view[i] == m_separator) {
            ++i;
            if (i == size && !m_atEnd)
                return Step::NeedMore;
            if (i == size) {
                record.fields << QString(); // a separator ends the text: one more, empty field
                break;
            }
            continue;
        }
        break;
    }
    if (i < size) { // at a line end
        if (view[i] == u'\r') {
            if (i + 1 == size && !m_atEnd)
                return Step::NeedMore;
            if (i + 1 < size && view[i + 1] == u'\n')
                ++i;
        }
        ++i;
        ++line;
    }
    m_position = i;
    m_line = line;
    return Step::Record;
}

Expected<Document> parse(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(buffer);
    Document document;
    while (true) {
        Expected<std::optional<Record>> record = reader.next();
        if (!record)
            return Expected<Document>::failure(record.error());
        if (!*record)
            break;
        document.records.push_back(**record);
    }
    document.separator = reader.separator();
    return document;
}

void appendField(QByteArray &line, QStringView field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u';') || field.contains(u'"')
                             || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes) {
        line += field.toUtf8();
        return;
    }
    line += '"';
    line += field.toUtf8().replace("\"", "\"\"");
    line += '"';
}

QString formatRecord(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        appendField(line, fields.at(i));
    }
    return QString::fromUtf8(line + "\r\n");
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
