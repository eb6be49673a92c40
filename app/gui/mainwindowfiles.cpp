// MainWindow's File menu: databases opened, created and remembered, results
// imported and exported, the result's PDF and printout, and the questionnaire in use.
#include "mainwindow.h"
#include "mainwindowsettings.h"

#include "databasechooser.h"
#include "dialogs/dialogs.h"
#include "exchange/assessmentfile.h"
#include "storage/fileresults.h"
#include "languagecontroller.h"
#include "pages/quizpage.h"
#include "pages/resultspage.h"
#include "questionnaire/loader.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "workshop/workshopsview.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace rater::gui {

bool MainWindow::exportPdf(const QString &path)
{
    if (!m_results)
        return false;
    const Status written = m_results->exportPdf(path);
    if (!written) {
        dialogs::warn(this, tr("The result could not be exported."), written.error());
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(isolatePath(QDir::toNativeSeparators(path))), 8000);
    return true;
}

void MainWindow::chooseExportFile()
{
    if (!showingResult())
        return;
    const QString name = tr("rater-result-%1.pdf").arg(m_results->answers().date.toString(Qt::ISODate));
    const QString path = fileDialogs::saveFileName(this, tr("Export Result as PDF"), name, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void MainWindow::printResult()
{
    if (showingResult())
        m_results->print();
}

bool MainWindow::openDatabase(const QString &path)
{
    if (!mayLeaveDatabase())
        return false;
    auto opened = Database::open(path);
    if (!opened) {
        dialogs::warn(this, tr("This database cannot be opened; the one in use stays open."), opened.error());
        return false;
    }
    setDatabase(std::move(opened).value());
    statusBar()->showMessage(tr("Opened %1.").arg(isolatePath(QDir::toNativeSeparators(path))), 8000);
    return true;
}

bool MainWindow::createDatabase(const QString &path)
{
    // A new database never replaces a file, least of all another database.
    if (QFileInfo::exists(path)) {
        dialogs::warn(this, tr("%1 already exists.").arg(isolatePath(QDir::toNativeSeparators(path))),
                      tr("A new database needs a name of its own. To use this file, choose File ▸ Open Database."));
        return false;
    }
    return openDatabase(path);
}

bool MainWindow::openDemo()
{
    if (!mayLeaveDatabase())
        return false;
    auto demo = openDemoDatabase(this);
    if (!demo)
        return false;
    setDatabase(std::move(demo));
    showTab(1);
    return true;
}

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(settingsKeys::recentDatabases).toStringList();
}

void MainWindow::rememberDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(settingsKeys::recentDatabases, recent.mid(0, settingsKeys::recentCount));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    const QLocale locale = m_language.locale();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &path = recent.at(i);
        const QFileInfo info(path);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2  (%3)")
                .arg(locale.toString(i + 1), isolatePath(info.fileName()),
                     isolatePath(QDir::toNativeSeparators(info.absolutePath()))));
        action->setObjectName(QStringLiteral("recent%1").arg(i));
        action->setEnabled(m_database == nullptr || info.absoluteFilePath() != QFileInfo(m_database->path()).absoluteFilePath());
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No databases opened yet"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear This List"), this, [] { QSettings().remove(settingsKeys::recentDatabases); });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = fileDialogs::openFileName(this, tr("Open Database"),
                                                   tr("Rater databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseDatabaseToCreate()
{
    const auto dialog = fileDialogs::create(this, tr("New Database"), tr("results.sqlite"),
                                            tr("Rater databases (*.sqlite)"), QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("sqlite"));
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // createDatabase() refuses an existing file itself
    if (dialogs::exec(*dialog) == QDialog::Accepted && !dialog->selectedFiles().isEmpty())
        createDatabase(dialog->selectedFiles().first());
}

Status MainWindow::importResults(const QString &path)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    // Stored as it is read, in one transaction that is committed only when
    // the whole file was read without a problem: memory does not grow with
    // the file.
    storage::FileResults results(*m_database);
    Expected<std::unique_ptr<storage::Results::Recording>> recording = results.startRecording();
    if (!recording)
        return Status::failure(recording.error());
    qint64 added = 0;
    qint64 alreadyStored = 0;
    qint64 actionsAdded = 0;
    qint64 actionsAlreadyStored = 0;
    const QStringList problems = exchange::readFile(
        path, m_questionnaire,
        [&](const NewAssessment &record, qsizetype) -> Status {
            const Expected<storage::Results::Recording::Added> stored = (*recording)->add(record);
            if (!stored)
                return Status::failure(stored.error());
            ++(stored->alreadyStored ? alreadyStored : added);
            return Done{};
        },
        [&](const Action &action, qsizetype place) -> Status {
            const Expected<bool> stored = (*recording)->addAction(action);
            if (!stored)
                return Status::failure(tr("%1: record %2: %3")
                                           .arg(isolatePath(QDir::toNativeSeparators(path)),
                                                m_language.locale().toString(place), stored.error()));
            ++(*stored ? actionsAdded : actionsAlreadyStored);
            return Done{};
        });
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, 20);
        if (problems.size() > shown.size())
            shown << tr("… and %1 more problems").arg(m_language.locale().toString(problems.size() - shown.size()));
        return Status::failure(shown.join(QLatin1Char('\n')));
    }
    if (const Status committed = (*recording)->commit(); !committed)
        return committed;
    catchUp();
    const QLocale locale = m_language.locale();
    const QString message =
        tr("Results imported from %1: %2.").arg(isolatePath(QFileInfo(path).fileName()), locale.toString(added));
    QString detail = tr("They are stored in %1.").arg(isolatePath(QDir::toNativeSeparators(m_database->path())));
    if (alreadyStored > 0)
        detail += u' ' + tr("Already stored, and not stored again: %1.").arg(locale.toString(alreadyStored));
    if (actionsAdded + actionsAlreadyStored > 0)
        detail += u' ' + tr("Actions imported: %1; already stored, and not stored again: %2.")
                             .arg(locale.toString(actionsAdded), locale.toString(actionsAlreadyStored));
    statusBar()->showMessage(message, 8000);
    dialogs::inform(this, message, detail);
    return Done{};
}

