#include "desktopapp.h"

#include "commandline.h"
#include "databasechooser.h"
#include "dialogs/dialogs.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "style/raterstyle.h"

#include "datafiles/datafiles.h"
#include "organisation/address.h"
#include "questionnaire/loader.h"
#include "settings/identity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
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

QIcon applicationIcon()
{
    QIcon icon;
    const QDir folder(datafiles::iconThemeFolder());
    const QStringList sizes = folder.entryList({QStringLiteral("*x*")}, QDir::Dirs);
    for (const QString &size : sizes) {
        const QString png = folder.filePath(size + QStringLiteral("/apps/" RATER_APP_ID ".png"));
        if (QFileInfo::exists(png))
            icon.addFile(png);
    }
    return icon;
}

int runDesktopApp(int argc, char *argv[])
{
    QApplication app(argc, argv);
    nameApplication();
    adoptEarlierSettings();
    QApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(RATER_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setStyle(new RaterStyle(QApplication::style()->name())); // the application owns it

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const DesktopOptions options;
    parser.addOptions(options.all());
    parser.process(app);

    // Without its questionnaire there is nothing to show: say where it was
    // looked for. The window reads it; here only the folder is listed.
    if (!builtInQuestionnaireIds().contains(defaultQuestionnaireId())) {
        const QString missing = loadBuiltInQuestionnaire(defaultQuestionnaireId()).error();
        std::fprintf(stderr, "rater: %s\n", qPrintable(missing));
        dialogs::warn(nullptr, QApplication::translate("main", "Rater cannot start."), missing);
        return 2;
    }

    LanguageController language;
    // A store's address opens this computer's database, with the store in the Comparison tab.
    std::optional<organisation::StoreAddress> store;
    if (parser.isSet(options.database) && organisation::isStoreAddress(parser.value(options.database))) {
        Expected<organisation::StoreAddress> address = organisation::parseStoreAddress(
            parser.value(options.database));
        if (!address) {
            std::fprintf(stderr, "rater: %s\n", qPrintable(address.error()));
            return 2;
        }
        store = std::move(address).value();
    }
    const QString path =
        parser.isSet(options.database) && !store ? parser.value(options.database) : Database::prepareDefaultPath();
    MainWindow window(language);

    // The database is opened once the window is on screen: its checks take a
    // few milliseconds, and the quiz needs nothing from it to be read or answered.
    afterFirstPaint(&window, [&] {
        auto database = parser.isSet(options.demo) ? openDemoDatabase(&window) : openDatabaseOrAsk(path, &window);
        if (!database) {
            QCoreApplication::exit(2);
            return;
        }
        window.setDatabase(std::move(database));
        if (store)
            window.connectToStore(*store);
        if (parser.isSet(options.quitAfterFirstPaint)) {
            printClock("ready");
            QCoreApplication::quit();
        }
    });
    if (parser.isSet(options.quitAfterFirstPaint)) // watched first: the filter installed last runs first
        afterFirstPaint(&window, [] { printClock("painted"); });
    if (parser.isSet(options.demo))
        window.showTab(1);
    window.show();
    return QApplication::exec();
}

} // namespace rater::gui
