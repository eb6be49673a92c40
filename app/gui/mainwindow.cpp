#include "mainwindow.h"

#include "dialogs/dialogs.h"
#include "languagecontroller.h"
#include "pages/quizpage.h"
#include "questionnaire/loader.h"
#include "scoring/scoring.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rater::gui {

MainWindow::MainWindow(LanguageController &language, QWidget *parent)
    : QMainWindow(parent), m_language(language),
      m_questionnaire(loadBuiltInQuestionnaire(defaultQuestionnaireId()).value())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_stack = new QStackedWidget(m_tabs);
    m_quiz = new QuizPage(m_questionnaire, nullptr, m_language, m_stack);
    m_stack->addWidget(m_quiz);
    m_tabs->addTab(m_stack, QString());
    for (int i = 0; i < 3; ++i) {
        auto *holder = new QWidget(m_tabs);
        new QVBoxLayout(holder);
        holder->layout()->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(holder, QString());
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        buildCurrentView();
        updateActions();
    });
    setCentralWidget(m_tabs);
    connect(m_quiz, &QuizPage::submitted, this, &MainWindow::showResults);

    buildMenus();
    connect(&m_language, &LanguageController::changed, this, &MainWindow::retranslate);
    retranslate();
    resize(1000, 760);
}

MainWindow::MainWindow(std::unique_ptr<Database> database, LanguageController &language, QWidget *parent)
    : MainWindow(language, parent)
{
    setDatabase(std::move(database));
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    Q_ASSERT(!m_database && database);
    m_database = std::move(database);
    if (m_quiz->attachDatabase(*m_database))
        statusBar()->showMessage(tr("Your unfinished answers were restored."), 8000);
    buildCurrentView();
}

void MainWindow::buildCurrentView()
{
    switch (m_tabs->currentIndex()) {
    case 1: historyView(); break;
    case 2: comparisonView(); break;
    case 3: workshopsView(); break;
    default: break;
    }
}

MainWindow::~MainWindow()
{
    // The pages refer to the questionnaire and the database, which are members:
    // destroy the pages while those still exist.
    delete takeCentralWidget();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newQuiz = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newQuiz);
    m_newQuiz->setObjectName(QStringLiteral("newQuiz"));
    m_save = m_fileMenu->addAction(QString(), QKeySequence::Save, this, &MainWindow::saveResult);
    m_save->setObjectName(QStringLiteral("saveResult"));
    m_export = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                     &MainWindow::chooseExportFile);
    m_print = m_fileMenu->addAction(QString(), QKeySequence::Print, this, &MainWindow::printResult);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < 4; ++i) {
        m_tabActions[i] = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                                                [this, i] { showTab(i); });
        m_tabActions[i]->setObjectName(QStringLiteral("showTab%1").arg(i));
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in its own words, so anyone can find theirs.
    const std::pair<Language, QString> languages[] = {{Language::English, QStringLiteral("English")},
                                                      {Language::Arabic, QStringLiteral("العربية")},
                                                      {Language::Persian, QStringLiteral("فارسی")}};
    for (const auto &[language, name] : languages) {
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
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Rater"),
                           tr("<p><b>Rater %1</b></p><p>The RATER customer-service self-assessment: seventeen "
                              "statements, a total from 17 to 85, and five dimensions: Reliability, Assurance, "
                              "Tangibles, Empathy and Responsiveness.</p><p>Database: %2</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion(),
                                    m_database ? QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()
                                               : QStringLiteral("—")));
    });
}

