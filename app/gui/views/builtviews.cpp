#include "builtviews.h"

#include "pages/resultspage.h"
#include "views/comparisonview.h"
#include "views/historyview.h"
#include "workshop/workshopsview.h"

namespace rater::gui {
namespace {

class BuiltViews : public ViewLibrary
{
public:
    ResultsView *createResults(const Questionnaire &questionnaire, LanguageController &language,
                               QWidget *parent) const override
    {
        return new ResultsPage(questionnaire, language, parent);
    }
    RecordsView *createHistory(const Questionnaire &questionnaire, Database &database, LanguageController &language,
                               QWidget *parent) const override
    {
        return new HistoryView(questionnaire, database, language, parent);
    }
    RecordsView *createComparison(const Questionnaire &questionnaire, Database &database,
                                  LanguageController &language, QWidget *parent) const override
    {
        return new ComparisonView(questionnaire, database, language, parent);
    }
    RecordsView *createWorkshops(const Questionnaire &questionnaire, Database &database,
                                 LanguageController &language, QWidget *parent) const override
    {
        return new WorkshopsView(questionnaire, database, language, parent);
    }
};

} // namespace

const ViewLibrary &builtViews()
{
    static const BuiltViews views;
    return views;
}

} // namespace rater::gui
