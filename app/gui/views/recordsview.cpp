#include "recordsview.h"

#include "corrections/correctioncommand.h"
#include "dialogs/dialogs.h"
#include "history/history.h"
#include "languagecontroller.h"
#include "quiz/entrylimits.h"
#include "storage/database.h"
#include "views/emptystate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rater::gui {
namespace {

// "12، 14، 15…": the first ids of a correction, for what Undo calls it.
QString someIds(const std::vector<qint64> &ids)
{
    const QLocale locale;
    QStringList shown;
    for (std::size_t i = 0; i < ids.size() && i < 3; ++i)
        shown << locale.toString(ids[i]);
    const Language language = locale.language() == QLocale::Arabic    ? Language::Arabic
                              : locale.language() == QLocale::Persian ? Language::Persian
                                                                      : Language::English;
    return shown.join(listSeparator(language)) + (ids.size() > 3 ? u"…"_s : QString());
}

QStringList teamNames(const Database &database)
{
    const Expected<QStringList> names = database.assessments().allTeams();
    return names ? *names : QStringList();
}

QString quoted(const QString &name)
{
    return u"“"_s + isolate(name) + u"”"_s;
}

} // namespace

RecordsView::RecordsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                         QWidget *parent)
    : DataView(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(u"recordsView"_s);
    m_model = new RecordsModel(database.assessments(), questionnaire, this);
    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(m_pages);
    m_content = new QWidget(m_pages);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_content);

    const auto combo = [this](const char *name, QLabel *&label) {
        auto *box = new QComboBox(m_content);
        box->setObjectName(QLatin1String(name));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(200); // a long team name is elided, not the row
        label = new QLabel(m_content);
        label->setBuddy(box);
        return box;
    };
    m_show = combo("recordsShow", m_showLabel);
    m_team = combo("recordsTeam", m_teamLabel);
    m_period = combo("recordsPeriod", m_periodLabel);
    m_workshop = combo("recordsWorkshop", m_workshopLabel);
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(u"recordsSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    m_table = new QTableView(m_content);
    m_table->setObjectName(u"recordsTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(RecordsModel::Id, Qt::DescendingOrder);

    m_count = new QLabel(m_content);
    m_count->setObjectName(u"recordsCount"_s);

    const auto action = [this](const char *name, const QKeySequence &key, void (RecordsView::*slot)()) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_delete = action("deleteResults", QKeySequence::Delete, &RecordsView::deleteSelected);
    m_restore = action("restoreResults", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &RecordsView::restoreSelected);
    m_edit = action("editResult", QKeySequence(Qt::Key_F2), &RecordsView::editSelected);
    m_move = action("moveResults", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &RecordsView::moveSelected);
    m_rename = action("renameTeam", QKeySequence(), &RecordsView::renameTeam);
    m_merge = action("mergeTeam", QKeySequence(), &RecordsView::mergeTeam);
    m_leave = action("leaveWorkshop", QKeySequence(), &RecordsView::removeFromWorkshop);
    m_emptyBin = action("emptyBin", QKeySequence(), &RecordsView::emptyBin);
    for (QAction *a : {m_delete, m_restore, m_edit, m_move, m_leave})
        m_table->addAction(a);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addAction(separator);
    for (QAction *a : {m_rename, m_merge, m_emptyBin})
        m_table->addAction(a);

    const auto button = [this](const char *name, QAction *a) {
        auto *b = new QPushButton(m_content);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        return b;
    };
    m_deleteButton = button("deleteButton", m_delete);
    m_restoreButton = button("restoreButton", m_restore);
    m_editButton = button("editButton", m_edit);
    m_leaveButton = button("leaveWorkshopButton", m_leave);
    m_emptyBinButton = button("emptyBinButton", m_emptyBin);
    m_teamsMenu = new QMenu(this);
    m_teamsMenu->addAction(m_move);
    m_teamsMenu->addAction(m_rename);
    m_teamsMenu->addAction(m_merge);
    m_teamsButton = new QToolButton(m_content);
    m_teamsButton->setObjectName(u"teamsButton"_s);
    m_teamsButton->setMenu(m_teamsMenu);
    m_teamsButton->setPopupMode(QToolButton::InstantPopup);
    m_teamsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *filters = new QHBoxLayout;
    for (auto [label, box] : {std::pair{m_showLabel, m_show}, std::pair{m_teamLabel, m_team},
                              std::pair{m_periodLabel, m_period}, std::pair{m_workshopLabel, m_workshop}}) {
        filters->addWidget(label);
        filters->addWidget(box);
        filters->addSpacing(6);
    }
    filters->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    for (QWidget *b : std::initializer_list<QWidget *>{m_editButton, m_teamsButton, m_leaveButton, m_deleteButton,
                                                       m_restoreButton, m_emptyBinButton})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);
    setFocusProxy(m_table);

    m_show->addItem(QString(), false);
    m_show->addItem(QString(), true);
    connect(m_show, &QComboBox::currentIndexChanged, this, &RecordsView::applyFilters);
    for (QComboBox *box : {m_team, m_period, m_workshop})
        connect(box, &QComboBox::activated, this, &RecordsView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RecordsView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsView::showCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordsView::showCount);
    connect(&m_language, &LanguageController::calendarChanged, this, &RecordsView::retranslate);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    retranslate();
    reload();
}

