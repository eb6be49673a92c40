#include "actionsview.h"

#include "actions/review.h"
#include "actionsection.h"
#include "i18n/language.h"
#include "languagecontroller.h"
#include "storage/database.h"
#include "views/emptystate.h"
#include "actions/actioncommand.h"
#include "actions/editactiondialog.h"
#include "dialogs/dialogs.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rater::gui {
namespace {

enum Column { DimensionColumn, TextColumn, OwnerColumn, DueColumn, StateColumn, VerdictColumn, Columns };

} // namespace

ActionsView::ActionsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                         QWidget *parent)
    : DataView(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(QStringLiteral("actionsView"));
    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(m_pages);
    m_content = new QWidget(m_pages);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_content);

    m_teamLabel = new QLabel(m_content);
    m_team = new QComboBox(m_content);
    m_team->setObjectName(QStringLiteral("actionsTeam"));
    m_teamLabel->setBuddy(m_team);
    m_summary = new QLabel(m_content);
    m_summary->setObjectName(QStringLiteral("actionsSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, Columns, m_content);
    m_table->setObjectName(QStringLiteral("actionsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_edit = new QPushButton(m_content);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_done = new QPushButton(m_content);
    m_done->setObjectName(QStringLiteral("markActionDone"));
    m_drop = new QPushButton(m_content);
    m_drop->setObjectName(QStringLiteral("dropAction"));
    m_delete = new QPushButton(m_content);
    m_delete->setObjectName(QStringLiteral("deleteAction"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_teamLabel);
    top->addWidget(m_team, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_done);
    buttons->addWidget(m_drop);
    buttons->addWidget(m_delete);
    auto *content = new QVBoxLayout(m_content);
    content->addLayout(top);
    content->addWidget(m_summary);
    content->addWidget(m_table, 1);
    content->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_team, &QComboBox::currentIndexChanged, this, &ActionsView::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsView::updateButtons);
    const auto closing = [this](Action::State state) {
        if (const Status closed = closeSelected(state); !closed)
            m_summary->setText(closed.error());
    };
    connect(m_edit, &QPushButton::clicked, this, &ActionsView::editInDialog);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ActionsView::editInDialog);
    connect(m_done, &QPushButton::clicked, this, [closing] { closing(Action::State::Done); });
    connect(m_drop, &QPushButton::clicked, this, [closing] { closing(Action::State::Dropped); });
    const auto deleting = [this] {
        if (const Status deleted = deleteSelected(); !deleted)
            m_summary->setText(deleted.error());
    };
    connect(m_delete, &QPushButton::clicked, this, deleting);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, deleting);
    connect(&m_language, &LanguageController::calendarChanged, this, &ActionsView::fill);
    retranslate();
    reload();
}

void ActionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DataView::changeEvent(event);
}

void ActionsView::retranslate()
{
    m_teamLabel->setText(tr("&Team:"));
    m_edit->setText(tr("Ed&it…"));
    m_edit->setToolTip(tr("Change the selected action's dimension, text, owner or due date"));
    m_done->setText(tr("Mark &Done"));
    m_drop->setText(tr("D&rop"));
    m_done->setToolTip(tr("The selected action was done today"));
    m_drop->setToolTip(tr("The selected action will not be done"));
    m_delete->setText(tr("De&lete"));
    m_delete->setToolTip(tr("Delete the selected action (Delete); Edit ▸ Undo brings it back"));
    m_table->setHorizontalHeaderLabels(
        {tr("Dimension"), tr("Action"), tr("Owner"), tr("Due"), tr("State"), tr("Did it work?")});
    m_table->setAccessibleName(tr("Actions"));
    m_empty->setText(tr("No actions yet"),
                     tr("Plan actions from a result's weakest dimensions (Plan Actions… on the result page); they "
                        "are listed here by team, and once done, whether the dimension they aimed at really moved."));
    fill();
}

void ActionsView::offerWaysToFill(const QList<QAction *> &actions)
{
    m_empty->setActions(actions);
}

QString ActionsView::team() const
{
    return m_team->currentData().toString();
}

void ActionsView::showTeam(const QString &team)
{
    const int index = m_team->findData(team);
    if (index >= 0)
        m_team->setCurrentIndex(index);
}

