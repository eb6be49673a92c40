#include "wrappedlabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace rater::gui {

WrappedLabel::WrappedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true); // for what QLabel reports; also asks layouts for height-for-width
    setAlignment(Qt::AlignLeading | Qt::AlignTop);
}

void WrappedLabel::forgetLayouts() const
{
    m_heights.fill({});
    m_linesWidth = -1;
    m_measuredText = text();
}

const QTextLayout &WrappedLabel::linesFor(int width) const
{
    if (m_measuredText != text())
        forgetLayouts();
    if (m_linesWidth == width)
        return m_lines;
    QTextOption option(QStyle::visualAlignment(layoutDirection(), alignment()) & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(layoutDirection());
    m_lines.setText(text());
    m_lines.setTextOption(option);
    m_lines.setFont(font());
    const qreal leading = fontMetrics().leading();
    qreal height = 0;
    m_lines.beginLayout();
    for (QTextLine line = m_lines.createLine(); line.isValid(); line = m_lines.createLine()) {
        line.setLineWidth(width);
        if (height > 0)
            height += leading;
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    m_lines.endLayout();
    m_linesWidth = width;
    m_linesHeight = int(std::ceil(height));
    m_heights[m_nextHeight] = {width, m_linesHeight};
    m_nextHeight = (m_nextHeight + 1) % m_heights.size();
    return m_lines;
}

int WrappedLabel::textHeight(int width) const
{
    if (m_measuredText != text())
        forgetLayouts();
    for (const Measured &measured : m_heights) {
        if (measured.width == width)
            return measured.height;
    }
    linesFor(width);
    return m_linesHeight;
}

int WrappedLabel::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    return textHeight(std::max(1, width - margins.left() - margins.right())) + margins.top() + margins.bottom();
}

QSize WrappedLabel::sizeHint() const
{
    // A hint only: about eighty characters wide, the lines that would take,
    // without shaping the text (the layout gives the real height for the
    // width it settles on).
    const QFontMetrics metrics = fontMetrics();
    const int characters = int(text().size());
    const int lines = std::max(1, (characters + 79) / 80);
    const QMargins margins = contentsMargins();
    return {metrics.averageCharWidth() * std::clamp(characters, 1, 80) + margins.left() + margins.right(),
            lines * metrics.lineSpacing() + margins.top() + margins.bottom()};
}

QSize WrappedLabel::minimumSizeHint() const
{
    // Narrow enough for any window; the height follows from the width given.
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * 12 + margins.left() + margins.right(),
            fontMetrics().height() + margins.top() + margins.bottom()};
}

void WrappedLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    if (text().isEmpty())
        return;
    const QRect area = contentsRect();
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    linesFor(area.width()).draw(&painter, area.topLeft());
}

void WrappedLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        forgetLayouts();
    QLabel::changeEvent(event);
}

} // namespace rater::gui
