#include "assessmentfile.h"

#include "quiz/entrylimits.h"
#include "quiz/quizanswers.h"

#include "exchange/actionrecords.h"
#include "exchange/csv.h"
#include "exchange/jsonarray.h"
#include "files/files.h"
#include "exchange/xlsx.h"
#include "scoring/scoring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>


#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <utility>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rater::exchange {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentFile)
};

constexpr int baseColumnCount = 5; // team, respondent, workshop, date, lang
// A file with more problems than this lists these and counts the rest.
constexpr qsizetype maxListedProblems = 1000;

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Checks one record's values, given as text by column name, and turns a
// valid one into an assessment. Reports each problem through `report`.
class RecordReader
{
public:
    // `unprotect`: the values come from CSV, where text cells may carry a
    // protective apostrophe (see csv::protectCell).
    RecordReader(const Questionnaire &q, const QStringList &columns, bool unprotect)
        : m_q(q), m_columns(columns), m_unprotect(unprotect)
    {
    }

    template <typename Report>
    std::optional<NewAssessment> read(const QStringList &values, Report report) const
    {
        QuizAnswers a;
        bool valid = true;
        const auto problem = [&](int column, const QString &reason) {
            report(m_columns.at(column), reason);
            valid = false;
        };
        const auto text = [&](int column) {
            return m_unprotect ? csv::unprotectCell(values.at(column)) : values.at(column);
        };
        const auto checkText = [&](int column, limits::Field field, const QString &value) {
            if (const Status allowed = limits::checkText(field, value); !allowed)
                problem(column, allowed.error());
        };
        a.team = text(0);
        if (a.team.trimmed().isEmpty())
            problem(0, Messages::tr("the team is empty; every assessment belongs to a team"));
        checkText(0, limits::Field::Team, a.team);
        a.respondent = text(1);
        checkText(1, limits::Field::Respondent, a.respondent);
        const QString workshopTitle = text(2);
        checkText(2, limits::Field::WorkshopTitle, workshopTitle);

        const QStringView date = QStringView(values.at(3)).trimmed();
        a.date = parseIsoDate(date);
        if (date.isEmpty())
            problem(3, Messages::tr("the date is missing; write it as YYYY-MM-DD, for example 2026-03-21"));
        else if (!a.date.isValid())
            problem(3, Messages::tr("\"%1\" is not a date; write dates as YYYY-MM-DD, for example 2026-03-21")
                           .arg(values.at(3)));
        else if (const Status within = limits::checkDate(a.date); !within)
            problem(3, within.error());

        const QStringView lang = QStringView(values.at(4)).trimmed();
        const std::optional<Language> language = languageFromCode(lang);
        if (lang.isEmpty())
            problem(4, Messages::tr("the language is missing; use en, ar or fa"));
        else if (!language)
            problem(4, Messages::tr("\"%1\" is not a language Rater knows; use en, ar or fa").arg(lang.toString()));

        a.answers.reserve(std::size_t(m_q.statementCount()));
        for (int s = 0; s < m_q.statementCount(); ++s) {
            const int column = baseColumnCount + s;
            const QStringView raw = QStringView(values.at(column)).trimmed();
            const std::optional<int> answer = parseLocalizedInt(raw);
            if (raw.isEmpty())
                problem(column, Messages::tr("the answer is missing"));
            else if (!answer || *answer < m_q.scaleMin() || *answer > m_q.scaleMax())
                problem(column, Messages::tr("\"%1\" is not an answer; answers are whole numbers from %2 to %3")
                                    .arg(raw.toString())
                                    .arg(m_q.scaleMin())
                                    .arg(m_q.scaleMax()));
            else
                a.answers.push_back(*answer);
        }
        if (!valid)
            return std::nullopt;
        // Language codes are shared, not copied, when known.
        NewAssessment assessment = assessmentOf(std::move(a), m_q, languageCode(*language));
        assessment.workshopTitle = workshopTitle;
        return assessment;
    }

private:
    const Questionnaire &m_q;
    const QStringList &m_columns;
    bool m_unprotect;
};


