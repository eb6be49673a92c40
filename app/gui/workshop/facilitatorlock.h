#pragma once

#include <QByteArray>
#include <QCoreApplication>

class QWidget;

namespace rater::gui {

// The facilitator's passphrase for pass-the-laptop mode: chosen when the mode
// starts, asked for before it ends, so that a participant cannot leave the
// quiz for the rest of the app. Kept only as a salted hash, in memory.
class FacilitatorLock
{
    Q_DECLARE_TR_FUNCTIONS(FacilitatorLock)

public:
    // Asks the facilitator to choose a passphrase (typed twice); false when
    // they cancel.
    bool choose(QWidget *parent);
    // Asks for the passphrase; true when it matches. Cancel is the default
    // button, and a wrong passphrase is refused with a word of why.
    bool confirm(QWidget *parent) const;

private:
    QByteArray digest(const QString &passphrase) const;

    QByteArray m_salt;
    QByteArray m_digest;
};

} // namespace rater::gui
