#include "bundle.h"

#include "organisation/address.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

constexpr QByteArrayView format = "rater-bundle";
constexpr int formatVersion = 1;
// No line of a sound bundle comes near this: what a damaged one may make a
// reader hold at most.
constexpr qint64 longestLine = 1 << 20;


QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QByteArray recordLine(const storage::OutgoingAssessment &a)
{
    const QJsonObject record{
        {u"uuid"_s, uuidText(a.uuid)},
        {u"origin"_s, optional(uuidText(a.origin))},
        {u"team"_s, a.team},
        {u"respondent"_s, optional(a.respondent)},
        {u"workshop"_s, optional(uuidText(a.workshop))},
        {u"workshop_title"_s, optional(a.workshopTitle)},
        {u"workshop_held_on"_s, optional(QString::fromLatin1(a.workshopHeldOn))},
        {u"workshop_facilitator"_s, optional(a.workshopFacilitator)},
        {u"workshop_lang"_s, optional(a.workshopLang)},
        {u"taken_on"_s, QString::fromLatin1(a.takenOn)},
        {u"questionnaire_id"_s, a.questionnaireId},
        {u"questionnaire_version"_s, a.questionnaireVersion},
        {u"lang"_s, a.lang},
        {u"answers"_s, QString::fromLatin1(a.answers)},
        {u"recorded_at"_s, a.recordedAt},
        {u"deleted_at"_s, optional(a.deletedAt)},
        {u"changed_at"_s, optional(a.changedAt)},
        {u"version"_s, a.version},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

bool isIsoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate).isValid();
}

// One result line read back; says what is wrong with one that is not sound.
Expected<storage::OutgoingAssessment> readRecord(const QByteArray &line, qint64 number)
{
    using Result = Expected<storage::OutgoingAssessment>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result::failure(Messages::tr("line %1 is not a result").arg(number));
    const QJsonObject o = document.object();
    const auto text = [&o](const char *key) { return o.value(QLatin1StringView(key)).toString(); };
    storage::OutgoingAssessment a;
    a.id = number;
    a.uuid = QUuid::fromString(text("uuid"));
    a.origin = QUuid::fromString(text("origin"));
    a.team = text("team");
    a.respondent = text("respondent");
    a.workshop = QUuid::fromString(text("workshop"));
    a.workshopTitle = text("workshop_title");
    a.workshopHeldOn = text("workshop_held_on").toLatin1();
    a.workshopFacilitator = text("workshop_facilitator");
    a.workshopLang = text("workshop_lang");
    a.takenOn = text("taken_on").toLatin1();
    a.questionnaireId = text("questionnaire_id");
    a.questionnaireVersion = o.value(u"questionnaire_version"_s).toInt();
    a.lang = text("lang");
    a.answers = text("answers").toLatin1();
    a.recordedAt = text("recorded_at");
    a.deletedAt = text("deleted_at");
    a.changedAt = text("changed_at");
    a.version = o.value(u"version"_s).toInteger(1);
    static const QRegularExpression answers(u"^[0-9]+(,[0-9]+)*$"_s);
    QString wrong;
    if (a.uuid.isNull())
        wrong = u"uuid"_s;
    else if (a.team.trimmed().isEmpty())
        wrong = u"team"_s;
    else if (!isIsoDate(QString::fromLatin1(a.takenOn)))
        wrong = u"taken_on"_s;
    else if (!a.workshopHeldOn.isEmpty() && !isIsoDate(QString::fromLatin1(a.workshopHeldOn)))
        wrong = u"workshop_held_on"_s;
    else if (!answers.match(QString::fromLatin1(a.answers)).hasMatch())
        wrong = u"answers"_s;
    else if (a.questionnaireId.isEmpty() || a.lang.isEmpty() || a.recordedAt.isEmpty() || a.version < 1)
        wrong = u"questionnaire_id, lang, recorded_at or version"_s;
    if (!wrong.isEmpty())
        return Result::failure(Messages::tr("line %1: \"%2\" is missing or wrong").arg(number).arg(wrong));
    return a;
}

