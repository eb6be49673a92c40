#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace rater::gui {

class LanguageController;

// The owner of an action and the day it is due, as two rows of a form: the
// date in the calendar and digits of the language on screen, and no date
// unless it is ticked.
class OwnerAndDueFields
{
    Q_DECLARE_TR_FUNCTIONS(OwnerAndDueFields)

public:
    OwnerAndDueFields(LanguageController &language, QFormLayout *form, QWidget *parent);

    QString owner() const;
    QDate due() const; // invalid: none
    void set(const QString &owner, const QDate &due);

    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *hasDue() const { return m_hasDue; }
    QDateEdit *dueEdit() const { return m_due; }

private:
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateEdit *m_due = nullptr;
};

} // namespace rater::gui
