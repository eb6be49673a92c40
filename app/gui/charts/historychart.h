#pragma once

#include "charts/timeline.h"

#include <QChartView>

namespace rater::gui {

// Scores over time, on screen (reports::fillTimeline), filled again when the
// width changes so that the period labels keep apart.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget *parent = nullptr);
    void setData(const reports::HistoryChartData &data);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    reports::HistoryChartData m_data;
    std::size_t m_labelStep = 0; // as filled last
};

} // namespace rater::gui
