// The desktop app connected to the organisation's store, on a real
// PostgreSQL server (run inside pg_virtualenv): what a manager and a lead
// see in the Comparison tab, and what a failed connection says.

#include "app_window.h"
#include "organisation_support.h"

#include "organisation/connectdialog.h"
#include "views/comparisonview.h"
#include "views/historyview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>

using namespace rater;
using namespace rater::gui;
using namespace testing;
using namespace organisationTesting;

namespace {

// Fills File ▸ Connect to Organisation Store… as a person would, with the
// server pg_virtualenv started, and notes every message box in `seen`.
dialogs::Answer connectAs(const QString &database, const QString &login, const QString &password, QStringList *seen)
{
    return [=](QDialog &dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
            *seen << box->text() + QLatin1Char('\n') + box->informativeText();
            return int(QDialog::Accepted);
        }
        REQUIRE(dialog.objectName() == QStringLiteral("connectStoreDialog"));
        typeInto(dialog, QStringLiteral("storeHost"), env("PGHOST"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("storePort"));
        REQUIRE(port);
        port->setValue(env("PGPORT").toInt());
        typeInto(dialog, QStringLiteral("storeDatabase"), database);
        typeInto(dialog, QStringLiteral("storeUser"), login);
        typeInto(dialog, QStringLiteral("storePassword"), password);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        REQUIRE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();
        return dialog.result();
    };
}

QStringList teamsShown(const AppWindow &f)
{
    auto *table = f.find<QTableWidget>(QStringLiteral("comparisonTable"));
    QStringList teams;
    for (int row = 0; row < table->rowCount(); ++row)
        teams << table->item(row, 0)->text();
    return teams;
}

// The store every case reads: two laptops' teams with results enough, and a
// third team with two results only, below the threshold of three.
QString sharedStore()
{
    static QString name;
    if (!name.isEmpty())
        return name;
    QTemporaryDir dir;
    name = newStore(QStringLiteral("window_store"),
                    {QStringLiteral("mgr_gwen"), QStringLiteral("lead_lars"), QStringLiteral("no_role")});
    REQUIRE(org(name, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_gwen")})
                .status == 0);
    REQUIRE(org(name, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_lars"),
                                  QStringLiteral("--team"), QStringLiteral("Front Desk")})
                .status == 0);
    for (const auto &[laptopName, team, count] :
         {std::tuple{QStringLiteral("one"), QStringLiteral("Front Desk"), 40},
          std::tuple{QStringLiteral("two"), QStringLiteral("Field Service"), 40},
          std::tuple{QStringLiteral("three"), QStringLiteral("Night Shift"), 2}})
        REQUIRE(syncRun(laptop(dir, laptopName, {team}, count), name).status == 0);
    return name;
}

} // namespace

TEST_CASE("A manager connected to the store compares every team with results enough, and none below the threshold",
          "[organisation][comparison]")
{
    const QString store = sharedStore();
    AppWindow f;
    QStringList seen;
    {
        DialogAnswers answers(connectAs(store, QStringLiteral("mgr_gwen"), QStringLiteral("mgr_gwen"), &seen));
        f.trigger(QStringLiteral("connectStore"));
    }
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    CHECK(seen.isEmpty());
    ComparisonView *view = f.window->comparisonView();
    REQUIRE(view->showsStore());
    // A manager reads groups: History stays on this computer's results.
    CHECK_FALSE(f.window->historyView()->showsStore());
    CHECK(view->isVisible());
    CHECK(f.find<QLabel>(QStringLiteral("comparisonStoreText"))->text().contains(
        QStringLiteral("read as mgr_gwen (manager): quarters of the Gregorian calendar, and only teams with 3 "
                       "or more results")));
    // The laptops' results fall in the first quarter of 2025.
    auto *period = f.find<QComboBox>(QStringLiteral("comparisonPeriod"));
    REQUIRE(period->count() == 1);
    CHECK(period->currentText() == QStringLiteral("Q1 2025"));
    CHECK(teamsShown(f) == QStringList{QStringLiteral("Field Service"), QStringLiteral("Front Desk")});
    auto *table = f.find<QTableWidget>(QStringLiteral("comparisonTable"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("40"));
    CHECK(f.find<QAction>(QStringLiteral("disconnectStore"))->isEnabled());

    // In Persian the same figures, in Persian digits.
    f.switchTo(Language::Persian);
    CHECK(teamsShown(f) == QStringList{QStringLiteral("Field Service"), QStringLiteral("Front Desk")});
    CHECK(table->item(0, 1)->text() == QStringLiteral("۴۰"));

    // Back to this computer's database, which holds nothing yet.
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("comparisonStoreLeave")), Qt::LeftButton);
    CHECK_FALSE(view->showsStore());
    CHECK_FALSE(f.find<QAction>(QStringLiteral("disconnectStore"))->isEnabled());
    CHECK(f.find<QComboBox>(QStringLiteral("comparisonPeriod"))->count() == 0);
}

