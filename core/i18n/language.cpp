#include "language.h"

#include "datafiles/datafiles.h"
#include "persiancalendar.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <array>

using namespace Qt::StringLiterals;

namespace rater {

QString languageCode(Language language)
{
    // Literals: the returned strings share static data and never allocate.
    switch (language) {
    case Language::English: return u"en"_s;
    case Language::Arabic: return u"ar"_s;
    case Language::Persian: return u"fa"_s;
    }
    return u"en"_s;
}

std::optional<Language> languageFromCode(QStringView code)
{
    for (Language language : {Language::English, Language::Arabic, Language::Persian}) {
        if (code == languageCode(language))
            return language;
    }
    return std::nullopt;
}

QStringList languageCodes()
{
    return {u"en"_s, u"ar"_s, u"fa"_s};
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Arabic: return QLocale(QLocale::Arabic, QLocale::Egypt);
    case Language::Persian: return QLocale(QLocale::Persian, QLocale::Iran);
    }
    return QLocale::c();
}

QCalendar calendarFor(CalendarChoice choice, Language language)
{
    switch (choice) {
    case CalendarChoice::Automatic:
        return language == Language::Persian ? persianCalendar() : QCalendar();
    case CalendarChoice::Gregorian: return QCalendar(QCalendar::System::Gregorian);
    case CalendarChoice::Jalali: return persianCalendar();
    case CalendarChoice::IslamicCivil: return QCalendar(QCalendar::System::IslamicCivil);
    }
    return QCalendar();
}

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0x0660 && u <= 0x0669)
        return u - 0x0660;
    if (u >= 0x06f0 && u <= 0x06f9)
        return u - 0x06f0;
    return -1;
}

QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    std::array<int, 3> parts{};
    constexpr std::array<qsizetype, 3> starts{0, 5, 8};
    constexpr std::array<qsizetype, 3> lengths{4, 2, 2};
    for (std::size_t p = 0; p < parts.size(); ++p) {
        for (qsizetype k = starts[p]; k < starts[p] + lengths[p]; ++k) {
            const int digit = digitValue(text[k]);
            if (digit < 0)
                return {};
            parts[p] = parts[p] * 10 + digit;
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

QString formatDate(const QDate &date, const QLocale &locale, const QCalendar &calendar, QLocale::FormatType format)
{
    return locale.toString(date, locale.dateFormat(format), calendar);
}

std::vector<std::pair<Language, QString>> languageNames()
{
    return {{Language::English, u"English"_s}, {Language::Arabic, u"العربية"_s}, {Language::Persian, u"فارسی"_s}};
}

QString isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
}

QString figureSeparator(Language language)
{
    return language == Language::English ? u"  ·  "_s : u" ؛ "_s;
}

QString listSeparator(Language language)
{
    return language == Language::English ? u", "_s : u"، "_s;
}

QString isolatePath(const QString &path)
{
    return QChar(0x2066) + path + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE
}

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

void Translations::remove()
{
    for (auto *translator : {m_product.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_product.reset();
    m_qt.reset();
}

void Translations::install(Language language)
{
    remove();
    m_current = language;
    QLocale::setDefault(localeFor(language));
    if (language == Language::English)
        return; // English is the source language: nothing to load.

    const QString code = languageCode(language);
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    else
        m_qt.reset();

    m_product = std::make_unique<QTranslator>();
    if (m_product->load(u"rater_"_s + code, datafiles::translationFolder()))
        QCoreApplication::installTranslator(m_product.get());
    else
        m_product.reset();
}

} // namespace rater
