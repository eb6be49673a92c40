#pragma once

#include <QCalendar>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QTranslator;

namespace rater {

// The product's languages. Stored in settings and databases: keep the values.
enum class Language {
    English = 0,
    Arabic = 1,
    Persian = 2,
};

QString languageCode(Language language);                    // "en", "ar", "fa"
// Every language named in its own words, so that anyone finds theirs.
std::vector<std::pair<Language, QString>> languageNames();
std::optional<Language> languageFromCode(QStringView code);
QStringList languageCodes();
// The locale whose digits and separators the language shows: Persian digits
// (۰–۹) for Persian, Arabic-Indic digits (٠–٩) for Arabic.
QLocale localeFor(Language language);

// Installs the product's catalog and Qt's own for one language at a time,
// and sets the default locale. Switching removes the previous language's
// catalogs, so an application can change language while it runs.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    void install(Language language);
    Language current() const { return m_current; }

private:
    void remove();

    Language m_current = Language::English;
    std::unique_ptr<QTranslator> m_product;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace rater

namespace rater {

// The calendars dates can be shown in. Stored in settings: keep the values.
enum class CalendarChoice {
    Automatic = 0, // the language's own: Jalali for Persian, Gregorian otherwise
    Gregorian = 1,
    Jalali = 2,
    IslamicCivil = 3,
};

QCalendar calendarFor(CalendarChoice choice, Language language);
// The value of one of the digits Rater reads: ASCII (0–9), Arabic-Indic
// (٠–٩) or Persian (۰–۹); -1 for anything else, other scripts' digits and
// full-width digits included.
int digitValue(QChar c);

// A Gregorian date written YYYY-MM-DD, in the digits Rater reads (ASCII, ٠–٩, ۰–۹);
// invalid when the text is anything else. Much cheaper than QDate::fromString,
// which matters for large imports.
QDate parseIsoDate(QStringView text);
// A date as the language writes it, in the calendar and digits of `locale`:
// for example "۱ فروردین ۱۴۰۵" in Persian with the Jalali calendar.
QString formatDate(const QDate &date, const QLocale &locale, const QCalendar &calendar,
                   QLocale::FormatType format = QLocale::LongFormat);

// A name or title set apart within a sentence (Unicode's first-strong
// isolate), so that in a line of the other direction it keeps its place and
// the punctuation around it stays where it belongs.
QString isolate(const QString &text);
// A file path, which always reads left to right, set apart the same way.
QString isolatePath(const QString &path);

// What stands between figures listed on one line: a middle dot in English;
// in Arabic and Persian the Arabic semicolon, since a dot beside their digits
// reads as a zero (٠, ۰).
QString figureSeparator(Language language);
// What stands between the items of a list: ", " or the Arabic comma "، ".
QString listSeparator(Language language);

} // namespace rater