// Scores one stored assessment for an export; one that cannot be scored
// (answers damaged in the database) ends the export.
Expected<Score> scoreForExport(const StoredAssessment &a, const Questionnaire &q)
{
    if (a.questionnaireId != q.id)
        return Expected<Score>::failure(Messages::tr("assessment %1 answers questionnaire \"%2\", not \"%3\"")
                                            .arg(a.id)
                                            .arg(a.questionnaireId, q.id));
    Expected<Score> s = score(q, a.answers);
    if (!s)
        return Expected<Score>::failure(Messages::tr("assessment %1 cannot be scored: %2").arg(a.id).arg(s.error()));
    return s;
}

// The identity columns an export adds after the scores, and an import reads
// wherever they are: the assessment's UUID and its installation's.
constexpr std::array<const char16_t *, 2> identityColumns{u"uuid", u"origin"};

// Reads `text` of identity column `column` into `uuid`: an empty one is
// left null, for a result made by hand.
template <typename Report>
void readIdentity(QStringView text, const QString &column, QUuid &uuid, Report report)
{
    text = text.trimmed();
    if (text.isEmpty())
        return;
    uuid = QUuid::fromString(text);
    if (uuid.isNull())
        report(column, Messages::tr("\"%1\" is not a UUID; Rater writes them as 8-4-4-4-12 hexadecimal digits. "
                                    "Leave the column empty for a result that is new")
                           .arg(text.toString()));
}

// An Accept that keeps every record in `result`.
Accept collectInto(ReadResult &result)
{
    return [&result](const NewAssessment &record, qsizetype place) -> Status {
        result.records.push_back(record);
        result.places.push_back(place);
        return Done{};
    };
}

// What reading one file found wrong: the first thousand problems listed,
// the rest counted. Good records are handed on until the first problem.
class Problems
{
public:
    explicit Problems(QString sourceName) : m_sourceName(std::move(sourceName)) {}

    void add(const QString &text)
    {
        if (m_listed.size() < maxListedProblems)
            m_listed << text;
        else
            ++m_unlisted;
    }

    // Hands a good record to `accept` while no problem has been found; after
    // the first, the rest of the file is only checked, to report all of it.
    // False when `accept` refused it and the reading must stop.
    template <typename Record, typename AcceptRecord>
    bool handOn(const std::optional<Record> &record, qsizetype place, const AcceptRecord &accept)
    {
        if (!record || !m_listed.isEmpty())
            return true;
        if (Status accepted = accept(*record, place); !accepted) {
            add(accepted.error());
            return false;
        }
        return true;
    }

    QStringList finish()
    {
        if (m_unlisted > 0)
            m_listed << Messages::tr("%1: %2 more problems are not listed").arg(m_sourceName, QLocale().toString(m_unlisted));
        return m_listed;
    }

private:
    QString m_sourceName;
    QStringList m_listed;
    qsizetype m_unlisted = 0;
};

// A text in memory read by one of the streaming readers, keeping the records.
ReadResult readBytes(const QByteArray &bytes, const std::function<QStringList(QIODevice &, const Accept &)> &read)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    ReadResult result;
    result.problems = read(buffer, collectInto(result));
    if (!result.problems.isEmpty()) {
        result.records.clear();
        result.places.clear();
    }
    return result;
}

// Writes all of `bytes`, or says why it could not.
Status writeAll(QIODevice &out, const QByteArray &bytes)
{
    if (out.write(bytes) != bytes.size())
        return Status::failure(Messages::tr("could not write (%1)").arg(out.errorString()));
    return Done{};
}

} // namespace

