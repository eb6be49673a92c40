#pragma once

#include "organisation/address.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rater::gui {

// File ▸ Connect to Organisation Store… and Publish to Organisation Store…:
// where the organisation's PostgreSQL store is and who connects. The
// password is asked for each time and kept nowhere by Rater; left empty,
// libpq takes it from the login's own ~/.pgpass or service file, as psql does.
class ConnectStoreDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Compare, Publish };
    ConnectStoreDialog(Purpose purpose, const organisation::StoreAddress &last, QWidget *parent = nullptr);

    organisation::StoreAddress address() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

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
    QLabel *m_passwordNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rater::gui
