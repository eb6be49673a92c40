#include "workshopsview.h"

#include "dialogs/dialogs.h"
#include "languagecontroller.h"
#include "pages/quizpage.h"
#include "storage/database.h"
#include "workshop/groupsummary.h"
#include "views/tableexport.h"
#include "workshop/groupview.h"
#include "workshop/participants.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rater::gui {
namespace {

// A paper form's answers as typed: digits in a row ("41253…"), in any digits,
// or separated by commas; as the comma list parseAnswers() reads.
QString answerList(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QChar(0x060C)))
        return text;
    QStringList digits;
    for (QChar c : text.remove(QLatin1Char(' ')))
        digits << QString(c);
    return digits.join(QLatin1Char(','));
}

} // namespace

WorkshopsView::WorkshopsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                             QWidget *parent)
    : RecordsView(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(QStringLiteral("workshopsView"));
    m_workshopLabel = new QLabel(this);
    m_workshop = new QComboBox(this);
    m_workshop->setObjectName(QStringLiteral("workshopChoice"));
    m_workshopLabel->setBuddy(m_workshop);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newWorkshop"));
    m_laptop = new QPushButton(this);
    m_laptop->setObjectName(QStringLiteral("passTheLaptop"));
    m_paperButton = new QPushButton(this);
    m_paperButton->setObjectName(QStringLiteral("paperEntry"));
    m_groupButton = new QPushButton(this);
    m_groupButton->setObjectName(QStringLiteral("showGroup"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importParticipants"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportWorkshop"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printWorkshop"));
    m_thresholdLabel = new QLabel(this);
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("anonymityThreshold"));
    m_threshold->setRange(minimumAnonymityThreshold, 50);
    m_threshold->setValue(QSettings().value(QStringLiteral("workshops/minimumGroup"), defaultAnonymityThreshold).toInt());
    m_thresholdLabel->setBuddy(m_threshold);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_workshopLabel);
    controls->addWidget(m_workshop, 1);
    controls->addWidget(m_new);
    controls->addWidget(m_laptop);
    controls->addWidget(m_paperButton);
    controls->addWidget(m_import);
    controls->addWidget(m_groupButton);
    controls->addWidget(m_export);
    controls->addWidget(m_print);
    controls->addWidget(m_thresholdLabel);
    controls->addWidget(m_threshold);

    m_pages = new QStackedWidget(this);
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
    m_next = new QPushButton(m_thanks);
    m_next->setObjectName(QStringLiteral("nextParticipant"));
    m_next->setDefault(true);
    m_end = new QPushButton(m_thanks);
    m_end->setObjectName(QStringLiteral("endPassTheLaptop"));
    auto *thanksLayout = new QVBoxLayout(m_thanks);
    thanksLayout->addStretch();
    thanksLayout->addWidget(m_thanksText);
    thanksLayout->addWidget(m_next, 0, Qt::AlignCenter);
    thanksLayout->addStretch();
    thanksLayout->addWidget(m_end, 0, Qt::AlignTrailing);
    m_pages->addWidget(m_thanks);

    m_paperPage = new QWidget(m_pages);
    m_paperHelp = new QLabel(m_paperPage);
    m_paperHelp->setWordWrap(true);
    m_paper = new QTableWidget(0, 2, m_paperPage);
    m_paper->setObjectName(QStringLiteral("paperGrid"));
    m_paper->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_paperStatus = new QLabel(m_paperPage);
    m_paperStatus->setObjectName(QStringLiteral("paperStatus"));
    m_paperSave = new QPushButton(m_paperPage);
    m_paperSave->setObjectName(QStringLiteral("paperSave"));
    auto *paperLayout = new QVBoxLayout(m_paperPage);
    paperLayout->addWidget(m_paperHelp);
    paperLayout->addWidget(m_paper, 1);
    auto *paperFooter = new QHBoxLayout;
    paperFooter->addWidget(m_paperStatus, 1);
    paperFooter->addWidget(m_paperSave);
    paperLayout->addLayout(paperFooter);
    m_pages->addWidget(m_paperPage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_pages, 1);

    connect(m_workshop, &QComboBox::currentIndexChanged, this, &WorkshopsView::showGroup);
    connect(m_new, &QPushButton::clicked, this, &WorkshopsView::createWorkshop);
    connect(m_laptop, &QPushButton::clicked, this, &WorkshopsView::startPassTheLaptop);
    connect(m_paperButton, &QPushButton::clicked, this, &WorkshopsView::showPaperEntry);
    connect(m_groupButton, &QPushButton::clicked, this, [this] {
        if (!inPassTheLaptop() || endPassTheLaptop())
            showGroup();
    });
    connect(m_participant, &QuizPage::submitted, this, &WorkshopsView::participantSubmitted);
    connect(m_next, &QPushButton::clicked, this, &WorkshopsView::nextParticipant);
    connect(m_end, &QPushButton::clicked, this, [this] {
        if (endPassTheLaptop())
            showGroup();
    });
    connect(m_paper, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) { checkPaperRow(item->row()); });
    connect(m_paperSave, &QPushButton::clicked, this, &WorkshopsView::savePaperEntries);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = fileDialogs::openFileName(this, tr("Import Participants"), tr("Results (*.csv *.json)"));
        if (path.isEmpty())
            return;
        if (const Status imported = importFile(path); !imported)
            QMessageBox::warning(this, tr("Rater"), imported.error());
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
        if (dialog.exec() == QDialog::Accepted && !m_group->printReport(printer))
            QMessageBox::warning(this, tr("Rater"), tr("The report could not be printed."));
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
        QSettings().setValue(QStringLiteral("workshops/minimumGroup"), value);
        if (m_pages->currentWidget() == m_group)
            showGroup();
    });
    connect(&m_language, &LanguageController::changed, this, &WorkshopsView::retranslate);
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
    m_laptop->setText(tr("Pass the &Laptop"));
    m_paperButton->setText(tr("Paper &Entry"));
    m_groupButton->setText(tr("&Group View"));
    m_import->setText(tr("&Import File…"));
    m_export->setText(tr("E&xport…"));
    m_print->setText(tr("&Print Report…"));
    m_thresholdLabel->setText(tr("Show from:"));
    m_threshold->setSuffix(tr(" participants"));
    m_threshold->setAccessibleName(tr("Fewest participants for group figures"));
    m_threshold->setLocale(m_language.locale());
    m_thanksText->setText(tr("Thank you. Your answers are saved.\nPlease hand the laptop to the next participant."));
    m_next->setText(tr("&Next Participant"));
    m_end->setText(tr("End (Facilitator)"));
    m_paperHelp->setText(tr("Type each paper form on its own row: an optional code, then the %1 answers as digits, "
                            "for example 41253…. Rows with a problem turn red at once.")
                             .arg(m_language.locale().toString(m_questionnaire.statementCount())));
    m_paper->setHorizontalHeaderLabels({tr("Code"), tr("Answers")});
    m_paper->setAccessibleName(tr("Paper forms"));
    m_paperSave->setText(tr("&Save Forms"));
    for (int row = 0; row < m_paper->rowCount(); ++row)
        checkPaperRow(row);
}