void appendJsonString(QByteArray &out, const QString &text)
{
    // Nearly every name needs no escaping: quoted as it is, without building a document.
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate();
    });
    if (plain) {
        out += '"';
        out += text.toUtf8();
        out += '"';
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2);
}

void appendNumber(QByteArray &out, double value)
{
    if (value == 0) {
        out += '0'; // Qt writes no sign for -0
        return;
    }
    char digits[32];
    const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), value);
    // Where the shortest form is an exponent, Qt's rules for choosing it differ.
    if (error != std::errc() || std::find(std::begin(digits), end, 'e') != end)
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        out.append(digits, end - digits);
}

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    auto *const end = std::to_chars(std::begin(digits), std::end(digits), value).ptr;
    out.append(digits, end - digits);
}

std::optional<Format> formatFromName(const QString &name)
{
    if (name == u"csv"_s)
        return Format::Csv;
    if (name == u"json"_s)
        return Format::Json;
    if (name == u"xlsx"_s)
        return Format::Xlsx;
    return std::nullopt;
}

std::optional<Format> formatFromFileName(const QString &fileName)
{
    return formatFromName(QFileInfo(fileName).suffix().toLower());
}

QStringList inputColumns(const Questionnaire &q)
{
    QStringList columns{u"team"_s, u"respondent"_s, u"workshop"_s, u"date"_s, u"lang"_s};
    for (const Statement &s : q.statements)
        columns << u"q"_s + QString::number(s.number);
    return columns;
}

QStringList outputColumns(const Questionnaire &q)
{
    QStringList columns = inputColumns(q);
    columns << u"total"_s << u"band"_s;
    for (const Dimension &d : q.dimensions)
        columns << d.id;
    for (const char16_t *identity : identityColumns)
        columns << QString::fromUtf16(identity);
    return columns;
}

QStringList readFile(const QString &path, const Questionnaire &q, const Accept &accept, const AcceptAction &acceptAction)
{
    const QString name = QDir::toNativeSeparators(path);
    const std::optional<Format> format = formatFromFileName(path);
    if (!format || *format == Format::Xlsx)
        return {Messages::tr("%1: cannot import this kind of file; use a .csv or .json file").arg(name)};
    if (const Status readable = files::checkReadable(path); !readable)
        return {readable.error()};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Messages::tr("%1: cannot read the file (%2)").arg(name, file.errorString())};
    if (*format == Format::Csv)
        return readCsv(file, name, q, accept);
    return readJson(file, name, q, accept, acceptAction);
}

ReadResult readFile(const QString &path, const Questionnaire &q)
{
    ReadResult result;
    result.problems = readFile(path, q, collectInto(result));
    if (!result.problems.isEmpty()) {
        result.records.clear();
        result.places.clear();
    }
    return result;
}

