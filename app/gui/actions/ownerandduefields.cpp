#include "ownerandduefields.h"

#include "languagecontroller.h"
#include "quiz/entrylimits.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace rater::gui {

OwnerAndDueFields::OwnerAndDueFields(LanguageController &language, QFormLayout *form, QWidget *parent)
{
    m_owner = new QLineEdit(parent);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setPlaceholderText(tr("A name or a role"));
    m_owner->setMaxLength(limits::maxNameLength);
    form->addRow(tr("&Owner:"), m_owner);
    m_hasDue = new QCheckBox(tr("D&ue by"), parent);
    m_hasDue->setObjectName(QStringLiteral("actionHasDue"));
    m_due = new QDateEdit(QDate::currentDate().addDays(90), parent);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendar(language.calendar());
    m_due->setLocale(language.locale());
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(language.locale().dateFormat(QLocale::ShortFormat));
    m_due->setEnabled(false);
    m_due->setAccessibleName(tr("Due date"));
    QObject::connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    form->addRow(m_hasDue, m_due);
}

QString OwnerAndDueFields::owner() const
{
    return m_owner->text().trimmed();
}

QDate OwnerAndDueFields::due() const
{
    return m_hasDue->isChecked() ? m_due->date() : QDate();
}

void OwnerAndDueFields::set(const QString &owner, const QDate &due)
{
    m_owner->setText(owner);
    m_hasDue->setChecked(due.isValid());
    if (due.isValid())
        m_due->setDate(due);
}

} // namespace rater::gui
