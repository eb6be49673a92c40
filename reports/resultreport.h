#pragma once

#include "expected/expected.h"
#include "i18n/language.h"
#include "quiz/quizanswers.h"
#include "scoring/scoring.h"

#include <QCalendar>
#include <QLocale>
#include <QRectF>

class QPainter;
class QPrinter;

namespace rater::reports {

// Everything a one-page result report shows.
struct ResultReportContent
{
    const Questionnaire *questionnaire = nullptr;
    QuizAnswers answers;
    Score score;
    Language language = Language::English;
    QCalendar calendar;
};

// A result on one A4 page: total and band, the dimension bars and radar
// (drawn as vectors), the weakest dimensions with their tips, and the table of
// statements; mirrored for Arabic and Persian.
class ResultReport
{
public:
    explicit ResultReport(ResultReportContent content);

    Status writePdf(const QString &path) const;
    void print(QPrinter *printer) const;
    // Draws the page into `page` (device coordinates), shrinking to fit if need be.
    void render(QPainter &painter, const QRectF &page) const;

private:
    QString headerHtml() const;
    QString adviceHtml() const;
    QString tableHtml() const;

    ResultReportContent m_content;
    QLocale m_locale;
    QString m_lang;
    bool m_rightToLeft = false;
};

} // namespace rater::reports
