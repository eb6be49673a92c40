#pragma once

#include "expected/expected.h"
#include "i18n/language.h"
#include "questionnaire/questionnaire.h"
#include "storage/records.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace rater::exchange {

enum class Format { Csv, Json, Xlsx };

// A text as a JSON string, quotes included, escaped as QJsonDocument escapes
// it, appended to `out` as UTF-8.
void appendJsonString(QByteArray &out, const QString &text);
// A number as QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
// writes it, appended to `out`: the shortest digits that read back as the
// same double. Exports and lists write millions of them.
void appendNumber(QByteArray &out, double value);
void appendNumber(QByteArray &out, qint64 value);
std::optional<Format> formatFromName(const QString &name);        // "csv", "json", "xlsx"
std::optional<Format> formatFromFileName(const QString &fileName); // by extension

// The columns of an assessment file: team, respondent, workshop, date, lang,
// then q1…qN for the questionnaire's N statements.
QStringList inputColumns(const Questionnaire &questionnaire);
// Export adds the computed columns: total, band, then one mean per dimension.
QStringList outputColumns(const Questionnaire &questionnaire);

// What reading a file found: either records to store, or every problem
// (each "FILE: line L, column C: reason" for CSV, "FILE: record R, field F: reason" for JSON).
struct ReadResult
{
    std::vector<NewAssessment> records;
    std::vector<qsizetype> places; // per record: its CSV line, or its JSON record number
    QStringList problems;
};

// A record read and checked, handed on as soon as it is read, with its place
// (CSV line or JSON record number). A failure ends the reading and is reported.
using Accept = std::function<Status(const NewAssessment &record, qsizetype place)>;
// An action read from a JSON file and checked (its id is 0), with its record
// number. Without one, a file that holds actions is refused where they are.
using AcceptAction = std::function<Status(const Action &action, qsizetype place)>;

// Reads a file and hands each valid record to `accept` while no problem has
// been found; after the first problem, the rest is read only to report it.
// Returns the problems: none when every record was accepted. Files are read
// as a stream, in memory bounded by one record. At most a thousand problems
// are listed, and the rest counted.
QStringList readFile(const QString &path, const Questionnaire &questionnaire, const Accept &accept,
                     const AcceptAction &acceptAction = {});
QStringList readCsv(QIODevice &input, const QString &sourceName, const Questionnaire &questionnaire,
                    const Accept &accept);
QStringList readJson(QIODevice &input, const QString &sourceName, const Questionnaire &questionnaire,
                     const Accept &accept, const AcceptAction &acceptAction = {});

// The same, keeping the records: for files that are shown before they are stored.
ReadResult readFile(const QString &path, const Questionnaire &questionnaire);
ReadResult readCsv(const QByteArray &bytes, const QString &sourceName, const Questionnaire &questionnaire);
ReadResult readJson(const QByteArray &bytes, const QString &sourceName, const Questionnaire &questionnaire);

// Where an export reads its assessments: a source hands them to the visitor
// one at a time (AssessmentStore::forEach), so that an export holds one row,
// not the database. A failure of the visitor ends the reading.
using Visit = std::function<Status(const StoredAssessment &)>;
using Source = std::function<Status(const Visit &)>;
// Where a JSON export reads the actions it adds after the assessments, one
// at a time; none when it is empty.
using VisitAction = std::function<Status(const Action &)>;
using ActionSource = std::function<Status(const VisitAction &)>;
// The assessments of a list already in memory, as a source; the list must outlive it.
Source sourceOf(const std::vector<StoredAssessment> &assessments);

// An Excel sheet's rows, but for its header: more results are refused at once.
Status checkXlsxRows(const QString &path, qint64 results);

// Exports score every assessment with `questionnaire`; one that cannot be
// scored (answers damaged in the database) makes the export fail. Rows are
// written to `out` as they are read.
Status writeCsv(QIODevice &out, const Source &source, const Questionnaire &questionnaire);
Status writeJson(QIODevice &out, const Source &source, const Questionnaire &questionnaire,
                 const ActionSource &actions = {});
// One sheet of results; headers, band titles and sheet direction follow
// `language`. Written in libxlsxwriter's constant-memory mode.
Status writeXlsx(const QString &path, const Source &source, const Questionnaire &questionnaire, Language language);

// Writes the assessments of `source` to `path` in `format`, whole or not at
// all: the file is written beside its target and moved into place. JSON
// adds the actions of `actions` after them; CSV and Excel hold results only.
Status exportFile(const QString &path, Format format, const Source &source, const Questionnaire &questionnaire,
                  Language language, const ActionSource &actions = {});

} // namespace rater::exchange
