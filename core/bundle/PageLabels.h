#pragma once

#include <QString>

// The few words an exported page prints around the article ("Photo:", "Source:"). They belong to
// the article's language, not to the language of the editor's user interface, so they come from
// this table (Russian, Belarusian, English; English for anything else) instead of tr().
class PageLabels
{
public:
    enum class Label { Photo, Source, By };

    static QString text(Label label, const QString &language);
};
