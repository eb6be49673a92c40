#pragma once

#include <QWidget>

class QAction;

namespace rater::gui {

// A tab that shows what the database holds: History, Comparison, Workshops.
class DataView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Reads the database again, after it changed; keeps what the person is
    // doing (a page, a choice, rows being typed) as it is.
    virtual void reload() = 0;
    // The window's ways to put results into the database (take the quiz,
    // open the demo, import a file), which a view with nothing to show offers.
    virtual void offerWaysToFill(const QList<QAction *> &actions) = 0;
    // Asks the person who locked the view to unlock it; true once it is unlocked.
    virtual bool releaseLock() { return true; }

signals:
    // While locked, nothing but this view may be used: no other tab, no
    // menu, no shortcut (a workshop's pass-the-laptop mode).
    void lockChanged(bool locked);
};

} // namespace rater::gui