// Reads the bundle at `path` line by line, checking its format line, its
// checksum line and each result between them; `visit` (when given) gets
// each result in order.
Status readLines(const QString &path, const std::function<Status(storage::OutgoingAssessment &&)> &visit)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto refused = [&name](const QString &why) {
        return Status::failure(Messages::tr("%1 is refused whole, nothing was stored: %2").arg(name, why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Messages::tr("%1: cannot read the file (%2)").arg(name, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 number = 0;
    bool sealed = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(longestLine);
        ++number;
        if (!line.endsWith('\n'))
            return refused(Messages::tr("line %1 is cut short or too long").arg(number));
        if (sealed)
            return refused(Messages::tr("there is more after its checksum (line %1)").arg(number));
        if (number == 1) {
            const QJsonObject header = QJsonDocument::fromJson(line).object();
            if (header.value(u"format"_s).toString() != QLatin1StringView(format))
                return refused(Messages::tr("it is not a Rater bundle"));
            if (header.value(u"version"_s).toInt() != formatVersion)
                return refused(Messages::tr("it is a bundle of another version (%1); this Rater reads version %2")
                                   .arg(header.value(u"version"_s).toInt())
                                   .arg(formatVersion));
            hash.addData(line);
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.size() == 1 && object.contains(u"sha256"_s)) {
            if (object.value(u"sha256"_s).toString().toLatin1() != hash.result().toHex())
                return refused(Messages::tr("its checksum does not match its contents: it was damaged or altered"));
            sealed = true;
            continue;
        }
        hash.addData(line);
        Expected<storage::OutgoingAssessment> record = readRecord(line, number);
        if (!record)
            return refused(record.error());
        if (visit) {
            if (Status visited = visit(std::move(record).value()); !visited)
                return visited;
        }
    }
    if (!sealed)
        return refused(number == 0 ? Messages::tr("it is empty") : Messages::tr("it ends before its checksum"));
    return Done{};
}

} // namespace

Expected<qint64> writeBundle(Database &local, const QUuid &store, const QString &path, int batch)
{
    using Result = Expected<qint64>;
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(Messages::tr("%1: cannot write the file (%2)").arg(name, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto write = [&file, &hash](const QByteArray &line, bool hashed) {
        if (hashed)
            hash.addData(line);
        return file.write(line) == line.size();
    };
    const QJsonObject header{{u"format"_s, QString::fromLatin1(format.toByteArray())},
                             {u"version"_s, formatVersion},
                             {u"store"_s, store.isNull() ? QJsonValue() : QJsonValue(uuidText(store))}};
    if (!write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n', true))
        return Result::failure(Messages::tr("%1: could not write (%2)").arg(name, file.errorString()));
    qint64 written = 0;
    const Status read = local.publishing().forEachUnpublished(
        store, batch, [&](const std::vector<storage::OutgoingAssessment> &rows) -> Status {
            for (const storage::OutgoingAssessment &a : rows) {
                if (!write(recordLine(a), true))
                    return Status::failure(Messages::tr("%1: could not write (%2)").arg(name, file.errorString()));
                ++written;
            }
            return Done{};
        });
    if (!read)
        return Result::failure(read.error());
    const QJsonObject seal{{u"sha256"_s, QString::fromLatin1(hash.result().toHex())}};
    if (!write(QJsonDocument(seal).toJson(QJsonDocument::Compact) + '\n', false) || !file.commit())
        return Result::failure(Messages::tr("%1: could not write (%2)").arg(name, file.errorString()));
    return written;
}

bool isBundle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return QJsonDocument::fromJson(file.readLine(4096)).object().value(u"format"_s).toString()
        == QLatin1StringView(format);
}

Status readBundle(const QString &path, int batch, const storage::PublishingStore::BatchVisit &visit)
{
    // The whole file is checked before anything is handed on.
    if (Status sound = readLines(path, {}); !sound)
        return sound;
    std::vector<storage::OutgoingAssessment> rows;
    const Status read = readLines(path, [&](storage::OutgoingAssessment &&a) -> Status {
        rows.push_back(std::move(a));
        if (qsizetype(rows.size()) < batch)
            return Done{};
        const Status visited = visit(rows);
        rows.clear();
        return visited;
    });
    if (!read)
        return read;
    return rows.empty() ? Status(Done{}) : visit(rows);
}

} // namespace rater::organisation
