#pragma once

#include "questionnaire/questionnaire.h"
#include "workshop/groupsummary.h"
#include "workshopreport.h"

#include <QCalendar>
#include <QDate>

#include <functional>
#include <QWidget>

class QChartView;
class QLabel;
class QPagedPaintDevice;

namespace rater::gui {

class LanguageController;

// A workshop's group picture for the projector: large type, the count, the
// mean total with its band and spread, the band counts, each dimension as a
// box plot, each statement as a diverging bar, and the weakest statements.
// Below the anonymity threshold it shows only the count and why. It scrolls
// rather than grow the window past the screen.
class GroupView : public QWidget
{
    Q_OBJECT

public:
    GroupView(const Questionnaire &questionnaire, LanguageController &language, QWidget *parent = nullptr);

    void setGroup(const QString &title, const QDate &date, const GroupSummary &group, int threshold);
    // Where the report's "Actions" section comes from, read when a report
    // is made, in the language of the moment; none: no such section.
    void setActionsSource(std::function<QString(Language, const QCalendar &)> source) { m_actions = std::move(source); }
    const GroupSummary &group() const { return m_group; }
    QString headline() const;

    // The workshop report: the same figures and charts, with the weakest
    // dimensions' tips, on A4 pages in the view's language.
    Status writeReport(const QString &path) const;
    Status printReport(QPagedPaintDevice &printer) const;
    // One chart, for slides: the box plot, or with `statements` the diverging bars.
    Status exportChartPng(const QString &path, bool statements) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    // The charts alone, at the widths they have now; nothing that moves the layout.
    void fillCharts();
    reports::WorkshopReportContent content() const;
    // The same with the team's actions, for the report.
    reports::WorkshopReportContent reportContent() const;

    const Questionnaire &m_questionnaire;
    LanguageController &m_language;
    QString m_title;
    QDate m_date;
    GroupSummary m_group;
    int m_threshold = defaultAnonymityThreshold;
    std::function<QString(Language, const QCalendar &)> m_actions;


    QString m_boxesTitleText;
    QString m_statementsTitleText;
    bool m_chartsDue = false;

    QLabel *m_heading = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_boxesTitle = nullptr;
    QChartView *m_boxes = nullptr;
    QLabel *m_alphaNote = nullptr;
    QLabel *m_statementsTitle = nullptr;
    QLabel *m_key = nullptr;
    QChartView *m_statements = nullptr;
    QLabel *m_weakest = nullptr;
};

} // namespace rater::gui
