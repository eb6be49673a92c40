// The start-up baseline: a bare Qt Widgets program that shows one window with
// one chart view, and, as soon as the view has been painted, prints the
// monotonic clock ("painted NANOSECONDS") and quits.

#include <QApplication>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("painted %lld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *series = new QLineSeries;
    series->append({{0, 1}, {1, 3}, {2, 2}, {3, 4}});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    auto *view = new QChartView(chart);
    window.setCentralWidget(view);
    window.resize(1000, 760);
    view->viewport()->installEventFilter(new QuitAfterFirstPaint(&window));
    window.show();
    return QApplication::exec();
}