void MainWindow::chooseResultsToImport()
{
    const QString path = fileDialogs::openFileName(this, tr("Import Results"), tr("Results (*.csv *.json)"));
    if (path.isEmpty())
        return;
    if (const Status imported = importResults(path); !imported)
        dialogs::warn(this, tr("Nothing was imported."), imported.error());
}

Status MainWindow::exportResults(const QString &path)
{
    if (!m_database)
        return Status::failure(tr("No database is open."));
    const std::optional<exchange::Format> format = exchange::formatFromFileName(path);
    if (!format)
        return Status::failure(tr("%1: give the file a .csv, .json or .xlsx name").arg(isolatePath(path)));
    // Streamed from the database to the file: memory does not grow with the results.
    qint64 exported = 0;
    const storage::AssessmentStore &store = m_database->assessments();
    const exchange::Source source = [&store, &exported](const exchange::Visit &visit) {
        return store.forEach(QString(), [&](const StoredAssessment &a) {
            ++exported;
            return visit(a);
        });
    };
    // A JSON file carries the actions too, after the results.
    const storage::ActionStore &actions = m_database->actions();
    const exchange::ActionSource actionSource = [&actions](const exchange::VisitAction &visit) {
        return actions.forEach({}, visit);
    };
    if (const Status written =
            exchange::exportFile(path, *format, source, m_questionnaire, m_language.language(), actionSource);
        !written)
        return written;
    statusBar()->showMessage(tr("Results exported to %1: %2.")
                                 .arg(isolatePath(QDir::toNativeSeparators(path)), m_language.locale().toString(exported)),
                             8000);
    return Done{};
}

void MainWindow::chooseResultsExport()
{
    const QString csv = tr("CSV files (*.csv)");
    const QString json = tr("JSON files (*.json)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const auto dialog = fileDialogs::create(
        this, tr("Export Results"), tr("rater-results-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        QStringList{csv, json, xlsx}.join(QStringLiteral(";;")), QFileDialog::AcceptSave);
    if (dialogs::exec(*dialog) != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return;
    // A name without a known extension takes the chosen file type's.
    QString path = dialog->selectedFiles().first();
    if (!exchange::formatFromFileName(path)) {
        const QString filter = dialog->selectedNameFilter();
        path += filter == json ? QStringLiteral(".json") : filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    }
    if (const Status written = exportResults(path); !written)
        dialogs::warn(this, tr("The results could not be exported."), written.error());
}

bool MainWindow::useQuestionnaire(const QString &idOrPath)
{
    Expected<Questionnaire> loaded = loadQuestionnaire(idOrPath);
    if (!loaded) {
        dialogs::warn(this, tr("This questionnaire cannot be used; the one in use stays."), loaded.error());
        return false;
    }
    if (!mayLeaveDatabase())
        return false;
    // The pages are built for one questionnaire: build them again for this one.
    dropViews();
    if (m_results) {
        delete m_results;
        m_results = nullptr;
    }
    delete m_quiz;
    m_questionnaire = std::move(loaded).value();
    m_questionnaireSource = idOrPath;
    QSettings().setValue(settingsKeys::questionnaire, idOrPath);
    buildPages();
    if (m_database)
        m_quiz->attachDatabase(*m_database);
    showQuiz(false);
    retranslate();
    statusBar()->showMessage(
        tr("Questionnaire: %1").arg(isolate(m_questionnaire.tr(m_questionnaire.title, m_language.code()))), 8000);
    return true;
}

void MainWindow::fillQuestionnaireMenu()
{
    m_questionnaireMenu->clear();
    // clear() leaves the group of the last filling behind: it is not an action.
    qDeleteAll(m_questionnaireMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    const QString lang = m_language.code();
    auto *group = new QActionGroup(m_questionnaireMenu);
    for (const QString &id : builtInQuestionnaireIds()) {
        const Expected<Questionnaire> q = loadBuiltInQuestionnaire(id);
        if (!q)
            continue;
        QAction *action = m_questionnaireMenu->addAction(q->tr(q->title, lang));
        action->setObjectName(QStringLiteral("questionnaire-") + id);
        action->setCheckable(true);
        action->setChecked(m_questionnaireSource == id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_questionnaireSource != id)
                useQuestionnaire(id);
        });
    }
    if (!builtInQuestionnaireIds().contains(m_questionnaireSource)) {
        QAction *fromFile = m_questionnaireMenu->addAction(
            QStringLiteral("%1 (%2)").arg(m_questionnaire.tr(m_questionnaire.title, lang),
                                          isolatePath(QFileInfo(m_questionnaireSource).fileName())));
        fromFile->setCheckable(true);
        fromFile->setChecked(true);
        group->addAction(fromFile);
    }
    m_questionnaireMenu->addSeparator();
    m_questionnaireMenu->addAction(tr("&From File…"), this, &MainWindow::chooseQuestionnaireFile)
        ->setObjectName(QStringLiteral("questionnaireFromFile"));
}

void MainWindow::chooseQuestionnaireFile()
{
    const QString path = fileDialogs::openFileName(this, tr("Questionnaire File"), tr("Questionnaires (*.json)"));
    if (!path.isEmpty())
        useQuestionnaire(path);
}

} // namespace rater::gui
