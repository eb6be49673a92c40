#include "databasechooser.h"

#include "dialogs/dialogs.h"
#include "history/demo.h"
#include "questionnaire/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace rater::gui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChooser)
};

} // namespace

std::unique_ptr<Database> openDatabaseOrAsk(const QString &path, QWidget *parent)
{
    QString candidate = path;
    while (true) {
        auto opened = Database::open(candidate);
        if (opened)
            return std::move(opened).value();

        QMessageBox box(QMessageBox::Warning, Text::tr("Rater"), Text::tr("This database cannot be opened."),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(opened.error() + QStringLiteral("\n\n")
                               + Text::tr("The file has not been changed. Choose another database to go on."));
        QPushButton *choose = box.addButton(Text::tr("Choose Another File…"), QMessageBox::AcceptRole);
        QPushButton *fallback = nullptr;
        const QString defaultPath = Database::defaultPath();
        if (QDir::cleanPath(candidate) != QDir::cleanPath(defaultPath))
            fallback = box.addButton(Text::tr("Use the Default Database"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(Text::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        dialogs::exec(box);
        if (box.clickedButton() == choose) {
            const auto dialog = fileDialogs::create(parent, Text::tr("Choose a Rater Database"),
                                                    QFileInfo(candidate).absolutePath(),
                                                    Text::tr("Rater databases (*.sqlite *.db);;All files (*)"),
                                                    QFileDialog::AcceptSave);
            dialog->setOption(QFileDialog::DontConfirmOverwrite);
            if (dialogs::exec(*dialog) == QDialog::Accepted && !dialog->selectedFiles().isEmpty())
                candidate = dialog->selectedFiles().first();
        } else if (fallback && box.clickedButton() == fallback) {
            candidate = Database::prepareDefaultPath();
        } else if (box.clickedButton() == quit || !box.clickedButton()) {
            return nullptr;
        }
    }
}

std::unique_ptr<Database> openDemoDatabase(QWidget *parent)
{
    const QString path = QFileInfo(Database::prepareDefaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        dialogs::warn(parent, Text::tr("The demo database cannot be opened."), opened.error());
        return nullptr;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    const Expected<bool> filled = database->assessments().any();
    if (!filled) {
        dialogs::warn(parent, Text::tr("The demo database cannot be opened."), filled.error());
        return nullptr;
    }
    if (!*filled) {
        const auto questionnaire = loadBuiltInQuestionnaire(defaultQuestionnaireId());
        if (const auto written = writeDemoData(*database, *questionnaire, QDate::currentDate()); !written) {
            dialogs::warn(parent, Text::tr("The demo results could not be written."), written.error());
            return nullptr;
        }
    }
    return database;
}

} // namespace rater::gui
