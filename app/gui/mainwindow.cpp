#include "mainwindow.h"

#include "actions/actionsview.h"
#include "actions/planactionsdialog.h"
#include "mainwindowsettings.h"

#include "charts/chartaccessibility.h"
#include "databasechooser.h"
#include "dialogs/dialogs.h"
#include "exchange/assessmentfile.h"
#include "help/guidewindow.h"
#include "help/shortcutsdialog.h"
#include "languagecontroller.h"
#include "pages/quizpage.h"
#include "pages/resultspage.h"
#include "questionnaire/loader.h"
#include "scoring/scoring.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "views/recordsview.h"
#include "corrections/changelogdialog.h"
#include "corrections/correctioncommand.h"
#include "workshop/workshopsview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rater::gui {
namespace {

// The questionnaire chosen last time, else the default one.
std::pair<Questionnaire, QString> startQuestionnaire()
{
    const QString chosen = QSettings().value(settingsKeys::questionnaire).toString();
    if (!chosen.isEmpty()) {
        if (Expected<Questionnaire> loaded = loadQuestionnaire(chosen))
            return {std::move(loaded).value(), chosen};
    }
    return {loadBuiltInQuestionnaire(defaultQuestionnaireId()).value(), defaultQuestionnaireId()};
}

} // namespace

MainWindow::MainWindow(LanguageController &language, QWidget *parent)
    : QMainWindow(parent), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    installChartAccessibility();
    std::tie(m_questionnaire, m_questionnaireSource) = startQuestionnaire();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_stack = new QStackedWidget(m_tabs);
    m_tabs->addTab(m_stack, QString());
    for (int i = 0; i < 5; ++i) {
        auto *holder = new QWidget(m_tabs);
        new QVBoxLayout(holder);
        holder->layout()->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(holder, QString());
    }
    buildPages();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        buildCurrentView();
        catchUp();
        reloadIfStale(currentView());
        updateActions();
    });
    setCentralWidget(m_tabs);
    m_undo = new QUndoStack(this);
    auto *watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, &MainWindow::catchUp);
    watch->start(2000);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseInUse"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();
    connect(&m_language, &LanguageController::calendarChanged, this, &MainWindow::retranslate);
    retranslate();
    // Fits a 1024×700 screen with room for the desktop's panels.
    resize(1000, 660);
}

MainWindow::MainWindow(std::unique_ptr<Database> database, LanguageController &language, QWidget *parent)
    : MainWindow(language, parent)
{
    setDatabase(std::move(database));
}

MainWindow::~MainWindow()
{
    waitForChecks();
    // The undo stack goes with the window's children, after the window: it
    // may no longer call back into it.
    disconnect(m_undo, nullptr, this, nullptr);
    // The pages refer to the questionnaire and the database, which are members:
    // destroy the pages while those still exist.
    delete takeCentralWidget();
}

void MainWindow::buildPages()
{
    m_quiz = new QuizPage(m_questionnaire, m_database.get(), m_language, m_stack);
    m_stack->addWidget(m_quiz);
    connect(m_quiz, &QuizPage::submitted, this, &MainWindow::showResults);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    Q_ASSERT(database);
    const bool replacing = m_database != nullptr;
    if (replacing) {
        dropViews();
        m_undo->clear(); // its steps belong to the database that goes
        // The quiz's answers stay in the old database's draft; the new one's comes back.
        // The tab stays; a result of the old database is no longer shown.
        m_quiz->detachDatabase();
        m_stack->setCurrentWidget(m_quiz);
    }
    m_database = std::move(database);
    if (const Expected<Database::Revision> now = m_database->revision())
        m_seen = *now;
    if (m_quiz->attachDatabase(*m_database))
        statusBar()->showMessage(tr("Your unfinished answers were restored."), 8000);
    rememberDatabase(m_database->path());
    showDatabaseInStatusBar();
    buildCurrentView();
    updateActions();
    checkDatabaseInBackground();
}