QStringList readCsv(QIODevice &input, const QString &sourceName, const Questionnaire &q, const Accept &accept)
{
    Problems problems(sourceName);
    csv::Reader records(input);
    const QStringList columns = inputColumns(q);
    const Expected<std::optional<csv::Record>> first = records.next();
    if (!first)
        return {sourceName + u": "_s + first.error()};
    if (!*first)
        return {Messages::tr("%1: the file is empty; it needs a header line: %2").arg(sourceName, columns.join(u','))};
    const QStringList &header = (*first)->fields;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString found = c < header.size() ? header.at(c).trimmed() : QString();
        if (found.compare(columns.at(c), Qt::CaseInsensitive) != 0)
            return {Messages::tr("%1: line 1, column %2: expected the column \"%3\", found \"%4\"; "
                                 "the header starts %5")
                        .arg(sourceName)
                        .arg(c + 1)
                        .arg(columns.at(c), found, columns.join(u','))};
    }

    // Where the identity columns are, if the file has them.
    std::array<qsizetype, identityColumns.size()> identityAt{-1, -1};
    for (qsizetype c = columns.size(); c < header.size(); ++c) {
        for (std::size_t i = 0; i < identityColumns.size(); ++i) {
            if (header.at(c).trimmed().compare(QStringView(identityColumns[i]), Qt::CaseInsensitive) == 0)
                identityAt[i] = c;
        }
    }

    const RecordReader reader(q, columns, true);
    while (true) {
        Expected<std::optional<csv::Record>> next = records.next();
        if (!next) {
            problems.add(sourceName + u": "_s + next.error());
            return problems.finish();
        }
        if (!*next)
            break;
        const csv::Record &record = **next;
        if (record.fields.size() == 1 && record.fields.front().trimmed().isEmpty())
            continue; // a blank line
        if (record.fields.size() < columns.size()) {
            problems.add(Messages::tr("%1: line %2: the row has %3 columns; it needs at least %4 (%5 to %6)")
                        .arg(sourceName)
                        .arg(record.line)
                        .arg(record.fields.size())
                        .arg(columns.size())
                        .arg(columns.front(), columns.back()));
            continue;
        }
        bool valid = true;
        const auto report = [&](const QString &column, const QString &reason) {
            problems.add(Messages::tr("%1: line %2, column %3: %4").arg(sourceName).arg(record.line).arg(column, reason));
            valid = false;
        };
        std::optional<NewAssessment> assessment = reader.read(record.fields, report);
        std::array<QUuid, identityColumns.size()> identity;
        for (std::size_t i = 0; i < identityColumns.size(); ++i) {
            if (identityAt[i] >= 0 && identityAt[i] < record.fields.size())
                readIdentity(record.fields.at(identityAt[i]), QString::fromUtf16(identityColumns[i]), identity[i],
                             report);
        }
        if (assessment && valid) {
            assessment->uuid = identity[0];
            assessment->origin = identity[1];
        } else {
            assessment.reset();
        }
        if (!problems.handOn(assessment, record.line, accept))
            return problems.finish();
    }
    return problems.finish();
}

ReadResult readCsv(const QByteArray &bytes, const QString &sourceName, const Questionnaire &q)
{
    return readBytes(bytes, [&](QIODevice &input, const Accept &accept) { return readCsv(input, sourceName, q, accept); });
}

