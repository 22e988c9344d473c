#include "PageLabels.h"

using namespace Qt::Literals::StringLiterals;

QString PageLabels::text(Label label, const QString &language)
{
    const QString primary = language.section(u'-', 0, 0).toLower();
    const bool ru = primary == u"ru";
    const bool be = primary == u"be";
    switch (label) {
    case Label::Photo:
        return ru ? u"Фото"_s : be ? u"Фота"_s : u"Photo"_s;
    case Label::Source:
        return ru ? u"Источник"_s : be ? u"Крыніца"_s : u"Source"_s;
    case Label::By:
        return ru ? u"Автор"_s : be ? u"Аўтар"_s : u"By"_s;
    }
    return {};
}
