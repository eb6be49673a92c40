// MainWindow and the organisation's store: connecting the Comparison tab to
// it, and back, and publishing this database's results to it.
#include "mainwindow.h"
#include "mainwindowsettings.h"

#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "organisation/connectdialog.h"
#include "organisation/keychain.h"
#include "organisation/store.h"
#include "organisation/sync.h"
#include "views/comparisonview.h"
#include "views/historyview.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>

#include <limits>

namespace rater::gui {

namespace {

// The store used last, without its password, which is never kept.
organisation::StoreAddress lastStore()
{
    const QSettings settings;
    organisation::StoreAddress last;
    last.host = settings.value(settingsKeys::storeHost).toString();
    last.port = settings.value(settingsKeys::storePort, -1).toInt();
    last.database = settings.value(settingsKeys::storeDatabase).toString();
    last.user = settings.value(settingsKeys::storeUser).toString();
    return last;
}

void rememberStore(const organisation::StoreAddress &address)
{
    QSettings settings;
    settings.setValue(settingsKeys::storeHost, address.host);
    settings.setValue(settingsKeys::storePort, address.port);
    settings.setValue(settingsKeys::storeDatabase, address.database);
    settings.setValue(settingsKeys::storeUser, address.user);
}

// Connecting waits for the server: ten seconds at most when it does not answer.
Expected<std::unique_ptr<organisation::OrganisationStore>> connectWaiting(const organisation::StoreAddress &address)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto store = organisation::OrganisationStore::connect(address);
    QApplication::restoreOverrideCursor();
    return store;
}

} // namespace

void MainWindow::chooseStoreToConnect()
{
    ConnectStoreDialog dialog(ConnectStoreDialog::Purpose::Compare, lastStore(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted || !connectToStore(dialog.address()))
        return;
    rememberStore(dialog.address());
    if (const std::optional<bool> keep = dialog.keepsPassword())
        keepStorePassword(dialog.address(), *keep);
}

void MainWindow::chooseStoreToPublish()
{
    ConnectStoreDialog dialog(ConnectStoreDialog::Purpose::Publish, lastStore(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted || !publishToStore(dialog.address()))
        return;
    rememberStore(dialog.address());
    if (const std::optional<bool> keep = dialog.keepsPassword())
        keepStorePassword(dialog.address(), *keep);
}

void MainWindow::keepStorePassword(const organisation::StoreAddress &address, bool keep)
{
    const auto said = [this](const Status &status) {
        if (!status)
            statusBar()->showMessage(tr("The system keychain did not take the change: %1").arg(status.error()), 8000);
    };
    if (!keep)
        keychain::forget(address, this, said);
    else if (!address.password.isEmpty())
        keychain::write(address, this, said);
}

bool MainWindow::connectToStore(const organisation::StoreAddress &address)
{
    if (!comparisonView())
        return false;
    auto store = connectWaiting(address);
    const Expected<std::optional<organisation::Role>> role =
        store ? (*store)->role() : Expected<std::optional<organisation::Role>>::failure(store.error());
    if (!role) {
        dialogs::warn(this, tr("Rater could not connect to the organisation store."), role.error());
        return false;
    }
    if (!*role) {
        const QString login = (*store)->login();
        dialogs::warn(this, tr("The login %1 has no Rater role in the organisation store.").arg(isolate(login)),
                      tr("The store's administrator gives it one, for example with: rater-cli org grant --manager "
                         "%1")
                          .arg(login));
        return false;
    }
    const QString shown = (*store)->shown();
    // One connection, read by Comparison and, for a login that may read
    // results (a lead, an admin), by History too.
    const std::shared_ptr<organisation::OrganisationStore> shared = std::move(store).value();
    if (const Status showing = m_comparison->showStore(shared); !showing) {
        dialogs::warn(this, tr("Rater could not connect to the organisation store."), showing.error());
        return false;
    }
    connect(m_comparison, &ComparisonView::leaveStoreRequested, this, &MainWindow::disconnectStore,
            Qt::UniqueConnection);
    if (**role != organisation::Role::Manager && historyView()) {
        if (const Status showing = m_history->showStore(shared); !showing)
            statusBar()->showMessage(showing.error(), 8000);
        connect(m_history, &HistoryView::leaveStoreRequested, this, &MainWindow::disconnectStore,
                Qt::UniqueConnection);
    }
    showTab(2);
    updateActions();
    statusBar()->showMessage(tr("Connected to the organisation store %1.").arg(isolatePath(shown)), 8000);
    return true;
}

void MainWindow::disconnectStore()
{
    if (!m_comparison || !m_comparison->showsStore())
        return;
    m_comparison->showDatabase();
    if (m_history && m_history->showsStore())
        m_history->showDatabase();
    updateActions();
    statusBar()->showMessage(tr("Disconnected from the organisation store."), 8000);
}

bool MainWindow::publishToStore(const organisation::StoreAddress &address)
{
    if (!m_database)
        return false;
    auto store = connectWaiting(address);
    if (!store) {
        dialogs::warn(this, tr("Rater could not connect to the organisation store."), store.error());
        return false;
    }
    QProgressDialog progress(tr("Publishing this computer's results to %1…").arg(isolatePath((*store)->shown())),
                             tr("Stop"), 0, 0, this);
    progress.setObjectName(QStringLiteral("publishProgress"));
    progress.setWindowTitle(tr("Publish to Organisation Store"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const QLocale locale = m_language.locale();
    const organisation::Progress shown = [&](qint64 done, qint64 total) -> Status {
        progress.setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        progress.setValue(int(std::min<qint64>(done, progress.maximum())));
        progress.setLabelText(tr("Publishing this computer's results to %1: %2 of %3…")
                                  .arg(isolatePath((*store)->shown()), locale.toString(done), locale.toString(total)));
        if (progress.wasCanceled())
            return Status::failure(tr("Stopped after %1 of %2 results; the store keeps those it confirmed, and the "
                                      "next publishing sends the rest.")
                                       .arg(locale.toString(done), locale.toString(total)));
        return Done{};
    };
    const Expected<organisation::SyncReport> report = organisation::sync(*m_database, **store, 500, shown);
    progress.reset();
    if (!report) {
        dialogs::warn(this, tr("Not every result was published."), report.error());
        return false;
    }
    if (m_comparison && m_comparison->showsStore())
        m_comparison->reload();
    if (m_history && m_history->showsStore())
        m_history->reload();
    const QStringList lines = organisation::reportLines(*report, false);
    statusBar()->showMessage(lines.front(), 8000);
    dialogs::inform(this, tr("Published to the organisation store %1.").arg(isolatePath((*store)->shown())),
                    lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace rater::gui
