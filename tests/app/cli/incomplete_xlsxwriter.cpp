// Built as libxlsxwriter.so.4 in a folder of its own: a library with the
// right name but none of the functions Rater needs, as a broken or foreign
// installation would be.
extern "C" int rater_not_an_xlsx_writer()
{
    return 0;
}
