#pragma once

#include "organisation/address.h"
#include "questionnaire/questionnaire.h"
#include "quiz/quizanswers.h"
#include "storage/database.h"
#include "views/dataview.h"

#include <QMainWindow>
#include <QPointer>
#include <QThread>
#include <QSet>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace rater::gui {

class ActionsView;
class ComparisonView;
class GuideWindow;
class HistoryView;
class LanguageController;
class QuizPage;
class RecordsView;
class ResultsPage;
class WorkshopsView;

// The desktop app: the quiz, then its result, and the History, Comparison,
// Workshops, Records and Actions tabs; corrections undone and redone from Edit; a language menu that switches everything (texts,
// digits, calendar, direction) while it runs; databases, imports, exports and
// questionnaires from the File menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window without its database: the quiz can be shown, and answered,
    // while the database is opened; setDatabase() brings in its data.
    explicit MainWindow(LanguageController &language, QWidget *parent = nullptr);
    MainWindow(std::unique_ptr<Database> database, LanguageController &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Uses `database` from now on: fills the team list, brings back the
    // quiz's draft kept in it, and shows its data in every tab. Replaces the
    // database in use, if any; settleUnsavedWork() first.
    void setDatabase(std::unique_ptr<Database> database);
    bool hasDatabase() const { return m_database != nullptr; }
    Database &database() const { return *m_database; }
    const Questionnaire &questionnaire() const { return m_questionnaire; }
    QuizPage *quizPage() const { return m_quiz; }
    // Created on the first submitted quiz, so that start-up stays quick.
    ResultsPage *resultsPage() const { return m_results; }

    // Built when first shown, so that start-up stays quick; nullptr while
    // there is no database.
    HistoryView *historyView();
    ComparisonView *comparisonView();
    WorkshopsView *workshopsView();
    RecordsView *recordsView();
    ActionsView *actionsView();
    // Plan Actions… on a saved result: the weakest dimensions' tips offered
    // as the team's actions; says what was planned, or why nothing was.
    void planActions();
    void showTab(int index);
    // Every correction made in this window, to undo and redo; emptied when
    // another database is opened.
    QUndoStack *undoStack() const { return m_undo; }
    // Edit ▸ Change Log: every correction the database holds, whoever made it.
    void showChangeLog();
    // Brings every view up to date when the database has changed since they
    // last read it, whoever changed it: the current view at once, the others
    // when they are next shown. Runs every few seconds, when the window is
    // activated, when a tab is chosen and after every write from this window.
    void catchUp();
    // Returns when the database checks running in the background have ended.
    void waitForChecks();

    bool saveResult();
    bool exportPdf(const QString &path);
    void showQuiz(bool startNew);
    // File ▸ New Quiz: asks first when it would throw away answers or an unsaved result.
    void newQuiz();

    // File ▸ Open Database…, New Database…, Open Demo Database, and a recent
    // one: each asks first about unsaved work, says why a file is refused,
    // and leaves the database in use as it was then.
    bool openDatabase(const QString &path);
    bool createDatabase(const QString &path);
    bool openDemo();
    static QStringList recentDatabases();
    // File ▸ Import Results… and Export Results…: all or nothing, in CSV,
    // JSON or (export only) Excel, chosen by the file's extension.
    Status importResults(const QString &path);
    Status exportResults(const QString &path);
    // File ▸ Questionnaire: a built-in one by id, or a questionnaire file.
    bool useQuestionnaire(const QString &idOrPath);
    // File ▸ Connect to Organisation Store…: the Comparison tab shows the
    // teams of the organisation's store, as far as the login may see them,
    // until disconnectStore() or another database is opened. Says why when
    // it cannot connect.
    bool connectToStore(const organisation::StoreAddress &address);
    void disconnectStore();
    // File ▸ Publish to Organisation Store…: sends the store what this
    // database holds and the store does not, in batches, with a progress
    // dialog that can stop it between two batches; then says what was sent.
    bool publishToStore(const organisation::StoreAddress &address);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void retranslate();
    void showResults(const QuizAnswers &answers);
    void chooseExportFile();
    void printResult();
    void updateActions();
    bool showingResult() const;
    // Stores a completed quiz; says why when it cannot.
    bool store(const QuizAnswers &answers);
    // Before the quiz or result in the window is replaced: offers to save an
    // unsaved result, or asks before answers given so far are thrown away.
    // False when the person cancels, or saving fails.
    bool settleUnsavedWork();
    // Before the database or the questionnaire changes: only an unsaved
    // result needs a word, since answers given so far stay in their
    // database's draft.
    bool mayLeaveDatabase();
    void dropViews();
    void buildCurrentView();
    DataView *currentView() const;
    void reloadIfStale(DataView *view);
    void buildEditMenu();
    void updateUndoActions();
    // Builds the view of tab `index` (1 to 4) the first time it is asked for;
    // nullptr while there is no database.
    template <typename View>
    View *tabView(int index, View *&view);
    // While a view is locked (pass the laptop), nothing else in the window works.
    void setLocked(bool locked);
    static void rememberDatabase(const QString &path);
    void fillRecentMenu();
    void fillQuestionnaireMenu();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseResultsToImport();
    void chooseResultsExport();
    void chooseQuestionnaireFile();
    void chooseStoreToConnect();
    void chooseStoreToPublish();
    // Keeps the password that connected in the system keychain, or forgets
    // the one kept there, as the connection dialog's box says.
    void keepStorePassword(const organisation::StoreAddress &address, bool keep);
    void showDatabaseInStatusBar();
    void showUserGuide();
    void showShortcuts();
    void showAbout();
    // Opening reads no more of a database than it needs; the full check of
    // the file runs on a thread of its own, on its own read-only connection,
    // and speaks only when it finds damage.
    void checkDatabaseInBackground();

    std::unique_ptr<Database> m_database;
    QList<QPointer<QThread>> m_checks; // background checks still running
    Database::Revision m_seen; // what the views were last brought up to
    QSet<DataView *> m_stale; // views to read again when next shown
    LanguageController &m_language;
    Questionnaire m_questionnaire;
    QString m_questionnaireSource; // a built-in id, or a file's path
    bool m_locked = false;
    QList<QAction *> m_lockedActions; // the actions a lock disabled, for its end
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    HistoryView *m_history = nullptr;
    ComparisonView *m_comparison = nullptr;
    WorkshopsView *m_workshops = nullptr;
    RecordsView *m_records = nullptr;
    ActionsView *m_actions = nullptr;
    QUndoStack *m_undo = nullptr;
    QuizPage *m_quiz = nullptr;
    ResultsPage *m_results = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_questionnaireMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_changeLog = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newQuiz = nullptr;
    QAction *m_save = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_importResults = nullptr;
    QAction *m_exportResults = nullptr;
    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_connectStore = nullptr;
    QAction *m_disconnectStore = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_takeQuiz = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_userGuide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QPointer<GuideWindow> m_guide; // Help ▸ User Guide, once opened
    QActionGroup *m_languages = nullptr;
    QActionGroup *m_calendars = nullptr;
    QAction *m_tabActions[6] = {};
};

} // namespace rater::gui
