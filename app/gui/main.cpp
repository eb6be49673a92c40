#include "databasechooser.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "pages/quizpage.h"
#include "style/deferrediconstyle.h"

#include "history/demo.h"
#include "questionnaire/loader.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QCommandLineParser>
#include <QStyle>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// For the start-up benchmark: once the quiz page has been painted, prints the
// monotonic clock ("painted NANOSECONDS") and quits, so that the benchmark can
// time a launch up to the first useful picture, without the shutdown.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("painted %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Rater"));
    QApplication::setApplicationVersion(QStringLiteral(RATER_VERSION));
    QApplication::setStyle(new rater::gui::DeferredIconStyle(QApplication::style()->name()));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "database file"),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "open a database of demo results"));
    parser.addOption(demo);
    QCommandLineOption hidden(QStringLiteral("quit-after-first-paint"));
    hidden.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(hidden);
    parser.process(app);

    rater::gui::LanguageController language;
    QString path = parser.isSet(db) ? parser.value(db) : rater::Database::prepareDefaultPath();
    if (parser.isSet(demo))
        path = QFileInfo(rater::Database::prepareDefaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
    auto database = rater::gui::openDatabaseOrAsk(path);
    if (!database)
        return 2;
    if (parser.isSet(demo) && database->assessmentCount() == 0) {
        const auto questionnaire = rater::loadBuiltInQuestionnaire(rater::defaultQuestionnaireId());
        rater::writeDemoData(*database, *questionnaire, QDate::currentDate());
    }
    rater::gui::MainWindow window(std::move(database), language);
    if (parser.isSet(hidden))
        window.quizPage()->installEventFilter(new QuitAfterFirstPaint(&window));
    if (parser.isSet(demo))
        window.showTab(1);
    window.show();
    return QApplication::exec();
}
