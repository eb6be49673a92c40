#include "raterstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOptionButton>

namespace rater::gui {
namespace {

// Stands in for one of a style's standard icons until something asks for its
// pixels or sizes; from then on it hands out the real icon's.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(QStyle *style, QStyle::StandardPixmap which) : m_style(style), m_which(which) {}

    QIconEngine *clone() const override { return new DeferredIconEngine(m_style, m_which); }
    QString key() const override { return QStringLiteral("rater.deferred"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_loaded = true;
            if (m_style) // the base style: asking the proxy would hand out another stand-in
                m_icon = m_style->standardIcon(m_which);
        }
        return m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_which;
    bool m_loaded = false;
    QIcon m_icon;
};

// Under a dark palette, the colours an indicator is outlined from, lightened:
// Fusion draws the outline in the window colour made darker.
QPalette indicatorPalette(QPalette palette)
{
    if (palette.color(QPalette::Window).lightness() < 128)
        palette.setColor(QPalette::Window, palette.color(QPalette::Text));
    return palette;
}

} // namespace

RaterStyle::RaterStyle(const QString &baseStyleName) : QProxyStyle(baseStyleName) {}

QIcon RaterStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredIconEngine(baseStyle(), icon));
    return QProxyStyle::standardIcon(icon, option, widget);
}

void RaterStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) {
        if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
            QStyleOptionButton lighter(*button);
            lighter.palette = indicatorPalette(button->palette);
            QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
            return;
        }
        QStyleOption lighter(*option);
        lighter.palette = indicatorPalette(option->palette);
        QProxyStyle::drawPrimitive(element, &lighter, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace rater::gui
