#include "app_window.h"
#include "datafiles/datafiles.h"
#include "help/guidewindow.h"
#include "help/shortcuts.h"
#include "help/shortcutsdialog.h"

#include <QFile>
#include <QShortcut>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>
#include <set>

using namespace rater;
using namespace rater::gui;
using namespace testing;

namespace {

using KeySet = std::set<QString>;

// Every key sequence the window answers through an action or a shortcut.
KeySet windowKeys(const MainWindow &window)
{
    KeySet keys;
    for (const QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            keys.insert(key.toString(QKeySequence::PortableText));
    }
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        for (const QKeySequence &key : shortcut->keys())
            keys.insert(key.toString(QKeySequence::PortableText));
    }
    return keys;
}

KeySet listedKeys()
{
    KeySet keys;
    for (const ShortcutEntry &entry : keyboardShortcuts()) {
        if (entry.readByWidget)
            continue;
        for (const QKeySequence &key : entry.boundKeys())
            keys.insert(key.toString(QKeySequence::PortableText));
    }
    return keys;
}

// The dialog's rows as "area / what / keys".
QStringList shownRows(const ShortcutsDialog &dialog)
{
    QStringList rows;
    const QTreeWidget *tree = dialog.tree();
    for (int a = 0; a < tree->topLevelItemCount(); ++a) {
        const QTreeWidgetItem *area = tree->topLevelItem(a);
        for (int r = 0; r < area->childCount(); ++r)
            rows << area->text(0) + u" / "_qs + area->child(r)->text(0) + u" / "_qs + area->child(r)->text(1);
    }
    return rows;
}

} // namespace

TEST_CASE("Help ▸ Keyboard Shortcuts lists every shortcut the window has, and none it lacks", "[gui][help]")
{
    AppWindow f;
    // Every tab built, so that each view's own actions exist.
    for (int tab = 0; tab < 6; ++tab)
        f.window->showTab(tab);
    f.window->showTab(0);
    const KeySet inWindow = windowKeys(*f.window);
    const KeySet listed = listedKeys();
    for (const QString &key : inWindow) {
        INFO("the window answers " << key.toStdString() << " but the list does not name it");
        CHECK(listed.count(key) == 1);
    }
    for (const QString &key : listed) {
        INFO("the list names " << key.toStdString() << " but nothing in the window answers it");
        CHECK(inWindow.count(key) == 1);
    }
    CHECK(listed.size() >= 20);
}

TEST_CASE("The shortcuts are shown in the window's language, keys as the menus show them", "[gui][help][i18n]")
{
    for (const Language language : { Language::English, Language::Arabic, Language::Persian }) {
        AppWindow f(language);
        QStringList rows;
        QString title;
        DialogAnswers answers([&](QDialog &dialog) {
            auto *shortcuts = qobject_cast<ShortcutsDialog *>(&dialog);
            REQUIRE(shortcuts);
            title = shortcuts->windowTitle();
            rows = shownRows(*shortcuts);
            return int(QDialog::Rejected);
        });
        f.trigger(QStringLiteral("keyboardShortcuts"));
        INFO(languageCode(language).toStdString() << ": " << rows.join(u'\n').toStdString());
        const auto shown = std::count_if(keyboardShortcuts().begin(), keyboardShortcuts().end(),
            [](const ShortcutEntry &e) { return e.typed || !e.boundKeys().isEmpty(); });
        REQUIRE(rows.size() == qsizetype(shown));
        const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        CHECK(rows.filter(u" / "_qs + undoKeys).size() == 1);
        // Two keys for one thing, joined as the language lists things.
        const QString redoKeys = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)
            + listSeparator(language) + QKeySequence(Qt::CTRL | Qt::Key_Y).toString(QKeySequence::NativeText);
        CHECK(rows.filter(redoKeys).size() == 1);
        for (const QString &row : rows)
            CHECK_FALSE(row.endsWith(u" / "_qs)); // every row names its keys
        switch (language) {
        case Language::English:
            CHECK(title == u"Keyboard Shortcuts"_qs);
            CHECK(rows.contains(u"Quiz / Answer the statement in focus / 1 to 5"_qs));
            break;
        case Language::Arabic:
            CHECK(title == u"اختصارات لوحة المفاتيح"_qs);
            CHECK(rows.filter(u"١ إلى ٥"_qs).size() == 1);
            break;
        case Language::Persian:
            CHECK(title == u"میان‌برهای صفحه‌کلید"_qs);
            CHECK(rows.filter(u"۱ تا ۵"_qs).size() == 1);
            break;
        }
    }
}

TEST_CASE(
    "Help ▸ User Guide opens the installed guide in the window's language and follows a switch", "[gui][help][i18n]")
{
    AppWindow f;
    f.activate();
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    auto *guide = f.window->findChild<GuideWindow *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->pagePath() == datafiles::guideFolder() + u"/en.html"_qs);
    CHECK(guide->browser()->toPlainText().startsWith(u"Rater user guide"_qs));
    CHECK(guide->browser()->source().isLocalFile());
    // A local page, with no way out to the web.
    QFile page(guide->pagePath());
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    CHECK_FALSE(html.contains("http"));
    CHECK_FALSE(html.contains("href"));

    f.switchTo(Language::Persian);
    CHECK(guide->pagePath().endsWith(u"/fa.html"_qs));
    CHECK(guide->browser()->toPlainText().startsWith(u"راهنمای کاربر Rater"_qs));
    CHECK(guide->windowTitle() == u"راهنمای کاربر Rater"_qs);
    CHECK(guide->layoutDirection() == Qt::RightToLeft);

    // Asked for again, the same window comes forward.
    guide->close();
    f.trigger(QStringLiteral("userGuide"));
    CHECK(f.window->findChildren<GuideWindow *>().size() == 1);
    CHECK(guide->isVisible());
}

TEST_CASE("Help ▸ About Rater names the version, the licence, Qt and the database", "[gui][help]")
{
    AppWindow f;
    QStringList seen;
    {
        DialogAnswers answers(pressInBox(QMessageBox::Ok, &seen));
        f.trigger(QStringLiteral("about"));
    }
    REQUIRE(seen.size() == 1);
    const QString text = seen.front();
    INFO(text.toStdString());
    CHECK(text.contains(QCoreApplication::applicationVersion()));
    CHECK(text.contains(u"GPL-3.0-or-later"_qs));
    CHECK(text.contains(u"Qt "_qs + QString::fromLatin1(qVersion())));
    CHECK(text.contains(QStringLiteral("Qt " QT_VERSION_STR)));
    CHECK(text.contains(QDir::toNativeSeparators(f.databasePath()).toHtmlEscaped()));
}