void MainWindow::retranslate()
{
    setLocale(m_language.locale());
    setWindowTitle(tr("Rater — %1").arg(m_questionnaire.tr(m_questionnaire.title, m_language.code())));
    m_fileMenu->setTitle(tr("&File"));
    m_newQuiz->setText(tr("&New Quiz"));
    m_save->setText(tr("&Save Result"));
    m_export->setText(tr("&Export Result as PDF…"));
    m_print->setText(tr("&Print Result…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_tabs->setTabText(0, tr("&Quiz"));
    m_tabs->setTabText(1, tr("&History"));
    m_tabs->setTabText(2, tr("&Comparison"));
    m_tabs->setTabText(3, tr("&Workshops"));
    m_tabActions[0]->setText(tr("&Quiz and Result"));
    m_tabActions[1]->setText(tr("&History"));
    m_tabActions[2]->setText(tr("&Comparison"));
    m_tabActions[3]->setText(tr("&Workshops"));
    m_languageMenu->setTitle(tr("&Language"));
    m_calendarMenu->setTitle(tr("&Calendar"));
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
    m_about->setText(tr("&About Rater"));
    statusBar()->setAccessibleName(tr("Status"));
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

const ViewLibrary *MainWindow::views()
{
    const Expected<const ViewLibrary *> library = viewLibrary();
    if (!library) {
        dialogs::warn(this, library.error());
        return nullptr;
    }
    return *library;
}

RecordsView *MainWindow::tabView(int index, RecordsView *&view,
                                 RecordsView *(ViewLibrary::*create)(const Questionnaire &, Database &,
                                                                     LanguageController &, QWidget *) const)
{
    if (view || !m_database)
        return view;
    if (const ViewLibrary *library = views()) {
        QWidget *holder = m_tabs->widget(index);
        view = (library->*create)(m_questionnaire, *m_database, m_language, holder);
        holder->layout()->addWidget(view);
        view->show(); // a late addition to a shown layout would otherwise appear only later
    }
    return view;
}

RecordsView *MainWindow::historyView()
{
    return tabView(1, m_history, &ViewLibrary::createHistory);
}

RecordsView *MainWindow::comparisonView()
{
    return tabView(2, m_comparison, &ViewLibrary::createComparison);
}

RecordsView *MainWindow::workshopsView()
{
    return tabView(3, m_workshops, &ViewLibrary::createWorkshops);
}

void MainWindow::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool MainWindow::showingResult() const
{
    return m_results && m_stack->currentWidget() == m_results;
}

void MainWindow::updateActions()
{
    const bool resultInView = showingResult() && m_tabs->currentIndex() == 0;
    m_save->setEnabled(resultInView && !m_results->isSaved());
    m_export->setEnabled(resultInView);
    m_print->setEnabled(resultInView);
}

void MainWindow::showResults(const QuizAnswers &answers)
{
    const Expected<Score> score = rater::score(m_questionnaire, answers.answers);
    if (!score) {
        dialogs::warn(this, tr("The answers cannot be scored."), score.error());
        return;
    }
    if (!m_results) {
        const ViewLibrary *library = views();
        if (!library)
            return;
        m_results = library->createResults(m_questionnaire, m_language, m_stack);
        m_stack->addWidget(m_results);
        connect(m_results, &ResultsView::saveRequested, this, &MainWindow::saveResult);
        connect(m_results, &ResultsView::exportRequested, this, &MainWindow::chooseExportFile);
        connect(m_results, &ResultsView::printRequested, this, &MainWindow::printResult);
        connect(m_results, &ResultsView::newQuizRequested, this, &MainWindow::newQuiz);
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
    NewAssessment assessment{answers.team,          answers.respondent,     std::nullopt,
                             QString(),             answers.date,           m_language.code(),
                             m_questionnaire.id,    m_questionnaire.version, answers.answers};
    const Expected<qint64> id = m_database->record(assessment);
    if (!id) {
        dialogs::warn(this, tr("The result could not be saved."), id.error());
        return false;
    }
    m_database->clearDraft(QuizPage::draftName);
    for (RecordsView *view : {m_history, m_comparison}) {
        if (view)
            view->reload();
    }
    statusBar()->showMessage(tr("Result saved to %1.").arg(QDir::toNativeSeparators(m_database->path())), 8000);
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
    if (showingResult()) {
        if (m_results->isSaved())
            return true;
        switch (dialogs::ask(this, tr("Save this result first?"),
                             tr("The result on screen has not been saved yet; without saving, it is lost."),
                             Box::Save | Box::Discard | Box::Cancel, Box::Save)) {
        case Box::Save: return saveResult();
        case Box::Discard: return true;
        default: return false;
        }
    }
    if (m_stack->currentWidget() != m_quiz || m_quiz->answeredCount() == 0)
        return true;
    if (m_quiz->isComplete()) {
        switch (dialogs::ask(this, tr("Save these answers first?"),
                             tr("Every statement is answered, but the result has not been saved yet."),
                             Box::Save | Box::Discard | Box::Cancel, Box::Save)) {
        case Box::Save: return m_database && store(m_quiz->current());
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Answers of an unfinished quiz are kept as a draft and come back; a
    // result that was not saved does not.
    if (showingResult() && !settleUnsavedWork()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::exportPdf(const QString &path)
{
    if (!m_results)
        return false;
    const Status written = m_results->exportPdf(path);
    if (!written) {
        dialogs::warn(this, tr("The result could not be exported."), written.error());
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::chooseExportFile()
{
    if (!m_results || m_stack->currentWidget() != m_results)
        return;
    const QString name = tr("rater-result-%1.pdf").arg(m_results->answers().date.toString(Qt::ISODate));
    const QString path = fileDialogs::saveFileName(this, tr("Export Result as PDF"), name, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void MainWindow::printResult()
{
    if (m_results && m_stack->currentWidget() == m_results)
        m_results->print();
}

} // namespace rater::gui
