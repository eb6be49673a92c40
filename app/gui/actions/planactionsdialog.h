#pragma once

#include "questionnaire/questionnaire.h"
#include "storage/records.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rater::gui {

class LanguageController;
class OwnerAndDueFields;

// Plan Actions…: the weakest dimensions' tips as starting texts, each ticked
// to become an action and edited as the team sees fit, and one more of the
// team's own for any dimension; an owner and a due date for all of them.
class PlanActionsDialog : public QDialog
{
    Q_OBJECT

public:
    // `weakest`: the dimensions' ids, weakest first; their tips are offered.
    PlanActionsDialog(const Questionnaire &questionnaire, LanguageController &language, const QString &team,
                      const QStringList &weakest, QWidget *parent = nullptr);
    ~PlanActionsDialog() override;

    // What was ticked or written, as actions of the team planned today.
    std::vector<NewAction> actions() const;

    // For tests: each tip offered, in order, and the team's own action.
    QList<QCheckBox *> tipBoxes() const;
    QList<QLineEdit *> tipTexts() const;
    QLineEdit *ownText() const { return m_ownText; }
    QComboBox *ownDimension() const { return m_ownDimension; }
    QLineEdit *owner() const;

private:
    void updateButtons();

    struct Offered
    {
        QString dimension;
        QCheckBox *box = nullptr;
        QLineEdit *text = nullptr;
    };
    QString m_team;
    std::vector<Offered> m_offered;
    QComboBox *m_ownDimension = nullptr;
    QLineEdit *m_ownText = nullptr;
    std::unique_ptr<OwnerAndDueFields> m_terms;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rater::gui
