#include "guidewindow.h"

#include "datafiles/datafiles.h"
#include "languagecontroller.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rater::gui {

GuideWindow::GuideWindow(const LanguageController &language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
{
    setObjectName(u"guideWindow"_s);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 720);
    load();
}

QString GuideWindow::pagePath() const
{
    return QDir(datafiles::guideFolder()).filePath(m_language.code() + u".html"_s);
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

void GuideWindow::load()
{
    setWindowTitle(tr("Rater User Guide"));
    const QString path = pagePath();
    if (QFileInfo::exists(path)) {
        m_browser->setSource(QUrl::fromLocalFile(path));
        m_browser->setAccessibleName(tr("User guide"));
        return;
    }
    m_browser->setSource(QUrl());
    m_browser->setPlainText(tr("The user guide is not installed: %1 is missing. Installing Rater again puts it "
                               "back.")
                                .arg(QDir::toNativeSeparators(path)));
}

} // namespace rater::gui
