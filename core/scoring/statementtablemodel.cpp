#include "statementtablemodel.h"

using namespace Qt::StringLiterals;

namespace rater {

StatementTableModel::StatementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatementTableModel::setResult(const Questionnaire *questionnaire, const Answers &answers, const Score &score)
{
    beginResetModel();
    m_questionnaire = questionnaire;
    m_answers = answers;
    m_score = score;
    endResetModel();
}

void StatementTableModel::setLanguage(const QString &language, const QLocale &locale)
{
    m_language = language;
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int StatementTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_questionnaire)
        return 0;
    return int(m_score.itemScores.size());
}

int StatementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_questionnaire)
        return {};
    const Questionnaire &q = *m_questionnaire;
    const auto row = std::size_t(index.row());
    const Statement &statement = q.statements.at(row);
    const int answer = m_answers.at(row);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Number: return m_locale.toString(statement.number);
        case Text: return q.tr(statement.text, m_language);
        case Answer: {
            const ScalePoint &point = q.scale.at(std::size_t(answer - q.scaleMin()));
            return tr("%1 (%2)").arg(m_locale.toString(answer), q.tr(point.label, m_language));
        }
        case ItemScore: return m_locale.toString(m_score.itemScores.at(row));
        case Reversed:
            return statement.keying == Keying::Reverse ? tr("Reversed")
                   : statement.keying == Keying::Custom ? tr("Custom")
                                                        : QString();
        case Dimensions: {
            QStringList names;
            for (const QString &id : q.dimensionsOf(statement.number))
                names << q.dimensionName(id, m_language);
            return names.join(m_locale.textDirection() == Qt::RightToLeft ? u"، "_s : u", "_s);
        }
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Text && index.column() != Dimensions)
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == Text)
        return q.tr(statement.text, m_language);
    return {};
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("No.");
    case Text: return tr("Statement");
    case Answer: return tr("Answer");
    case ItemScore: return tr("Item score");
    case Reversed: return tr("Keying");
    case Dimensions: return tr("Feeds");
    default: return {};
    }
}

} // namespace rater
