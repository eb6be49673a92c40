#include "databasechooser.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "pages/quizpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

// Quits once the quiz page has been painted; lets the start-up benchmark time
// a launch from process start to the first useful picture.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "database file"),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    QCommandLineOption hidden(QStringLiteral("quit-after-first-paint"));
    hidden.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(hidden);
    parser.process(app);

    rater::gui::LanguageController language;
    auto database = rater::gui::openDatabaseOrAsk(parser.isSet(db) ? parser.value(db)
                                                                   : rater::Database::prepareDefaultPath());
    if (!database)
        return 2;
    rater::gui::MainWindow window(std::move(database), language);
    if (parser.isSet(hidden))
        window.quizPage()->installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