QStringList readJson(QIODevice &input, const QString &sourceName, const Questionnaire &q, const Accept &accept,
                     const AcceptAction &acceptAction)
{
    Problems problems(sourceName);
    const QStringList columns = inputColumns(q);
    const RecordReader reader(q, columns, false);
    json::ArrayReader records(input);
    QStringList values;
    while (true) {
        const Expected<std::optional<json::Element>> next = records.next();
        if (!next) {
            problems.add(sourceName + u": "_s + next.error());
            return problems.finish();
        }
        if (!*next)
            break;
        const qsizetype recordNumber = (*next)->number;
        if (!(*next)->value.isObject()) {
            problems.add(Messages::tr("%1: record %2: expected an object in braces { }").arg(sourceName).arg(recordNumber));
            continue;
        }
        const QJsonObject object = (*next)->value.toObject();
        if (const QJsonValue kind = object.value(u"kind"_s); !kind.isUndefined() && !kind.isNull()) {
            const auto report = [&](const QString &field, const QString &reason) {
                problems.add(Messages::tr("%1: record %2, field \"%3\": %4").arg(sourceName).arg(recordNumber).arg(field, reason));
            };
            if (kind != QJsonValue(QString::fromUtf16(actionKind))) {
                report(u"kind"_s, Messages::tr("expected \"action\" for an action, or no kind for an assessment"));
                continue;
            }
            if (!acceptAction) {
                problems.add(Messages::tr("%1: record %2 is an action; actions are imported with results into a "
                                          "database (rater-cli import, or File ▸ Import Results)")
                                 .arg(sourceName)
                                 .arg(recordNumber));
                continue;
            }
            const std::optional<Action> action = readActionRecord(object, q, report);
            if (!problems.handOn(action, recordNumber, acceptAction))
                return problems.finish();
            continue;
        }
        values.clear();
        bool typesValid = true;
        for (const QString &column : columns) {
            const QJsonValue value = object.value(column);
            if (value.isString()) {
                values << value.toString();
            } else if (value.isDouble()) {
                const double d = value.toDouble();
                values << (std::trunc(d) == d && std::abs(d) < 1e9 ? QString::number(qint64(d)) : number(d));
            } else if (value.isNull() || value.isUndefined()) {
                values << QString();
            } else {
                problems.add(Messages::tr("%1: record %2, field \"%3\": expected text or a number")
                            .arg(sourceName)
                            .arg(recordNumber)
                            .arg(column));
                typesValid = false;
            }
        }
        if (!typesValid)
            continue;
        bool valid = true;
        const auto report = [&](const QString &column, const QString &reason) {
            problems.add(Messages::tr("%1: record %2, field \"%3\": %4").arg(sourceName).arg(recordNumber).arg(column, reason));
            valid = false;
        };
        std::optional<NewAssessment> assessment = reader.read(values, report);
        std::array<QUuid, identityColumns.size()> identity;
        for (std::size_t i = 0; i < identityColumns.size(); ++i) {
            const QString column = QString::fromUtf16(identityColumns[i]);
            const QJsonValue value = object.value(column);
            if (value.isString())
                readIdentity(value.toString(), column, identity[i], report);
            else if (!value.isNull() && !value.isUndefined())
                report(column, Messages::tr("expected a UUID as text, or null"));
        }
        if (assessment && valid) {
            assessment->uuid = identity[0];
            assessment->origin = identity[1];
        } else {
            assessment.reset();
        }
        if (!problems.handOn(assessment, recordNumber, accept))
            return problems.finish();
    }
    return problems.finish();
}

ReadResult readJson(const QByteArray &bytes, const QString &sourceName, const Questionnaire &q)
{
    return readBytes(bytes, [&](QIODevice &input, const Accept &accept) { return readJson(input, sourceName, q, accept); });
}

Source sourceOf(const std::vector<StoredAssessment> &assessments)
{
    return [&assessments](const Visit &visit) -> Status {
        for (const StoredAssessment &a : assessments) {
            if (Status visited = visit(a); !visited)
                return visited;
        }
        return Done{};
    };
}

Status writeCsv(QIODevice &out, const Source &source, const Questionnaire &q)
{
    if (Status written = writeAll(out, (QString(QChar(0xFEFF)) + csv::formatRecord(outputColumns(q))).toUtf8());
        !written)
        return written;
    // Each row is written straight into bytes: exports of millions of rows spend
    // their time here.
    QByteArray line;
    return source([&](const StoredAssessment &a) -> Status {
        const Expected<Score> s = scoreForExport(a, q);
        if (!s)
            return Status::failure(s.error());
        line.clear();
        for (const QString *name : {&a.team, &a.respondent, &a.workshop}) {
            csv::appendField(line, csv::protectCell(*name));
            line += ',';
        }
        line += isoDate(a.date);
        line += ',';
        csv::appendField(line, a.lang);
        for (int answer : a.answers) {
            line += ',';
            if (answer >= 0 && answer <= 9)
                line += char('0' + answer);
            else
                line += QByteArray::number(answer);
        }
        line += ',';
        appendNumber(line, qint64(s->total));
        line += ',';
        csv::appendField(line, s->bandId);
        for (const DimensionScore &d : s->dimensions) {
            line += ',';
            appendNumber(line, d.mean);
        }
        for (const QUuid *identity : {&a.uuid, &a.origin}) {
            line += ',';
            if (!identity->isNull())
                line += identity->toByteArray(QUuid::WithoutBraces);
        }
        line += "\r\n";
        return writeAll(out, line);
    });
}

