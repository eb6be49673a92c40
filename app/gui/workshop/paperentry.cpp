// The Workshops tab's paper entry: forms typed in from paper, one row each,
// checked as they are typed and stored all or none.
#include "workshopsview.h"

#include "dialogs/dialogs.h"
#include "languagecontroller.h"
#include "quiz/entrylimits.h"
#include "storage/database.h"
#include "workshop/participants.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>

namespace rater::gui {

void WorkshopsView::showPaperEntry()
{
    if (m_locked || !current())
        return;
    if (m_paper->rowCount() == 0) {
        m_paper->setRowCount(10);
        numberPaperRows();
    }
    m_pages->setCurrentWidget(m_paperPage);
    m_paper->setFocus();
}

void WorkshopsView::numberPaperRows()
{
    // Row numbers in the language's digits.
    QStringList numbers;
    for (int row = 0; row < m_paper->rowCount(); ++row)
        numbers << m_language.locale().toString(row + 1);
    m_paper->setVerticalHeaderLabels(numbers);
}

void WorkshopsView::checkPaperRows()
{
    const QSignalBlocker blocker(m_paper);
    const QLocale locale = m_language.locale();
    int ready = 0;
    QStringList problems;
    for (int row = 0; row < m_paper->rowCount(); ++row) {
        QTableWidgetItem *answers = m_paper->item(row, 1);
        const QString text = answers ? answers->text().trimmed() : QString();
        QString problem;
        if (!text.isEmpty()) {
            const Expected<Answers> parsed = parsePaperForm(text, m_questionnaire);
            const QTableWidgetItem *code = m_paper->item(row, 0);
            const Status codeAllowed =
                limits::checkText(limits::Field::Respondent, code ? code->text().trimmed() : QString());
            if (!parsed)
                problem = parsed.error();
            else if (!codeAllowed)
                problem = codeAllowed.error();
        }
        if (!answers)
            continue;
        answers->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xf8, 0xc9, 0xc4)));
        answers->setForeground(problem.isEmpty() ? QBrush() : QBrush(QColor(0x20, 0x20, 0x20)));
        answers->setToolTip(problem);
        answers->setData(Qt::AccessibleDescriptionRole, problem);
        if (!problem.isEmpty())
            problems << tr("Row %1: %2").arg(locale.toString(row + 1), problem);
        else if (!text.isEmpty())
            ++ready;
    }
    m_paperProblems->setText(problems.join(QLatin1Char('\n')));
    m_paperProblems->setVisible(!problems.isEmpty());
    m_paperProblems->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_paper->setAccessibleDescription(m_paperProblems->text());
    m_paperStatus->setText(tr("Forms ready: %1").arg(locale.toString(ready))
                           + figureSeparator(m_language.language())
                           + tr("with a problem: %1").arg(locale.toString(problems.size())));
    m_paperSave->setEnabled(ready > 0 && problems.isEmpty());
    // A fresh row below the last one typed in, so that typing can go on.
    const QTableWidgetItem *last = m_paper->item(m_paper->rowCount() - 1, 1);
    if (last && !last->text().trimmed().isEmpty()) {
        m_paper->setRowCount(m_paper->rowCount() + 5);
        numberPaperRows();
    }
}

int WorkshopsView::savePaperEntries()
{
    const Expected<Workshop> workshop = current();
    if (!workshop)
        return 0;
    std::vector<NewAssessment> forms;
    for (int r = 0; r < m_paper->rowCount(); ++r) {
        const QTableWidgetItem *item = m_paper->item(r, 1);
        if (!item || item->text().trimmed().isEmpty())
            continue;
        const Expected<Answers> answers = parsePaperForm(item->text().trimmed(), m_questionnaire);
        if (!answers)
            return 0; // all or nothing
        const QTableWidgetItem *code = m_paper->item(r, 0);
        forms.push_back(participantAssessment(*workshop, *answers, code ? code->text().trimmed() : QString(),
                                              m_questionnaire));
    }
    if (forms.empty())
        return 0;
    const auto recorded = m_database.assessments().recordAll(forms);
    if (!recorded) {
        dialogs::warn(this, tr("The forms could not be saved; none was stored."), recorded.error());
        return 0;
    }
    m_paper->clearContents();
    m_paper->setRowCount(10);
    numberPaperRows();
    checkPaperRows();
    showGroup();
    return int(recorded->added());
}

} // namespace rater::gui
