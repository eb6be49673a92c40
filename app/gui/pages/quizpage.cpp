#include "quizpage.h"

#include "i18n/language.h"
#include "quiz/entrylimits.h"

#include "languagecontroller.h"
#include "pages/statementrow.h"
#include "pages/wrappedlabel.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rater::gui {

QuizPage::QuizPage(const Questionnaire &questionnaire, Database *database, LanguageController &language,
                   QWidget *parent)
    : QWidget(parent), m_questionnaire(questionnaire), m_database(database), m_language(language)
{
    setObjectName(QStringLiteral("quizPage"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("quizTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_instructions = new WrappedLabel(this);
    m_instructions->setObjectName(QStringLiteral("instructions"));

    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setEditable(true);
    m_team->setInsertPolicy(QComboBox::NoInsert);
    m_team->setMinimumContentsLength(24);
    m_team->lineEdit()->setMaxLength(limits::maxNameLength);
    m_respondent = new QLineEdit(this);
    m_respondent->setObjectName(QStringLiteral("respondent"));
    m_respondent->setMaxLength(limits::maxCodeLength);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDateRange(limits::earliestDate(), limits::latestDate());
    m_date->setCalendarPopup(true);
    m_dateInCalendar = new QLabel(this);
    m_dateInCalendar->setObjectName(QStringLiteral("dateInCalendar"));
    m_teamLabel = new QLabel(this);
    m_teamLabel->setBuddy(m_team);
    m_respondentLabel = new QLabel(this);
    m_respondentLabel->setBuddy(m_respondent);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateInCalendar, 1);
    auto *details = new QFormLayout;
    details->addRow(m_teamLabel, m_team);
    details->addRow(m_respondentLabel, m_respondent);
    details->addRow(m_dateLabel, dateRow);

    m_statements = new QWidget;
    m_statements->setObjectName(QStringLiteral("statements"));
    auto *statementsLayout = new QVBoxLayout(m_statements);
    statementsLayout->setContentsMargins(0, 0, 0, 0);
    statementsLayout->setSpacing(0);
    statementsLayout->addStretch();
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("statementScroll"));
    m_scroll->setWidget(m_statements);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, questionnaire.statementCount());
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_message = new WrappedLabel(this);
    m_message->setObjectName(QStringLiteral("quizMessage"));
    m_showMissing = new QPushButton(this);
    m_showMissing->setObjectName(QStringLiteral("showMissing"));
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_submit->setDefault(true);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_progressText);
    footer->addWidget(m_progress, 1);
    footer->addWidget(m_showMissing);
    footer->addWidget(m_submit);

    m_openActions = new QLabel(this);
    m_openActions->setObjectName(QStringLiteral("openActions"));
    m_openActions->setTextFormat(Qt::RichText);
    m_openActions->setWordWrap(true);
    m_openActions->setFrameShape(QFrame::StyledPanel);
    m_openActions->setMargin(6);
    m_openActions->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_instructions);
    layout->addLayout(details);
    layout->addWidget(m_openActions);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(footer);

    setTabOrder(m_team, m_respondent);
    setTabOrder(m_respondent, m_date);
    setTabOrder(m_date, m_showMissing);
    setTabOrder(m_showMissing, m_submit);
    constexpr int firstScreenful = 8;
    for (const Statement &statement : questionnaire.statements) {
        if (m_rows.size() == firstScreenful)
            break;
        addRow(statement);
    }

    connect(m_submit, &QPushButton::clicked, this, &QuizPage::requestSubmit);
    connect(m_showMissing, &QPushButton::clicked, this, &QuizPage::requestSubmit);
    // Ctrl+Return submits from anywhere on the page, and shows the gaps while there are some.
    auto *submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    // A window can hold two quizzes (the team's and a workshop's): each answers only inside itself.
    submitShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submitShortcut, &QShortcut::activated, this, &QuizPage::requestSubmit);
    connect(m_team, &QComboBox::currentTextChanged, this, [this] {
        saveDraft();
        updateState();
        showOpenActions();
    });
    connect(m_respondent, &QLineEdit::textChanged, this, &QuizPage::saveDraft);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_dateInCalendar->setText(m_language.formatDate(m_date->date()));
        saveDraft();
    });

    // Calendar changes come through the controller; language changes as QEvent::LanguageChange.
    connect(&m_language, &LanguageController::calendarChanged, this, &QuizPage::retranslate);
    refreshTeams();
    retranslate();
    updateState();
}

