#pragma once

#include "questionnaire/questionnaire.h"
#include "storage/records.h"

#include "viewlibrary.h"

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

class GroupView;
class LanguageController;
class QuizPage;

// A trainer's workshops: choose one, collect answers by passing the laptop
// round or by typing in paper forms, and show the group picture.
//
// In pass-the-laptop mode each participant answers in turn; after submitting
// they see only a thank-you and a button for the next person, never anyone's
// answers or scores. Leaving the mode asks the facilitator first.
class WorkshopsView : public RecordsView
{
    Q_OBJECT

public:
    WorkshopsView(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                  QWidget *parent = nullptr);

    void reload() override;
    void chooseWorkshop(qint64 id);
    std::optional<Workshop> current() const;

    void startPassTheLaptop();
    // Ends the mode; with `confirm`, only when the facilitator agrees.
    bool endPassTheLaptop(bool confirm = true);
    bool inPassTheLaptop() const;
    QuizPage *participantQuiz() const { return m_participant; }
    void nextParticipant();

    void showPaperEntry();
    QTableWidget *paperGrid() const { return m_paper; }
    // Stores every filled row, or none when any is invalid; returns how many were stored.
    int savePaperEntries();

    // Imports a file of participants into the current workshop; all or none.
    Status importFile(const QString &path);
    int threshold() const;
    void setThreshold(int threshold);

    GroupView *groupView() const { return m_group; }
    QWidget *visiblePage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showGroup();
    void checkPaperRow(int row);
    void createWorkshop();
    void participantSubmitted();

    const Questionnaire &m_questionnaire;
    Database &m_database;
    LanguageController &m_language;

    QLabel *m_workshopLabel = nullptr;
    QComboBox *m_workshop = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_laptop = nullptr;
    QPushButton *m_paperButton = nullptr;
    QPushButton *m_groupButton = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QSpinBox *m_threshold = nullptr;
    QStackedWidget *m_pages = nullptr;
    GroupView *m_group = nullptr;
    QuizPage *m_participant = nullptr;
    QWidget *m_thanks = nullptr;
    QLabel *m_thanksText = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_end = nullptr;
    QWidget *m_paperPage = nullptr;
    QLabel *m_paperHelp = nullptr;
    QTableWidget *m_paper = nullptr;
    QLabel *m_paperStatus = nullptr;
    QPushButton *m_paperSave = nullptr;
};

} // namespace rater::gui
