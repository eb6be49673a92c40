#include "xlsxwriterlibrary.h"

#include <QCoreApplication>
#include <QLibrary>

namespace rater::exchange {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriterLibrary)
};

Expected<XlsxWriterLibrary> load()
{
    // Never unloaded: the functions stay valid until the program ends.
    static QLibrary library(QStringLiteral("xlsxwriter"), QStringLiteral(LXW_SOVERSION));
    if (!library.load())
        return Expected<XlsxWriterLibrary>::failure(
            Messages::tr("Excel files cannot be written: %1").arg(library.errorString()));
    XlsxWriterLibrary functions{};
    QStringList missing;
    // Each pointer gets the type of the function declared in the header it was built against.
    const auto resolve = [&missing](auto &pointer, const char *name) {
        pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(library.resolve(name));
        if (!pointer)
            missing << QString::fromLatin1(name);
    };
    resolve(functions.workbook_new, "workbook_new");
    resolve(functions.workbook_add_worksheet, "workbook_add_worksheet");
    resolve(functions.workbook_add_format, "workbook_add_format");
    resolve(functions.workbook_close, "workbook_close");
    resolve(functions.format_set_bold, "format_set_bold");
    resolve(functions.format_set_bottom, "format_set_bottom");
    resolve(functions.format_set_text_wrap, "format_set_text_wrap");
    resolve(functions.format_set_num_format, "format_set_num_format");
    resolve(functions.worksheet_right_to_left, "worksheet_right_to_left");
    resolve(functions.worksheet_write_string, "worksheet_write_string");
    resolve(functions.worksheet_write_number, "worksheet_write_number");
    resolve(functions.worksheet_write_datetime, "worksheet_write_datetime");
    resolve(functions.worksheet_set_column, "worksheet_set_column");
    resolve(functions.worksheet_freeze_panes, "worksheet_freeze_panes");
    resolve(functions.worksheet_autofilter, "worksheet_autofilter");
    resolve(functions.lxw_strerror, "lxw_strerror");
    if (!missing.isEmpty())
        return Expected<XlsxWriterLibrary>::failure(
            Messages::tr("Excel files cannot be written: %1 lacks %2")
                .arg(library.fileName(), missing.join(QStringLiteral(", "))));
    return functions;
}

} // namespace

Expected<const XlsxWriterLibrary *> xlsxWriter()
{
    static const Expected<XlsxWriterLibrary> loaded = load();
    if (!loaded)
        return Expected<const XlsxWriterLibrary *>::failure(loaded.error());
    return &*loaded;
}

} // namespace rater::exchange
