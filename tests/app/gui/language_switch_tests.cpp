#include "app_window.h"
#include "printing.h"
#include "rater_quiz.h"

#include "history/demo.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "workshop/workshopsview.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace rater;
using namespace rater::gui;
using testing::AppWindow;

namespace {

// Counts, as SQLite runs them, the statements that read the window's
// database: watched from outside, on the connection the window opened.
class ReadCounter
{
public:
    ReadCounter()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            const QVariant handle = QSqlDatabase::database(name, false).driver()->handle();
            if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data());
                sqlite3_trace_v2(db, SQLITE_TRACE_STMT, &ReadCounter::traced, this);
                m_handles.push_back(db);
            }
        }
        REQUIRE_FALSE(m_handles.empty());
    }
    ~ReadCounter()
    {
        for (sqlite3 *db : m_handles)
            sqlite3_trace_v2(db, 0, nullptr, nullptr);
    }
    ReadCounter(const ReadCounter &) = delete;
    ReadCounter &operator=(const ReadCounter &) = delete;

    int reads() const { return m_reads; }

private:
    static int traced(unsigned, void *context, void *, void *sql)
    {
        const QByteArray text = QByteArray(static_cast<const char *>(sql)).trimmed();
        if (text.startsWith("SELECT") || text.startsWith("WITH"))
            ++static_cast<ReadCounter *>(context)->m_reads;
        return 0;
    }

    std::vector<sqlite3 *> m_handles;
    int m_reads = 0;
};

void demo(Database &database)
{
    REQUIRE(writeDemoData(database, raterQuiz(), QDate(2026, 11, 22)).hasValue());
}

// Shows tab `tab` of `w`: History with two teams, Comparison or Workshops.
DataView &show(AppWindow &w, int tab)
{
    w.window->showTab(tab);
    switch (tab) {
    case 1:
        w.window->historyView()->selectTeams({QStringLiteral("Front Desk"), QStringLiteral("Field Service")});
        return *w.window->historyView();
    case 2: return *w.window->comparisonView();
    default: return *w.window->workshopsView();
    }
}

} // namespace

TEST_CASE("A language switch rebuilds each view once, reading its data at most once", "[gui][language]")
{
    // Each view on screen in its own window. A view may keep what it read
    // (Comparison keeps each team's figures), so the measure is a window
    // that shows the view in Persian from the start.
    for (int tab : {1, 2, 3}) {
        int built = 0;
        {
            AppWindow fresh(Language::Persian, demo);
            QCoreApplication::processEvents();
            const ReadCounter counter;
            show(fresh, tab);
            QCoreApplication::processEvents();
            built = counter.reads();
        }
        AppWindow w(Language::English, demo);
        show(w, tab);
        QCoreApplication::processEvents();
        const ReadCounter counter;
        w.switchTo(Language::Persian);
        QCoreApplication::processEvents();
        const int switched = counter.reads();
        INFO("tab " << tab << ": shown in Persian from the start " << built << " reads; a switch " << switched);
        CHECK(built > 0);
        CHECK(switched > 0);
        CHECK(switched <= built);
    }
}
