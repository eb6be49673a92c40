// Renders every page of the desktop app, and the PDF reports, in English,
// Arabic and Persian, for the README and for checking layouts by eye.
//
//   rater-screenshots OUTPUT_FOLDER [--size WIDTHxHEIGHT] [--dark]
//
// Each page is reached as a person reaches it, through the window's own
// tabs and controls. Runs offscreen unless a platform is chosen; uses a
// throwaway database and settings. --dark renders with Fusion and a dark
// palette, as a dark desktop theme would give.

#include "actions/actionsview.h"
#include "actions/planactionsdialog.h"
#include "desktopapp.h"
#include "dialogs/dialogs.h"
#include "help/guidewindow.h"
#include "history/demo.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "organisation/connectdialog.h"
#include "pages/quizpage.h"
#include "pages/resultspage.h"
#include "pages/statementrow.h"
#include "questionnaire/loader.h"
#include "settings/identity.h"
#include "style/raterstyle.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "views/recordsview.h"
#include "workshop/groupview.h"
#include "workshop/workshopsview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

using namespace rater;
using namespace rater::gui;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x39));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    dark.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x40));
    dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x60));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

QString localized(Language lang, const char *english, const char *arabic, const char *persian)
{
    switch (lang) {
    case Language::Arabic: return QString::fromUtf8(arabic);
    case Language::Persian: return QString::fromUtf8(persian);
    case Language::English: break;
    }
    return QString::fromUtf8(english);
}

class Shots
{
public:
    Shots(const QDir &out, QString code) : m_out(out), m_code(std::move(code)) {}

