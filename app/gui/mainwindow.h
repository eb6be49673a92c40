#pragma once

#include "questionnaire/questionnaire.h"
#include "storage/database.h"
#include "viewlibrary.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace rater::gui {

class LanguageController;
class QuizPage;
struct QuizAnswers;

// The desktop app: the quiz, then its result, with a language menu that
// switches everything (texts, digits, calendar, direction) while it runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The window without its database: the quiz can be shown, and answered,
    // while the database is opened; setDatabase() brings in its data.
    explicit MainWindow(LanguageController &language, QWidget *parent = nullptr);
    MainWindow(std::unique_ptr<Database> database, LanguageController &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills the team list, brings back the quiz's draft, and builds the tab
    // on show if it needs the data.
    void setDatabase(std::unique_ptr<Database> database);
    bool hasDatabase() const { return m_database != nullptr; }
    Database &database() const { return *m_database; }
    QuizPage *quizPage() const { return m_quiz; }
    // Created on the first submitted quiz, so that start-up stays quick.
    ResultsView *resultsPage() const { return m_results; }

    // Built when first shown, so that start-up stays quick; nullptr while
    // there is no database.
    RecordsView *historyView();
    RecordsView *comparisonView();
    RecordsView *workshopsView();
    void showTab(int index);

    bool saveResult();
    // File ▸ New Quiz: asks first when it would throw away answers or an unsaved result.
    void newQuiz();
    bool exportPdf(const QString &path);
    void showQuiz(bool startNew);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
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
    void buildCurrentView();
    // Builds the view of tab `index` (1 to 3) with `create`; nullptr while
    // there is no database, or when the views cannot be loaded.
    RecordsView *tabView(int index, RecordsView *&view,
                         RecordsView *(ViewLibrary::*create)(const Questionnaire &, Database &, LanguageController &,
                                                             QWidget *) const);
    // The views' library, or nullptr after telling the person why there is none.
    const ViewLibrary *views();

    std::unique_ptr<Database> m_database;
    LanguageController &m_language;
    Questionnaire m_questionnaire;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    RecordsView *m_history = nullptr;
    RecordsView *m_comparison = nullptr;
    RecordsView *m_workshops = nullptr;
    QuizPage *m_quiz = nullptr;
    ResultsView *m_results = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_calendarMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newQuiz = nullptr;
    QAction *m_save = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
    QActionGroup *m_calendars = nullptr;
    QAction *m_tabActions[4] = {};
};

} // namespace rater::gui
