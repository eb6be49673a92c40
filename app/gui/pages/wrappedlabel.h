#pragma once

#include <QLabel>
#include <QTextLayout>

#include <array>

namespace rater::gui {

// A label for a paragraph of plain text, wrapped at word boundaries to the
// width it is given. QLabel's word wrap works out its size hints by laying
// the text out again and again in search of a pleasing shape; on the quiz page
// that was a fifth of all the work before the first paint. This label
// estimates its size hint from the text's length, lays the text out once per
// width it is asked about, and remembers the last few. Everything else (text,
// font, accessibility, buddies) is QLabel's.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The text's height when wrapped to `width` (of the contents).
    int textHeight(int width) const;
    void forgetLayouts() const;
    // The text wrapped to `width`, laid out unless it already is; the last
    // width asked about is usually the one painted.
    const QTextLayout &linesFor(int width) const;

    struct Measured
    {
        int width = -1;
        int height = 0;
    };
    mutable QString m_measuredText; // what the figures below are for
    mutable std::array<Measured, 4> m_heights;
    mutable std::size_t m_nextHeight = 0;
    mutable QTextLayout m_lines;
    mutable int m_linesWidth = -1;
    mutable int m_linesHeight = 0;
};

} // namespace rater::gui
