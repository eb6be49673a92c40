#include "changelogdialog.h"

#include "corrections/description.h"
#include "languagecontroller.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rater::gui {

ChangeLogDialog::ChangeLogDialog(const Database &database, const LanguageController &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changeLogDialog"));
    setWindowTitle(tr("Change Log"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("changeLogTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Change")});
    m_table->setAccessibleName(tr("Corrections, newest first"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *note = new QLabel(this);
    note->setWordWrap(true);

    const QLocale locale = language.locale();
    const QCalendar calendar = language.calendar();
    std::vector<QStringList> rows;
    const Status read = database.corrections().forEach([&](const storage::Correction &c) -> Status {
        const QDateTime when = QDateTime::fromString(c.madeAt, Qt::ISODate).toLocalTime();
        rows.push_back({locale.toString(c.id),
                        formatDate(when.date(), locale, calendar, QLocale::ShortFormat) + u' '
                            + locale.toString(when.time(), QLocale::ShortFormat),
                        describeCorrection(c, language.language(), locale, calendar)});
        return Done{};
    });
    m_table->setRowCount(int(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[rows.size() - 1 - i];
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(row.at(column));
            item->setTextAlignment(column == 0 ? Qt::AlignTrailing | Qt::AlignVCenter : Qt::AlignLeading | Qt::AlignVCenter);
            m_table->setItem(int(i), column, item);
        }
    }
    // Rows as tall as their wrapped text at the width the column has once shown.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    if (!read)
        note->setText(tr("The change log cannot be read: %1").arg(read.error()));
    else if (rows.empty())
        note->setText(tr("No corrections have been made to this database."));
    note->setVisible(!note->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace rater::gui
