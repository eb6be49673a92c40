#include "xlsx.h"

#include <QRegularExpression>

namespace rater::exchange {

QByteArray xlsxText(const QString &text)
{
    static const QRegularExpression escaped(QStringLiteral("_x[0-9A-Fa-f]{4}_"));
    QString written = text;
    written.replace(escaped, QStringLiteral("_x005F\\0"));
    return written.toUtf8();
}

QString xlsxError(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace rater::exchange