void ActionsView::reload()
{
    // Teams with actions, in name order.
    QStringList teams;
    const Status read = m_database.actions().forEach({}, [&teams](const Action &a) -> Status {
        if (!teams.contains(a.team))
            teams << a.team;
        return Done{};
    });
    if (!read) {
        m_empty->showFailure(tr("The actions cannot be read"), read.error());
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    m_empty->clearFailure();
    teams.sort(Qt::CaseInsensitive);
    const QString shown = team();
    const QSignalBlocker quiet(m_team);
    m_team->clear();
    for (const QString &name : teams)
        m_team->addItem(isolate(name), name);
    m_team->setCurrentIndex(std::max(0, int(teams.indexOf(shown))));
    m_pages->setCurrentWidget(teams.isEmpty() ? static_cast<QWidget *>(m_empty) : m_content);
    fill();
}

QString ActionsView::verdict(const Action &action, const std::vector<PeriodStats> &periods) const
{
    return reports::actionVerdict(reviewAction(action.closed, periods, m_questionnaire.dimensionIndex(action.dimension)),
                                  m_questionnaire.dimensionName(action.dimension, m_language.code()),
                                  m_language.locale());
}

void ActionsView::fill()
{
    // The chosen action stays chosen when the list is read again (after a
    // change made elsewhere, say), wherever it is then.
    const std::optional<Action> chosenAction = selected();
    m_actions.clear();
    m_table->setRowCount(0);
    const QString chosen = team();
    if (chosen.isEmpty()) {
        updateButtons();
        return;
    }
    const Status read = m_database.actions().forEach({chosen, std::nullopt}, [this](const Action &a) -> Status {
        m_actions.push_back(a);
        return Done{};
    });
    if (!read) {
        m_summary->setText(read.error());
        return;
    }
    // The team's history, quarter by quarter in the calendar shown, when a
    // done action needs it for its verdict.
    std::vector<PeriodStats> periods;
    QString historyFailure;
    if (std::any_of(m_actions.cbegin(), m_actions.cend(), [](const Action &a) { return a.state == Action::State::Done; })) {
        const Expected<std::vector<DaySums>> days = teamDaySums(m_database.assessments(), chosen, m_questionnaire);
        if (days)
            periods = aggregateDays(*days, m_questionnaire, PeriodScheme{m_language.calendar(), PeriodKind::Quarter, 1});
        else
            historyFailure = days.error();
    }
    const QDate today = QDate::currentDate();
    const QString lang = m_language.code();
    int open = 0;
    int overdue = 0;
    m_table->setRowCount(int(m_actions.size()));
    for (int row = 0; row < int(m_actions.size()); ++row) {
        const Action &a = m_actions[std::size_t(row)];
        QString state;
        QString result;
        switch (a.state) {
        case Action::State::Open:
            ++open;
            state = a.overdue(today) ? tr("Overdue") : tr("Open");
            overdue += a.overdue(today) ? 1 : 0;
            break;
        case Action::State::Done:
            state = tr("Done %1").arg(m_language.formatDate(a.closed, QLocale::ShortFormat));
            result = historyFailure.isEmpty() ? verdict(a, periods) : QString();
            break;
        case Action::State::Dropped:
            state = tr("Dropped %1").arg(m_language.formatDate(a.closed, QLocale::ShortFormat));
            break;
        }
        const QStringList cells{m_questionnaire.dimensionName(a.dimension, lang), a.text, a.owner,
                                a.due.isValid() ? m_language.formatDate(a.due, QLocale::ShortFormat) : QString(),
                                state, result};
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (a.overdue(today) && (column == StateColumn || column == DueColumn)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (a.state == Action::State::Dropped)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    const QLocale locale = m_language.locale();
    const QString summary = overdue > 0 ? tr("Open actions for %1: %2, overdue: %3")
                                              .arg(isolate(chosen), locale.toString(open), locale.toString(overdue))
                                        : tr("Open actions for %1: %2").arg(isolate(chosen), locale.toString(open));
    // A history that cannot be read leaves the verdicts out, and says why.
    m_summary->setText(historyFailure.isEmpty() ? summary : summary + u'\n' + historyFailure);
    if (chosenAction)
        selectAction(chosenAction->id);
    updateButtons();
}

std::optional<Action> ActionsView::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.front().topRow() >= int(m_actions.size()))
        return std::nullopt;
    return m_actions[std::size_t(ranges.front().topRow())];
}

void ActionsView::updateButtons()
{
    const std::optional<Action> action = selected();
    const bool open = action && action->state == Action::State::Open;
    m_edit->setEnabled(action.has_value());
    m_done->setEnabled(open);
    m_drop->setEnabled(open);
    m_delete->setEnabled(action.has_value());
}

void ActionsView::setUndoStack(QUndoStack *stack, std::function<void()> changed)
{
    m_undo = stack;
    m_changed = std::move(changed);
}

namespace {

Status made(const Expected<storage::Corrected> &result)
{
    if (!result)
        return Status::failure(result.error());
    if (!result->made())
        return Status::failure(result->refusal);
    return Done{};
}

// An action's text as a menu names it: short, on one line.
QString shortly(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QStringLiteral("…") : text;
}

} // namespace

Status ActionsView::closeSelected(Action::State state)
{
    const std::optional<Action> action = selected();
    if (!action)
        return Status::failure(tr("Choose an action first."));
    const QDate today = QDate::currentDate();
    if (const Status closed = made(m_database.actions().close(action->id, state, today)); !closed)
        return closed;
    if (m_undo) {
        storage::ActionStore &store = m_database.actions();
        const qint64 id = action->id;
        const QString text = shortly(action->text);
        m_undo->push(new ActionCommand(
            [state, text] {
                return state == Action::State::Done ? tr("marking “%1” done").arg(isolate(text))
                                                    : tr("dropping “%1”").arg(isolate(text));
            },
            [&store, id] { return made(store.reopen(id)); },
            [&store, id, state, today] { return made(store.close(id, state, today)); },
            [this](const QString &why) { m_summary->setText(why); }, [this] { afterUndo(); }));
    }
    fill();
    emit changed();
    return Done{};
}

Status ActionsView::deleteSelected()
{
    const std::optional<Action> action = selected();
    if (!action)
        return Status::failure(tr("Choose an action first."));
    if (const Status deleted = made(m_database.actions().remove(action->id)); !deleted)
        return deleted;
    if (m_undo) {
        storage::ActionStore &store = m_database.actions();
        const Action &kept = *action;
        m_undo->push(new ActionCommand([text = shortly(kept.text)] { return tr("deleting “%1”").arg(isolate(text)); },
                                       [&store, kept] { return store.putBack(kept); },
                                       [&store, kept] { return made(store.remove(kept.id)); },
                                       [this](const QString &why) { m_summary->setText(why); },
                                       [this] { afterUndo(); }));
    }
    fill();
    emit changed();
    return Done{};
}

Status ActionsView::editSelected(const storage::ActionStore::Terms &terms)
{
    const std::optional<Action> action = selected();
    if (!action)
        return Status::failure(tr("Choose an action first."));
    if (const Status edited = made(m_database.actions().edit(action->id, terms)); !edited)
        return edited;
    if (m_undo) {
        storage::ActionStore &store = m_database.actions();
        const qint64 id = action->id;
        const storage::ActionStore::Terms before = storage::ActionStore::termsOf(*action);
        m_undo->push(new ActionCommand([text = shortly(action->text)] { return tr("editing “%1”").arg(isolate(text)); },
                                       [&store, id, before] { return made(store.edit(id, before)); },
                                       [&store, id, terms] { return made(store.edit(id, terms)); },
                                       [this](const QString &why) { m_summary->setText(why); },
                                       [this] { afterUndo(); }));
    }
    fill();
    emit changed();
    return Done{};
}

void ActionsView::editInDialog()
{
    const std::optional<Action> action = selected();
    if (!action)
        return;
    EditActionDialog dialog(m_questionnaire, m_language, *action, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    if (const Status edited = editSelected(dialog.terms()); !edited)
        m_summary->setText(edited.error());
}

void ActionsView::selectAction(qint64 id)
{
    // Through the selection model: QTableView::selectRow() picks the row's
    // cell at the viewport's far edge in right-to-left, and past the last
    // column it selects nothing.
    for (int row = 0; row < int(m_actions.size()); ++row) {
        if (m_actions[std::size_t(row)].id != id)
            continue;
        const QModelIndex first = m_table->model()->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    }
}

void ActionsView::afterUndo()
{
    fill();
    if (m_changed)
        m_changed();
}

} // namespace rater::gui
