#include "workshopsview.h"

#include "quiz/entrylimits.h"

#include "dialogs/dialogs.h"
#include "languagecontroller.h"
#include "pages/quizpage.h"
#include "storage/database.h"
#include "storage/fileresults.h"
#include "actions/planactionsdialog.h"
#include "actionsection.h"
#include "views/emptystate.h"
#include "reportpages.h"
#include "views/exportmenu.h"
#include "workshop/groupsummary.h"
#include "workshop/groupview.h"
#include "workshop/participants.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rater::gui {

using namespace rater::reports;
namespace {

const QString thresholdKey = QStringLiteral("workshops/minimumGroup");

QPushButton *button(QWidget *parent, const QString &name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    return b;
}

} // namespace

WorkshopsView::WorkshopsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                             QWidget *parent)
    : DataView(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(QStringLiteral("workshopsView"));
    m_workshopLabel = new QLabel(this);
    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("workshopChoice"));
    m_workshop->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workshop->setMinimumContentsLength(16);
    m_workshopLabel->setBuddy(m_workshop);
    m_new = button(this, QStringLiteral("newWorkshop"));
    m_groupButton = button(this, QStringLiteral("showGroup"));
    m_laptop = button(this, QStringLiteral("passTheLaptop"));
    m_paperButton = button(this, QStringLiteral("paperEntry"));
    m_import = button(this, QStringLiteral("importParticipants"));
    m_end = button(this, QStringLiteral("endPassTheLaptop"));
    m_end->hide();
    m_thresholdLabel = new QLabel(this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("anonymityThreshold"));
    m_threshold->setRange(minimumAnonymityThreshold, 50);
    m_threshold->setValue(QSettings().value(thresholdKey, defaultAnonymityThreshold).toInt());
    m_thresholdLabel->setBuddy(m_threshold);
    m_export = button(this, QStringLiteral("exportWorkshop"));
    m_print = button(this, QStringLiteral("printWorkshop"));
    m_planActions = button(this, QStringLiteral("planWorkshopActions"));
    // Rows that fit a narrow window in every language: the workshop, then
    // what to do with it, then, while the group is shown, its own settings
    // and what to do with its figures.
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_workshopLabel);
    choice->addWidget(m_workshop, 1);
    choice->addWidget(m_new);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_groupButton, m_laptop, m_paperButton, m_import})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_end);
    auto *groupBar = new QHBoxLayout;
    groupBar->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *>{m_thresholdLabel, m_threshold, m_export, m_print, m_planActions})
        groupBar->addWidget(w);

    m_pages = new QStackedWidget(this);

    m_empty = new EmptyState(m_pages);
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newWorkshopAction"));
    connect(m_newAction, &QAction::triggered, this, &WorkshopsView::createWorkshop);
    m_pages->addWidget(m_empty);

    m_group = new GroupView(questionnaire, language, m_pages);
    m_pages->addWidget(m_group);

    m_participant = new QuizPage(questionnaire, &database, language, m_pages);
    m_participant->setObjectName(QStringLiteral("participantQuiz"));
    m_pages->addWidget(m_participant);

    m_thanks = new QWidget(m_pages);
    m_thanks->setObjectName(QStringLiteral("thanksPage"));
    m_thanksText = new QLabel(m_thanks);
    m_thanksText->setObjectName(QStringLiteral("thanksText"));
    m_thanksText->setAlignment(Qt::AlignCenter);
    m_thanksText->setWordWrap(true);
    QFont large = m_thanksText->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    m_thanksText->setFont(large);
    m_next = button(m_thanks, QStringLiteral("nextParticipant"));
    m_next->setDefault(true);
    auto *thanksLayout = new QVBoxLayout(m_thanks);
    thanksLayout->addStretch();
    thanksLayout->addWidget(m_thanksText);
    thanksLayout->addWidget(m_next, 0, Qt::AlignCenter);
    thanksLayout->addStretch();
    m_pages->addWidget(m_thanks);

    m_paperPage = new QWidget(m_pages);
    m_paperPage->setObjectName(QStringLiteral("paperPage"));
    m_paperHelp = new QLabel(m_paperPage);
    m_paperHelp->setWordWrap(true);
    m_paper = new QTableWidget(0, 2, m_paperPage);
    m_paper->setObjectName(QStringLiteral("paperGrid"));
    m_paper->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_paperProblems = new QLabel(m_paperPage);
    m_paperProblems->setObjectName(QStringLiteral("paperProblems"));
    m_paperProblems->setWordWrap(true);
    m_paperProblems->setTextFormat(Qt::PlainText);
    m_paperProblems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_paperStatus = new QLabel(m_paperPage);
    m_paperStatus->setObjectName(QStringLiteral("paperStatus"));
    m_paperSave = button(m_paperPage, QStringLiteral("paperSave"));
    auto *paperLayout = new QVBoxLayout(m_paperPage);
    paperLayout->addWidget(m_paperHelp);
    paperLayout->addWidget(m_paper, 1);
    paperLayout->addWidget(m_paperProblems);
    auto *paperFooter = new QHBoxLayout;
    paperFooter->addWidget(m_paperStatus, 1);
    paperFooter->addWidget(m_paperSave);
    paperLayout->addLayout(paperFooter);
    m_pages->addWidget(m_paperPage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addLayout(actions);
    layout->addLayout(groupBar);
    layout->addWidget(m_pages, 1);
    connect(m_pages, &QStackedWidget::currentChanged, this, &WorkshopsView::updateButtons);

    connect(m_workshop, &QComboBox::currentIndexChanged, this, &WorkshopsView::showGroup);
    connect(m_new, &QPushButton::clicked, this, &WorkshopsView::createWorkshop);
    connect(m_laptop, &QPushButton::clicked, this, &WorkshopsView::startPassTheLaptop);
    connect(m_paperButton, &QPushButton::clicked, this, &WorkshopsView::showPaperEntry);
    connect(m_groupButton, &QPushButton::clicked, this, &WorkshopsView::showGroup);
    connect(m_participant, &QuizPage::submitted, this, &WorkshopsView::participantSubmitted);
    connect(m_next, &QPushButton::clicked, this, &WorkshopsView::nextParticipant);
    connect(m_end, &QPushButton::clicked, this, [this] { endPassTheLaptop(); });
    connect(m_paper, &QTableWidget::itemChanged, this, &WorkshopsView::checkPaperRows);
    connect(m_paperSave, &QPushButton::clicked, this, &WorkshopsView::savePaperEntries);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = fileDialogs::openFileName(this, tr("Import Participants"), tr("Results (*.csv *.json)"));
        if (path.isEmpty())
            return;
        if (const Status imported = importFile(path); !imported)
            dialogs::warn(this, tr("Nothing was imported."), imported.error());
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportFromMenu(m_export, {{tr("Workshop report (PDF)…"), tr("PDF documents (*.pdf)"),
                                   [this](const QString &p) { return m_group->writeReport(p); }},
                                  {tr("Dimension chart as PNG…"), tr("PNG images (*.png)"),
                                   [this](const QString &p) { return m_group->exportChartPng(p, false); }},
                                  {tr("Statement chart as PNG…"), tr("PNG images (*.png)"),
                                   [this](const QString &p) { return m_group->exportChartPng(p, true); }}});
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter);
        QPrintDialog dialog(&printer, this);
        if (dialogs::exec(dialog) != QDialog::Accepted)
            return;
        if (const Status printed = m_group->printReport(printer); !printed)
            dialogs::warn(this, printed.error());
    });
    connect(m_planActions, &QPushButton::clicked, this, [this] {
        if (const Status planned = planActions(); !planned)
            dialogs::warn(this, tr("The actions were not saved"), planned.error());
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(thresholdKey, value);
        if (m_pages->currentWidget() == m_group)
            showGroup();
    });
    connect(&m_language, &LanguageController::calendarChanged, this, &WorkshopsView::retranslate);
    retranslate();
    reload();
}

void WorkshopsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkshopsView::retranslate()
{
    m_workshopLabel->setText(tr("&Workshop:"));
    m_workshop->setAccessibleName(tr("Workshop"));
    m_new->setText(tr("&New Workshop…"));
    m_newAction->setText(tr("&New Workshop…"));
    m_groupButton->setText(tr("&Group View"));
    m_laptop->setText(tr("Pass the &Laptop"));
    m_paperButton->setText(tr("Pape&r Entry"));
    m_import->setText(tr("&Import File…"));
    m_end->setText(tr("End Pass the Laptop (Facilitator)…"));
    m_export->setText(tr("E&xport…"));
    m_print->setText(tr("&Print Report…"));
    m_planActions->setText(tr("Plan &Actions…"));
    m_planActions->setToolTip(tr("Turn the group's weakest dimensions' tips into actions of the workshop's team"));
    m_thresholdLabel->setText(tr("&Show group figures from:"));
    m_threshold->setSuffix(tr(" participants"));
    m_threshold->setAccessibleName(tr("Fewest participants for group figures"));
    m_threshold->setLocale(m_language.locale());
    m_empty->setText(tr("No workshops yet"),
                     tr("A workshop gathers the answers of a group, on this laptop, from paper forms or from "
                        "participants' files, and shows the group's picture for the projector. Create one to "
                        "begin, or open the demo database to see two."));
    m_thanksText->setText(tr("Thank you. Your answers are saved.\nPlease hand the laptop to the next participant."));
    m_next->setText(tr("&Next Participant"));
    m_paperHelp->setText(tr("Type each paper form on its own row: an optional code, then one digit for each of the "
                            "%1 answers (41253… and so on). A row with a problem turns red, and the problem is "
                            "named below the table.")
                             .arg(m_language.locale().toString(m_questionnaire.statementCount())));
    m_paper->setHorizontalHeaderLabels({tr("Code"), tr("Answers")});
    m_paper->setAccessibleName(tr("Paper forms"));
    m_paperSave->setText(tr("&Save Forms"));
    numberPaperRows();
    checkPaperRows();
    fillWorkshopList(); // dates in the language's calendar and digits
}

