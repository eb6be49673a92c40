#pragma once

#include "questionnaire/questionnaire.h"
#include "quiz/quizanswers.h"
#include "storage/records.h"
#include "workshop/facilitatorlock.h"

#include "views/dataview.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QSpinBox;
class QTableWidget;

namespace rater {
class Database;
}

namespace rater::gui {

class EmptyState;
class GroupView;
class LanguageController;
class QuizPage;

// A trainer's workshops: choose one, collect answers by passing the laptop
// round or by typing in paper forms or importing participants' files, and
// show the group picture.
//
// In pass-the-laptop mode each participant answers in turn; after submitting
// they see only a thank-you and a button for the next person, never anyone's
// answers or scores. The rest of the app is locked meanwhile, and only the
// facilitator's passphrase, chosen when the mode starts, ends it.
class WorkshopsView final : public DataView
{
    Q_OBJECT

public:
    WorkshopsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                  QWidget *parent = nullptr);

    void reload() override;
    void offerWaysToFill(const QList<QAction *> &actions) override;
    bool releaseLock() override { return endPassTheLaptop(); }
    void chooseWorkshop(qint64 id);
    // The workshop chosen; a failure says why there is none.
    Expected<Workshop> current() const;

    // Asks the facilitator for a passphrase, then starts; false when cancelled.
    bool startPassTheLaptop();
    // Ends the mode; with `confirm`, only when the facilitator's passphrase is given.
    bool endPassTheLaptop(bool confirm = true);
    bool inPassTheLaptop() const { return m_locked; }
    QuizPage *participantQuiz() const { return m_participant; }
    void nextParticipant();

    void showPaperEntry();
    QTableWidget *paperGrid() const { return m_paper; }
    // Stores every filled row, or none when any is invalid; returns how many were stored.
    int savePaperEntries();

    // Imports a file of participants into the current workshop, all or none;
    // asks first when the file names other teams, and says what was imported
    // and where. A refusal says why.
    Status importFile(const QString &path);
    int threshold() const;
    void setThreshold(int threshold);

    GroupView *groupView() const { return m_group; }
    // Plan Actions… on the group view: the group's weakest dimensions' tips
    // offered as actions of the workshop's team. Says why when it cannot.
    Status planActions();
    QWidget *visiblePage() const;

signals:
    // Actions were planned: the window brings its views up to date.
    void actionsPlanned(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillWorkshopList();
    void showGroup();
    void checkPaperRows();
    void numberPaperRows();
    void createWorkshop();
    void participantSubmitted(const QuizAnswers &answers);
    void setLocked(bool locked);
    void updateButtons();

    const Questionnaire &m_questionnaire;
    Database &m_database;
    LanguageController &m_language;
    FacilitatorLock m_lock;
    bool m_locked = false;

    QLabel *m_workshopLabel = nullptr;
    QComboBox *m_workshop = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_groupButton = nullptr;
    QPushButton *m_laptop = nullptr;
    QPushButton *m_paperButton = nullptr;
    QPushButton *m_import = nullptr;
    QStackedWidget *m_pages = nullptr;

    EmptyState *m_empty = nullptr;
    QAction *m_newAction = nullptr;

    QLabel *m_thresholdLabel = nullptr;
    QSpinBox *m_threshold = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_planActions = nullptr;
    GroupView *m_group = nullptr;

    QuizPage *m_participant = nullptr;
    QWidget *m_thanks = nullptr;
    QLabel *m_thanksText = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_end = nullptr;

    QWidget *m_paperPage = nullptr;
    QLabel *m_paperHelp = nullptr;
    QTableWidget *m_paper = nullptr;
    QLabel *m_paperProblems = nullptr;
    QLabel *m_paperStatus = nullptr;
    QPushButton *m_paperSave = nullptr;
};

} // namespace rater::gui
