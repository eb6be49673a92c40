#include "statementrow.h"

#include "i18n/language.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QLabel>
#include <QPainter>
#include <QRadioButton>

namespace rater::gui {

StatementRow::StatementRow(const Questionnaire &questionnaire, const Statement &statement, QWidget *parent)
    : QFrame(parent), m_questionnaire(questionnaire), m_number(statement.number)
{
    setObjectName(QStringLiteral("statement%1").arg(m_number));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_numberLabel = new QLabel(this);
    m_numberLabel->setObjectName(QStringLiteral("number"));
    QFont numberFont = m_numberLabel->font();
    numberFont.setBold(true);
    m_numberLabel->setFont(numberFont);
    m_numberLabel->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    m_group = new QButtonGroup(this);
    auto *scale = new QHBoxLayout;
    scale->setSpacing(12);
    // Buttons are known by their place on the scale, which any value may take.
    for (std::size_t point = 0; point < questionnaire.scale.size(); ++point) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("answer%1").arg(questionnaire.scale[point].value));
        // The row takes the keyboard; the buttons are for the mouse and for screen readers.
        button->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(button, int(point));
        m_buttons << button;
        scale->addWidget(button);
    }
    scale->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this](int point) {
        setFocus(Qt::MouseFocusReason);
        choose(m_questionnaire.scale[std::size_t(point)].value);
    });

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setHorizontalSpacing(10);
    layout->addWidget(m_numberLabel, 0, 0);
    layout->addWidget(m_text, 0, 1);
    layout->addLayout(scale, 1, 1);
    layout->setColumnStretch(1, 1);
}

std::optional<int> StatementRow::pointOf(std::optional<int> value) const
{
    if (!value)
        return std::nullopt;
    for (std::size_t point = 0; point < m_questionnaire.scale.size(); ++point) {
        if (m_questionnaire.scale[point].value == *value)
            return int(point);
    }
    return std::nullopt;
}

std::optional<int> StatementRow::marked() const
{
    if (!m_marked)
        return std::nullopt;
    return m_questionnaire.scale[std::size_t(*m_marked)].value;
}

void StatementRow::setAnswer(std::optional<int> answer)
{
    const std::optional<int> point = pointOf(answer);
    m_answer = point ? answer : std::nullopt; // a value off the scale is no answer
    m_marked = point;
    if (point) {
        m_group->button(*point)->setChecked(true);
        setMissingMark(false);
    } else {
        m_group->setExclusive(false);
        for (QAbstractButton *b : m_group->buttons())
            b->setChecked(false);
        m_group->setExclusive(true);
    }
    updateAccessibleText();
}

void StatementRow::setMissingMark(bool missing)
{
    if (m_missing == missing)
        return;
    m_missing = missing;
    update();
}

void StatementRow::mark(int point)
{
    m_marked = point;
    updateAccessibleText();
    update();
}

void StatementRow::choose(int answer)
{
    setAnswer(answer);
    emit answered(m_number, answer);
}

void StatementRow::retranslate(const QString &language, const QLocale &locale)
{
    m_language = language;
    m_locale = locale;
    const Statement *statement = m_questionnaire.statement(m_number);
    m_numberLabel->setText(locale.toString(m_number));
    m_text->setText(m_questionnaire.tr(statement->text, language));
    for (QRadioButton *button : m_buttons) {
        const QString label = m_questionnaire.tr(m_questionnaire.scale.at(std::size_t(m_group->id(button))).label,
                                                 language);
        button->setText(label);
        button->setAccessibleName(label);
    }
    updateAccessibleText();
}

void StatementRow::updateAccessibleText()
{
    const Statement *statement = m_questionnaire.statement(m_number);
    setAccessibleName(
        tr("Statement %1: %2").arg(m_locale.toString(m_number), m_questionnaire.tr(statement->text, m_language)));
    QString description;
    if (const std::optional<int> point = pointOf(m_answer))
        description = tr("Answer: %1").arg(m_group->button(*point)->text());
    else
        description = tr("Not answered yet. Press a number from %1 to %2 to answer.")
                          .arg(m_locale.toString(m_questionnaire.scaleMin()), m_locale.toString(m_questionnaire.scaleMax()));
    if (m_marked && m_marked != pointOf(m_answer))
        description += QLatin1Char(' ') + tr("Marked: %1; press Space to answer so.").arg(m_group->button(*m_marked)->text());
    setAccessibleDescription(description);
}

void StatementRow::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && digitValue(text.front()) >= 0 && event->modifiers() == Qt::NoModifier) {
        const int value = digitValue(text.front()); // ASCII, ٠–٩ and ۰–۹ alike
        if (pointOf(value)) {
            choose(value);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        // Along the scale as it reads: in right-to-left, Left moves towards the high end.
        const bool forward = (event->key() == Qt::Key_Right) == (layoutDirection() == Qt::LeftToRight);
        const int last = int(m_questionnaire.scale.size()) - 1;
        const int from = m_marked ? *m_marked : (forward ? -1 : last + 1);
        mark(std::clamp(from + (forward ? 1 : -1), 0, last));
        return;
    }
    case Qt::Key_Space:
        if (m_marked)
            choose(m_questionnaire.scale[std::size_t(*m_marked)].value);
        return;
    case Qt::Key_Up:
        emit moveRequested(m_number, -1);
        return;
    case Qt::Key_Down:
        emit moveRequested(m_number, +1);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void StatementRow::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void StatementRow::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void StatementRow::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    if (m_missing) {
        QColor warning(0xd9, 0x48, 0x1f); // readable on light and dark bases
        painter.setPen(QPen(warning, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame, 6, 6);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(frame, 6, 6);
        // The marker Left and Right move: a ring around that answer.
        if (QAbstractButton *marked = m_marked ? m_group->button(*m_marked) : nullptr) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            painter.drawRoundedRect(QRectF(marked->geometry()).adjusted(-4, -2, 4, 2), 4, 4);
        }
    } else if (!m_missing) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawLine(frame.bottomLeft(), frame.bottomRight());
    }
}

} // namespace rater::gui
