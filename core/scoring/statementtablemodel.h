#pragma once

#include "questionnaire/questionnaire.h"
#include "scoring/scoring.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace rater {

// One row per statement of a scored result: its number and text, the answer
// given, the item score it became, whether it is reverse-keyed, and the
// dimensions it feeds. For trainers reviewing a result; texts follow the
// chosen language and numbers its digits.
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Text, Answer, ItemScore, Reversed, Dimensions, ColumnCount };

    explicit StatementTableModel(QObject *parent = nullptr);

    void setResult(const Questionnaire *questionnaire, const Answers &answers, const Score &score);
    void setLanguage(const QString &language, const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Questionnaire *m_questionnaire = nullptr;
    Answers m_answers;
    Score m_score;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
};

} // namespace rater
