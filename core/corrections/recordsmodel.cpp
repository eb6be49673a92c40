#include "recordsmodel.h"

#include "scoring/scoring.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace rater {

RecordsModel::RecordsModel(const storage::AssessmentStore &store, const Questionnaire &questionnaire, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_questionnaire(questionnaire)
{
    m_browse.descending = true; // the latest recorded first
}

void RecordsModel::setBrowse(const Browse &browse)
{
    m_browse = browse;
    reload();
}

void RecordsModel::reload()
{
    // Nothing is fetched while a change is being announced: whoever hears of
    // it asks for more only once it is over.
    m_announcing = true;
    beginResetModel();
    m_rows.clear();
    m_failure.clear();
    const Expected<qint64> total = m_store.countBrowsed(m_browse);
    m_total = total ? *total : 0;
    if (!total)
        m_failure = total.error();
    else
        m_rows = readPage();
    endResetModel();
    m_announcing = false;
}

void RecordsModel::setPresentation(rater::Language language, const QCalendar &calendar)
{
    m_language = language;
    m_locale = localeFor(language);
    m_calendar = calendar;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

std::vector<RecordsModel::Row> RecordsModel::readPage()
{
    std::vector<Row> page;
    const Status read = m_store.browse(m_browse, qint64(m_rows.size()), pageSize, [&](const StoredAssessment &a) -> Status {
        Row row{a.id, a.date, a.team, a.respondent, a.workshop, a.lang, a.deletedAt, std::nullopt, QString()};
        if (a.questionnaireId == m_questionnaire.id) {
            if (const Expected<Score> s = score(m_questionnaire, a.answers)) {
                row.total = s->total;
                row.bandId = s->bandId;
            }
        }
        page.push_back(std::move(row));
        return Done{};
    });
    if (!read)
        m_failure = read.error();
    return page;
}

int RecordsModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_browse.bin ? ColumnCount : ColumnCount - 1;
}

bool RecordsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_failure.isEmpty() && qint64(m_rows.size()) < m_total;
}

void RecordsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Row> page = readPage();
    if (page.empty()) {
        // Another program removed rows since they were counted.
        m_total = qint64(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_announcing = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    std::move(page.begin(), page.end(), std::back_inserter(m_rows));
    endInsertRows();
    m_announcing = false;
}

QString RecordsModel::display(const Row &row, int column) const
{
    switch (column) {
    case Id: return m_locale.toString(row.id);
    case Date: return formatDate(row.date, m_locale, m_calendar, QLocale::ShortFormat);
    case Team: return row.team;
    case Respondent: return row.respondent;
    case Workshop: return row.workshop;
    case Language:
        if (const std::optional<rater::Language> language = languageFromCode(row.lang)) {
            for (const auto &[known, name] : languageNames()) {
                if (known == *language)
                    return name;
            }
        }
        return row.lang;
    case Total: return row.total ? m_locale.toString(*row.total) : u"—"_s;
    case Band: {
        const rater::Band *band = row.bandId.isEmpty() ? nullptr : m_questionnaire.band(row.bandId);
        return band ? m_questionnaire.tr(band->title, languageCode(m_language)) : u"—"_s;
    }
    case Deleted: {
        const QDateTime when = QDateTime::fromString(row.deletedAt, Qt::ISODate).toLocalTime();
        return when.isValid() ? formatDate(when.date(), m_locale, m_calendar, QLocale::ShortFormat) + u' '
                                    + m_locale.toString(when.time(), QLocale::ShortFormat)
                              : QString();
    }
    default: return {};
    }
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Team || index.column() == Workshop || index.column() == Respondent
                   ? QVariant(display(row, index.column()))
                   : QVariant();
    case Qt::TextAlignmentRole:
        // Numbers centred: beside a name of either direction they stay apart from it.
        if (index.column() == Id || index.column() == Total)
            return QVariant::fromValue(Qt::AlignCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Id");
    case Date: return tr("Date");
    case Team: return tr("Team");
    case Respondent: return tr("Respondent");
    case Workshop: return tr("Workshop");
    case Language: return tr("Language");
    case Total: return tr("Total");
    case Band: return tr("Band");
    case Deleted: return tr("Deleted");
    default: return {};
    }
}

void RecordsModel::sort(int column, Qt::SortOrder order)
{
    using Order = Browse::Order;
    switch (column) {
    case Id: m_browse.order = Order::Id; break;
    case Date: m_browse.order = Order::Date; break;
    case Team: m_browse.order = Order::Team; break;
    case Respondent: m_browse.order = Order::Respondent; break;
    case Workshop: m_browse.order = Order::Workshop; break;
    case Language: m_browse.order = Order::Language; break;
    case Total:
    case Band: m_browse.order = Order::Total; break;
    case Deleted: m_browse.order = Order::Deleted; break;
    default: return;
    }
    m_browse.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace rater
