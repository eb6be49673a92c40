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
    // Each name once: the member and the symbol are spelled alike.
#define RATER_RESOLVE(name) resolve(functions.name, #name)
    RATER_RESOLVE(workbook_new);
    RATER_RESOLVE(workbook_add_worksheet);
    RATER_RESOLVE(workbook_add_format);
    RATER_RESOLVE(workbook_close);
    RATER_RESOLVE(format_set_bold);
    RATER_RESOLVE(format_set_bottom);
    RATER_RESOLVE(format_set_text_wrap);
    RATER_RESOLVE(format_set_num_format);
    RATER_RESOLVE(worksheet_right_to_left);
    RATER_RESOLVE(worksheet_write_string);
    RATER_RESOLVE(worksheet_write_number);
    RATER_RESOLVE(worksheet_write_datetime);
    RATER_RESOLVE(worksheet_set_column);
    RATER_RESOLVE(worksheet_freeze_panes);
    RATER_RESOLVE(worksheet_autofilter);
    RATER_RESOLVE(lxw_strerror);
#undef RATER_RESOLVE
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
