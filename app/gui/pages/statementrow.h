#pragma once

#include "questionnaire/questionnaire.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace rater::gui {

// One statement and its answer scale. The row itself takes the keyboard
// focus: a digit key (ASCII, Arabic-Indic or Persian) answers, Left and Right
// move along the scale in the reading direction, Up and Down ask for the
// neighbouring statement.
class StatementRow : public QFrame
{
    Q_OBJECT

public:
    StatementRow(const Questionnaire &questionnaire, const Statement &statement, QWidget *parent = nullptr);

    int number() const { return m_number; }
    int answer() const { return m_answer; } // 0: not answered
    void setAnswer(int answer);             // without emitting answered()
    void setMissingMark(bool missing);
    void retranslate(const QString &language, const QLocale &locale);

signals:
    void answered(int number, int answer);    // the person chose an answer
    void moveRequested(int number, int step); // Up/Down: -1 or +1

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void choose(int answer);
    void updateAccessibleText();

    const Questionnaire &m_questionnaire;
    int m_number = 0;
    int m_answer = 0;
    bool m_missing = false;
    QString m_language;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_text = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
};

} // namespace rater::gui
