#pragma once

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

namespace rater::exchange {

// A text for an Excel cell, as libxlsxwriter takes it: UTF-8, with every
// literal "_xHHHH_" escaped as "_x005F_xHHHH_", since a reader takes that
// pattern for an escaped character (ECMA-376 Part 1, 22.9.2.19) and would
// show "A" where "_x0041_" was written.
QByteArray xlsxText(const QString &text);

// libxlsxwriter's reason for an error, for a message.
QString xlsxError(lxw_error error);

} // namespace rater::exchange
