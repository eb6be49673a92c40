#pragma once

#include "expected/expected.h"

#include <xlsxwriter.h>

namespace rater::exchange {

// The part of libxlsxwriter that Rater uses, loaded the first time a workbook
// is written rather than when a program starts: the library pulls in zip and
// crypto libraries whose loading cost the desktop app's start-up about two
// milliseconds, though most runs never write a workbook.
struct XlsxWriterLibrary
{
    decltype(&::workbook_new) workbook_new;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet;
    decltype(&::workbook_add_format) workbook_add_format;
    decltype(&::workbook_close) workbook_close;
    decltype(&::format_set_bold) format_set_bold;
    decltype(&::format_set_bottom) format_set_bottom;
    decltype(&::format_set_text_wrap) format_set_text_wrap;
    decltype(&::format_set_num_format) format_set_num_format;
    decltype(&::worksheet_right_to_left) worksheet_right_to_left;
    decltype(&::worksheet_write_string) worksheet_write_string;
    decltype(&::worksheet_write_number) worksheet_write_number;
    decltype(&::worksheet_write_datetime) worksheet_write_datetime;
    decltype(&::worksheet_set_column) worksheet_set_column;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes;
    decltype(&::worksheet_autofilter) worksheet_autofilter;
    decltype(&::lxw_strerror) lxw_strerror;
};

// The library, loaded once; or why it cannot be loaded.
Expected<const XlsxWriterLibrary *> xlsxWriter();

} // namespace rater::exchange
