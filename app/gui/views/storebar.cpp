#include "storebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rater::gui {

StoreBar::StoreBar(const QString &view, bool readsAgain, QWidget *parent) : QWidget(parent)
{
    setObjectName(view + QStringLiteral("StoreBar"));
    m_text = new QLabel(this);
    m_text->setObjectName(view + QStringLiteral("StoreText"));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    if (readsAgain) {
        m_readAgain = new QPushButton(this);
        m_readAgain->setObjectName(view + QStringLiteral("StoreRefresh"));
        layout->addWidget(m_readAgain);
    }
    m_leave = new QPushButton(this);
    m_leave->setObjectName(view + QStringLiteral("StoreLeave"));
    layout->addWidget(m_leave);
    hide();
}

} // namespace rater::gui
