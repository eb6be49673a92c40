#pragma once

// The desktop app's window on a real database in a temporary folder, in a
// chosen language, and the helpers the widget tests drive it with.

#include "printing.h"
#include "rater_quiz.h"

#include "dialogs/dialogs.h"
#include "languagecontroller.h"
#include "mainwindow.h"
#include "pages/quizpage.h"
#include "pages/resultspage.h"
#include "pages/statementrow.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace testing {

struct AppWindow
{
    // `prepare` fills the database before the window opens it.
    explicit AppWindow(rater::Language lang = rater::Language::English,
                       const std::function<void(rater::Database &)> &prepare = {}, QSize size = QSize())
    {
        language.setLanguage(lang);
        auto database = rater::Database::open(databasePath());
        INFO(database.error().toStdString());
        REQUIRE(database.hasValue());
        if (prepare)
            prepare(*database.value());
        window = std::make_unique<rater::gui::MainWindow>(std::move(database).value(), language);
        if (size.isValid())
            window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString databasePath() const { return dir.filePath(QStringLiteral("app.sqlite")); }
    rater::gui::QuizPage &quiz() const { return *window->quizPage(); }

    template <typename T>
    T *find(const QString &name) const
    {
        T *widget = window->findChild<T *>(name);
        INFO("no widget named " << name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    void trigger(const QString &actionName) const
    {
        QAction *action = window->findChild<QAction *>(actionName);
        INFO("no action named " << actionName.toStdString());
        REQUIRE(action);
        action->trigger();
    }

    void switchTo(rater::Language lang) const
    {
        trigger(QStringLiteral("language-") + rater::languageCode(lang));
        QCoreApplication::processEvents(); // the posted QEvent::LanguageChange
    }

    // Offscreen, a closed dialog hands the activation back to no one, as a
    // window manager would: give it back before using shortcuts again.
    void activate() const
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    // Types the team, then answers every statement with the keyboard.
    void answerQuiz(const QString &team, const rater::Answers &answers) const
    {
        activate();
        find<QComboBox>(QStringLiteral("team"))->setCurrentText(team);
        quiz().row(1)->setFocus();
        for (int answer : answers)
            QTest::keyClick(QApplication::focusWidget(), char('0' + answer));
    }

    // Answers the quiz and shows its result.
    void submitQuiz(const QString &team, const rater::Answers &answers) const
    {
        answerQuiz(team, answers);
        QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(window->resultsPage());
        REQUIRE(window->resultsPage()->isVisible());
    }

    QTemporaryDir dir;
    rater::gui::LanguageController language;
    std::unique_ptr<rater::gui::MainWindow> window;
};

// While it lives, every dialog is answered by `answer` instead of a person.
class DialogAnswers
{
public:
    explicit DialogAnswers(rater::gui::dialogs::Answer answer) { rater::gui::dialogs::answerWith(std::move(answer)); }
    ~DialogAnswers() { rater::gui::dialogs::answerWith({}); }
    DialogAnswers(const DialogAnswers &) = delete;
    DialogAnswers &operator=(const DialogAnswers &) = delete;
};

// Answers every message box with `button` (which it must offer), noting each
// box's text in `seen`.
inline rater::gui::dialogs::Answer pressInBox(QMessageBox::StandardButton button, QStringList *seen = nullptr)
{
    return [button, seen](QDialog &dialog) {
        auto *box = qobject_cast<QMessageBox *>(&dialog);
        INFO("expected a message box, got " << dialog.metaObject()->className());
        REQUIRE(box);
        if (seen)
            *seen << box->text() + QLatin1Char('\n') + box->informativeText();
        QAbstractButton *chosen = box->button(button);
        INFO("the box offers no such button: " << box->text().toStdString());
        REQUIRE(chosen);
        chosen->click();
        return box->result();
    };
}

// Answers a file dialog with `path`, and any message box with its default
// button, noting the box's text in `seen`.
inline rater::gui::dialogs::Answer chooseFile(const QString &path, QStringList *seen = nullptr,
                                              const QString &nameFilter = QString())
{
    return [path, seen, nameFilter](QDialog &dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
            if (seen)
                *seen << box->text() + QLatin1Char('\n') + box->informativeText();
            return int(QDialog::Accepted);
        }
        auto *files = qobject_cast<QFileDialog *>(&dialog);
        INFO("expected a file dialog, got " << dialog.metaObject()->className());
        REQUIRE(files);
        if (!nameFilter.isEmpty())
            files->selectNameFilter(nameFilter);
        files->selectFile(path);
        return int(QDialog::Accepted);
    };
}

// Types `text` into the dialog's line edit named `name`, as a person would.
inline void typeInto(QDialog &dialog, const QString &name, const QString &text)
{
    auto *field = dialog.findChild<QLineEdit *>(name);
    INFO("the dialog has no field named " << name.toStdString());
    REQUIRE(field);
    field->clear();
    QTest::keyClicks(field, text);
}

// Answers the facilitator's passphrase dialogs: typed twice when one is
// chosen, once when it is asked for; and any message box with OK.
inline rater::gui::dialogs::Answer facilitator(const QString &passphrase, QStringList *seen = nullptr)
{
    return [passphrase, seen](QDialog &dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
            if (seen)
                *seen << box->text();
            return int(QDialog::Accepted);
        }
        typeInto(dialog, QStringLiteral("passphrase"), passphrase);
        if (dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain")))
            typeInto(dialog, QStringLiteral("passphraseAgain"), passphrase);
        if (seen)
            *seen << dialog.objectName();
        return int(QDialog::Accepted);
    };
}

// A key press carrying `text`, as an Arabic or Persian keyboard sends digits.
inline void pressText(QWidget *target, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

inline const rater::Answers mixedAnswers{2, 4, 4, 5, 1, 3, 2, 1, 4, 2, 5, 1, 4, 5, 3, 2, 5};

} // namespace testing
