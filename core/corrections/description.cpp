#include "description.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rater {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Corrections)
};

using Kind = storage::Correction::Kind;

struct Words
{
    Language language;
    const QLocale &locale;
    const QCalendar &calendar;
    Names names;

    QString name(const QString &text) const { return names == Names::SetApart ? isolate(text) : text; }

    // "12, 14 and 3 more", from the ids an entry keeps and how many it changed.
    QString ids(const storage::Correction &c) const
    {
        const QJsonArray kept = c.detail.value(u"assessments"_s).toArray();
        QStringList shown;
        for (const auto &id : kept)
            shown << locale.toString(qint64(id.toDouble()));
        QString text = shown.join(listSeparator(language));
        if (c.count > kept.size() && !kept.isEmpty())
            text = Messages::tr("%1 and %2 more").arg(text, locale.toString(c.count - kept.size()));
        return text;
    }

    // A value of the detail: a name set apart, a date in the calendar, or
    // several names.
    QString value(const QJsonValue &v, bool isDate = false) const
    {
        if (v.isArray()) {
            QStringList list;
            const QJsonArray names = v.toArray();
            for (const auto &name : names)
                list << u"“"_s + this->name(name.toString()) + u"”"_s;
            return list.join(listSeparator(language));
        }
        if (v.isNull() || v.toString().isEmpty())
            return Messages::tr("none");
        if (isDate) {
            const QDate date = parseIsoDate(v.toString());
            if (date.isValid())
                return locale.toString(date, u"d MMM yyyy"_s, calendar);
        }
        return u"“"_s + name(v.toString()) + u"”"_s;
    }

    QString from(const storage::Correction &c, const QString &field, bool isDate = false) const
    {
        return value(c.detail.value(field).toObject().value(u"from"_s), isDate);
    }

    QString to(const storage::Correction &c, const QString &field, bool isDate = false) const
    {
        return value(c.detail.value(field).toObject().value(u"to"_s), isDate);
    }

    QString what(const storage::Correction &c, Kind kind) const
    {
        switch (kind) {
        case Kind::Delete: return Messages::tr("Moved assessments %1 to the bin").arg(ids(c));
        case Kind::Restore: return Messages::tr("Restored assessments %1 from the bin").arg(ids(c));
        case Kind::Edit: {
            QStringList changes;
            if (c.detail.contains(u"team"_s))
                changes << Messages::tr("team %1 → %2").arg(from(c, u"team"_s), to(c, u"team"_s));
            if (c.detail.contains(u"date"_s))
                changes << Messages::tr("date %1 → %2").arg(from(c, u"date"_s, true), to(c, u"date"_s, true));
            if (c.detail.contains(u"respondent"_s))
                changes << Messages::tr("respondent code %1 → %2")
                               .arg(from(c, u"respondent"_s), to(c, u"respondent"_s));
            return Messages::tr("Corrected assessment %1: %2").arg(ids(c), changes.join(listSeparator(language)));
        }
        case Kind::Move:
            return Messages::tr("Moved assessments %1 from %2 to team %3")
                .arg(ids(c), from(c, u"team"_s), to(c, u"team"_s));
        case Kind::Rename: return Messages::tr("Renamed team %1 to %2").arg(from(c, u"team"_s), to(c, u"team"_s));
        case Kind::Merge:
            return Messages::tr("Merged team %1 into %2 (assessments: %3)")
                .arg(from(c, u"team"_s), to(c, u"team"_s), locale.toString(c.count));
        case Kind::LeaveWorkshop:
            return Messages::tr("Took assessments %1 out of workshop %2").arg(ids(c), from(c, u"workshop"_s));
        case Kind::EmptyBin:
            if (c.detail.contains(u"older_than_days"_s))
                return Messages::tr("Emptied the bin of what was deleted %1 or more days before; assessments "
                                    "deleted for good: %2")
                    .arg(locale.toString(c.detail.value(u"older_than_days"_s).toInt()), locale.toString(c.count));
            return Messages::tr("Emptied the bin; assessments deleted for good: %1").arg(locale.toString(c.count));
        case Kind::Undo:
        case Kind::Redo: break;
        }
        return {};
    }
};

} // namespace

QString describeCorrection(const storage::Correction &correction, Language language, const QLocale &locale,
                           const QCalendar &calendar, Names names)
{
    const Words words{language, locale, calendar, names};
    if (correction.kind == Kind::Undo || correction.kind == Kind::Redo) {
        const QString undone = correction.ofKind ? words.what(correction, *correction.ofKind) : QString();
        const QString number = locale.toString(correction.of.value_or(0));
        return correction.kind == Kind::Undo ? Messages::tr("Undid change %1: %2").arg(number, undone)
                                             : Messages::tr("Redid change %1: %2").arg(number, undone);
    }
    return words.what(correction, correction.kind);
}

} // namespace rater
