#include "app_window.h"
#include "printing.h"
#include "rater_quiz.h"

#include "history/demo.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "workshop/groupview.h"
#include "workshop/workshopsview.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QTabWidget>

using namespace rater;
using namespace rater::gui;
using testing::AppWindow;

namespace {

const Answers mixed{2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5};

// Every widget on `page` that takes the focus, as shown now, has a name and
// a role for a screen reader.
void checkAccessible(const AppWindow &w, QWidget *page, const char *where, Language lang)
{
    REQUIRE(page);
    QCoreApplication::processEvents();
    int checked = 0;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(w.window.get()) || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        // Parts that screen readers know as their owner: a spin box's text, a scroll area's viewport.
        const auto *scrollArea = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || (scrollArea && scrollArea->viewport() == widget))
            continue;
        INFO(languageCode(lang).toStdString() << ", " << where << ": " << widget->metaObject()->className() << " "
                                              << widget->objectName().toStdString() << " in "
                                              << widget->parentWidget()->metaObject()->className() << " "
                                              << widget->parentWidget()->objectName().toStdString());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty());
        CHECK(accessible->role() != QAccessible::NoRole);
        CHECK(accessible->role() != QAccessible::Client); // a plain widget says nothing of what it is
        ++checked;
    }
    INFO(where);
    CHECK(checked > 0);
}

} // namespace

TEST_CASE("Every focusable widget on every page and tab has an accessible name and role", "[gui][accessibility]")
{
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        AppWindow w(lang, [](Database &db) { REQUIRE(writeDemoData(db, raterQuiz(), QDate(2026, 11, 22)).hasValue()); });
        checkAccessible(w, w.window->quizPage(), "quiz", lang);
        w.submitQuiz(QStringLiteral("Front Desk"), mixed);
        checkAccessible(w, w.window->resultsPage(), "results", lang);

        w.window->showTab(1);
        w.window->historyView()->selectTeams({QStringLiteral("Front Desk"), QStringLiteral("Field Service")});
        checkAccessible(w, w.window->historyView(), "history", lang);
        w.window->showTab(2);
        checkAccessible(w, w.window->comparisonView(), "comparison", lang);
        w.window->showTab(3);
        WorkshopsView *workshops = w.window->workshopsView();
        checkAccessible(w, workshops, "workshops: the group", lang);
        workshops->showPaperEntry();
        checkAccessible(w, workshops, "workshops: paper entry", lang);
        checkAccessible(w, w.window->findChild<QTabWidget *>(), "the tabs", lang);
    }
}
