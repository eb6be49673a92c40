#include "reportpages.h"

#include "exchange/xlsx.h"
#include "files/files.h"
#include "i18n/language.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>


namespace rater::reports {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// Draws `chart` into `target` through the painter, laid out at the target's size.
void drawChart(QPainter &painter, QChart &chart, const QRectF &target)
{
    QGraphicsScene *scene = chart.scene();
    std::unique_ptr<QGraphicsScene> own;
    const QSizeF oldSize = chart.size();
    if (!scene) {
        own = std::make_unique<QGraphicsScene>();
        own->addItem(&chart);
        scene = own.get();
    }
    chart.resize(target.size());
    chart.layout()->activate();
    QCoreApplication::sendPostedEvents(&chart);
    scene->render(&painter, target, QRectF(chart.pos(), target.size()));
    if (own)
        own->removeItem(&chart);
    chart.resize(oldSize);
}

} // namespace

QFont reportFont(double points)
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Naskh Arabic")});
    font.setPointSizeF(points);
    return font;
}

QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Mid, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::Midlight, QColor(0xd8, 0xd8, 0xd8));
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    return palette;
}

void drawOnPaper(QPainter &painter, const QTextDocument &document)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = printPalette();
    document.documentLayout()->draw(&painter, context);
}

QString tableHtml(const TableContent &table, bool rightToLeft)
{
    const auto row = [rightToLeft](QStringList cells, const QString &tag) -> QString {
        if (rightToLeft)
            std::reverse(cells.begin(), cells.end());
        QString html = QStringLiteral("<tr>");
        for (const QString &cell : cells)
            html += QStringLiteral("<%1>%2</%1>").arg(tag, cell.toHtmlEscaped());
        return html + QStringLiteral("</tr>");
    };
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2' border='0.5'>");
    html += row(table.headings, QStringLiteral("th"));
    for (const std::vector<TableCell> &cells : table.rows) {
        QStringList texts;
        for (const TableCell &cell : cells)
            texts << cell.text;
        html += row(texts, QStringLiteral("td"));
    }
    return html + QStringLiteral("</table>");
}

bool renderReport(QPagedPaintDevice &writer, const QString &title, const QString &subtitle,
                  const std::vector<ReportSection> &sections, bool rightToLeft)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    // Lay out in 96-dpi units whatever the device's resolution, so that charts and text keep their sizes.
    const double toDevice = writer.logicalDpiX() / 96.0;
    painter.scale(toDevice, toDevice);
    const QRectF page(QPointF(0, 0),
                      QSizeF(writer.pageLayout().paintRectPixels(writer.logicalDpiX()).size()) / toDevice);
    const QString direction = rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const auto document = [&](const QString &body, double points) {
        auto doc = std::make_unique<QTextDocument>();
        if (toDevice == 1.0)
            doc->documentLayout()->setPaintDevice(&writer);
        doc->setDefaultFont(reportFont(points));
        doc->setDocumentMargin(0);
        doc->setHtml(QStringLiteral("<html><body dir='%1'><div dir='%1'>%2</div></body></html>").arg(direction, body));
        doc->setTextWidth(page.width());
        return doc;
    };
    double y = 0;
    const auto place = [&](double height) {
        if (y > 0 && y + height > page.height()) {
            writer.newPage();
            y = 0;
        }
        const double top = y;
        y += height + 10;
        return top;
    };
    const auto header = document(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                     .arg(isolate(title).toHtmlEscaped(), subtitle.toHtmlEscaped()),
                                 10);
    painter.save();
    painter.translate(0, place(header->size().height()));
    drawOnPaper(painter, *header);
    painter.restore();
    for (const ReportSection &section : sections) {
        if (section.chart) {
            const double height = std::min(page.width() * section.chartHeight, page.height());
            const double top = place(height);
            drawChart(painter, *section.chart, QRectF(0, top, page.width(), height));
        }
        if (!section.table.headings.isEmpty()) {
            const auto table = document(tableHtml(section.table, rightToLeft), 8);
            painter.save();
            painter.translate(0, place(table->size().height()));
            drawOnPaper(painter, *table);
            painter.restore();
        }
        if (!section.html.isEmpty()) {
            const auto text = document(section.html, 9);
            painter.save();
            painter.translate(0, place(text->size().height()));
            drawOnPaper(painter, *text);
            painter.restore();
        }
    }
    return painter.end();
}

namespace {

// A PDF's title as viewers show it, in their own window title or list: the
// characters that could reorder it (a name stored by another program may
// hold them) are left out.
QString withoutDirectionControls(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || c.category() == QChar::Other_Control;
    });
    return text;
}

} // namespace

Status writePdf(const QString &path, const QString &title, const std::function<bool(QPdfWriter &)> &paint)
{
    if (const Status writable = files::checkWritable(path); !writable)
        return writable;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
    writer.setResolution(96);
    writer.setTitle(withoutDirectionControls(title));
    writer.setCreator(QStringLiteral("Rater"));
    if (!paint(writer))
        return Status::failure(Text::tr("%1: cannot write the file").arg(QDir::toNativeSeparators(path)));
    return Done{};
}

Status writeReportPdf(const QString &path, const QString &title, const QString &subtitle,
                      const std::vector<ReportSection> &sections, bool rightToLeft)
{
    return writePdf(path, title, [&](QPdfWriter &writer) {
        return renderReport(writer, title, subtitle, sections, rightToLeft);
    });
}

Status writeTablesXlsx(const QString &path, const std::vector<std::pair<QString, TableContent>> &sheets,
                       bool rightToLeft)
{
    if (const Status writable = files::checkWritable(path); !writable)
        return writable;
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new(name.constData());
    if (!workbook)
        return Status::failure(Text::tr("%1: cannot write the file").arg(QDir::toNativeSeparators(path)));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const auto &[title, table] : sheets) {
        const QByteArray sheetName = exchange::xlsxText(title.left(31));
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
        if (rightToLeft)
            worksheet_right_to_left(sheet);
        for (qsizetype c = 0; c < table.headings.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), exchange::xlsxText(table.headings.at(c)).constData(), bold);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
                const TableCell &cell = table.rows[r][c];
                if (cell.value.isValid())
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.value.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), exchange::xlsxText(cell.text).constData(),
                                           nullptr);
            }
        }
        worksheet_set_column(sheet, 0, lxw_col_t(std::max<qsizetype>(0, table.headings.size() - 1)), 14, nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return Status::failure(Text::tr("%1: cannot write the file").arg(QDir::toNativeSeparators(path)));
    return Done{};
}

Status writeChartPng(const QString &path, QChart &chart, const QSize &size, const QString &captionHtml)
{
    if (const Status writable = files::checkWritable(path); !writable)
        return writable;
    QTextDocument caption;
    caption.setDocumentMargin(8);
    caption.setHtml(captionHtml);
    caption.setTextWidth(size.width());
    const int captionHeight = captionHtml.isEmpty() ? 0 : int(std::ceil(caption.size().height()));
    const QSize whole(size.width(), size.height() + captionHeight);
    // Twice the size on screen, for sharp slides.
    QImage image(whole * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        drawChart(painter, chart, QRectF(QPointF(0, 0), QSizeF(size)));
        if (captionHeight > 0) {
            painter.translate(0, size.height());
            drawOnPaper(painter, caption);
        }
    }
    if (!image.save(path, "PNG"))
        return Status::failure(Text::tr("%1: cannot write the file").arg(QDir::toNativeSeparators(path)));
    return Done{};
}

} // namespace rater::reports
