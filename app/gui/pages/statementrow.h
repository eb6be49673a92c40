#pragma once

#include "questionnaire/questionnaire.h"

#include <QFrame>
#include <QLocale>

#include <optional>

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

    int number() const { return m_number; }
    std::optional<int> answer() const { return m_answer; } // empty until answered
    // The scale value Left and Right have moved the marker to; empty until they have.
    std::optional<int> marked() const;
    void setAnswer(std::optional<int> answer); // without emitting answered(); empty clears
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
    void mark(int point);
    // The scale point (an index into the questionnaire's scale) of `value`.
    std::optional<int> pointOf(std::optional<int> value) const;
    void updateAccessibleText();

    const Questionnaire &m_questionnaire;
    int m_number = 0;
    std::optional<int> m_answer;
    std::optional<int> m_marked; // a scale point
    bool m_missing = false;
    QString m_language;
    QLocale m_locale;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_text = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
};

} // namespace rater::gui
