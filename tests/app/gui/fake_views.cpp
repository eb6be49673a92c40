// Built as rater-views.so in a folder of its own: a library with the views'
// name but not their entry point, as a stale or foreign file would be.
extern "C" int rater_not_the_views()
{
    return 0;
}
