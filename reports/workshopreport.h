#pragma once

#include "expected/expected.h"
#include "i18n/language.h"
#include "questionnaire/questionnaire.h"
#include "workshop/groupsummary.h"

#include <QCalendar>
#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace rater::reports {

// What a workshop's report shows, in one language.
struct WorkshopReportContent
{
    const Questionnaire *questionnaire = nullptr;
    QString title;
    QDate date;
    GroupSummary group;
    int threshold = defaultAnonymityThreshold;
    Language language = Language::English;
    QCalendar calendar;
    QString actions; // the team's actions section (actionsHtml()); may be empty
};

// The figures under a workshop's title: the count and why nothing more
// below the threshold, else the mean total with its band and spread and the
// count in each band. The same words on screen and on paper.
QString groupHeadline(const WorkshopReportContent &content);
// The lowest statements with their mean item scores, as HTML.
QString lowestStatementsHtml(const WorkshopReportContent &content);
// What the α under each dimension means.
QString alphaNote();

// A workshop's report on A4 pages: the figures, each dimension as a box plot
// with the weakest dimensions' tips, each statement as a diverging bar with
// its key, and the lowest statements; in the content's language, mirrored
// for Arabic and Persian, dark on white.
class WorkshopReport
{
public:
    explicit WorkshopReport(WorkshopReportContent content);

    Status writePdf(const QString &path) const;
    Status print(QPagedPaintDevice &device) const;

private:
    Status render(QPagedPaintDevice *device, const QString &path) const;

    WorkshopReportContent m_content;
};

} // namespace rater::reports
