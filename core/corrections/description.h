#pragma once

#include "i18n/language.h"
#include "storage/corrections.h"

#include <QCalendar>
#include <QLocale>

namespace rater {

// An entry of the change log in words, as the log lists it: "Renamed team
// “Front desk” to “Front Desk”". Numbers in the digits of `locale`, dates
// in `calendar`, names in quotes; set apart, for a window, so that they keep
// their place in either direction (a terminal shows the marks as they are).
enum class Names { SetApart, Plain };
QString describeCorrection(const storage::Correction &correction, Language language, const QLocale &locale,
                           const QCalendar &calendar, Names names = Names::SetApart);

} // namespace rater
