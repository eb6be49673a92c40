#pragma once

#include <QProxyStyle>

namespace rater::gui {

// The platform's style, with two changes of the app's own:
//
// - The menu bar's and tool bars' overflow icons are loaded when first drawn
//   instead of when the bar is built. Loading any of Qt's built-in icon images
//   makes Qt load every image-format plugin it has (SVG, JPEG, GIF, ICO with
//   their libraries): about 1.5 ms of the app's start-up, spent on an arrow
//   that shows only in a window too narrow for its menus.
// - Check boxes and radio buttons keep a visible outline under a dark palette.
//   Fusion outlines them in a darker shade of the window colour, which on a
//   dark theme is all but the colour of the rows the quiz and lists draw them
//   on.
class RaterStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit RaterStyle(const QString &baseStyleName);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace rater::gui