    void take(QWidget &window, const QString &page) const
    {
        QTest::qWait(300); // layouts and charts settle through the event loop
        window.grab().save(file(page, QStringLiteral(".png")));
    }
    QString file(const QString &name, const QString &extension) const
    {
        return m_out.filePath(name + QLatin1Char('-') + m_code + extension);
    }

private:
    QDir m_out;
    QString m_code;
};

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir scratch;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(scratch.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(scratch.filePath(QStringLiteral("data"))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());
    nameApplication();
    QCommandLineParser parser;
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("window size"), QStringLiteral("WxH"),
                                        QStringLiteral("1100x800"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("a dark palette"));
    parser.addOption(sizeOption);
    parser.addOption(darkOption);
    parser.addPositionalArgument(QStringLiteral("OUTPUT_FOLDER"), QStringLiteral("where the pictures go"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QStringList dimensions = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize size(dimensions.value(0).toInt(), dimensions.value(1).toInt());
    // The app's own style around the platform's, as the app sets it; Fusion for the dark theme.
    const QString base = parser.isSet(darkOption) ? QStringLiteral("Fusion") : QApplication::style()->name();
    QApplication::setStyle(new RaterStyle(base)); // the application owns it
    if (parser.isSet(darkOption))
        QApplication::setPalette(darkPalette());
    const QDir out(parser.positionalArguments().first());
    QDir().mkpath(out.path());
    // Pictures never wait for a person: every dialog is answered at once.
    const dialogs::Answer accept = [](QDialog &) { return int(QDialog::Accepted); };
    dialogs::answerWith(accept);

    // A mid-band result with clear strengths and weaknesses.
    const std::vector<int> answers{2, 4, 3, 4, 2, 3, 3, 2, 4, 3, 4, 3, 4, 4, 3, 3, 4};
    LanguageController language;
    for (Language lang : {Language::English, Language::Arabic, Language::Persian}) {
        language.setLanguage(lang);
        const QString code = languageCode(lang);
        const Shots shots(out, code);

        // The quiz and a result, on a fresh database.
        auto fresh = Database::open(scratch.filePath(code + QStringLiteral(".sqlite")));
        if (!fresh) {
            qWarning("%s", qPrintable(fresh.error()));
            return 1;
        }
        MainWindow window(std::move(fresh).value(), language);
        window.resize(size);
        window.show();
        window.showTab(1);
        shots.take(window, QStringLiteral("history-empty"));
        window.showTab(0);
        QuizPage *quiz = window.quizPage();
        quiz->findChild<QComboBox *>(QStringLiteral("team"))
            ->setCurrentText(localized(lang, "Customer Care", "خدمة العملاء", "پشتیبانی مشتریان"));
        quiz->row(1)->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(QApplication::focusWidget(), char('0' + answers[std::size_t(i)]));
        // The seventh statement with the arrows' marker on it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        shots.take(window, QStringLiteral("quiz"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        for (std::size_t i = 7; i < answers.size(); ++i)
            QTest::keyClick(QApplication::focusWidget(), char('0' + answers[i]));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        shots.take(window, QStringLiteral("results"));
        auto *content = window.resultsPage()->findChild<QWidget *>(QStringLiteral("resultsContent"));
        content->grab().save(shots.file(QStringLiteral("results-full"), QStringLiteral(".png")));
        window.exportPdf(shots.file(QStringLiteral("result"), QStringLiteral(".pdf")));
        window.saveResult();

        // Plan Actions… on the saved result: the first tip of each weakest
        // dimension ticked, an owner, a due date.
        dialogs::answerWith([&shots, lang](QDialog &dialog) {
            auto *planning = qobject_cast<PlanActionsDialog *>(&dialog);
            if (!planning)
                return int(QDialog::Accepted);
            const QList<QCheckBox *> boxes = planning->tipBoxes();
            boxes.first()->setChecked(true);
            boxes.last()->setChecked(true);
            planning->owner()->setText(localized(lang, "Sara", "سارة", "سارا"));
            dialog.show();
            QTest::qWait(300);
            dialog.grab().save(shots.file(QStringLiteral("plan-actions"), QStringLiteral(".png")));
            return int(QDialog::Accepted);
        });
        window.planActions();
        dialogs::answerWith(accept);
        // The team's next quiz, with its open actions above the statements.
        window.newQuiz();
        shots.take(window, QStringLiteral("quiz-actions"));

        // History, comparison and workshops, on the demo database.
        window.openDemo();
        auto *history = qobject_cast<HistoryView *>(window.historyView());
        history->selectTeams({QStringLiteral("Front Desk"), QStringLiteral("Field Service")});
        shots.take(window, QStringLiteral("history"));
        history->exportPdf(shots.file(QStringLiteral("history"), QStringLiteral(".pdf")));
        history->setPeriodKind(PeriodKind::Month);
        shots.take(window, QStringLiteral("history-month"));
        history->setPeriodKind(PeriodKind::Quarter);
        window.showTab(2);
        auto *comparison = qobject_cast<ComparisonView *>(window.comparisonView());
        shots.take(window, QStringLiteral("comparison"));
        comparison->exportPdf(shots.file(QStringLiteral("comparison"), QStringLiteral(".pdf")));

        window.showTab(3);
        auto *workshops = qobject_cast<WorkshopsView *>(window.workshopsView());
        shots.take(window, QStringLiteral("group"));
        workshops->groupView()->writeReport(shots.file(QStringLiteral("workshop"), QStringLiteral(".pdf")));
        workshops->showPaperEntry();
        QTableWidget *grid = workshops->paperGrid();
        grid->setItem(0, 0, new QTableWidgetItem(QStringLiteral("f-01")));
        grid->setItem(0, 1, new QTableWidgetItem(QStringLiteral("41253412534125341")));
        grid->setItem(1, 0, new QTableWidgetItem(QStringLiteral("f-02")));
        grid->setItem(1, 1, new QTableWidgetItem(QStringLiteral("3333373333")));
        shots.take(window, QStringLiteral("paper-entry"));
        grid->clearContents();
        // Pass the laptop: the participant's quiz, with the rest of the window locked.
        dialogs::answerWith([](QDialog &dialog) {
            for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
                field->setText(QStringLiteral("2468"));
            return int(QDialog::Accepted);
        });
        workshops->startPassTheLaptop();
        shots.take(window, QStringLiteral("pass-the-laptop"));
        workshops->endPassTheLaptop();
        dialogs::answerWith(accept);

        // Records: the list, a search, and the bin after a deletion.
        window.showTab(4);
        auto *records = window.recordsView();
        shots.take(window, QStringLiteral("records"));
        records->table()->setFocus();
        records->selectIds({records->model()->idAt(0)});
        records->deleteSelected();
        records->selectIds({records->model()->idAt(1), records->model()->idAt(2)});
        records->deleteSelected();
        records->showBin(true);
        records->selectIds({records->model()->idAt(0)});
        shots.take(window, QStringLiteral("records-bin"));
        records->showBin(false);
        window.showChangeLog();
        dialogs::answerWith([&shots](QDialog &dialog) {
            dialog.show();
            dialog.grab().save(shots.file(QStringLiteral("change-log"), QStringLiteral(".png")));
            return int(QDialog::Rejected);
        });
        window.showChangeLog();
        dialogs::answerWith(accept);

        // Help: Keyboard Shortcuts, About Rater and the User Guide.
        dialogs::answerWith([&shots](QDialog &dialog) {
            dialog.show();
            QTest::qWait(100);
            const bool about = dialog.objectName() == QStringLiteral("aboutBox");
            dialog.grab().save(
                shots.file(about ? QStringLiteral("about") : QStringLiteral("shortcuts"), QStringLiteral(".png")));
            return int(QDialog::Rejected);
        });
        window.findChild<QAction *>(QStringLiteral("keyboardShortcuts"))->trigger();
        window.findChild<QAction *>(QStringLiteral("about"))->trigger();
        dialogs::answerWith(accept);
        window.findChild<QAction *>(QStringLiteral("userGuide"))->trigger();
        if (auto *guide = window.findChild<GuideWindow *>()) {
            QTest::qWait(100);
            guide->grab().save(shots.file(QStringLiteral("guide"), QStringLiteral(".png")));
            guide->close();
        }

        // Actions: Front Desk's, two of them done long enough ago to tell.
        {
            // On a demo database of its own, so that each language's actions are its own.
            const QString actionsPath = scratch.filePath(code + QStringLiteral("-actions.sqlite"));
            if (auto demo = Database::open(actionsPath); demo)
                writeDemoData(**demo, window.questionnaire(), QDate::currentDate());
            window.openDatabase(actionsPath);
            const auto planned = [&](const char *dimension, const char *en, const char *ar, const char *fa,
                                     const QDate &created, const QDate &due) {
                return NewAction{QStringLiteral("Front Desk"), std::nullopt, QString::fromLatin1(dimension),
                                 localized(lang, en, ar, fa), localized(lang, "Sara", "سارة", "سارا"), due, created};
            };
            const QDate today = QDate::currentDate();
            const auto ids = window.database().actions().addAll({
                planned("empathy", "Call every customer back within a day", "الاتصال بكل عميل خلال يوم",
                        "تماس دوباره با هر مشتری در یک روز", today.addMonths(-13), today.addMonths(-10)),
                planned("reliability", "Keep a log of every promise made", "سجل لكل وعد يُقطع للعميل",
                        "دفتری برای هر قولی که داده می‌شود", today.addMonths(-9), today.addMonths(-6)),
                planned("tangibles", "New signs at the desk", "لافتات جديدة عند المكتب", "تابلوهای تازه کنار میز",
                        today.addMonths(-3), today.addDays(-20)),
                planned("responsiveness", "Answer the phone by the third ring", "الرد على الهاتف قبل الرنة الثالثة",
                        "پاسخ به تلفن پیش از زنگ سوم", today.addDays(-10), today.addMonths(2)),
                planned("assurance", "Monthly product training", "تدريب شهري على المنتجات", "آموزش ماهانه‌ی محصولات",
                        today.addMonths(-8), today.addMonths(-5)),
            });
            if (ids) {
                window.database().actions().close(ids->at(0), Action::State::Done, today.addMonths(-10));
                window.database().actions().close(ids->at(1), Action::State::Done, today.addMonths(-6));
                window.database().actions().close(ids->at(4), Action::State::Dropped, today.addMonths(-6));
            }
            window.catchUp();
            window.showTab(5);
            window.actionsView()->showTeam(QStringLiteral("Front Desk"));
            shots.take(window, QStringLiteral("actions"));
            // Edit Action… on the overdue one.
            dialogs::answerWith([&shots](QDialog &dialog) {
                dialog.show();
                QTest::qWait(300);
                dialog.grab().save(shots.file(QStringLiteral("edit-action"), QStringLiteral(".png")));
                return int(QDialog::Rejected);
            });
            if (ids)
                window.actionsView()->selectAction(ids->at(2));
            window.actionsView()->editInDialog();
            dialogs::answerWith(accept);
            // The two done ones on the team's dimension chart.
            window.showTab(1);
            qobject_cast<HistoryView *>(window.historyView())->selectTeams({QStringLiteral("Front Desk")});
            shots.take(window, QStringLiteral("history-actions"));
        }

        // File ▸ Connect to Organisation Store…, as a lead fills it in.
        organisation::StoreAddress store;
        store.host = QStringLiteral("db.example.org");
        store.database = QStringLiteral("rater");
        store.user = QStringLiteral("sara");
        ConnectStoreDialog connecting(ConnectStoreDialog::Purpose::Compare, store, &window);
        connecting.findChild<QLineEdit *>(QStringLiteral("storePassword"))->setText(QStringLiteral("secret"));
        connecting.show();
        QTest::qWait(1000); // the keychain answers whether it can keep a password
        connecting.grab().save(shots.file(QStringLiteral("connect-store"), QStringLiteral(".png")));
        connecting.close();
        while (window.undoStack()->canUndo())
            window.undoStack()->undo();
        if (window.size() != size)
            qWarning("%s: the window grew from %dx%d to %dx%d", qPrintable(code), size.width(), size.height(),
                     window.width(), window.height());
    }
    return 0;
}
