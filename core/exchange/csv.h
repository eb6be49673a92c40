#pragma once

#include "expected/expected.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>
#include <QChar>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace rater::csv {

// What one record may hold. A real row has 22 to 29 short fields; these
// bounds stop a line of a million commas or a field without its closing
// quote from taking the memory of the whole file.
constexpr int maxFields = 1000;
constexpr qsizetype maxRecordLength = qsizetype(64) * 1024; // characters

struct Record
{
    qsizetype line = 0; // the line the record starts on; the first line is 1
    QStringList fields;
};

// Reads the records of a CSV text one at a time from a device, holding no more
// than one record and one chunk of the input: UTF-8 with or without a
// byte-order mark, comma or semicolon separators (whichever the first line
// uses), CRLF or LF line ends, and quoted fields holding separators, doubled
// quotes and line breaks. A refusal starts with "line N: ".
class Reader
{
public:
    explicit Reader(QIODevice &input);

    // The next record; empty at the end of the text.
    Expected<std::optional<Record>> next();
    QChar separator() const { return m_separator; }

private:
    enum class Step { Record, NeedMore, Failed };
    Step parseRecord(Record &record, QString &failure);
    Status fill();
    Status findSeparator();

    QIODevice &m_input;
    QStringDecoder m_decoder;
    QString m_text;       // decoded input not yet read as records, from m_position on
    qsizetype m_position = 0;
    qsizetype m_line = 1;
    bool m_atEnd = false;
    bool m_started = false;
    QChar m_separator = u',';
    QByteArray m_tail;    // the last bytes read: a character cut off at the end is refused
};

// Every record of a text held in memory, for small texts and tests.
struct Document
{
    QChar separator = u',';
    std::vector<Record> records;
};
Expected<Document> parse(const QByteArray &bytes);

// One field as CSV, appended to `line` as UTF-8: quoted, with its quotes
// doubled, when it holds a separator, a quote or a line break.
void appendField(QByteArray &line, QStringView field);
// One record as a CSV line ending in CRLF, quoting fields where needed.
QString formatRecord(const QStringList &fields);

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
// return, or a full-width or small = + - @, or any of these after spaces) as
// a formula. Such text is written with one leading apostrophe,
// which reading removes again, so the text round-trips exactly.
QString protectCell(const QString &text);
QString unprotectCell(const QString &text);

} // namespace rater::csv
