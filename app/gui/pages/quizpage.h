#pragma once

#include "questionnaire/questionnaire.h"
#include "quiz/quizanswers.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace rater {
class Database;
}

namespace rater::gui {

class LanguageController;
class StatementRow;

// The quiz: who is answering, then every statement with its answer scale.
// Each answer is saved as a draft at once, so a crash or a closed window
// loses nothing; the draft comes back on the next start.
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    static inline const QString draftName = QStringLiteral("quiz");

    // Without a database (nullptr) the page can be shown and answered; the
    // team list and the draft wait for attachDatabase().
    QuizPage(const Questionnaire &questionnaire, Database *database, LanguageController &language,
             QWidget *parent = nullptr);

    // Fills the team list and brings back the saved draft; if answering has
    // already begun, the answers given so far become the draft instead.
    // Returns whether a draft was brought back.
    bool attachDatabase(Database &database);
    // Before another database is attached: clears the page, leaving the
    // draft in the database it came from.
    void detachDatabase();

    // For a workshop's participants: the team is fixed and hidden, and the
    // draft is kept under its own name.
    void setParticipantMode(const QString &team, const QString &draftName);

    // Reads the team names from the database again, and the team's open actions.
    void refreshTeams();
    // The team's open actions, shown above the statements before anyone
    // answers: how many, how many overdue, and what they are. Hidden when
    // there are none, and for a workshop's participants.
    QLabel *openActions() const { return m_openActions; }
    // Puts back the saved draft, if there is one; returns whether there was.
    bool restoreDraft();
    // Clears every answer and the draft, for the next person.
    void startNew();
    // Hands the answers on (submitted()) when complete; else marks what is
    // missing, says so, and moves the focus to the first gap.
    void requestSubmit();

    QuizProgress current();
    // The numbers of the statements not answered yet.
    QList<int> missingStatements();
    bool isComplete() const;
    int answeredCount() const;
    StatementRow *row(int number);

signals:
    void submitted(const rater::QuizAnswers &answers);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Rows beyond the first screenful are built just after the page first
    // paints, so the quiz appears sooner; anything that needs every row
    // builds the rest at once.
    void ensureAllRows();
    bool hasInput() const;
    StatementRow *addRow(const Statement &statement);
    void retranslate();
    void onAnswered(int number, int answer);
    void moveFocus(int number, int step);
    void saveDraft();
    void updateState();
    void configureDateEdit();
    void showOpenActions();

    const Questionnaire &m_questionnaire;
    Database *m_database = nullptr;
    LanguageController &m_language;
    bool m_restoring = false;
    QString m_draftName = draftName;

    QLabel *m_title = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_teamLabel = nullptr;
    QComboBox *m_team = nullptr;
    QLabel *m_respondentLabel = nullptr;
    QLineEdit *m_respondent = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_dateInCalendar = nullptr;
    QLabel *m_openActions = nullptr;
    bool m_participant = false;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_statements = nullptr;
    QList<StatementRow *> m_rows;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_showMissing = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace rater::gui
