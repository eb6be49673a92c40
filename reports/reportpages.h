#pragma once

#include "expected/expected.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

class QChart;
class QFont;
class QPalette;
class QPagedPaintDevice;
class QPdfWriter;
class QPainter;
class QTextDocument;

namespace rater::reports {

// One cell of a table that is both shown on screen and exported.
struct TableCell
{
    QString text;
    QVariant value = {};        // the number behind the text, for spreadsheets and sorting; else none
    QString description = {};   // what a screen reader says where the text alone does not tell
    bool strong = false;        // set in bold: a real change, a team's lowest dimension
    std::optional<double> heat = {}; // where the figure lies on its scale, 0 to 1, for a coloured table
};

// A table built from figures: what the views show, and what PDFs and
// workbooks export, cell for cell.
struct TableContent
{
    QStringList headings;
    std::vector<std::vector<TableCell>> rows;
};

// HTML for a report page; right to left writes the columns in reading order.
QString tableHtml(const TableContent &table, bool rightToLeft);

// One report page of charts and tables, in order, each chart with the table below it.
struct ReportSection
{
    QChart *chart = nullptr; // drawn from its own scene; may be null
    TableContent table;      // may be empty
    QString html;            // text after the table; may be empty
    double chartHeight = 0.45; // as a share of the page's width
};

// Reports, printed pages and pictures for slides are dark on white, whatever
// the screen's theme: charts drawn for them take this palette.
QPalette printPalette();
// The type of every report: Noto, which covers Latin, Arabic and Persian letters, at `points`.
QFont reportFont(double points);
// Draws `document` at the painter's origin in the print palette's colours:
// QTextDocument otherwise writes in the screen's text colour, which a dark
// theme makes near-white.
void drawOnPaper(QPainter &painter, const QTextDocument &document);
// Every PDF Rater writes: an A4 page with 14 mm margins at 96 dpi, titled and
// credited, painted by `paint` (false when it could not paint).
Status writePdf(const QString &path, const QString &title, const std::function<bool(QPdfWriter &)> &paint);
Status writeReportPdf(const QString &path, const QString &title, const QString &subtitle,
                      const std::vector<ReportSection> &sections, bool rightToLeft);
// The same pages on any paged device, a printer for one; false when it could not be painted.
bool renderReport(QPagedPaintDevice &writer, const QString &title, const QString &subtitle,
                  const std::vector<ReportSection> &sections, bool rightToLeft);
Status writeTablesXlsx(const QString &path, const std::vector<std::pair<QString, TableContent>> &sheets,
                       bool rightToLeft);
// The chart on white, at twice `size` for sharp slides, with `captionHtml`
// (a key, say) below it when given.
Status writeChartPng(const QString &path, QChart &chart, const QSize &size, const QString &captionHtml = QString());

} // namespace rater::reports
