#pragma once

#include "i18n/language.h"

#include <QCalendar>
#include <QLocale>
#include <QObject>

namespace rater::gui {

// The desktop app's language and calendar: switches catalogs (the product's
// and Qt's own), the default locale, the layout direction and the fonts at
// runtime, and remembers the choice for the next start.
class LanguageController : public QObject
{
    Q_OBJECT

public:
    // `remember`: whether choices are stored for the next start (the desktop
    // app), or only used (a command-line report).
    explicit LanguageController(QObject *parent = nullptr, bool remember = true);

    Language language() const { return m_language; }
    QString code() const { return languageCode(m_language); }
    QLocale locale() const { return localeFor(m_language); }
    bool rightToLeft() const { return m_language != Language::English; }
    CalendarChoice calendarChoice() const { return m_calendar; }
    QCalendar calendar() const { return calendarFor(m_calendar, m_language); }
    QString formatDate(const QDate &date, QLocale::FormatType format = QLocale::LongFormat) const;

    void setLanguage(Language language);
    void setCalendarChoice(CalendarChoice choice);

    // The language the app starts in: the last one chosen, else the system's
    // when it is English, Arabic or Persian, else English.
    static Language startLanguage();

signals:
    // The calendar changed. A language switch is announced the Qt way only:
    // QEvent::LanguageChange reaches every widget, which retranslates then.
    void calendarChanged();

private:
    void apply();

    Translations m_translations;
    Language m_language = Language::English;
    CalendarChoice m_calendar = CalendarChoice::Automatic;
    bool m_remember = true;
};

} // namespace rater::gui