StatementRow *QuizPage::addRow(const Statement &statement)
{
    auto *row = new StatementRow(m_questionnaire, statement, m_statements);
    connect(row, &StatementRow::answered, this, &QuizPage::onAnswered);
    connect(row, &StatementRow::moveRequested, this, &QuizPage::moveFocus);
    auto *layout = static_cast<QVBoxLayout *>(m_statements->layout());
    layout->insertWidget(layout->count() - 1, row); // before the closing stretch
    if (m_statements->isVisible())
        row->show(); // a layout shows late additions only later, through the event loop
    // Keep the tab order: after the previous row, before the buttons.
    setTabOrder(m_rows.isEmpty() ? static_cast<QWidget *>(m_date) : m_rows.last(), row);
    if (m_showMissing)
        setTabOrder(row, m_showMissing);
    m_rows << row;
    return row;
}

void QuizPage::ensureAllRows()
{
    if (m_rows.size() == m_questionnaire.statementCount())
        return;
    const QString lang = m_language.code();
    const QLocale locale = m_language.locale();
    for (auto i = std::size_t(m_rows.size()); i < m_questionnaire.statements.size(); ++i)
        addRow(m_questionnaire.statements[i])->retranslate(lang, locale);
    updateState();
}

StatementRow *QuizPage::row(int number)
{
    ensureAllRows();
    for (StatementRow *r : m_rows) {
        if (r->number() == number)
            return r;
    }
    return nullptr;
}

bool QuizPage::attachDatabase(Database &database)
{
    m_database = &database;
    const bool begun = hasInput();
    refreshTeams();
    if (begun) {
        saveDraft();
        return false;
    }
    return restoreDraft();
}

void QuizPage::detachDatabase()
{
    m_database = nullptr;
    startNew(); // touches no database now
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->setCurrentText(QString());
    updateState();
}

void QuizPage::refreshTeams()
{
    if (!m_database)
        return;
    showOpenActions();
    const Expected<QStringList> stored = m_database->assessments().teams();
    if (!stored) {
        m_message->setText(stored.error());
        return;
    }
    const QStringList &teams = *stored;
    QStringList shown;
    for (int i = 0; i < m_team->count(); ++i)
        shown << m_team->itemText(i);
    if (teams == shown)
        return;
    // Whatever is being typed stays as it is, cursor and all.
    const QString text = m_team->currentText();
    const int cursor = m_team->lineEdit()->cursorPosition();
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItems(teams);
    m_team->setCurrentText(text);
    m_team->lineEdit()->setCursorPosition(cursor);
}

void QuizPage::configureDateEdit()
{
    // Date edits stay left to right: in right to left their sections swap
    // places, and a runtime switch can garble the format (see docs).
    m_date->setLayoutDirection(Qt::LeftToRight);
    m_date->setCalendar(m_language.calendar());
    m_date->setLocale(m_language.locale());
    // Arabic and Persian write numeric dates year first with slashes.
    m_date->setDisplayFormat(m_language.rightToLeft() ? QStringLiteral("yyyy/MM/dd") : QStringLiteral("yyyy-MM-dd"));
    m_dateInCalendar->setText(m_language.formatDate(m_date->date()));
}

void QuizPage::retranslate()
{
    const QString lang = m_language.code();
    const QLocale locale = m_language.locale();
    m_title->setText(m_questionnaire.tr(m_questionnaire.title, lang));
    m_instructions->setText(m_questionnaire.tr(m_questionnaire.instructions, lang));
    m_teamLabel->setText(tr("&Team:"));
    m_team->lineEdit()->setPlaceholderText(tr("Name of the team you are rating"));
    m_team->setAccessibleName(tr("Team"));
    m_team->lineEdit()->setAccessibleName(tr("Team"));
    m_respondentLabel->setText(tr("&Respondent code:"));
    m_respondent->setPlaceholderText(tr("Optional; a code, never a name"));
    m_respondent->setAccessibleName(tr("Respondent code (optional)"));
    m_dateLabel->setText(tr("&Date:"));
    m_date->setAccessibleName(tr("Date taken"));
    if (auto *dateText = m_date->findChild<QLineEdit *>())
        dateText->setAccessibleName(tr("Date taken"));
    m_dateInCalendar->setAccessibleName(tr("Date taken, in words"));
    configureDateEdit();
    m_scroll->setAccessibleName(tr("Statements"));
    for (StatementRow *row : m_rows)
        row->retranslate(lang, locale);
    m_progress->setAccessibleName(tr("Progress"));
    m_showMissing->setText(tr("Show &Unanswered"));
    m_showMissing->setAccessibleName(tr("Show the statements not answered yet"));
    m_submit->setText(tr("&See Results"));
    m_submit->setAccessibleName(tr("See results"));
    m_submit->setToolTip(tr("Ctrl+Return"));
    m_message->clear();
    updateState();
    showOpenActions();
}

