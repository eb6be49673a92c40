#pragma once

#include <QString>

namespace rater::manual {

// A manual page in the man(7) macros, written a piece at a time. Every text
// given is plain and escaped here; only the macros are roff.
class Roff
{
public:
    // .TH: the page's name and section, the date and version it describes.
    Roff(const QString &name, int section, const QString &date, const QString &source);

    void section(const QString &heading);
    void subsection(const QString &heading);
    void paragraph(const QString &text);
    // A term in bold and its explanation indented below it (.TP).
    void item(const QString &term, const QString &text);
    // A line as it is typed: in bold, not filled.
    void command(const QString &line);

    const QString &text() const { return m_text; }

    static QString escaped(const QString &plain);

private:
    QString m_text;
};

} // namespace rater::manual
