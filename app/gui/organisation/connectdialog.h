#pragma once

#include "organisation/address.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rater::gui {

// File ▸ Connect to Organisation Store… and Publish to Organisation Store…:
// where the organisation's PostgreSQL store is and who connects. The
// password is kept, when the person asks, in the system keychain only, and
// filled in from it the next time; never in Rater's settings. Left empty,
// libpq takes it from the login's own ~/.pgpass or service file, as psql does.
class ConnectStoreDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Compare, Publish };
    ConnectStoreDialog(Purpose purpose, const organisation::StoreAddress &last, QWidget *parent = nullptr);

    organisation::StoreAddress address() const;
    // Whether the password is to be kept in the system keychain once it has
    // connected, or one kept before forgotten; nothing when the keychain
    // cannot be reached.
    std::optional<bool> keepsPassword() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    // Fills in the password the keychain keeps for the address shown, unless
    // one was typed.
    void lookUpPassword();
    void showPasswordNote();

    Purpose m_purpose;
    QLabel *m_intro = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_keep = nullptr;
    QLabel *m_passwordNote = nullptr;
    // What the keychain said last: the entry it filled in, or why it could not be read.
    QString m_filledFor;
    QString m_keychainFailure;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rater::gui
