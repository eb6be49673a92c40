#pragma once

#include <QDialog>

class QTextBrowser;

namespace rater::gui {

class LanguageController;

// Help ▸ User Guide: the short guide installed with the program
// (datafiles::guideFolder()), in the window's language, beside the window
// rather than in front of it. It follows a change of language, and says
// where it looked when the guide is not there. It never goes to the web.
class GuideWindow final : public QDialog
{
    Q_OBJECT

public:
    GuideWindow(const LanguageController &language, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The page shown, or the one looked for when it is missing.
    QString pagePath() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    const LanguageController &m_language;
    QTextBrowser *m_browser = nullptr;
};

} // namespace rater::gui
