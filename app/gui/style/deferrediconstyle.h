#pragma once

#include <QProxyStyle>

namespace rater::gui {

// The application's own style, except that the menu bar's and tool bars'
// overflow icons are loaded when first drawn instead of when the bar is built.
// Loading any of Qt's built-in icon images makes Qt load every image-format
// plugin it has (SVG, JPEG, GIF, ICO with their libraries): about 1.5 ms of the
// app's start-up, spent on an arrow that shows only in a window too narrow for
// its menus.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit DeferredIconStyle(const QString &baseStyleName);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace rater::gui
