#include "emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rater::gui {

EmptyState::EmptyState(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("emptyTitle"));
    QFont large = m_title->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    m_title->setFont(large);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("emptyExplanation"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(2);
    layout->addWidget(m_title);
    // No alignment flag: a wrapped label given one is not given the height its lines need.
    layout->addWidget(m_explanation);
    layout->addSpacing(12);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setText(const QString &title, const QString &explanation)
{
    m_normalTitle = title;
    m_normalExplanation = explanation;
    if (!m_failing)
        show(title, explanation);
}

void EmptyState::showFailure(const QString &title, const QString &reason)
{
    m_failing = true;
    show(title, reason);
}

void EmptyState::clearFailure()
{
    if (!m_failing)
        return;
    m_failing = false;
    show(m_normalTitle, m_normalExplanation);
}

void EmptyState::show(const QString &title, const QString &explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

void EmptyState::setActions(const QList<QAction *> &actions)
{
    while (m_buttons->count() > 2) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("empty-") + action->objectName());
        const auto follow = [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setVisible(action->isVisible());
        };
        follow();
        connect(action, &QAction::changed, button, follow);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->insertWidget(m_buttons->count() - 1, button);
    }
}

} // namespace rater::gui