TEST_CASE("A lead connected to the store compares their own teams only", "[organisation][comparison]")
{
    const QString store = sharedStore();
    AppWindow f;
    QStringList seen;
    {
        DialogAnswers answers(connectAs(store, QStringLiteral("lead_lars"), QStringLiteral("lead_lars"), &seen));
        f.trigger(QStringLiteral("connectStore"));
    }
    CHECK(seen.isEmpty());
    REQUIRE(f.window->comparisonView()->showsStore());
    CHECK(teamsShown(f) == QStringList{QStringLiteral("Front Desk")});
    CHECK(f.find<QLabel>(QStringLiteral("comparisonStoreText"))->text().contains(
        QStringLiteral("read as lead_lars: the results of the teams you may see")));

    // History reads the same store: the lead's team, its forty results, by period.
    HistoryView *history = f.window->historyView();
    REQUIRE(history->showsStore());
    f.window->showTab(1);
    CHECK(f.find<QLabel>(QStringLiteral("historyStoreText"))->isVisible());
    CHECK(f.find<QLabel>(QStringLiteral("historyStoreText"))->text().contains(QStringLiteral("read as lead_lars")));
    // An action done, synced from a laptop: marked on the team's dimension chart.
    superuser(store, QStringLiteral("INSERT INTO rater.action (uuid, team_id, dimension, text, created_on, state, "
                                    "closed_on) SELECT gen_random_uuid(), id, 'empathy', 'Listen', DATE '2025-01-02', "
                                    "'done', DATE '2025-02-01' FROM rater.team WHERE name = 'Front Desk' "
                                    "AND NOT EXISTS (SELECT 1 FROM rater.action)"));
    history->selectTeams({QStringLiteral("Front Desk")});
    REQUIRE(history->figures().size() == 1);
    const reports::HistoryChartData dimensions = history->dimensionChartData();
    REQUIRE(dimensions.markers.size() == 1);
    CHECK(dimensions.markers.front().date == QDate(2025, 2, 1));
    CHECK(dimensions.markers.front().line == QStringLiteral("Empathy"));
    qint64 results = 0;
    for (const PeriodStats &period : history->figures().front().second)
        results += period.total.n;
    CHECK(results == 40);
    CHECK(history->totalTable()->rowCount() >= 1);
    // This Computer's Results, from History, leaves the store in both tabs.
    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("historyStoreLeave")), Qt::LeftButton);
    CHECK_FALSE(history->showsStore());
    CHECK_FALSE(f.window->comparisonView()->showsStore());
    CHECK(history->figures().empty());
}

TEST_CASE("A wrong password, an unknown server or a login without a role gets a message, and the tab stays as it was",
          "[organisation][comparison]")
{
    const QString store = sharedStore();
    AppWindow f;
    f.window->comparisonView();
    const auto attempt = [&](const QString &database, const QString &login, const QString &password) {
        QStringList seen;
        DialogAnswers answers(connectAs(database, login, password, &seen));
        f.trigger(QStringLiteral("connectStore"));
        CHECK_FALSE(f.window->comparisonView()->showsStore());
        REQUIRE(seen.size() == 1);
        return seen.front();
    };
    const QString wrongPassword = attempt(store, QStringLiteral("mgr_gwen"), QStringLiteral("not the password"));
    CHECK(wrongPassword.contains(QStringLiteral("Rater could not connect to the organisation store.")));
    CHECK(wrongPassword.contains(QStringLiteral("password authentication failed for user \"mgr_gwen\"")));
    const QString noDatabase = attempt(QStringLiteral("no_such_store"), QStringLiteral("mgr_gwen"), QStringLiteral("mgr_gwen"));
    CHECK(noDatabase.contains(QStringLiteral("database \"no_such_store\" does not exist")));
    const QString noRole = attempt(store, QStringLiteral("no_role"), QStringLiteral("no_role"));
    CHECK(noRole.contains(QStringLiteral("no_role\u2069 has no Rater role in the organisation store.")));
    CHECK(noRole.contains(QStringLiteral("rater-cli org grant --manager no_role")));
    // The password typed is kept nowhere: the settings hold where, not how.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("mgr_gwen"))); // neither login's password
}

