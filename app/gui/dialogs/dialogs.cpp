#include "dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileIconProvider>
#include <QMimeDatabase>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rater::gui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
};

dialogs::Answer &answerer()
{
    static dialogs::Answer answer;
    return answer;
}

// Icons and type names from the file name only. Qt's own provider asks the
// MIME database, which reads a file's first bytes whenever its name is not
// conclusive (a -wal or -shm file, say), and so opens it.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(QFileIconProvider::Folder);
        const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return QIcon::fromTheme(type.iconName(), QFileIconProvider::icon(QFileIconProvider::File));
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return Text::tr("Folder");
        const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return type.comment().isEmpty() ? type.name() : type.comment();
    }

private:
    QMimeDatabase m_types; // thread-safe: the dialog asks from its file-listing thread
};

const QString folderKey = u"dialogs/folder"_s;

QString startFolder()
{
    const QString remembered = QSettings().value(folderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString chosenFile(QFileDialog &dialog)
{
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return QString();
    const QString file = dialog.selectedFiles().value(0);
    if (!file.isEmpty())
        QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
    return file;
}

QMessageBox::StandardButton showBox(QMessageBox &box)
{
    dialogs::exec(box);
    return box.clickedButton() ? box.standardButton(box.clickedButton()) : QMessageBox::NoButton;
}

} // namespace

int dialogs::exec(QDialog &dialog)
{
    if (answerer())
        return answerer()(dialog);
    return dialog.exec();
}

void dialogs::answerWith(Answer answer)
{
    answerer() = std::move(answer);
}

void dialogs::warn(QWidget *parent, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::applicationName(), text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    showBox(box);
}

void dialogs::inform(QWidget *parent, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Information, QCoreApplication::applicationName(), text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    showBox(box);
}

QMessageBox::StandardButton dialogs::ask(QWidget *parent, const QString &text, const QString &details,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::applicationName(), text, buttons, parent);
    box.setInformativeText(details);
    box.setDefaultButton(defaultButton);
    const QMessageBox::StandardButton chosen = showBox(box);
    if (chosen != QMessageBox::NoButton)
        return chosen;
    return box.escapeButton() ? box.standardButton(box.escapeButton()) : QMessageBox::Cancel;
}

std::unique_ptr<QFileDialog> fileDialogs::create(QWidget *parent, const QString &caption, const QString &start,
                                                 const QString &filter, QFileDialog::AcceptMode mode)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption, start, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    // One provider for every dialog, never destroyed: a closing dialog's
    // file-listing thread may still be asking it.
    static auto *const names = new NameOnlyIconProvider;
    dialog->setIconProvider(names);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    return dialog;
}

QString fileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const auto dialog = create(parent, caption, startFolder(), filter, QFileDialog::AcceptOpen);
    return chosenFile(*dialog);
}

QString fileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                  const QString &filter)
{
    const auto dialog = create(parent, caption, QDir(startFolder()).filePath(suggestedName), filter,
                               QFileDialog::AcceptSave);
    return chosenFile(*dialog);
}

} // namespace rater::gui