void QuizPage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_rows.size() < m_questionnaire.statementCount())
        QTimer::singleShot(0, this, &QuizPage::ensureAllRows); // once the first screenful is up
}

void QuizPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizPage::onAnswered(int number, int answer)
{
    Q_UNUSED(answer);
    saveDraft();
    updateState();
    if (!m_message->text().isEmpty() && isComplete())
        m_message->clear();
    moveFocus(number, +1);
}

void QuizPage::moveFocus(int number, int step)
{
    StatementRow *target = row(number + step);
    if (!target) {
        if (step > 0 && isComplete())
            m_submit->setFocus(Qt::TabFocusReason);
        return;
    }
    target->setFocus(Qt::TabFocusReason);
    m_scroll->ensureWidgetVisible(target, 0, 40);
}

QList<int> QuizPage::missingStatements()
{
    ensureAllRows();
    QList<int> missing;
    for (StatementRow *row : m_rows) {
        if (!row->answer())
            missing << row->number();
    }
    return missing;
}

int QuizPage::answeredCount() const
{
    // Rows not built yet are unanswered: no need to build them to count.
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const StatementRow *row) { return row->answer().has_value(); }));
}

bool QuizPage::hasInput() const
{
    return answeredCount() > 0 || !m_team->currentText().isEmpty() || !m_respondent->text().isEmpty();
}

bool QuizPage::isComplete() const
{
    return answeredCount() == m_questionnaire.statementCount() && !m_team->currentText().trimmed().isEmpty();
}

QuizProgress QuizPage::current()
{
    ensureAllRows();
    QuizProgress progress{m_team->currentText().trimmed(), m_respondent->text().trimmed(), m_date->date(), {}};
    for (StatementRow *row : m_rows)
        progress.answers.push_back(row->answer());
    return progress;
}

void QuizPage::updateState()
{
    const QLocale locale = m_language.locale();
    const int answered = answeredCount();
    m_progressText->setText(tr("%1 of %2 answered").arg(locale.toString(answered),
                                                        locale.toString(m_questionnaire.statementCount())));
    m_progress->setValue(answered);
    m_progress->setAccessibleDescription(m_progressText->text());
    m_submit->setEnabled(isComplete());
    m_showMissing->setVisible(!isComplete());
}

void QuizPage::requestSubmit()
{
    const QList<int> missing = missingStatements();
    const bool teamMissing = m_team->currentText().trimmed().isEmpty();
    if (const Expected<QuizAnswers> complete = current().completed(); complete && !teamMissing) {
        emit submitted(*complete);
        return;
    }
    const QLocale locale = m_language.locale();
    QStringList numbers;
    for (int number : missing)
        numbers << locale.toString(number);
    for (StatementRow *row : m_rows)
        row->setMissingMark(!row->answer());
    QStringList parts;
    if (teamMissing)
        parts << tr("The team name is missing.");
    if (!missing.isEmpty())
        parts << tr("Statements not answered yet: %1.")
                     .arg(numbers.join(locale.textDirection() == Qt::RightToLeft ? QStringLiteral("، ")
                                                                                  : QStringLiteral(", ")));
    m_message->setText(parts.join(QLatin1Char(' ')));
    m_message->setAccessibleName(m_message->text());
    if (teamMissing) {
        m_team->setFocus(Qt::OtherFocusReason);
    } else {
        StatementRow *first = row(missing.first());
        first->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(first, 0, 40);
    }
}

void QuizPage::saveDraft()
{
    if (m_restoring || !m_database)
        return;
    const QuizProgress progress = current();
    const Draft draft{m_draftName,        progress.team, progress.respondent, progress.date, m_language.code(),
                      m_questionnaire.id, progress.answers};
    // A draft that cannot be saved must not interrupt the quiz; the person is told.
    if (const Status saved = m_database->drafts().save(draft); !saved)
        m_message->setText(saved.error());
}