void WorkshopsView::reload()
{
    const qint64 chosen = current() ? current()->id : 0;
    {
        const QSignalBlocker blocker(m_workshop);
        m_workshop->clear();
        for (const Workshop &w : m_database.workshops())
            m_workshop->addItem(w.title + QStringLiteral(" — ") + m_language.formatDate(w.date, QLocale::ShortFormat),
                                w.id);
        const int index = m_workshop->findData(chosen);
        m_workshop->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool any = m_workshop->count() > 0;
    for (QPushButton *button : {m_laptop, m_paperButton, m_groupButton, m_import, m_export, m_print})
        button->setEnabled(any);
    showGroup();
}

void WorkshopsView::chooseWorkshop(qint64 id)
{
    m_workshop->setCurrentIndex(m_workshop->findData(id));
}

std::optional<Workshop> WorkshopsView::current() const
{
    if (m_workshop->currentIndex() < 0)
        return std::nullopt;
    return m_database.workshop(m_workshop->currentData().toLongLong());
}

QWidget *WorkshopsView::visiblePage() const
{
    return m_pages->currentWidget();
}

bool WorkshopsView::inPassTheLaptop() const
{
    return m_pages->currentWidget() == m_participant || m_pages->currentWidget() == m_thanks;
}

void WorkshopsView::showGroup()
{
    const std::optional<Workshop> workshop = current();
    std::vector<Answers> participants;
    if (workshop) {
        if (const auto all = m_database.assessments()) {
            for (const StoredAssessment &a : *all) {
                if (a.workshopId == workshop->id)
                    participants.push_back(a.answers);
            }
        }
    }
    m_group->setGroup(workshop ? workshop->title : QString(), workshop ? workshop->date : QDate(),
                      summarizeGroup(m_questionnaire, participants, threshold()), threshold());
    m_pages->setCurrentWidget(m_group);
    m_workshop->setEnabled(true);
}

void WorkshopsView::createWorkshop()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Workshop"));
    auto *title = new QLineEdit(&dialog);
    auto *facilitator = new QLineEdit(&dialog);
    auto *team = new QLineEdit(&dialog);
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setLayoutDirection(Qt::LeftToRight); // see the quiz page: date edits stay left to right
    date->setCalendar(m_language.calendar());
    date->setDisplayFormat(m_language.rightToLeft() ? QStringLiteral("yyyy/MM/dd") : QStringLiteral("yyyy-MM-dd"));
    auto *lang = new QComboBox(&dialog);
    const std::pair<Language, QString> languages[] = {{Language::English, QStringLiteral("English")},
                                                      {Language::Arabic, QStringLiteral("العربية")},
                                                      {Language::Persian, QStringLiteral("فارسی")}};
    for (const auto &[language, name] : languages)
        lang->addItem(name, languageCode(language));
    lang->setCurrentIndex(lang->findData(m_language.code()));
    date->setAccessibleName(tr("Date"));
    lang->setAccessibleName(tr("Language of the workshop"));
    title->setAccessibleName(tr("Title"));
    facilitator->setAccessibleName(tr("Facilitator"));
    team->setAccessibleName(tr("Team (optional)"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Facilitator:"), facilitator);
    form->addRow(tr("T&eam (optional):"), team);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Language:"), lang);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || title->text().trimmed().isEmpty())
        return;
    const Expected<qint64> id = m_database.createWorkshop({title->text().trimmed(), date->date(),
                                                           facilitator->text().trimmed(), team->text().trimmed(),
                                                           lang->currentData().toString()});
    if (!id) {
        QMessageBox::warning(this, tr("Rater"), id.error());
        return;
    }
    reload();
    chooseWorkshop(*id);
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
    const std::optional<Workshop> workshop = current();
    if (!workshop)
        return Status::failure(tr("Create a workshop first."));
    const exchange::ReadResult read = readParticipants(path, m_database, *workshop, m_questionnaire);
    if (!read.problems.isEmpty()) {
        QStringList shown = read.problems.mid(0, 20);
        if (read.problems.size() > shown.size())
            shown << tr("… and %1 more problems").arg(read.problems.size() - shown.size());
        return Status::failure(tr("Nothing was imported.") + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
    }
    const auto ids = m_database.recordAll(read.records);
    if (!ids)
        return Status::failure(ids.error());
    showGroup();
    return Done{};
}

void WorkshopsView::startPassTheLaptop()
{
    const std::optional<Workshop> workshop = current();
    if (!workshop)
        return;
    m_participant->setParticipantMode(workshop->team.isEmpty() ? workshop->title : workshop->team,
                                      QStringLiteral("workshop-%1").arg(workshop->id));
    m_participant->startNew();
    m_workshop->setEnabled(false); // one workshop at a time while the laptop goes round
    m_pages->setCurrentWidget(m_participant);
}

void WorkshopsView::participantSubmitted()
{
    const std::optional<Workshop> workshop = current();
    if (!workshop)
        return;
    const QuizAnswers answers = m_participant->current();
    NewAssessment a{answers.team,    answers.respondent, workshop->id, QString(), workshop->date, m_language.code(),
                    m_questionnaire.id, m_questionnaire.version, answers.answers};
    const Expected<qint64> stored = m_database.record(a);
    if (!stored) {
        QMessageBox::warning(this, tr("Rater"), stored.error());
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
    if (!inPassTheLaptop())
        return true;
    if (confirm
        && QMessageBox::question(this, tr("End Pass the Laptop"),
                                 tr("End pass-the-laptop mode? Only the facilitator should do this."))
               != QMessageBox::Yes)
        return false;
    m_participant->startNew();
    showGroup();
    return true;
}

void WorkshopsView::showPaperEntry()
{
    if (inPassTheLaptop() && !endPassTheLaptop())
        return;
    if (m_paper->rowCount() == 0)
        m_paper->setRowCount(10);
    m_pages->setCurrentWidget(m_paperPage);
    m_workshop->setEnabled(true);
}

void WorkshopsView::checkPaperRow(int row)
{
    const QSignalBlocker blocker(m_paper);
    QTableWidgetItem *answers = m_paper->item(row, 1);
    const QString text = answers ? answers->text().trimmed() : QString();
    QString problem;
    if (!text.isEmpty()) {
        const Expected<Answers> parsed = parseAnswers(answerList(text), m_questionnaire);
        if (!parsed)
            problem = parsed.error();
    }
    if (answers) {
        answers->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xf8, 0xc9, 0xc4)));
        answers->setForeground(problem.isEmpty() ? QBrush() : QBrush(QColor(0x20, 0x20, 0x20)));
        answers->setToolTip(problem);
        answers->setData(Qt::AccessibleDescriptionRole, problem);
    }
    int ready = 0, wrong = 0;
    for (int r = 0; r < m_paper->rowCount(); ++r) {
        const QTableWidgetItem *item = m_paper->item(r, 1);
        if (!item || item->text().trimmed().isEmpty())
            continue;
        (item->toolTip().isEmpty() ? ready : wrong)++;
    }
    const QLocale locale = m_language.locale();
    m_paperStatus->setText(tr("%1 forms ready, %2 with a problem").arg(locale.toString(ready), locale.toString(wrong)));
    m_paperSave->setEnabled(ready > 0 && wrong == 0);
    if (row == m_paper->rowCount() - 1 && !text.isEmpty())
        m_paper->setRowCount(m_paper->rowCount() + 5);
}

int WorkshopsView::savePaperEntries()
{
    const std::optional<Workshop> workshop = current();
    if (!workshop)
        return 0;
    std::vector<NewAssessment> forms;
    for (int r = 0; r < m_paper->rowCount(); ++r) {
        const QTableWidgetItem *item = m_paper->item(r, 1);
        if (!item || item->text().trimmed().isEmpty())
            continue;
        if (!item->toolTip().isEmpty())
            return 0; // all or nothing
        const QTableWidgetItem *code = m_paper->item(r, 0);
        forms.push_back({workshop->team.isEmpty() ? workshop->title : workshop->team,
                         code ? code->text().trimmed() : QString(), workshop->id, QString(), workshop->date,
                         m_language.code(), m_questionnaire.id, m_questionnaire.version,
                         parseAnswers(answerList(item->text().trimmed()), m_questionnaire).value()});
    }
    if (forms.empty())
        return 0;
    const auto ids = m_database.recordAll(forms);
    if (!ids) {
        QMessageBox::warning(this, tr("Rater"), ids.error());
        return 0;
    }
    m_paper->clearContents();
    m_paper->setRowCount(10);
    checkPaperRow(0);
    showGroup();
    return int(ids->size());
}

} // namespace rater::gui