TEST_CASE("Publish sends the store a lead's teams once, keeps the other teams here, and says so",
          "[organisation][publish]")
{
    const QString store = newStore(QStringLiteral("publish_store"), {QStringLiteral("lead_pia"), QStringLiteral("mgr_pat")});
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--lead"), QStringLiteral("lead_pia"),
                                   QStringLiteral("--team"), QStringLiteral("Front Desk")})
                .status == 0);
    REQUIRE(org(store, QString(), {QStringLiteral("grant"), QStringLiteral("--manager"), QStringLiteral("mgr_pat")})
                .status == 0);
    AppWindow f(Language::English, [](Database &database) {
        for (int i = 0; i < 35; ++i) {
            const QString team = i < 30 ? QStringLiteral("Front Desk") : QStringLiteral("Back Office");
            REQUIRE(database.assessments()
                        .record({team, QString(), std::nullopt, QString(), QDate(2026, 4, 1).addDays(i),
                                 QStringLiteral("en"), raterQuiz().id, raterQuiz().version, mixedAnswers})
                        .hasValue());
        }
    });
    const auto publishAs = [&](const QString &login) {
        QStringList seen;
        DialogAnswers answers(connectAs(store, login, login, &seen));
        f.trigger(QStringLiteral("publishToStore"));
        REQUIRE(seen.size() == 1);
        return seen.front();
    };
    const QString first = publishAs(QStringLiteral("lead_pia"));
    CHECK(first.contains(QStringLiteral("Published to the organisation store")));
    CHECK(first.contains(QStringLiteral("Sent 30, already there 0.")));
    CHECK(first.contains(QStringLiteral("Kept here, not sent: 5 results of teams the login does not lead (Back Office).")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("30"));
    CHECK(f.window->statusBar()->currentMessage() == QStringLiteral("Sent 30, already there 0."));

    // Nothing is sent twice.
    CHECK(publishAs(QStringLiteral("lead_pia")).contains(QStringLiteral("Sent 0, already there 0.")));
    CHECK(superuser(store, QStringLiteral("SELECT count(*) FROM rater.assessment")) == QStringLiteral("30"));

    // A manager reads; they do not send.
    const QString manager = publishAs(QStringLiteral("mgr_pat"));
    CHECK(manager.contains(QStringLiteral("Not every result was published.")));
    CHECK(manager.contains(QStringLiteral("the login \"mgr_pat\" may not store results there")));
}

TEST_CASE("The store's dialog goes field by field in the order it shows them, and remembers no password",
          "[organisation]")
{
    organisation::StoreAddress last;
    last.host = QStringLiteral("db.example.org");
    last.database = QStringLiteral("rater");
    last.user = QStringLiteral("sara");
    ConnectStoreDialog dialog(ConnectStoreDialog::Purpose::Compare, last);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    // What is known is filled in; the password, never kept, has the focus.
    CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit *>(QStringLiteral("storePassword")));
    dialog.findChild<QLineEdit *>(QStringLiteral("storeHost"))->setFocus();
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        order << (focus->objectName().isEmpty() ? focus->parentWidget()->objectName() : focus->objectName());
    }
    CHECK(order == QStringList{QStringLiteral("storePort"), QStringLiteral("storeDatabase"), QStringLiteral("storeUser"),
                               QStringLiteral("storePassword")});
    const organisation::StoreAddress address = dialog.address();
    CHECK(address.host == last.host);
    CHECK(address.port == 5432);
    CHECK(address.password.isEmpty());
    // With no keychain to reach (this case runs with no session bus), the
    // dialog says so and offers nothing to keep.
    auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("storeKeepPassword"));
    REQUIRE(keep);
    QTRY_VERIFY(!keep->isEnabled());
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("storePasswordNote"));
    CHECK(note->text().startsWith(QStringLiteral("The system keychain cannot be reached, so the password is asked")));
    CHECK_FALSE(note->toolTip().isEmpty()); // the keychain's own reason
    // The note has the room it needs, below the box and above the buttons.
    CHECK(note->geometry().bottom() <= dialog.findChild<QDialogButtonBox *>()->geometry().top());
    CHECK(note->height() >= note->heightForWidth(note->width()));
    CHECK(dialog.keepsPassword() == std::nullopt);
}

