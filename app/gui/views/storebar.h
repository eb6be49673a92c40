#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rater::gui {

// The line above a view while it reads the organisation's store: which store
// and login, a button that goes back to this computer's results and, when
// asked for, one that reads the store again. Hidden until shown. Its parts
// are named after `view` ("comparison" gives comparisonStoreText, …).
class StoreBar final : public QWidget
{
    Q_OBJECT

public:
    StoreBar(const QString &view, bool readsAgain, QWidget *parent);

    QLabel *text() const { return m_text; }
    QPushButton *readAgain() const { return m_readAgain; } // null without one
    QPushButton *leave() const { return m_leave; }

private:
    QLabel *m_text = nullptr;
    QPushButton *m_readAgain = nullptr;
    QPushButton *m_leave = nullptr;
};

} // namespace rater::gui
