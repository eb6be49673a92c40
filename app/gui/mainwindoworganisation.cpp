// MainWindow and the organisation's store: connecting the Comparison tab to
// it, and back.
#include "mainwindow.h"
#include "mainwindowsettings.h"

#include "dialogs/dialogs.h"
#include "i18n/language.h"
#include "organisation/connectdialog.h"
#include "organisation/store.h"
#include "views/comparisonview.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStatusBar>

namespace rater::gui {

void MainWindow::chooseStoreToConnect()
{
    QSettings settings;
    organisation::StoreAddress last;
    last.host = settings.value(settingsKeys::storeHost).toString();
    last.port = settings.value(settingsKeys::storePort, -1).toInt();
    last.database = settings.value(settingsKeys::storeDatabase).toString();
    last.user = settings.value(settingsKeys::storeUser).toString();
    ConnectStoreDialog dialog(last, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const organisation::StoreAddress address = dialog.address();
    if (connectToStore(address)) {
        settings.setValue(settingsKeys::storeHost, address.host);
        settings.setValue(settingsKeys::storePort, address.port);
        settings.setValue(settingsKeys::storeDatabase, address.database);
        settings.setValue(settingsKeys::storeUser, address.user);
    }
}

bool MainWindow::connectToStore(const organisation::StoreAddress &address)
{
    if (!comparisonView())
        return false;
    // Connecting waits for the server (ten seconds at most when it does not answer).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto store = organisation::OrganisationStore::connect(address);
    Expected<std::optional<organisation::Role>> role = store ? (*store)->role()
                                                             : Expected<std::optional<organisation::Role>>::failure(
                                                                   store.error());
    QApplication::restoreOverrideCursor();
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
    if (const Status showing = m_comparison->showStore(std::move(store).value()); !showing) {
        dialogs::warn(this, tr("Rater could not connect to the organisation store."), showing.error());
        return false;
    }
    connect(m_comparison, &ComparisonView::leaveStoreRequested, this, &MainWindow::disconnectStore,
            Qt::UniqueConnection);
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
    updateActions();
    statusBar()->showMessage(tr("Disconnected from the organisation store."), 8000);
}

} // namespace rater::gui
