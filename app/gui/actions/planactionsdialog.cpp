#include "planactionsdialog.h"

#include "i18n/language.h"
#include "languagecontroller.h"
#include "actions/ownerandduefields.h"
#include "quiz/entrylimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFocusEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rater::gui {
namespace {

// Tabbing into a tip puts the cursor at its end instead of selecting it
// whole, as a line edit does: a key pressed there (a space to tick the box
// beside it, say) then adds to the tip rather than wiping it.
class KeepTextOnTab : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn) {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            auto *edit = qobject_cast<QLineEdit *>(watched);
            if (edit && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason))
                QTimer::singleShot(0, edit, [edit] {
                    edit->deselect();
                    edit->end(false);
                });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

PlanActionsDialog::PlanActionsDialog(const Questionnaire &questionnaire, LanguageController &language,
                                     const QString &team, const QStringList &weakest, QWidget *parent)
    : QDialog(parent), m_team(team)
{
    setObjectName(QStringLiteral("planActionsDialog"));
    setWindowTitle(tr("Plan Actions"));
    const QString lang = language.code();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Actions for %1. Tick the tips the team will act on, and reword them as it "
                                "commits to them; add one of its own below.")
                                 .arg(isolate(team)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *keepText = new KeepTextOnTab(this);
    for (const QString &id : weakest) {
        const Dimension *dimension = questionnaire.dimension(id);
        if (!dimension)
            continue;
        auto *group = new QGroupBox(questionnaire.tr(dimension->name, lang), this);
        auto *rows = new QVBoxLayout(group);
        for (const LocalizedText &tip : dimension->tips) {
            Offered offered{id, new QCheckBox(group), new QLineEdit(questionnaire.tr(tip, lang), group)};
            offered.box->setAccessibleName(tr("Plan this action"));
            offered.text->setAccessibleName(questionnaire.tr(dimension->name, lang));
            offered.text->setMaxLength(limits::maxActionLength);
            offered.text->setCursorPosition(0);
            offered.text->installEventFilter(keepText);
            // Rewording a tip means taking it on.
            connect(offered.text, &QLineEdit::textEdited, offered.box, [box = offered.box] { box->setChecked(true); });
            connect(offered.box, &QCheckBox::toggled, this, &PlanActionsDialog::updateButtons);
            connect(offered.text, &QLineEdit::textChanged, this, &PlanActionsDialog::updateButtons);
            auto *row = new QHBoxLayout;
            row->addWidget(offered.box);
            row->addWidget(offered.text, 1);
            rows->addLayout(row);
            m_offered.push_back(offered);
        }
        layout->addWidget(group);
    }

    auto *own = new QGroupBox(tr("The team's own action"), this);
    auto *ownRow = new QHBoxLayout(own);
    m_ownDimension = new QComboBox(own);
    m_ownDimension->setObjectName(QStringLiteral("ownActionDimension"));
    m_ownDimension->setAccessibleName(tr("Dimension"));
    QStringList order = weakest;
    for (const Dimension &d : questionnaire.dimensions) {
        if (!order.contains(d.id))
            order << d.id;
    }
    for (const QString &id : order) {
        if (const Dimension *d = questionnaire.dimension(id))
            m_ownDimension->addItem(questionnaire.tr(d->name, lang), id);
    }
    m_ownText = new QLineEdit(own);
    m_ownText->setObjectName(QStringLiteral("ownActionText"));
    m_ownText->setPlaceholderText(tr("What the team will do"));
    m_ownText->setAccessibleName(tr("The team's own action"));
    m_ownText->setMaxLength(limits::maxActionLength);
    connect(m_ownText, &QLineEdit::textChanged, this, &PlanActionsDialog::updateButtons);
    ownRow->addWidget(m_ownDimension);
    ownRow->addWidget(m_ownText, 1);
    layout->addWidget(own);

    auto *form = new QFormLayout;
    m_terms = std::make_unique<OwnerAndDueFields>(language, form, this);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Actions"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addActions"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
    // Wide enough for a tip to be read whole.
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 100), sizeHint().height());
}

PlanActionsDialog::~PlanActionsDialog() = default;

QLineEdit *PlanActionsDialog::owner() const
{
    return m_terms->ownerEdit();
}

std::vector<NewAction> PlanActionsDialog::actions() const
{
    std::vector<NewAction> planned;
    const auto add = [&](const QString &dimension, const QString &text) {
        planned.push_back(NewAction{m_team, std::nullopt, dimension, text.trimmed(), m_terms->owner(), m_terms->due(),
                                    QDate::currentDate()});
    };
    for (const Offered &offered : m_offered) {
        if (offered.box->isChecked() && !offered.text->text().trimmed().isEmpty())
            add(offered.dimension, offered.text->text());
    }
    if (!m_ownText->text().trimmed().isEmpty())
        add(m_ownDimension->currentData().toString(), m_ownText->text());
    return planned;
}

QList<QCheckBox *> PlanActionsDialog::tipBoxes() const
{
    QList<QCheckBox *> boxes;
    for (const Offered &offered : m_offered)
        boxes << offered.box;
    return boxes;
}

QList<QLineEdit *> PlanActionsDialog::tipTexts() const
{
    QList<QLineEdit *> texts;
    for (const Offered &offered : m_offered)
        texts << offered.text;
    return texts;
}

void PlanActionsDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!actions().empty());
}

} // namespace rater::gui
