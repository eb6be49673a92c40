#include "address.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rater::organisation {
namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)
};

// Keywords QPSQL must not take from the query: they have fields of their own.
bool hasField(const QString &keyword)
{
    return keyword == u"host"_s || keyword == u"port"_s || keyword == u"dbname"_s || keyword == u"user"_s
        || keyword == u"password"_s;
}

} // namespace

QString StoreAddress::shown() const
{
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + u'@';
    text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + database;
    if (!options.isEmpty())
        text += u'?' + QString(options).replace(u';', u'&');
    return text;
}

bool isStoreAddress(const QString &text)
{
    return text.startsWith(u"postgresql:"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres:"_s, Qt::CaseInsensitive);
}

Expected<StoreAddress> parseStoreAddress(const QString &text)
{
    using Result = Expected<StoreAddress>;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"postgresql"_s && scheme != u"postgres"_s))
        return Result::failure(Messages::tr("\"%1\" is not the address of a PostgreSQL store; write it as "
                                            "postgresql://[user@]host[:port]/database")
                                   .arg(text));
    StoreAddress address;
    address.host = url.host();
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[keyword, value] : query.queryItems(QUrl::FullyDecoded)) {
        // libpq's own names for the fields, where a URL gives them as keywords.
        if (keyword == u"host"_s)
            address.host = value;
        else if (keyword == u"port"_s)
            address.port = value.toInt();
        else if (keyword == u"dbname"_s)
            address.database = value;
        else if (keyword == u"user"_s)
            address.user = value;
        else if (keyword == u"password"_s)
            address.password = value;
        if (hasField(keyword))
            continue;
        if (value.contains(u';'))
            return Result::failure(Messages::tr("%1: the value of \"%2\" cannot hold a semicolon").arg(text, keyword));
        options << keyword + u'=' + value;
    }
    address.options = options.join(u';');
    if (address.database.isEmpty() && !address.options.contains(u"service="_s))
        return Result::failure(Messages::tr("%1: the address names no database; add it after the host, as in "
                                            "postgresql://localhost/rater")
                                   .arg(address.shown()));
    return address;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace rater::organisation