void RecordsView::showBin(bool bin)
{
    m_show->setCurrentIndex(bin ? 1 : 0);
}

void RecordsView::setUndoStack(QUndoStack *stack, std::function<void()> corrected)
{
    m_undo = stack;
    m_corrected = std::move(corrected);
}

QList<QAction *> RecordsView::correctionActions() const
{
    return {m_delete, m_restore, m_edit, m_move, m_rename, m_merge, m_leave, m_emptyBin};
}

void RecordsView::offerWaysToFill(const QList<QAction *> &actions)
{
    m_empty->setActions(actions);
}

void RecordsView::showEvent(QShowEvent *event)
{
    DataView::showEvent(event);
    // Coming to the tab, the keys work on the list at once: arrows, Delete, Ctrl+F.
    if (!isAncestorOf(QApplication::focusWidget()))
        m_table->setFocus(Qt::TabFocusReason);
}

void RecordsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DataView::changeEvent(event);
}

void RecordsView::retranslate()
{
    m_showLabel->setText(tr("&Show:"));
    m_show->setItemText(0, tr("Stored results"));
    m_show->setItemText(1, tr("Bin"));
    m_teamLabel->setText(tr("&Team:"));
    m_periodLabel->setText(tr("&Period:"));
    m_workshopLabel->setText(tr("&Workshop:"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Finds results by part of their team, respondent code or workshop, or by id (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(m_search->toolTip());
    m_table->setAccessibleName(tr("Results"));
    m_delete->setText(tr("&Delete"));
    m_restore->setText(tr("Re&store"));
    m_edit->setText(tr("&Edit Result…"));
    m_move->setText(tr("&Move to Team…"));
    m_rename->setText(tr("Re&name Team…"));
    m_merge->setText(tr("Mer&ge Team into Another…"));
    m_leave->setText(tr("Remove from &Workshop"));
    m_emptyBin->setText(tr("Empty &Bin…"));
    m_deleteButton->setText(tr("&Delete"));
    m_restoreButton->setText(tr("&Restore"));
    m_editButton->setText(tr("Ed&it…"));
    m_teamsButton->setText(tr("Tea&ms"));
    m_leaveButton->setText(tr("Remove from Wor&kshop"));
    m_emptyBinButton->setText(tr("Empty &Bin…"));
    m_empty->setText(tr("No results yet"),
                     tr("Every stored result will be listed here, to find one and correct it: change its team, "
                        "date or code, delete it or bring it back."));
    m_model->setPresentation(m_language.language(), m_language.calendar());
    fillFilters();
    showCount();
}

void RecordsView::reload()
{
    const Expected<bool> any = m_database.assessments().any();
    const Expected<qint64> inBin = m_database.corrections().binCount();
    if (!any || !inBin) {
        m_empty->showFailure(tr("The results cannot be read"), !any ? any.error() : inBin.error());
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_empty->clearFailure();
    m_pages->setCurrentWidget(*any || *inBin > 0 ? m_content : static_cast<QWidget *>(m_empty));
    fillFilters();
    // Where the person was stays where it was: the same row, or the one now in its place.
    const int row = m_table->currentIndex().row();
    const std::vector<qint64> selected = selectedIds();
    applyFilters();
    selectIds(selected);
    if (m_table->selectionModel()->selectedRows().isEmpty() && row >= 0 && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
}

void RecordsView::fillFilters()
{
    const auto refill = [](QComboBox *box, const QString &all, const std::vector<std::pair<QString, QVariant>> &items) {
        const QVariant chosen = box->currentData();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(all);
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        const int found = chosen.isValid() ? box->findData(chosen) : 0;
        box->setCurrentIndex(std::max(found, 0));
    };
    std::vector<std::pair<QString, QVariant>> teams;
    for (const QString &name : teamNames(m_database))
        teams.emplace_back(name, name);
    refill(m_team, tr("All teams"), teams);

    m_scheme = PeriodScheme{m_language.calendar(), PeriodKind::Quarter, 1};
    std::vector<std::pair<QString, QVariant>> periods;
    m_periods.clear();
    if (const Expected<std::vector<Period>> found = periodsWithData(m_database.assessments(), m_scheme)) {
        // Newest first, as the list opens.
        for (std::size_t i = found->size(); i-- > 0;) {
            const Period &period = (*found)[i];
            m_periods << period;
            periods.emplace_back(periodLabel(period, m_scheme, m_language.locale()), period.start);
        }
    }
    refill(m_period, tr("All periods"), periods);

    std::vector<std::pair<QString, QVariant>> workshops;
    if (const Expected<std::vector<Workshop>> all = m_database.workshops().all()) {
        for (const Workshop &w : *all)
            workshops.emplace_back(w.title + u" · "_s + formatDate(w.date, m_language.locale(), m_language.calendar(),
                                                                    QLocale::ShortFormat),
                                   w.id);
    }
    refill(m_workshop, tr("All workshops"), workshops);
}

void RecordsView::applyFilters()
{
    RecordsModel::Browse browse = m_model->browse();
    const bool bin = m_show->currentData().toBool();
    if (bin != browse.bin) {
        // The bin opens with the latest deletions first; the results with the
        // latest recorded, which the database reads in the order it keeps them
        // (by date, a large database must sort every result first).
        browse.order = bin ? RecordsModel::Browse::Order::Deleted : RecordsModel::Browse::Order::Id;
        browse.descending = true;
    }
    browse.bin = bin;
    browse.team = m_team->currentIndex() > 0 ? m_team->currentData().toString() : QString();
    browse.first = QDate();
    browse.last = QDate();
    if (m_period->currentIndex() > 0) {
        const Period &period = m_periods.at(m_period->currentIndex() - 1);
        browse.first = period.start;
        browse.last = period.end;
    }
    browse.workshopId = m_workshop->currentIndex() > 0 ? std::optional(m_workshop->currentData().toLongLong())
                                                        : std::nullopt;
    browse.search = m_search->text();
    m_model->setBrowse(browse);
    const int sortColumn = [&browse] {
        using Order = RecordsModel::Browse::Order;
        switch (browse.order) {
        case Order::Id: return int(RecordsModel::Id);
        case Order::Date: return int(RecordsModel::Date);
        case Order::Team: return int(RecordsModel::Team);
        case Order::Respondent: return int(RecordsModel::Respondent);
        case Order::Workshop: return int(RecordsModel::Workshop);
        case Order::Language: return int(RecordsModel::Language);
        case Order::Total: return int(RecordsModel::Total);
        case Order::Deleted: return int(RecordsModel::Deleted);
        }
        return int(RecordsModel::Date);
    }();
    {
        const QSignalBlocker quiet(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(sortColumn, browse.descending ? Qt::DescendingOrder
                                                                                    : Qt::AscendingOrder);
    }
    m_table->resizeColumnsToContents();
    m_restoreButton->setVisible(bin);
    m_emptyBinButton->setVisible(bin);
    for (QWidget *w : std::initializer_list<QWidget *>{m_deleteButton, m_editButton, m_teamsButton, m_leaveButton})
        w->setVisible(!bin);
    if (!m_model->readFailure().isEmpty())
        dialogs::warn(this, tr("The results cannot be read."), m_model->readFailure());
}

void RecordsView::showCount()
{
    const QLocale locale = m_language.locale();
    m_count->setText(m_model->browse().bin ? tr("In the bin: %1").arg(locale.toString(m_model->total()))
                                           : tr("Results: %1").arg(locale.toString(m_model->total())));
}

void RecordsView::updateActions()
{
    const bool bin = m_model->browse().bin;
    const std::size_t selected = selectedIds().size();
    m_delete->setEnabled(!bin && selected > 0);
    m_restore->setEnabled(bin && selected > 0);
    m_edit->setEnabled(!bin && selected > 0);
    m_move->setEnabled(!bin && selected > 0);
    m_leave->setEnabled(!bin && selected > 0);
    m_rename->setEnabled(!bin && !chosenTeam().isEmpty());
    m_merge->setEnabled(!bin && !chosenTeam().isEmpty());
    m_emptyBin->setEnabled(bin && m_model->total() > 0);
    for (auto [b, a] : {std::pair<QWidget *, QAction *>{m_deleteButton, m_delete}, {m_restoreButton, m_restore},
                        {m_editButton, m_edit}, {m_leaveButton, m_leave}, {m_emptyBinButton, m_emptyBin}})
        b->setEnabled(a->isEnabled());
    m_teamsButton->setEnabled(!bin && (m_move->isEnabled() || m_rename->isEnabled()));
}

std::vector<qint64> RecordsView::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<qint64> ids;
    for (const QModelIndex &index : rows)
        ids.push_back(m_model->idAt(index.row()));
    return ids;
}

void RecordsView::selectIds(const std::vector<qint64> &ids)
{
    QItemSelection selection;
    int current = -1;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
        if (current < 0)
            current = row;
    }
    if (current >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QString RecordsView::chosenTeam() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return m_model->teamAt(rows.first().row());
    return m_team->currentIndex() > 0 ? m_team->currentData().toString() : QString();
}

bool RecordsView::correct(const std::function<Expected<storage::Corrected>(storage::CorrectionStore &)> &correction,
                          const std::function<QString()> &label)
{
    const Expected<storage::Corrected> result = correction(m_database.corrections());
    if (!result) {
        dialogs::warn(this, tr("The correction could not be made; nothing was changed."), result.error());
        return false;
    }
    if (!result->made()) {
        dialogs::warn(this, tr("The correction was not made."), result->refusal);
        return false;
    }
    QWidget *window = this->window();
    const auto corrected = m_corrected;
    auto *command = new CorrectionCommand(
        m_database, *result->correction, label,
        [window](const QString &why) {
            // Said once the undo stack has finished with the command.
            QTimer::singleShot(0, window, [window, why] {
                dialogs::warn(window, tr("This step cannot be undone or redone, and leaves the list of steps."), why);
            });
        },
        [corrected] {
            if (corrected)
                corrected();
        });
    if (m_undo)
        m_undo->push(command);
    else
        delete command;
    if (m_corrected)
        m_corrected();
    return true;
}

void RecordsView::deleteSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty() || m_model->browse().bin)
        return;
    if (correct([&ids](storage::CorrectionStore &store) { return store.remove(ids); },
                [ids] { return ids.size() == 1 ? tr("deletion of result %1").arg(someIds(ids))
                                               : tr("deletion of results %1").arg(someIds(ids)); }))
        m_table->setFocus();
}

void RecordsView::restoreSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty() || !m_model->browse().bin)
        return;
    correct([&ids](storage::CorrectionStore &store) { return store.restore(ids); },
            [ids] { return ids.size() == 1 ? tr("restore of result %1").arg(someIds(ids))
                                           : tr("restore of results %1").arg(someIds(ids)); });
}

void RecordsView::editSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty())
        return;
    if (ids.size() > 1) {
        moveSelected();
        return;
    }
    const Expected<std::optional<StoredAssessment>> found = m_database.assessments().find(ids.front());
    if (!found || !*found) {
        dialogs::warn(this, tr("The result cannot be read."), found ? QString() : found.error());
        return;
    }
    const StoredAssessment &current = **found;

    QDialog dialog(this);
    dialog.setObjectName(u"editResultDialog"_s);
    dialog.setWindowTitle(tr("Edit Result %1").arg(m_language.locale().toString(current.id)));
    auto *team = new QComboBox(&dialog);
    team->setObjectName(u"editTeam"_s);
    team->setEditable(true);
    team->setInsertPolicy(QComboBox::NoInsert);
    team->addItems(teamNames(m_database));
    team->setCurrentText(current.team);
    team->lineEdit()->setMaxLength(limits::maxNameLength);
    auto *date = new QDateEdit(current.date, &dialog);
    date->setObjectName(u"editDate"_s);
    date->setDateRange(limits::earliestDate(), limits::latestDate());
    date->setCalendarPopup(true);
    date->setLayoutDirection(Qt::LeftToRight); // see the quiz page: date edits stay left to right
    date->setCalendar(m_language.calendar());
    date->setLocale(m_language.locale());
    date->setDisplayFormat(m_language.rightToLeft() ? u"yyyy/MM/dd"_s : u"yyyy-MM-dd"_s);
    date->setDate(current.date);
    auto *respondent = new QLineEdit(current.respondent, &dialog);
    respondent->setObjectName(u"editRespondent"_s);
    respondent->setMaxLength(limits::maxCodeLength);
    team->setAccessibleName(tr("Team"));
    date->setAccessibleName(tr("Date"));
    respondent->setAccessibleName(tr("Respondent code"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Team:"), team);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("Respondent &code:"), respondent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    storage::CorrectionStore::Edit edit;
    if (team->currentText().trimmed() != current.team)
        edit.team = team->currentText().trimmed();
    if (date->date() != current.date)
        edit.date = date->date();
    if (respondent->text().trimmed() != current.respondent)
        edit.respondent = respondent->text().trimmed();
    if (!edit.team && !edit.date && !edit.respondent)
        return;
    const qint64 id = current.id;
    if (correct([&](storage::CorrectionStore &store) { return store.edit(id, edit); },
                [id] { return tr("correction of result %1").arg(QLocale().toString(id)); }))
        selectIds({id});
}

QString RecordsView::askTeam(const QString &title, const QString &label, const QStringList &teams,
                             const QString &start, bool editable)
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"teamDialog"_s);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(teams);
    dialog.setComboBoxEditable(editable);
    dialog.setTextValue(start);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void RecordsView::moveSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty())
        return;
    const QStringList teams = teamNames(m_database);
    const QString team = askTeam(tr("Move to Team"),
                                 ids.size() == 1 ? tr("Move result %1 to the team:").arg(someIds(ids))
                                                 : tr("Move results %1 to the team:").arg(someIds(ids)),
                                 teams, chosenTeam(), true);
    if (team.isEmpty())
        return;
    if (correct([&](storage::CorrectionStore &store) { return store.move(ids, team); },
                [ids, team] { return tr("move of results %1 to %2").arg(someIds(ids), quoted(team)); }))
        selectIds(ids);
}

