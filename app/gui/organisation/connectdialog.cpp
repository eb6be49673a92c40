#include "connectdialog.h"

#include "keychain.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rater::gui {

ConnectStoreDialog::ConnectStoreDialog(Purpose purpose, const organisation::StoreAddress &last, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("connectStoreDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const auto field = [this](QLineEdit *&edit, const char *name, const QString &text) {
        edit = new QLineEdit(text, this);
        edit->setObjectName(QLatin1String(name));
        connect(edit, &QLineEdit::textChanged, this, &ConnectStoreDialog::updateButton);
    };
    // Made in the order Tab goes through them.
    field(m_host, "storeHost", last.host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("storePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(last.port > 0 ? last.port : 5432);
    m_port->setGroupSeparatorShown(false);
    field(m_database, "storeDatabase", last.database);
    field(m_user, "storeUser", last.user);
    field(m_password, "storePassword", QString());
    m_password->setEchoMode(QLineEdit::Password);
    // A password typed replaces the keychain's.
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        m_filledFor.clear();
        showPasswordNote();
    });
    m_keep = new QCheckBox(this);
    m_keep->setObjectName(QStringLiteral("storeKeepPassword"));
    m_passwordNote = new QLabel(this);
    m_passwordNote->setObjectName(QStringLiteral("storePasswordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);

    m_hostLabel = new QLabel(this);
    m_portLabel = new QLabel(this);
    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    auto *form = new QFormLayout;
    const std::pair<QLabel *, QWidget *> rows[] = {{m_hostLabel, m_host}, {m_portLabel, m_port},
                                                   {m_databaseLabel, m_database}, {m_userLabel, m_user},
                                                   {m_passwordLabel, m_password}};
    for (const auto &[label, edit] : rows) {
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    form->addRow(QString(), m_keep);
    form->addRow(QString(), m_passwordNote);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    retranslate();
    updateButton();
    setMinimumWidth(460);
    // The first field that still needs typing.
    for (QLineEdit *edit : {m_host, m_database, m_user, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
    // Another login or store has another password, if the keychain has one.
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::editingFinished, this, &ConnectStoreDialog::lookUpPassword);
    connect(m_port, &QSpinBox::editingFinished, this, &ConnectStoreDialog::lookUpPassword);
    lookUpPassword();
}

void ConnectStoreDialog::lookUpPassword()
{
    organisation::StoreAddress shown = address();
    if (shown.host.isEmpty() || shown.database.isEmpty() || shown.user.isEmpty())
        return;
    const QString entry = keychain::entryName(shown);
    // A password typed is the person's word; one filled in for another entry is not.
    if (!m_password->text().isEmpty() && m_filledFor.isEmpty())
        return;
    if (m_filledFor == entry)
        return;
    keychain::read(shown, this, [this, entry](const Expected<QString> &kept) {
        m_keychainFailure = kept ? QString() : kept.error();
        m_keep->setEnabled(bool(kept));
        showPasswordNote();
        // Not for another address, nor over a password typed meanwhile.
        if (keychain::entryName(address()) != entry || (!m_password->text().isEmpty() && m_filledFor.isEmpty()))
            return;
        if (kept && !kept->isEmpty()) {
            m_password->setText(*kept);
            m_filledFor = entry;
            m_keep->setChecked(true);
        } else if (!m_filledFor.isEmpty()) {
            m_password->clear();
            m_filledFor.clear();
        }
        showPasswordNote();
    });
}

std::optional<bool> ConnectStoreDialog::keepsPassword() const
{
    if (!m_keep->isEnabled())
        return std::nullopt;
    return m_keep->isChecked();
}

void ConnectStoreDialog::showPasswordNote()
{
    if (!m_keychainFailure.isEmpty())
        m_passwordNote->setText(tr("The system keychain cannot be reached, so the password is asked for each time. "
                                   "Leave it empty to use your ~/.pgpass file."));
    else if (!m_filledFor.isEmpty())
        m_passwordNote->setText(tr("Filled in from the system keychain. Rater never writes the password in its own "
                                   "settings."));
    else
        m_passwordNote->setText(tr("Rater never writes the password in its own settings. Leave it empty to use your "
                                   "~/.pgpass file."));
    // The keychain's own words, for whoever looks after the desktop.
    m_passwordNote->setToolTip(m_keychainFailure);
    m_keep->setToolTip(m_keychainFailure);
    // A note that wraps onto more lines than before gets the room it needs.
    if (isVisible()) {
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

organisation::StoreAddress ConnectStoreDialog::address() const
{
    organisation::StoreAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    return address;
}

void ConnectStoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectStoreDialog::retranslate()
{
    if (m_purpose == Purpose::Publish) {
        setWindowTitle(tr("Publish to Organisation Store"));
        m_intro->setText(tr("Sends the organisation's store the results of this computer's database that it does "
                            "not hold yet. A team lead sends the results of their own teams; the others stay "
                            "here."));
    } else {
        setWindowTitle(tr("Connect to Organisation Store"));
        m_intro->setText(tr("The organisation's store is a PostgreSQL database that every team's results are sent "
                            "to. Once connected, the Comparison tab shows the teams it holds, as far as your login "
                            "may see them."));
    }
    m_hostLabel->setText(tr("&Server:"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_host->setPlaceholderText(tr("for example db.example.org"));
    m_keep->setText(tr("&Keep the password in the system keychain"));
    showPasswordNote();
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_purpose == Purpose::Publish ? tr("P&ublish") : tr("&Connect"));
}

void ConnectStoreDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_host->text().trimmed().isEmpty()
                                                        && !m_database->text().trimmed().isEmpty()
                                                        && !m_user->text().trimmed().isEmpty());
}

} // namespace rater::gui
