#pragma once

#include "expected/expected.h"

#include <QByteArray>
#include <QChar>
#include <QStringList>

#include <vector>

namespace rater::csv {

struct Record
{
    qsizetype line = 0; // the line the record starts on; the first line is 1
    QStringList fields;
};

struct Document
{
    QChar separator = u',';
    std::vector<Record> records;
};

// Reads CSV text: UTF-8 with or without a byte-order mark, comma or semicolon
// separators (whichever the first line uses), CRLF or LF line ends, and quoted
// fields holding separators, doubled quotes and line breaks. A refusal starts
// with "line N: ".
Expected<Document> parse(const QByteArray &bytes);

// One record as a CSV line ending in CRLF, quoting fields where needed.
QString formatRecord(const QStringList &fields);

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
// return) as a formula. Such text is written with one leading apostrophe,
// which reading removes again, so the text round-trips exactly.
QString protectCell(const QString &text);
QString unprotectCell(const QString &text);

} // namespace rater::csv
