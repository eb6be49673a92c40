#pragma once

#include <QFileDialog>
#include <QMessageBox>

#include <functional>
#include <memory>

namespace rater::gui {

// Every modal dialog of the app is shown through here, so that tests can
// answer it in place of a person and the rest of the flow runs for real.
namespace dialogs {

// Shows `dialog` modally; returns its result (QDialog::Accepted or Rejected).
int exec(QDialog &dialog);

// Tests: from now on every dialog is handed to `answer` instead of being
// shown. It answers as a person would (types, selects, clicks a button) and
// returns the dialog's result. An empty function shows dialogs again.
using Answer = std::function<int(QDialog &dialog)>;
void answerWith(Answer answer);

// A warning or a note, with the details below the main text.
void warn(QWidget *parent, const QString &text, const QString &details = QString());
void inform(QWidget *parent, const QString &text, const QString &details = QString());
// A question with standard buttons; returns the one chosen (or the escape
// button when the box is closed).
QMessageBox::StandardButton ask(QWidget *parent, const QString &text, const QString &details,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

} // namespace dialogs

// The app's file dialogs. They are always Qt's own, never the platform's, and
// they tell file types by name alone: guessing a type from a file's content
// means opening it, and opening and closing a database file from anywhere in
// the process but SQLite drops the locks SQLite holds on it (see
// docs/data-formats.md, "Locks"). The folder of the file chosen last decides
// the folder the next dialog opens in.
namespace fileDialogs {

// The dialog itself, set up but not shown.
std::unique_ptr<QFileDialog> create(QWidget *parent, const QString &caption, const QString &start,
                                    const QString &filter, QFileDialog::AcceptMode mode);

// The chosen file, or an empty string when the person cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
// `suggestedName` is a file name; the folder is the one used last, else Documents.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);

} // namespace fileDialogs

} // namespace rater::gui