void WorkshopsView::offerWaysToFill(const QList<QAction *> &actions)
{
    QList<QAction *> offered{m_newAction};
    // Of the window's ways, the demo shows workshops; the quiz and imports do not make one.
    for (QAction *action : actions) {
        if (action->objectName() == QStringLiteral("openDemo"))
            offered << action;
    }
    m_empty->setActions(offered);
}

void WorkshopsView::fillWorkshopList()
{
    const qint64 chosen = m_workshop->currentIndex() >= 0 ? m_workshop->currentData().toLongLong() : 0;
    const QSignalBlocker blocker(m_workshop);
    m_workshop->clear();
    const QLocale locale = m_language.locale();
    const Expected<std::vector<Workshop>> workshops = m_database.workshops().all();
    if (!workshops) {
        m_empty->showFailure(tr("The workshops cannot be read"), workshops.error());
        return;
    }
    m_empty->clearFailure();
    for (const Workshop &w : *workshops) {
        // The title keeps its own direction inside a right-to-left line.
        m_workshop->addItem(isolate(w.title) + QStringLiteral(" — ")
                                + locale.toString(w.date, QStringLiteral("d MMM yyyy"), m_language.calendar()),
                            w.id);
    }
    const int index = m_workshop->findData(chosen);
    m_workshop->setCurrentIndex(index >= 0 ? index : 0);
}

void WorkshopsView::reload()
{
    const qint64 before = m_workshop->currentIndex() >= 0 ? m_workshop->currentData().toLongLong() : 0;
    fillWorkshopList();
    updateButtons();
    const bool chosenChanged = m_workshop->currentIndex() < 0 || m_workshop->currentData().toLongLong() != before;
    // A participant answering, or forms being typed, stay as they are.
    QWidget *page = m_pages->currentWidget();
    if (page == m_empty || page == m_group || (chosenChanged && !m_locked))
        showGroup();
}

void WorkshopsView::updateButtons()
{
    const bool any = m_workshop->count() > 0;
    m_workshop->setEnabled(any && !m_locked);
    m_new->setVisible(!m_locked);
    for (QPushButton *b : {m_groupButton, m_laptop, m_paperButton, m_import}) {
        b->setVisible(!m_locked);
        b->setEnabled(any);
    }
    m_end->setVisible(m_locked);
    const bool group = m_pages->currentWidget() == m_group;
    for (QWidget *w : std::initializer_list<QWidget *>{m_thresholdLabel, m_threshold, m_export, m_print, m_planActions})
        w->setVisible(group);
}

void WorkshopsView::chooseWorkshop(qint64 id)
{
    m_workshop->setCurrentIndex(m_workshop->findData(id));
}

Expected<Workshop> WorkshopsView::current() const
{
    if (m_workshop->currentIndex() < 0)
        return Expected<Workshop>::failure(tr("Create a workshop first."));
    return m_database.workshops().find(m_workshop->currentData().toLongLong());
}

QWidget *WorkshopsView::visiblePage() const
{
    return m_pages->currentWidget();
}

