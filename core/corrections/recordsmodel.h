#pragma once

#include "i18n/language.h"
#include "questionnaire/questionnaire.h"
#include "storage/assessmentstore.h"

#include <QAbstractTableModel>
#include <QCalendar>

#include <vector>

namespace rater {

// The stored assessments as the Records list shows them: one row each, with
// its score and band, filtered, searched and ordered by the database, and
// read a page at a time as the list scrolls, so that memory follows what has
// been looked at, not the size of the database.
class RecordsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Team, Respondent, Workshop, Language, Total, Band, Deleted, ColumnCount };
    // The assessment's id, under Qt::UserRole in every column.
    static constexpr int IdRole = Qt::UserRole;

    RecordsModel(const storage::AssessmentStore &store, const Questionnaire &questionnaire, QObject *parent = nullptr);

    using Browse = storage::AssessmentStore::Browse;
    // Shows what `browse` selects, from its first row.
    void setBrowse(const Browse &browse);
    const Browse &browse() const { return m_browse; }
    // Reads the rows again, after the database changed.
    void reload();
    // Numbers, dates and names in `language` and `calendar`.
    void setPresentation(rater::Language language, const QCalendar &calendar);

    // How many rows the whole list has, read or not yet.
    qint64 total() const { return m_total; }
    // Why the database could not be read; empty when it could.
    QString readFailure() const { return m_failure; }
    qint64 idAt(int row) const { return m_rows.at(std::size_t(row)).id; }
    QString teamAt(int row) const { return m_rows.at(std::size_t(row)).team; }
    // The row of assessment `id`, when it has been read; -1 otherwise.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        QDate date;
        QString team;
        QString respondent;
        QString workshop;
        QString lang;
        QString deletedAt;
        std::optional<int> total;
        QString bandId;
    };
    static constexpr qint64 pageSize = 200;
    std::vector<Row> readPage(); // the rows after those read
    QString display(const Row &row, int column) const;

    const storage::AssessmentStore &m_store;
    const Questionnaire &m_questionnaire;
    Browse m_browse;
    std::vector<Row> m_rows;
    qint64 m_total = 0;
    QString m_failure;
    bool m_announcing = false; // a reset or an insertion is being announced
    rater::Language m_language = rater::Language::English;
    QLocale m_locale;
    QCalendar m_calendar;
};

} // namespace rater
