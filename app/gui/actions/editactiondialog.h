#pragma once

#include "questionnaire/questionnaire.h"
#include "storage/actionstore.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rater::gui {

class LanguageController;
class OwnerAndDueFields;

// Edit Action…: an action's dimension, text, owner and due date, as planned
// or since changed. What it was and when it was closed are not edited here.
class EditActionDialog : public QDialog
{
    Q_OBJECT

public:
    EditActionDialog(const Questionnaire &questionnaire, LanguageController &language, const Action &action,
                     QWidget *parent = nullptr);
    ~EditActionDialog() override;

    storage::ActionStore::Terms terms() const;

    // For tests.
    QComboBox *dimension() const { return m_dimension; }
    QLineEdit *text() const { return m_text; }
    QLineEdit *owner() const;

private:
    QComboBox *m_dimension = nullptr;
    QLineEdit *m_text = nullptr;
    std::unique_ptr<OwnerAndDueFields> m_terms;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rater::gui