Status writeJson(QIODevice &out, const Source &source, const Questionnaire &q, const ActionSource &actions)
{
    if (Status begun = writeAll(out, "["); !begun)
        return begun;
    // Each record is written straight into bytes, as CSV rows are.
    QByteArray record;
    const auto optional = [&record](const QString &text) {
        if (text.isEmpty())
            record += "null";
        else
            appendJsonString(record, text);
    };
    bool first = true;
    const Status written = source([&](const StoredAssessment &a) -> Status {
        const Expected<Score> s = scoreForExport(a, q);
        if (!s)
            return Status::failure(s.error());
        record = first ? "\n  {\"team\": " : ",\n  {\"team\": ";
        appendJsonString(record, a.team);
        record += ", \"respondent\": ";
        optional(a.respondent);
        record += ", \"workshop\": ";
        optional(a.workshop);
        record += ", \"date\": \"";
        record += isoDate(a.date);
        record += "\", \"lang\": ";
        appendJsonString(record, a.lang);
        for (std::size_t i = 0; i < a.answers.size(); ++i) {
            record += ", \"q";
            appendNumber(record, qint64(i) + 1);
            record += "\": ";
            appendNumber(record, qint64(a.answers[i]));
        }
        record += ", \"total\": ";
        appendNumber(record, qint64(s->total));
        record += ", \"band\": ";
        appendJsonString(record, s->bandId);
        for (const DimensionScore &d : s->dimensions) {
            record += ", ";
            appendJsonString(record, d.id);
            record += ": ";
            appendNumber(record, d.mean);
        }
        for (const auto &[name, identity] : {std::pair{"uuid", &a.uuid}, std::pair{"origin", &a.origin}}) {
            record += ", \"";
            record += name;
            record += "\": ";
            if (identity->isNull()) {
                record += "null";
            } else {
                record += '"';
                record += identity->toByteArray(QUuid::WithoutBraces);
                record += '"';
            }
        }
        record += '}';
        first = false;
        return writeAll(out, record);
    });
    if (!written)
        return written;
    if (actions) {
        const Status actionsWritten = actions([&](const Action &a) -> Status {
            record = first ? "\n  " : ",\n  ";
            appendActionRecord(record, a);
            first = false;
            return writeAll(out, record);
        });
        if (!actionsWritten)
            return actionsWritten;
    }
    return writeAll(out, first ? "]\n" : "\n]\n");
}

Status checkXlsxRows(const QString &path, qint64 results)
{
    if (results <= qint64(LXW_ROW_MAX) - 1)
        return Done{};
    return Status::failure(Messages::tr("%1: an Excel sheet holds at most %2 results; export this many as CSV "
                                        "or JSON, or one team at a time")
                               .arg(QDir::toNativeSeparators(path), QLocale().toString(qint64(LXW_ROW_MAX) - 1)));
}

