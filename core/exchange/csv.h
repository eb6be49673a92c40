#pragma once

#include "expected/expected.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <deque>
#include <vector>

namespace rater::csv {

struct Record
{
    qsizetype line = 0; // the line the record starts on; the first line is 1
    QList<QStringView> fields; // views into the Document that holds the record
    QStringList strings() const;
};

// The records of a CSV text. Fields are views into the decoded text (or, for
// quoted fields with doubled quotes, into unescaped copies), which saves a
// string allocation per field on large imports; so a Document moves but is
// never copied.
struct Document
{
    Document() = default;
    Document(Document &&) = default;
    Document &operator=(Document &&) = default;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    QChar separator = u',';
    std::vector<Record> records;
    QString text;
    std::deque<QString> unescaped;
};

// Reads CSV text: UTF-8 with or without a byte-order mark, comma or semicolon
// separators (whichever the first line uses), CRLF or LF line ends, and quoted
// fields holding separators, doubled quotes and line breaks. A refusal starts
// with "line N: ".
Expected<Document> parse(const QByteArray &bytes);

// One record as a CSV line ending in CRLF, quoting fields where needed.
QString formatRecord(const QStringList &fields);

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
// return, or a full-width or small = + - @, or any of these after spaces) as
// a formula. Such text is written with one leading apostrophe,
// which reading removes again, so the text round-trips exactly.
QString protectCell(const QString &text);
QString unprotectCell(const QString &text);

} // namespace rater::csv
