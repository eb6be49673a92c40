#include "languagecontroller.h"

#include <QApplication>
#include <QFont>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rater::gui {
namespace {

const QString languageKey = u"language"_s;
const QString calendarKey = u"calendar"_s;

} // namespace

LanguageController::LanguageController(QObject *parent, bool remember) : QObject(parent), m_remember(remember)
{
    if (m_remember) {
        m_language = startLanguage();
        const int calendar = QSettings().value(calendarKey, int(CalendarChoice::Automatic)).toInt();
        if (calendar >= int(CalendarChoice::Automatic) && calendar <= int(CalendarChoice::IslamicCivil))
            m_calendar = CalendarChoice(calendar);
    }
    apply();
}

Language LanguageController::startLanguage()
{
    if (const auto saved = languageFromCode(QSettings().value(languageKey).toString()))
        return *saved;
    switch (QLocale::system().language()) {
    case QLocale::Arabic: return Language::Arabic;
    case QLocale::Persian: return Language::Persian;
    default: return Language::English;
    }
}

QString LanguageController::formatDate(const QDate &date, QLocale::FormatType format) const
{
    return rater::formatDate(date, locale(), calendar(), format);
}

void LanguageController::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_remember)
        QSettings().setValue(languageKey, code());
    apply();
}

void LanguageController::setCalendarChoice(CalendarChoice choice)
{
    if (choice == m_calendar)
        return;
    m_calendar = choice;
    if (m_remember)
        QSettings().setValue(calendarKey, int(choice));
    emit calendarChanged();
}

void LanguageController::apply()
{
    // Installing translators sends QEvent::LanguageChange to every widget.
    m_translations.install(m_language);
    QApplication::setLayoutDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    // Noto covers Latin, Arabic and Persian letters with one design.
    QFont font = QApplication::font();
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s});
    QApplication::setFont(font);
}

} // namespace rater::gui
