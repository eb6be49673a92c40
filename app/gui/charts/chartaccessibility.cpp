#include "chartaccessibility.h"

#include <QAccessibleWidget>
#include <QChartView>

namespace rater::gui {
namespace {

QAccessibleInterface *chartInterface(const QString & /*className*/, QObject *object)
{
    auto *view = qobject_cast<QChartView *>(object);
    return view ? new QAccessibleWidget(view, QAccessible::Chart) : nullptr;
}

} // namespace

void installChartAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace rater::gui
