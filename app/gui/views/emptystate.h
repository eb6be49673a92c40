#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QHBoxLayout;

namespace rater::gui {

// What a view shows while it has nothing to show: what it will show once
// there is something, and a button for each way to get there.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setText(const QString &title, const QString &explanation);
    // Says why the view's data cannot be read, in place of the text, until cleared.
    void showFailure(const QString &title, const QString &reason);
    void clearFailure();
    // Each action becomes a button that follows its text and enabled state.
    void setActions(const QList<QAction *> &actions);

private:
    void show(const QString &title, const QString &explanation);

    QString m_normalTitle;
    QString m_normalExplanation;
    bool m_failing = false;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace rater::gui