namespace {

// What the Secret Service holds for a login at the store, read with
// secret-tool, past Rater and QtKeychain.
QString keptInKeychain(const QString &entry)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 QStringLiteral("Rater organisation store"), QStringLiteral("user"), entry});
    REQUIRE(lookup.waitForFinished(20000));
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

} // namespace

// Run on its own, in a session bus with an unlocked gnome-keyring
// (tests/app/with-keychain): hidden from the run without one.
TEST_CASE("A password kept in the system keychain fills in the next connection, and is forgotten when asked",
          "[.keychain]")
{
    const QString store = sharedStore();
    const QString entry = QStringLiteral("lead_lars@%1:%2/%3").arg(env("PGHOST"), env("PGPORT"), store);
    REQUIRE(keptInKeychain(entry).isEmpty());
    AppWindow f;
    QStringList seen;
    const auto connectWith = [&](const std::function<void(QDialog &)> &fill) {
        DialogAnswers answers([&](QDialog &dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
                seen << box->text() + QLatin1Char('\n') + box->informativeText();
                return int(QDialog::Accepted);
            }
            fill(dialog);
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            REQUIRE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            buttons->button(QDialogButtonBox::Ok)->click();
            return dialog.result();
        });
        f.trigger(QStringLiteral("connectStore"));
    };

    // The first time, the lead types the password and asks for it to be kept.
    connectWith([&](QDialog &dialog) {
        typeInto(dialog, QStringLiteral("storeHost"), env("PGHOST"));
        dialog.findChild<QSpinBox *>(QStringLiteral("storePort"))->setValue(env("PGPORT").toInt());
        typeInto(dialog, QStringLiteral("storeDatabase"), store);
        typeInto(dialog, QStringLiteral("storeUser"), QStringLiteral("lead_lars"));
        typeInto(dialog, QStringLiteral("storePassword"), QStringLiteral("lead_lars"));
        auto *keep = dialog.findChild<QCheckBox *>(QStringLiteral("storeKeepPassword"));
        QTRY_VERIFY(keep->isEnabled());
        keep->setChecked(true);
    });
    INFO(seen.join(QLatin1Char('\n')).toStdString());
    REQUIRE(f.window->comparisonView()->showsStore());
    QTRY_COMPARE(keptInKeychain(entry), QStringLiteral("lead_lars"));
    // Rater's settings hold where the store is, and no password.
    const QSettings settings;
    CHECK(settings.value(QStringLiteral("organisationStore/user")).toString() == QStringLiteral("lead_lars"));
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    f.trigger(QStringLiteral("disconnectStore"));

    // The next time it is filled in from the keychain: nothing to type.
    connectWith([&](QDialog &dialog) {
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("storePassword"));
        QTRY_COMPARE(password->text(), QStringLiteral("lead_lars"));
        CHECK(dialog.findChild<QCheckBox *>(QStringLiteral("storeKeepPassword"))->isChecked());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("storePasswordNote"))->text().startsWith(
            QStringLiteral("Filled in from the system keychain.")));
    });
    REQUIRE(f.window->comparisonView()->showsStore());
    f.trigger(QStringLiteral("disconnectStore"));

    // Unticked, the keychain forgets it; the connection still works.
    connectWith([&](QDialog &dialog) {
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("storePassword"));
        QTRY_COMPARE(password->text(), QStringLiteral("lead_lars"));
        dialog.findChild<QCheckBox *>(QStringLiteral("storeKeepPassword"))->setChecked(false);
    });
    REQUIRE(f.window->comparisonView()->showsStore());
    QTRY_VERIFY(keptInKeychain(entry).isEmpty());
    CHECK(seen.isEmpty());
}