void MainWindow::checkDatabaseInBackground()
{
    const QString path = m_database->path();
    auto report = std::make_shared<Expected<IntegrityReport>>(IntegrityReport{});
    QThread *check = QThread::create([path, report] { *report = Database::checkFile(path); });
    check->setObjectName(QStringLiteral("databaseCheck"));
    connect(check, &QThread::finished, this, [this, path, report] {
        // A database opened since then is not the one this check read.
        if (!m_database || m_database->path() != path || !*report || (*report)->sound)
            return;
        const QStringList problems = (*report)->problems;
        QStringList shown = problems.mid(0, 10);
        if (problems.size() > shown.size())
            shown << tr("… and %1 more problems").arg(m_language.locale().toString(problems.size() - shown.size()));
        dialogs::warn(this,
                      tr("The database %1 is damaged. Results may be missing from lists and charts; restore a backup, "
                         "or export what can still be read.")
                          .arg(isolatePath(QFileInfo(path).fileName())),
                      shown.join(u'\n'));
    });
    connect(check, &QThread::finished, check, &QObject::deleteLater);
    m_checks.removeAll(nullptr);
    m_checks << check;
    check->start(QThread::LowPriority);
}

void MainWindow::waitForChecks()
{
    for (const QPointer<QThread> &check : std::as_const(m_checks)) {
        if (check)
            check->wait();
    }
}

void MainWindow::dropViews()
{
    m_stale.clear();
    delete m_history;
    delete m_comparison;
    delete m_workshops;
    delete m_records;
    delete m_actions;
    m_history = nullptr;
    m_actions = nullptr;
    m_comparison = nullptr;
    m_workshops = nullptr;
    m_records = nullptr;
}

void MainWindow::catchUp()
{
    if (!m_database)
        return;
    const Expected<Database::Revision> now = m_database->revision();
    if (!now) {
        statusBar()->showMessage(now.error(), 8000);
        return;
    }
    if (*now == m_seen)
        return;
    m_seen = *now;
    m_quiz->refreshTeams();
    for (DataView *view : std::initializer_list<DataView *>{m_history, m_comparison, m_workshops, m_records, m_actions}) {
        if (view)
            m_stale.insert(view);
    }
    reloadIfStale(currentView());
}

DataView *MainWindow::currentView() const
{
    switch (m_tabs->currentIndex()) {
    case 1: return m_history;
    case 2: return m_comparison;
    case 3: return m_workshops;
    case 4: return m_records;
    case 5: return m_actions;
    default: return nullptr;
    }
}

void MainWindow::reloadIfStale(DataView *view)
{
    if (view && m_stale.remove(view))
        view->reload();
}

void MainWindow::buildCurrentView()
{
    switch (m_tabs->currentIndex()) {
    case 1: historyView(); break;
    case 2: comparisonView(); break;
    case 3: workshopsView(); break;
    case 4: recordsView(); break;
    case 5: actionsView(); break;
    default: break;
    }
}