void QuizPage::setParticipantMode(const QString &team, const QString &draftName)
{
    m_draftName = draftName;
    m_participant = true;
    m_team->setCurrentText(team);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_teamLabel, m_team, m_dateLabel, m_date, m_dateInCalendar})
        widget->hide();
    updateState();
}

bool QuizPage::restoreDraft()
{
    if (!m_database)
        return false;
    const Expected<std::optional<Draft>> loaded = m_database->drafts().load(m_draftName);
    if (!loaded) {
        m_message->setText(loaded.error());
        return false;
    }
    const std::optional<Draft> &draft = *loaded;
    if (!draft || draft->questionnaireId != m_questionnaire.id
        || int(draft->answers.size()) != m_questionnaire.statementCount())
        return false;
    ensureAllRows();
    m_restoring = true;
    m_team->setCurrentText(draft->team);
    m_respondent->setText(draft->respondent);
    if (draft->date.isValid())
        m_date->setDate(draft->date);
    // An answer off the scale (a 0 that earlier versions wrote for "open") is no answer.
    for (std::size_t i = 0; i < draft->answers.size(); ++i)
        m_rows.at(qsizetype(i))->setAnswer(draft->answers[i]);
    m_restoring = false;
    updateState();
    m_message->setText(tr("Your unfinished answers were restored."));
    const QList<int> missing = missingStatements();
    if (!missing.isEmpty())
        QTimer::singleShot(0, this, [this, first = missing.first()] { moveFocus(first, 0); });
    return true;
}

void QuizPage::startNew()
{
    ensureAllRows();
    m_restoring = true;
    for (StatementRow *row : m_rows) {
        row->setAnswer(std::nullopt);
        row->setMissingMark(false);
    }
    m_respondent->clear();
    m_date->setDate(QDate::currentDate());
    m_restoring = false;
    if (m_database)
        m_database->drafts().clear(m_draftName);
    refreshTeams();
    m_message->clear();
    updateState();
    m_scroll->verticalScrollBar()->setValue(0);
    if (m_team->currentText().isEmpty())
        m_team->setFocus(Qt::OtherFocusReason);
    else
        m_rows.first()->setFocus(Qt::OtherFocusReason);
}

void QuizPage::showOpenActions()
{
    const QString team = m_team->currentText().trimmed();
    std::vector<Action> open;
    if (m_database && !m_participant && !team.isEmpty()) {
        // A list that cannot be read shows nothing: the quiz goes on.
        const Status read =
            m_database->actions().forEach({team, Action::State::Open}, [&open](const Action &a) -> Status {
                open.push_back(a);
                return Done{};
            });
        if (!read)
            open.clear();
    }
    m_openActions->setVisible(!open.empty());
    if (open.empty()) {
        m_openActions->clear();
        m_openActions->setAccessibleName(QString());
        return;
    }
    const QLocale locale = m_language.locale();
    const QDate today = QDate::currentDate();
    const auto overdue = std::count_if(open.cbegin(), open.cend(), [&today](const Action &a) { return a.overdue(today); });
    const QString heading = overdue > 0 ? tr("Open actions for %1: %2, overdue: %3")
                                              .arg(isolate(team), locale.toString(qsizetype(open.size())),
                                                   locale.toString(qsizetype(overdue)))
                                        : tr("Open actions for %1: %2").arg(isolate(team), locale.toString(qsizetype(open.size())));
    const QString lang = m_language.code();
    QString html = QStringLiteral("<div dir='%1'><b>%2</b><ul style='margin-top:2px'>")
                       .arg(m_language.rightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                            heading.toHtmlEscaped());
    for (const Action &a : open) {
        QString line = m_questionnaire.dimensionName(a.dimension, lang) + QStringLiteral(": ") + a.text;
        if (a.due.isValid())
            line += QStringLiteral(" — ")
                    + (a.overdue(today) ? tr("overdue since %1") : tr("due %1"))
                          .arg(m_language.formatDate(a.due, QLocale::ShortFormat));
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    html += QStringLiteral("</ul></div>");
    m_openActions->setText(html);
    m_openActions->setAccessibleName(heading);
}

} // namespace rater::gui
