#pragma once

#include "expected/expected.h"

#include <QWidget>

namespace rater {
class Database;
struct Questionnaire;
struct Score;
} // namespace rater

namespace rater::gui {

class LanguageController;
struct QuizAnswers;

// The results page, as the window uses it.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setResult(const QuizAnswers &answers, const Score &score) = 0;
    virtual void setSaved(bool saved) = 0;
    virtual bool isSaved() const = 0;
    virtual const QuizAnswers &answers() const = 0;
    // The one-page report of the result, as a PDF file.
    virtual Status exportPdf(const QString &path) const = 0;
    // Asks for a printer, then prints the report.
    virtual void print() = 0;

signals:
    void saveRequested();
    void exportRequested();
    void printRequested();
    void newQuizRequested();
};

// A tab that shows what the database holds, as the window uses it.
class RecordsView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Reads the database again, after it changed; keeps what the person is
    // doing (a page, a choice, rows being typed) as it is.
    virtual void reload() = 0;
    // The window's ways to put results into the database (take the quiz,
    // open the demo, import a file), which a view with nothing to show offers.
    virtual void offerWaysToFill(const QList<QAction *> &actions) = 0;
    // Asks the person who locked the view to unlock it; true once it is unlocked.
    virtual bool releaseLock() { return true; }

signals:
    // While locked, nothing but this view may be used: no other tab, no
    // menu, no shortcut (a workshop's pass-the-laptop mode).
    void lockChanged(bool locked);
};

// Everything the window shows besides the quiz: the results page and the
// History, Comparison and Workshops tabs. They draw charts and print, and
// live in a library of their own (rater-views), so that Qt Charts and Qt
// Print Support are loaded when a result or a tab is first shown rather than
// at every start.
class ViewLibrary
{
public:
    virtual ~ViewLibrary() = default;

    virtual ResultsView *createResults(const Questionnaire &questionnaire, LanguageController &language,
                                       QWidget *parent) const = 0;
    virtual RecordsView *createHistory(const Questionnaire &questionnaire, Database &database,
                                       LanguageController &language, QWidget *parent) const = 0;
    virtual RecordsView *createComparison(const Questionnaire &questionnaire, Database &database,
                                          LanguageController &language, QWidget *parent) const = 0;
    virtual RecordsView *createWorkshops(const Questionnaire &questionnaire, Database &database,
                                         LanguageController &language, QWidget *parent) const = 0;
};

// The views, loaded the first time they are asked for; or why they cannot be.
Expected<const ViewLibrary *> viewLibrary();

} // namespace rater::gui
