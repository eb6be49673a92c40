#include "style/raterstyle.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDataStream>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace rater::gui;

namespace {

QImage painted(const QIcon &icon, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, QRect(QPoint(0, 0), size));
    return image;
}

} // namespace

TEST_CASE("The deferred overflow icons draw exactly as the base style's own", "[gui][style]")
{
    const QString name = QApplication::style()->name();
    RaterStyle style(name);
    const std::unique_ptr<QStyle> plain(QStyleFactory::create(name));
    REQUIRE(plain);
    for (QStyle::StandardPixmap which :
         {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        const QIcon deferred = style.standardIcon(which);
        const QIcon real = plain->standardIcon(which);
        REQUIRE_FALSE(real.isNull());
        CHECK_FALSE(deferred.isNull());
        CHECK(deferred.availableSizes() == real.availableSizes());
        CHECK(deferred.actualSize(QSize(16, 16)) == real.actualSize(QSize(16, 16)));
        CHECK(deferred.pixmap(QSize(16, 16)).toImage() == real.pixmap(QSize(16, 16)).toImage());
        CHECK(painted(deferred, QSize(24, 24)) == painted(real, QSize(24, 24)));
        // A copy is a stand-in of its own, and draws the same.
        const QIcon copy = QIcon(deferred);
        CHECK(painted(copy, QSize(24, 24)) == painted(real, QSize(24, 24)));
    }
    // Every other icon comes straight from the base style.
    CHECK(style.standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16)).toImage()
          == plain->standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16)).toImage());
}

TEST_CASE("A menu bar under the deferred-icon style still shows its overflow arrow when too narrow", "[gui][style]")
{
    const QString name = QApplication::style()->name();
    QApplication::setStyle(new RaterStyle(name)); // as the app does
    {
        QMainWindow window;
        for (int i = 0; i < 12; ++i)
            window.menuBar()->addMenu(QStringLiteral("Menu number %1").arg(i));
        QToolButton *overflow = window.menuBar()->findChild<QToolButton *>();
        REQUIRE(overflow);
        // The bar holds a stand-in (its engine's key is the first thing an icon streams)...
        QByteArray streamed;
        QDataStream out(&streamed, QIODevice::WriteOnly);
        out << overflow->icon();
        QDataStream in(streamed);
        QString engineKey;
        in >> engineKey;
        CHECK(engineKey == QStringLiteral("rater.deferred"));

        // ...which draws the real arrow once the bar is too narrow for its menus.
        window.resize(240, 120);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK(overflow->isVisible());
        const QImage arrow = overflow->icon().pixmap(QSize(16, 16)).toImage();
        REQUIRE_FALSE(arrow.isNull());
        bool drawn = false; // not all transparent
        for (int y = 0; y < arrow.height() && !drawn; ++y)
            for (int x = 0; x < arrow.width() && !drawn; ++x)
                drawn = qAlpha(arrow.pixel(x, y)) != 0;
        CHECK(drawn);
    }
    QApplication::setStyle(name);
}

TEST_CASE("Check boxes and radio buttons keep a visible outline under a dark palette", "[gui][style]")
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    // The most any pixel of the indicator stands out from the row it is drawn on.
    const auto contrast = [&dark](QStyle &style, QStyle::PrimitiveElement element) {
        QImage image(24, 24, QImage::Format_RGB32);
        image.fill(dark.color(QPalette::Base));
        QPainter painter(&image);
        QStyleOptionButton option;
        option.rect = QRect(4, 4, 16, 16);
        option.palette = dark;
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        style.drawPrimitive(element, &option, &painter);
        painter.end();
        int most = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                most = std::max(most, std::abs(QColor(image.pixel(x, y)).lightness()
                                               - dark.color(QPalette::Base).lightness()));
        return most;
    };
    RaterStyle ours(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (QStyle::PrimitiveElement element : {QStyle::PE_IndicatorCheckBox, QStyle::PE_IndicatorRadioButton}) {
        INFO("element " << int(element));
        CHECK(contrast(*fusion, element) < 40); // what was seen: an outline all but gone
        CHECK(contrast(ours, element) > 80);
    }
}