Status writeXlsx(const QString &path, const Source &source, const Questionnaire &q, Language language)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString lang = languageCode(language);
    const QByteArray fileName = QFile::encodeName(path);
    // Constant memory: each row goes to a temporary file as soon as the next
    // one begins, so the workbook never holds the whole sheet.
    const QByteArray temporaryFolder = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(temporaryFolder.constData());
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return Status::failure(Messages::tr("%1: cannot create the file").arg(name));
    const QByteArray sheetName = Messages::tr("Results").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (language != Language::English)
        worksheet_right_to_left(sheet);

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *mean = workbook_add_format(workbook);
    format_set_num_format(mean, "0.00");

    const auto text = [sheet](lxw_row_t row, lxw_col_t column, const QString &value, lxw_format *format = nullptr) {
        const QByteArray utf8 = xlsxText(value);
        worksheet_write_string(sheet, row, column, utf8.constData(), format);
    };

    QStringList headings{Messages::tr("Team"), Messages::tr("Respondent"), Messages::tr("Workshop"),
                         Messages::tr("Date"), Messages::tr("Language")};
    for (const Statement &s : q.statements)
        headings << Messages::tr("Q%1").arg(s.number);
    headings << Messages::tr("Total") << Messages::tr("Band");
    for (const Dimension &d : q.dimensions)
        headings << q.tr(d.name, lang);
    const auto lastColumn = lxw_col_t(headings.size() - 1);
    // Column widths and the frozen header row come before any row is written.
    worksheet_set_column(sheet, 0, 2, 18, nullptr);
    worksheet_set_column(sheet, 3, 3, 12, nullptr);
    worksheet_set_column(sheet, lxw_col_t(baseColumnCount), lxw_col_t(baseColumnCount + q.statementCount() - 1), 5,
                         nullptr);
    worksheet_set_column(sheet, lxw_col_t(baseColumnCount + q.statementCount()), lastColumn, 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    for (qsizetype c = 0; c < headings.size(); ++c)
        text(0, lxw_col_t(c), headings.at(c), header);

    lxw_row_t row = 1;
    const Status read = source([&](const StoredAssessment &a) -> Status {
        // libxlsxwriter would leave out, without a word, every row past a sheet's last.
        if (row >= LXW_ROW_MAX)
            return checkXlsxRows(path, qint64(row));
        const Expected<Score> scored = scoreForExport(a, q);
        if (!scored)
            return Status::failure(scored.error());
        lxw_col_t column = 0;
        // String cells are never formulas: names go in exactly as they are.
        text(row, column++, a.team);
        text(row, column++, a.respondent);
        text(row, column++, a.workshop);
        lxw_datetime when{a.date.year(), a.date.month(), a.date.day(), 0, 0, 0};
        worksheet_write_datetime(sheet, row, column++, &when, date);
        text(row, column++, a.lang);
        for (int answer : a.answers)
            worksheet_write_number(sheet, row, column++, answer, nullptr);
        worksheet_write_number(sheet, row, column++, scored->total, nullptr);
        text(row, column++, q.tr(q.band(scored->bandId)->title, lang));
        for (const DimensionScore &d : scored->dimensions)
            worksheet_write_number(sheet, row, column++, d.mean, mean);
        ++row;
        return Done{};
    });
    if (!read) {
        workbook_close(workbook);
        return read;
    }
    worksheet_autofilter(sheet, 0, 0, row - 1, lastColumn);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Status::failure(Messages::tr("%1: could not write the workbook (%2)")
                                   .arg(name, xlsxError(closed)));
    return Done{};
}

Status exportFile(const QString &path, Format format, const Source &source, const Questionnaire &questionnaire,
                  Language language, const ActionSource &actions)
{
    const QString name = QDir::toNativeSeparators(path);
    if (const Status writable = files::checkWritable(path); !writable)
        return writable;
    if (format == Format::Xlsx) {
        const QString partial = path + u".partial"_s;
        QFile::remove(partial);
        if (const Status written = writeXlsx(partial, source, questionnaire, language); !written) {
            QFile::remove(partial);
            // The file the person asked for is the one to name, not the one written beside it.
            return Status::failure(QString(written.error()).replace(QDir::toNativeSeparators(partial), name));
        }
        QFile::remove(path);
        if (!QFile::rename(partial, path))
            return Status::failure(Messages::tr("%1: could not write the file").arg(name));
        return Done{};
    }
    // Written as it is read, beside the target, and moved into place when whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Messages::tr("%1: could not write the file (%2)").arg(name, file.errorString()));
    const Status written = format == Format::Csv ? writeCsv(file, source, questionnaire)
                                                 : writeJson(file, source, questionnaire, actions);
    if (!written) {
        file.cancelWriting();
        return Status::failure(name + u": "_s + written.error());
    }
    if (!file.commit())
        return Status::failure(Messages::tr("%1: could not write the file (%2)").arg(name, file.errorString()));
    return Done{};
}

} // namespace rater::exchange
