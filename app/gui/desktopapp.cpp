#include "desktopapp.h"

#include "databasechooser.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "style/raterstyle.h"

#include "organisation/address.h"
#include "settings/identity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>

namespace rater::gui {
namespace {

// Runs `action` from the event loop once `widget` has been painted for the
// first time, that is once the whole first picture is up.
void afterFirstPaint(QWidget *widget, std::function<void()> action)
{
    class Watcher : public QObject
    {
    public:
        Watcher(QWidget *widget, std::function<void()> action) : QObject(widget), m_action(std::move(action)) {}

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                watched->removeEventFilter(this);
                QTimer::singleShot(0, parent(), std::move(m_action));
                deleteLater();
            }
            return false;
        }

    private:
        std::function<void()> m_action;
    };
    widget->installEventFilter(new Watcher(widget, std::move(action)));
}

// For the start-up benchmark: "<what> <monotonic clock in ns>" on standard output.
void printClock(const char *what)
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::printf("%s %lld\n", what, static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
    std::fflush(stdout);
}

} // namespace

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nameApplication();
    adoptEarlierSettings();
    QApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    QApplication::setStyle(new RaterStyle(QApplication::style()->name())); // the application owns it

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "database file, or the organisation store "
                                                                "(postgresql://login@server/database) to compare its "
                                                                "teams"),
                                QStringLiteral("PATH|URL"));
    parser.addOption(db);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "open a database of demo results"));
    parser.addOption(demo);
    // For the start-up benchmark: prints the clock when the window is first
    // painted ("painted") and when its data is in ("ready"), then quits.
    QCommandLineOption timeStartUp(QStringLiteral("quit-after-first-paint"));
    timeStartUp.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(timeStartUp);
    parser.process(app);

    LanguageController language;
    // A store's address opens this computer's database, with the store in the Comparison tab.
    std::optional<organisation::StoreAddress> store;
    if (parser.isSet(db) && organisation::isStoreAddress(parser.value(db))) {
        Expected<organisation::StoreAddress> address = organisation::parseStoreAddress(parser.value(db));
        if (!address) {
            std::fprintf(stderr, "rater: %s\n", qPrintable(address.error()));
            return 2;
        }
        store = std::move(address).value();
    }
    const QString path = parser.isSet(db) && !store ? parser.value(db) : Database::prepareDefaultPath();
    MainWindow window(language);

    // The database is opened once the window is on screen: its checks take a
    // few milliseconds, and the quiz needs nothing from it to be read or answered.
    afterFirstPaint(&window, [&] {
        auto database = parser.isSet(demo) ? openDemoDatabase(&window)
                                           : openDatabaseOrAsk(path, &window);
        if (!database) {
            QCoreApplication::exit(2);
            return;
        }
        window.setDatabase(std::move(database));
        if (store)
            window.connectToStore(*store);
        if (parser.isSet(timeStartUp)) {
            printClock("ready");
            QCoreApplication::quit();
        }
    });
    if (parser.isSet(timeStartUp)) // watched first: the filter installed last runs first
        afterFirstPaint(&window, [] { printClock("painted"); });
    if (parser.isSet(demo))
        window.showTab(1);
    window.show();
    return QApplication::exec();
}

} // namespace rater::gui
