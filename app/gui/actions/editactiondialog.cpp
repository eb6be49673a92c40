#include "editactiondialog.h"

#include "actions/ownerandduefields.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "quiz/entrylimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rater::gui {

EditActionDialog::EditActionDialog(const Questionnaire &questionnaire, LanguageController &language,
                                   const Action &action, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("editActionDialog"));
    setWindowTitle(tr("Edit Action"));
    const QString lang = language.code();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An action of %1.").arg(isolate(action.team)), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("editActionDimension"));
    for (const Dimension &d : questionnaire.dimensions)
        m_dimension->addItem(questionnaire.tr(d.name, lang), d.id);
    // One the questionnaire no longer has stays as it is, under its id.
    if (m_dimension->findData(action.dimension) < 0)
        m_dimension->addItem(action.dimension, action.dimension);
    m_dimension->setCurrentIndex(m_dimension->findData(action.dimension));
    form->addRow(tr("&Dimension:"), m_dimension);
    m_text = new QLineEdit(action.text, this);
    m_text->setObjectName(QStringLiteral("editActionText"));
    m_text->setMaxLength(limits::maxActionLength);
    m_text->setCursorPosition(0);
    form->addRow(tr("&Action:"), m_text);
    m_terms = std::make_unique<OwnerAndDueFields>(language, form, this);
    m_terms->set(action.owner, action.due);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Ok);
    save->setText(tr("&Save"));
    save->setObjectName(QStringLiteral("saveAction"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An action says what will be done: an empty text cannot be saved.
    connect(m_text, &QLineEdit::textChanged, save,
            [save](const QString &text) { save->setEnabled(!text.trimmed().isEmpty()); });
    layout->addWidget(m_buttons);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

EditActionDialog::~EditActionDialog() = default;

QLineEdit *EditActionDialog::owner() const
{
    return m_terms->ownerEdit();
}

storage::ActionStore::Terms EditActionDialog::terms() const
{
    return {m_dimension->currentData().toString(), m_text->text().trimmed(), m_terms->owner(), m_terms->due()};
}

} // namespace rater::gui
