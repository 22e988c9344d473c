#include "ArticleTemplates.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

QList<ArticleTemplates::Template> ArticleTemplates::all()
{
    return { { u"blank"_s, tr("Blank article") },
             { u"news-item"_s, tr("News item") },
             { u"announcement"_s, tr("Announcement") },
             { u"contacts"_s, tr("Contacts block") } };
}

QString ArticleTemplates::body(const QString &id)
{
    if (id == u"blank"_s)
        return u"<p></p>"_s;
    QFile file(u":/templates/"_s + id + u".html"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}