void WorkshopsView::showGroup()
{
    if (m_locked)
        return;
    const Expected<Workshop> workshop = current();
    if (!workshop) {
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    const Expected<std::vector<Answers>> participants = m_database.assessments().workshopAnswers(workshop->id);
    if (!participants) {
        m_empty->showFailure(tr("The workshop cannot be read"), participants.error());
        m_pages->setCurrentWidget(m_empty);
        return;
    }
    const GroupSummary group = summarizeGroup(m_questionnaire, *participants, threshold());
    m_group->setGroup(workshop->title, workshop->date, group, threshold());
    // The report's "Actions" section: the workshop's team's.
    m_group->setActionsSource([this, workshop = *workshop](Language language, const QCalendar &calendar) {
        const Expected<QString> team = actionsTeam(storage::FileResults(m_database), workshop);
        if (!team)
            return QString();
        const Expected<reports::ActionsSection> section =
            reports::actionsSectionOf(m_database, *team, m_questionnaire, language, calendar);
        return section ? reports::actionsHtml(*section) : QString();
    });
    m_export->setEnabled(!group.suppressed);
    m_print->setEnabled(!group.suppressed);
    m_planActions->setEnabled(!group.suppressed);
    m_pages->setCurrentWidget(m_group);
}

Status WorkshopsView::planActions()
{
    const Expected<Workshop> workshop = current();
    if (!workshop)
        return Status::failure(workshop.error());
    const GroupSummary &group = m_group->group();
    if (group.suppressed)
        return Status::failure(tr("The group is too small for its figures to be shown, or acted on."));
    // The group's two weakest dimensions, by their mean.
    std::vector<DimensionGroupSummary> dimensions = group.dimensions;
    std::stable_sort(dimensions.begin(), dimensions.end(),
                     [](const DimensionGroupSummary &a, const DimensionGroupSummary &b) { return a.mean < b.mean; });
    QStringList weakest;
    for (std::size_t d = 0; d < std::min<std::size_t>(2, dimensions.size()); ++d)
        weakest << dimensions[d].id;
    const Expected<QString> team = actionsTeam(storage::FileResults(m_database), *workshop);
    if (!team)
        return Status::failure(team.error());
    PlanActionsDialog dialog(m_questionnaire, m_language, *team, weakest, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return Done{};
    std::vector<NewAction> planned = dialog.actions();
    for (NewAction &action : planned)
        action.workshopId = workshop->id;
    const Expected<std::vector<qint64>> added = m_database.actions().addAll(planned);
    if (!added)
        return Status::failure(added.error());
    emit actionsPlanned(int(added->size()));
    return Done{};
}

void WorkshopsView::createWorkshop()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newWorkshopDialog"));
    dialog.setWindowTitle(tr("New Workshop"));
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("workshopTitle"));
    auto *facilitator = new QLineEdit(&dialog);
    facilitator->setObjectName(QStringLiteral("workshopFacilitator"));
    auto *team = new QLineEdit(&dialog);
    team->setObjectName(QStringLiteral("workshopTeam"));
    for (QLineEdit *name : {title, facilitator, team})
        name->setMaxLength(limits::maxNameLength);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("workshopDate"));
    date->setDateRange(limits::earliestDate(), limits::latestDate());
    date->setCalendarPopup(true);
    date->setLayoutDirection(Qt::LeftToRight); // see the quiz page: date edits stay left to right
    date->setCalendar(m_language.calendar());
    date->setLocale(m_language.locale());
    date->setDisplayFormat(m_language.rightToLeft() ? QStringLiteral("yyyy/MM/dd") : QStringLiteral("yyyy-MM-dd"));
    auto *lang = new QComboBox(&dialog);
    lang->setObjectName(QStringLiteral("workshopLanguage"));
    for (const auto &[language, name] : languageNames())
        lang->addItem(name, languageCode(language));
    lang->setCurrentIndex(lang->findData(m_language.code()));
    date->setAccessibleName(tr("Date"));
    lang->setAccessibleName(tr("Language of the workshop"));
    title->setAccessibleName(tr("Title"));
    facilitator->setAccessibleName(tr("Facilitator"));
    team->setAccessibleName(tr("Team (optional)"));
    team->setPlaceholderText(tr("Participants are recorded under this team, else the title"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Facilitator:"), facilitator);
    form->addRow(tr("T&eam (optional):"), team);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Language:"), lang);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *create = buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("C&reate"));
    create->setEnabled(false);
    connect(title, &QLineEdit::textChanged, create, [create](const QString &text) {
        create->setEnabled(!text.trimmed().isEmpty());
    });
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialogs::exec(dialog) != QDialog::Accepted || title->text().trimmed().isEmpty())
        return;
    const Expected<qint64> id = m_database.workshops().create({title->text().trimmed(), date->date(),
                                                           facilitator->text().trimmed(), team->text().trimmed(),
                                                           lang->currentData().toString()});
    if (!id) {
        dialogs::warn(this, tr("The workshop could not be created."), id.error());
        return;
    }
    fillWorkshopList();
    updateButtons();
    chooseWorkshop(*id);
    showGroup();
}

