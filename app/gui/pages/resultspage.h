#pragma once

#include "pages/quizpage.h"
#include "charts/dimensionchartdata.h"
#include "resultreport.h"
#include "scoring/scoring.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;
class QTableWidget;

namespace rater {
class StatementTableModel;
}

namespace rater::gui {

class DimensionBarChart;
class LanguageController;
class RadarChart;

// A scored result: the total and its band, the dimensions as bars and as a
// radar, the two weakest dimensions with their tips, and every statement with
// its answer and item score.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    ResultsPage(const Questionnaire &questionnaire, LanguageController &language, QWidget *parent = nullptr);

    void setResult(const QuizAnswers &answers, const Score &score);
    void setSaved(bool saved);
    bool isSaved() const { return m_saved; }
    const QuizAnswers &answers() const { return m_answers; }
    const Score &score() const { return m_score; }
    Status exportPdf(const QString &path) const;
    void print();

    // The chart data for the current result, in the current language.
    reports::DimensionChartData chartData(const QString &title) const;

signals:
    void saveRequested();
    void exportRequested();
    void printRequested();
    void newQuizRequested();
    // Plan Actions…, offered once the result is saved: its team then exists.
    void planActionsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The one-page report of the result shown, in the current language.
    reports::ResultReport report() const;

    const Questionnaire &m_questionnaire;
    LanguageController &m_language;
    QuizAnswers m_answers;
    Score m_score;
    bool m_saved = false;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_band = nullptr;
    QLabel *m_interpretation = nullptr;
    QLabel *m_details = nullptr;
    DimensionBarChart *m_bars = nullptr;
    RadarChart *m_radar = nullptr;
    QLabel *m_dimensionHeading = nullptr;
    QTableWidget *m_dimensions = nullptr;
    QLabel *m_weakestHeading = nullptr;
    QLabel *m_weakest = nullptr;
    QLabel *m_statementsHeading = nullptr;
    QTableView *m_statements = nullptr;
    StatementTableModel *m_statementModel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_planActions = nullptr;
    QPushButton *m_newQuiz = nullptr;
};

} // namespace rater::gui