void MainWindow::buildMenus()
{
    const auto named = [](QAction *action, const char *name) {
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    m_newQuiz = named(m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newQuiz), "newQuiz");
    m_save = named(m_fileMenu->addAction(QString(), QKeySequence::Save, this, &MainWindow::saveResult), "saveResult");
    m_export = named(m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                           &MainWindow::chooseExportFile),
                     "exportResult");
    m_print = named(m_fileMenu->addAction(QString(), QKeySequence::Print, this, &MainWindow::printResult),
                    "printResult");
    m_fileMenu->addSeparator();
    m_importResults = named(m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                                  &MainWindow::chooseResultsToImport),
                            "importResults");
    m_exportResults = named(m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                                                  &MainWindow::chooseResultsExport),
                            "exportResults");
    m_questionnaireMenu = m_fileMenu->addMenu(QString());
    m_questionnaireMenu->setObjectName(QStringLiteral("questionnaireMenu"));
    connect(m_questionnaireMenu, &QMenu::aboutToShow, this, &MainWindow::fillQuestionnaireMenu);
    m_fileMenu->addSeparator();
    m_newDatabase = named(m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabaseToCreate), "newDatabase");
    m_openDatabase = named(m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::chooseDatabaseToOpen),
                           "openDatabase");
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_openDemo = named(m_fileMenu->addAction(QString(), this, &MainWindow::openDemo), "openDemo");
    m_fileMenu->addSeparator();
    m_connectStore = named(m_fileMenu->addAction(QString(), this, &MainWindow::chooseStoreToConnect), "connectStore");
    m_disconnectStore = named(m_fileMenu->addAction(QString(), this, &MainWindow::disconnectStore), "disconnectStore");
    m_publish = named(m_fileMenu->addAction(QString(), this, &MainWindow::chooseStoreToPublish), "publishToStore");
    m_fileMenu->addSeparator();
    m_quit = named(m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close), "quit");
    // For the empty views: the way to the quiz.
    m_takeQuiz = named(new QAction(this), "takeQuiz");
    connect(m_takeQuiz, &QAction::triggered, this, [this] { showTab(0); });

    buildEditMenu();
    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < 6; ++i) {
        m_tabActions[i] = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                                                [this, i] { showTab(i); });
        m_tabActions[i]->setObjectName(QStringLiteral("showTab%1").arg(i));
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    for (const auto &[language, name] : languageNames()) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("language-") + languageCode(language));
        action->setCheckable(true);
        action->setChecked(language == m_language.language());
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language] { m_language.setLanguage(language); });
    }
    m_calendarMenu = m_viewMenu->addMenu(QString());
    m_calendars = new QActionGroup(this);
    for (CalendarChoice choice : {CalendarChoice::Automatic, CalendarChoice::Gregorian, CalendarChoice::Jalali,
                                  CalendarChoice::IslamicCivil}) {
        QAction *action = m_calendarMenu->addAction(QString());
        action->setObjectName(QStringLiteral("calendar-%1").arg(int(choice)));
        action->setData(int(choice));
        action->setCheckable(true);
        action->setChecked(choice == m_language.calendarChoice());
        m_calendars->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { m_language.setCalendarChoice(choice); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_userGuide = named(m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, &MainWindow::showUserGuide),
                        "userGuide");
    m_shortcuts = named(m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts), "keyboardShortcuts");
    m_helpMenu->addSeparator();
    m_about = named(m_helpMenu->addAction(QString(), this, &MainWindow::showAbout), "about");
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(m_language, this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_language.language(), this);
    dialogs::exec(dialog);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About Rater"), QString(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(tr("<p><b>Rater %1</b></p><p>The RATER customer-service self-assessment: seventeen statements, a "
                   "total from 17 to 85, and five dimensions: Reliability, Assurance, Tangibles, Empathy and "
                   "Responsiveness.</p><p>Database: %2</p><p>Built with %3, running on %4.</p>"
                   "<p>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It "
                   "comes with no warranty.</p>")
                    .arg(isolatePath(QApplication::applicationVersion()),
                         m_database ? isolatePath(QDir::toNativeSeparators(m_database->path())).toHtmlEscaped()
                                    : QStringLiteral("—"),
                         isolatePath(QStringLiteral("Qt " QT_VERSION_STR)),
                         isolatePath(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()))));
    dialogs::exec(box);
}