int WorkshopsView::threshold() const
{
    return m_threshold->value();
}

void WorkshopsView::setThreshold(int threshold)
{
    m_threshold->setValue(threshold);
}

Status WorkshopsView::importFile(const QString &path)
{
    const Expected<Workshop> workshop = current();
    if (!workshop)
        return Status::failure(tr("Create a workshop first."));
    const ParticipantFile file = readParticipants(path, storage::FileResults(m_database), *workshop, m_questionnaire);
    const exchange::ReadResult &read = file.read;
    if (!read.problems.isEmpty()) {
        QStringList shown = read.problems.mid(0, 20);
        if (read.problems.size() > shown.size())
            shown << tr("… and %1 more problems").arg(m_language.locale().toString(read.problems.size() - shown.size()));
        return Status::failure(shown.join(QLatin1Char('\n')));
    }
    const QString team = participantTeam(*workshop);
    const QString separator = m_language.rightToLeft() ? QStringLiteral("، ") : QStringLiteral(", ");
    if (!file.otherTeams.isEmpty()) {
        QStringList named;
        for (const QString &other : file.otherTeams)
            named << isolate(other);
        const auto answer = dialogs::ask(
            this, tr("Record these participants under “%1”?").arg(isolate(team)),
            tr("The file names %1, but everyone who takes part in the workshop “%2” is recorded under “%3”, "
               "so that the workshop's figures stay together.")
                .arg(named.join(separator), isolate(workshop->title), isolate(team)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return Status::failure(tr("The import was cancelled; nothing was stored."));
    }
    const auto recorded = m_database.assessments().recordAll(read.records);
    if (!recorded)
        return Status::failure(recorded.error());
    showGroup();
    const QLocale locale = m_language.locale();
    QString detail = tr("They are recorded under the team “%1”.").arg(isolate(team));
    if (recorded->alreadyStored > 0)
        detail += u' ' + tr("Already stored, and not stored again: %1.").arg(locale.toString(recorded->alreadyStored));
    dialogs::inform(this,
                    tr("Participants imported into the workshop “%1”: %2.")
                        .arg(isolate(workshop->title), locale.toString(recorded->added())),
                    detail);
    return Done{};
}

bool WorkshopsView::startPassTheLaptop()
{
    const Expected<Workshop> workshop = current();
    if (!workshop || m_locked || !m_lock.choose(this))
        return false;
    m_participant->setParticipantMode(participantTeam(*workshop), QStringLiteral("workshop-%1").arg(workshop->id));
    m_participant->startNew();
    m_pages->setCurrentWidget(m_participant);
    setLocked(true);
    return true;
}

void WorkshopsView::setLocked(bool locked)
{
    m_locked = locked;
    updateButtons();
    emit lockChanged(locked);
}

void WorkshopsView::participantSubmitted(const QuizAnswers &answers)
{
    const Expected<Workshop> workshop = current();
    if (!workshop)
        return;
    const Expected<qint64> stored = m_database.assessments().record(
        participantAssessment(*workshop, answers.answers, answers.respondent, m_questionnaire));
    if (!stored) {
        dialogs::warn(this, tr("The answers could not be saved."), stored.error());
        return;
    }
    // Clear the answers before anyone else can see them; only the thanks remain.
    m_participant->startNew();
    m_pages->setCurrentWidget(m_thanks);
    m_next->setFocus();
}

void WorkshopsView::nextParticipant()
{
    m_participant->startNew();
    m_pages->setCurrentWidget(m_participant);
}

bool WorkshopsView::endPassTheLaptop(bool confirm)
{
    if (!m_locked)
        return true;
    if (confirm && !m_lock.confirm(this))
        return false;
    m_participant->startNew();
    setLocked(false);
    showGroup();
    return true;
}

} // namespace rater::gui
