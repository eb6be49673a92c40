#pragma once

#include "pages/quizpage.h"
#include "scoring/scoring.h"
#include "viewlibrary.h"

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
class ResultReport;
struct DimensionChartData;

// A scored result: the total and its band, the dimensions as bars and as a
// radar, the two weakest dimensions with their tips, and every statement with
// its answer and item score.
class ResultsPage : public ResultsView
{
    Q_OBJECT

public:
    ResultsPage(const Questionnaire &questionnaire, LanguageController &language, QWidget *parent = nullptr);

    void setResult(const QuizAnswers &answers, const Score &score) override;
    void setSaved(bool saved) override;
    bool isSaved() const override { return m_saved; }
    const QuizAnswers &answers() const override { return m_answers; }
    Status exportPdf(const QString &path) const override;
    void print() override;

    // The chart data for the current result, in the current language.
    DimensionChartData chartData(const QString &title) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The one-page report of the result shown, in the current language.
    ResultReport report() const;

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
    QPushButton *m_newQuiz = nullptr;
};

} // namespace rater::gui
