#pragma once

#include "questionnaire/questionnaire.h"

#include <QFrame>
#include <QLocale>

#include <limits>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace rater::gui {

// One statement and its answer scale. The row itself takes the keyboard
// focus: a digit key (ASCII, Arabic-Indic or Persian) answers; Left and Right
// move a marker along the scale in the reading direction, and Space answers
// where it stands; Up and Down ask for the neighbouring statement.
class StatementRow : public QFrame
{
    Q_OBJECT

public:
    StatementRow(const Questionnaire &questionnaire, const Statement &statement, QWidget *parent = nullptr);

    // Not an answer: a scale may hold any whole numbers, 0 among them.
    static constexpr int noAnswer = std::numeric_limits<int>::min();

    int number() const { return m_number; }
    int answer() const { return m_answer; } // noAnswer until answered
    bool isAnswered() const { return m_answer != noAnswer; }
    int marked() const { return m_marked; } // where Left and Right have moved to; noAnswer: nowhere yet
    void setAnswer(int answer);             // without emitting answered(); noAnswer clears
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
    void mark(int value);
    void updateAccessibleText();

    const Questionnaire &m_questionnaire;
    int m_number = 0;
    int m_answer = noAnswer;
    int m_marked = noAnswer;
    bool m_missing = false;
    QString m_language;
    QLocale m_locale;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_text = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
};

} // namespace rater::gui