void RecordsView::renameTeam()
{
    const QString from = chosenTeam();
    if (from.isEmpty())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(u"renameTeamDialog"_s);
    dialog.setWindowTitle(tr("Rename Team"));
    dialog.setLabelText(tr("New name for %1:").arg(quoted(from)));
    dialog.setTextValue(from);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const QString to = dialog.textValue().trimmed();
    if (to.isEmpty() || to == from)
        return;
    const QStringList teams = teamNames(m_database);
    if (teams.contains(to)) {
        // That name is taken: what the person wants is most likely a merge.
        if (dialogs::ask(this,
                         tr("There is already a team %1. Merge %2 into it, so that their results are one team's?")
                             .arg(quoted(to), quoted(from)),
                         QString(), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            != QMessageBox::Yes)
            return;
        correct([&](storage::CorrectionStore &store) { return store.mergeTeams(from, to); },
                [from, to] { return tr("merge of %1 into %2").arg(quoted(from), quoted(to)); });
        return;
    }
    correct([&](storage::CorrectionStore &store) { return store.renameTeam(from, to); },
            [from] { return tr("rename of %1").arg(quoted(from)); });
}

void RecordsView::mergeTeam()
{
    const QString from = chosenTeam();
    if (from.isEmpty())
        return;
    QStringList teams = teamNames(m_database);
    teams.removeAll(from);
    if (teams.isEmpty()) {
        dialogs::inform(this, tr("There is no other team to merge %1 into.").arg(quoted(from)));
        return;
    }
    const QString into = askTeam(tr("Merge Team"), tr("Merge %1 into the team:").arg(quoted(from)), teams,
                                 teams.first(), false);
    if (into.isEmpty())
        return;
    correct([&](storage::CorrectionStore &store) { return store.mergeTeams(from, into); },
            [from, into] { return tr("merge of %1 into %2").arg(quoted(from), quoted(into)); });
}

void RecordsView::removeFromWorkshop()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty())
        return;
    if (correct([&ids](storage::CorrectionStore &store) { return store.leaveWorkshop(ids); },
                [ids] { return ids.size() == 1 ? tr("removal of result %1 from its workshop").arg(someIds(ids))
                                               : tr("removal of results %1 from their workshops").arg(someIds(ids)); }))
        selectIds(ids);
}

void RecordsView::emptyBin()
{
    const Expected<qint64> count = m_database.corrections().binCount();
    if (!count) {
        dialogs::warn(this, tr("The bin cannot be read."), count.error());
        return;
    }
    if (*count == 0)
        return;
    if (dialogs::ask(this,
                     tr("Delete the %1 results in the bin for good? They will be gone from this database, and this "
                        "cannot be undone.")
                         .arg(m_language.locale().toString(*count)),
                     QString(), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const Expected<storage::Corrected> emptied = m_database.corrections().emptyBin();
    if (!emptied || !emptied->made()) {
        dialogs::warn(this, tr("The bin could not be emptied; nothing was deleted."),
                      emptied ? emptied->refusal : emptied.error());
        return;
    }
    // Steps on the undo stack that need what is gone are refused when tried,
    // and leave the stack then; the others can still be undone.
    if (m_corrected)
        m_corrected();
}

} // namespace rater::gui
