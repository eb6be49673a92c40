#include "facilitatorlock.h"

#include "dialogs/dialogs.h"

#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>

namespace rater::gui {
namespace {

constexpr int shortestPassphrase = 4;

QLineEdit *hiddenField(QDialog &dialog, const QString &name, const QString &accessibleName)
{
    auto *field = new QLineEdit(&dialog);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    return field;
}

QLabel *explanation(QDialog &dialog, const QString &text)
{
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    label->setMinimumWidth(360);
    return label;
}

} // namespace

QByteArray FacilitatorLock::digest(const QString &passphrase) const
{
    return QCryptographicHash::hash(QByteArray(m_salt + passphrase.toUtf8()), QCryptographicHash::Sha256);
}

bool FacilitatorLock::choose(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("choosePassphrase"));
    dialog.setWindowTitle(tr("Pass the Laptop"));
    auto *first = hiddenField(dialog, QStringLiteral("passphrase"), tr("Passphrase"));
    auto *again = hiddenField(dialog, QStringLiteral("passphraseAgain"), tr("Passphrase, again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *start = buttons->button(QDialogButtonBox::Ok);
    start->setText(tr("&Start"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(explanation(dialog, tr("While the laptop goes round, participants see only the quiz. "
                                        "Choose a passphrase of at least %1 characters: it is needed to leave "
                                        "this mode.")
                                         .arg(QLocale().toString(shortestPassphrase))));
    form->addRow(tr("&Passphrase:"), first);
    form->addRow(tr("&Again:"), again);
    form->addRow(buttons);
    const auto check = [&] {
        start->setEnabled(first->text().size() >= shortestPassphrase && first->text() == again->text());
    };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(again, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialogs::exec(dialog) != QDialog::Accepted || !start->isEnabled())
        return false;
    m_salt = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_digest = digest(first->text());
    return true;
}

bool FacilitatorLock::confirm(QWidget *parent) const
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("confirmPassphrase"));
    dialog.setWindowTitle(tr("End Pass the Laptop"));
    auto *field = hiddenField(dialog, QStringLiteral("passphrase"), tr("Passphrase"));
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *end = buttons->addButton(tr("&End the Mode"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // A participant pressing Enter must not end it: Cancel is the default.
    end->setAutoDefault(false);
    cancel->setDefault(true);
    auto *form = new QFormLayout(&dialog);
    form->addRow(explanation(dialog, tr("Only the facilitator ends pass-the-laptop mode. Type the "
                                                 "passphrase chosen when it started.")));
    form->addRow(tr("&Passphrase:"), field);
    form->addRow(buttons);
    QObject::connect(end, &QPushButton::clicked, &dialog, &QDialog::accept);
    QObject::connect(cancel, &QPushButton::clicked, &dialog, &QDialog::reject);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    if (digest(field->text()) != m_digest) {
        dialogs::warn(parent, tr("That is not the passphrase chosen when the mode started."),
                      tr("Pass-the-laptop mode goes on."));
        return false;
    }
    return true;
}

} // namespace rater::gui