void MainWindow::retranslate()
{
    setLocale(m_language.locale());
    setWindowTitle(tr("Rater — %1").arg(m_questionnaire.tr(m_questionnaire.title, m_language.code())));
    // Each mnemonic is used once in its menu, and once among the menu bar
    // and the pages' own controls.
    m_fileMenu->setTitle(tr("&File"));
    m_newQuiz->setText(tr("&New Quiz"));
    m_save->setText(tr("&Save Result"));
    m_export->setText(tr("&Export Result as PDF…"));
    m_print->setText(tr("&Print Result…"));
    m_importResults->setText(tr("&Import Results…"));
    m_exportResults->setText(tr("E&xport Results…"));
    m_questionnaireMenu->setTitle(tr("Q&uestionnaire"));
    m_newDatabase->setText(tr("New &Database…"));
    m_openDatabase->setText(tr("&Open Database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openDemo->setText(tr("Open De&mo Database"));
    m_connectStore->setText(tr("&Connect to Organisation Store…"));
    m_disconnectStore->setText(tr("Disconnec&t from Organisation Store"));
    m_publish->setText(tr("Pu&blish to Organisation Store…"));
    m_quit->setText(tr("&Quit"));
    m_takeQuiz->setText(tr("Take the Quiz"));
    m_editMenu->setTitle(tr("&Edit"));
    m_changeLog->setText(tr("&Change Log…"));
    updateUndoActions();
    m_viewMenu->setTitle(tr("&View"));
    // Tabs have no mnemonics: Ctrl+1 to Ctrl+6 reach them, and their letters
    // would collide with the pages' own.
    m_tabs->setTabText(0, tr("Quiz"));
    m_tabs->setTabText(1, tr("History"));
    m_tabs->setTabText(2, tr("Comparison"));
    m_tabs->setTabText(3, tr("Workshops"));
    m_tabs->setTabText(4, tr("Records"));
    m_tabs->setTabText(5, tr("Actions"));
    m_tabActions[0]->setText(tr("&Quiz and Result"));
    m_tabActions[1]->setText(tr("&History"));
    m_tabActions[2]->setText(tr("&Comparison"));
    m_tabActions[3]->setText(tr("&Workshops"));
    m_tabActions[4]->setText(tr("&Records"));
    m_tabActions[5]->setText(tr("&Actions"));
    m_languageMenu->setTitle(tr("&Language"));
    m_calendarMenu->setTitle(tr("Calen&dar"));
    for (QAction *action : m_calendars->actions()) {
        switch (CalendarChoice(action->data().toInt())) {
        case CalendarChoice::Automatic: action->setText(tr("&Automatic (by language)")); break;
        case CalendarChoice::Gregorian: action->setText(tr("&Gregorian")); break;
        case CalendarChoice::Jalali: action->setText(tr("&Solar Hijri (Jalali)")); break;
        case CalendarChoice::IslamicCivil: action->setText(tr("&Islamic (civil)")); break;
        }
        action->setChecked(int(m_language.calendarChoice()) == action->data().toInt());
    }
    for (QAction *action : m_languages->actions())
        action->setChecked(action->objectName() == QStringLiteral("language-") + m_language.code());
    m_helpMenu->setTitle(tr("&Help"));
    m_userGuide->setText(tr("&User Guide"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Rater"));
    statusBar()->setAccessibleName(tr("Status"));
    showDatabaseInStatusBar();
    updateActions();
}

void MainWindow::showDatabaseInStatusBar()
{
    if (!m_database) {
        m_databaseLabel->clear();
        return;
    }
    const QString path = QDir::toNativeSeparators(m_database->path());
    m_databaseLabel->setText(tr("Database: %1").arg(isolatePath(QFileInfo(path).fileName())));
    m_databaseLabel->setToolTip(isolatePath(path));
    m_databaseLabel->setAccessibleName(tr("Database: %1").arg(path));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        catchUp(); // back from another program, which may have written
    QMainWindow::changeEvent(event);
}

template <typename View>
View *MainWindow::tabView(int index, View *&view)
{
    if (view || !m_database)
        return view;
    QWidget *holder = m_tabs->widget(index);
    view = new View(m_questionnaire, *m_database, m_language, holder);
    view->offerWaysToFill({m_takeQuiz, m_openDemo, m_importResults});
    connect(view, &DataView::lockChanged, this, &MainWindow::setLocked);
    holder->layout()->addWidget(view);
    view->show(); // a late addition to a shown layout would otherwise appear only later
    return view;
}

HistoryView *MainWindow::historyView()
{
    return tabView(1, m_history);
}

ComparisonView *MainWindow::comparisonView()
{
    return tabView(2, m_comparison);
}

WorkshopsView *MainWindow::workshopsView()
{
    const bool building = !m_workshops;
    tabView(3, m_workshops);
    if (building && m_workshops)
        connect(m_workshops, &WorkshopsView::actionsPlanned, this, [this](int count) {
            statusBar()->showMessage(tr("Actions planned: %1. The Actions tab (Ctrl+6) follows them.")
                                         .arg(m_language.locale().toString(count)),
                                     8000);
            catchUp();
        });
    return m_workshops;
}

RecordsView *MainWindow::recordsView()
{
    const bool building = !m_records;
    tabView(4, m_records);
    if (building && m_records)
        m_records->setUndoStack(m_undo, [this] { catchUp(); });
    return m_records;
}

ActionsView *MainWindow::actionsView()
{
    const bool building = !m_actions;
    tabView(5, m_actions);
    if (building && m_actions) {
        connect(m_actions, &ActionsView::changed, this, &MainWindow::catchUp);
        m_actions->setUndoStack(m_undo, [this] { catchUp(); });
    }
    return m_actions;
}

void MainWindow::planActions()
{
    if (!m_database || !m_results || !m_results->isSaved())
        return;
    QStringList weakest;
    for (const DimensionScore &d : weakestFirst(m_results->score())) {
        if (weakest.size() < 2)
            weakest << d.id;
    }
    const QString team = m_results->answers().team;
    PlanActionsDialog dialog(m_questionnaire, m_language, team, weakest, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const Expected<std::vector<qint64>> added = m_database->actions().addAll(dialog.actions());
    if (!added) {
        dialogs::warn(this, tr("The actions were not saved"), added.error());
        return;
    }
    statusBar()->showMessage(tr("Actions planned for %1: %2. The Actions tab (Ctrl+6) follows them.")
                                 .arg(isolate(team), m_language.locale().toString(qsizetype(added->size()))),
                             8000);
    catchUp();
}

void MainWindow::buildEditMenu()
{
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    m_changeLog = new QAction(this);
    m_changeLog->setObjectName(QStringLiteral("changeLog"));
    connect(m_changeLog, &QAction::triggered, this, &MainWindow::showChangeLog);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    // The Records tab's corrections join the menu once the tab exists.
    connect(m_editMenu, &QMenu::aboutToShow, this, [this] {
        m_editMenu->clear();
        m_editMenu->addAction(m_undoAction);
        m_editMenu->addAction(m_redoAction);
        m_editMenu->addSeparator();
        if (m_tabs->currentIndex() == 4 && m_records) {
            for (QAction *action : m_records->correctionActions())
                m_editMenu->addAction(action);
            m_editMenu->addSeparator();
        }
        m_editMenu->addAction(m_changeLog);
    });
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_changeLog);
    addAction(m_undoAction);
    addAction(m_redoAction);
}

void MainWindow::updateUndoActions()
{
    if (m_locked)
        return;
    const auto label = [this](int index) {
        const auto *command = index >= 0 && index < m_undo->count()
                                  ? static_cast<const LabelledCommand *>(m_undo->command(index))
                                  : nullptr;
        return command ? command->label() : QString();
    };
    const QString undoing = label(m_undo->index() - 1);
    const QString redoing = label(m_undo->index());
    m_undoAction->setText(undoing.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoing));
    m_redoAction->setText(redoing.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoing));
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
    m_changeLog->setEnabled(m_database != nullptr);
}

void MainWindow::showChangeLog()
{
    if (!m_database)
        return;
    ChangeLogDialog dialog(*m_database, m_language, this);
    dialogs::exec(dialog);
}

void MainWindow::showTab(int index)
{
    if (!m_locked)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (locked) {
        // Every action of the window, its shortcut included, and every other tab.
        m_lockedActions.clear();
        for (QAction *action : findChildren<QAction *>()) {
            if (action->isEnabled() && !action->menu()) {
                action->setEnabled(false);
                m_lockedActions << action;
            }
        }
    } else {
        for (QAction *action : std::as_const(m_lockedActions))
            action->setEnabled(true);
        m_lockedActions.clear();
    }
    menuBar()->setEnabled(!locked);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, !locked || i == m_tabs->currentIndex());
    if (!locked)
        updateActions();
}

bool MainWindow::showingResult() const
{
    return m_results && m_stack->currentWidget() == m_results;
}

void MainWindow::updateActions()
{
    if (m_locked)
        return;
    const bool resultInView = showingResult() && m_tabs->currentIndex() == 0;
    m_save->setEnabled(resultInView && !m_results->isSaved());
    m_export->setEnabled(resultInView);
    m_print->setEnabled(resultInView);
    for (QAction *action : {m_importResults, m_exportResults, m_connectStore, m_publish})
        action->setEnabled(m_database != nullptr);
    m_disconnectStore->setEnabled(m_comparison && m_comparison->showsStore());
    updateUndoActions();
}

void MainWindow::showResults(const QuizAnswers &answers)
{
    const Expected<Score> score = rater::score(m_questionnaire, answers.answers);
    if (!score) {
        dialogs::warn(this, tr("The answers cannot be scored."), score.error());
        return;
    }
    if (!m_results) {
        m_results = new ResultsPage(m_questionnaire, m_language, m_stack);
        m_stack->addWidget(m_results);
        connect(m_results, &ResultsPage::saveRequested, this, &MainWindow::saveResult);
        connect(m_results, &ResultsPage::exportRequested, this, &MainWindow::chooseExportFile);
        connect(m_results, &ResultsPage::printRequested, this, &MainWindow::printResult);
        connect(m_results, &ResultsPage::newQuizRequested, this, &MainWindow::newQuiz);
        connect(m_results, &ResultsPage::planActionsRequested, this, &MainWindow::planActions);
    }
    m_results->setResult(answers, *score);
    m_stack->setCurrentWidget(m_results);
    m_results->findChild<QWidget *>(QStringLiteral("saveButton"))->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void MainWindow::showQuiz(bool startNew)
{
    m_tabs->setCurrentIndex(0);
    if (startNew)
        m_quiz->startNew();
    m_stack->setCurrentWidget(m_quiz);
    updateActions();
}

bool MainWindow::saveResult()
{
    if (!showingResult() || !m_database)
        return false;
    if (m_results->isSaved())
        return true; // a result is stored once, however often it is asked for
    if (!store(m_results->answers()))
        return false;
    m_results->setSaved(true);
    updateActions();
    return true;
}

bool MainWindow::store(const QuizAnswers &answers)
{
    const Expected<qint64> id =
        m_database->assessments().record(assessmentOf(answers, m_questionnaire, m_language.code()));
    if (!id) {
        dialogs::warn(this, tr("The result could not be saved."), id.error());
        return false;
    }
    m_database->drafts().clear(QuizPage::draftName);
    catchUp();
    statusBar()->showMessage(tr("Result saved to %1.").arg(isolatePath(QDir::toNativeSeparators(m_database->path()))),
                             8000);
    return true;
}

void MainWindow::newQuiz()
{
    if (settleUnsavedWork())
        showQuiz(true);
}

bool MainWindow::settleUnsavedWork()
{
    using Box = QMessageBox;
    if (showingResult())
        return mayLeaveDatabase();
    if (m_stack->currentWidget() != m_quiz || m_quiz->answeredCount() == 0)
        return true;
    if (m_quiz->isComplete()) {
        switch (dialogs::ask(this, tr("Save these answers first?"),
                             tr("Every statement is answered, but the result has not been saved yet."),
                             Box::Save | Box::Discard | Box::Cancel, Box::Save)) {
        case Box::Save: {
            const Expected<QuizAnswers> complete = m_quiz->current().completed();
            return m_database && complete && store(*complete);
        }
        case Box::Discard: return true;
        default: return false;
        }
    }
    const QLocale locale = m_language.locale();
    const QString answered = tr("%1 of %2 statements are answered; they will be cleared.")
                                 .arg(locale.toString(m_quiz->answeredCount()),
                                      locale.toString(m_questionnaire.statementCount()));
    return dialogs::ask(this, tr("Discard the answers given so far?"), answered, Box::Discard | Box::Cancel,
                        Box::Cancel)
           == Box::Discard;
}

bool MainWindow::mayLeaveDatabase()
{
    using Box = QMessageBox;
    if (!showingResult() || m_results->isSaved())
        return true;
    switch (dialogs::ask(this, tr("Save this result first?"),
                         tr("The result on screen has not been saved yet; without saving, it is lost."),
                         Box::Save | Box::Discard | Box::Cancel, Box::Save)) {
    case Box::Save: return saveResult();
    case Box::Discard: return true;
    default: return false;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A participant may not close the app on the facilitator.
    DataView *locking = currentView();
    if (m_locked && (!locking || !locking->releaseLock())) {
        event->ignore();
        return;
    }
    // Answers of an unfinished quiz are kept as a draft and come back; a
    // result that was not saved does not.
    if (!mayLeaveDatabase()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace rater::gui
