#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The bodies a new article can start from (resources/templates/*.html, canonical HTML).
class ArticleTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ArticleTemplates)

public:
    struct Template
    {
        QString id; // file name without .html
        QString title; // translated
    };
    static QList<Template> all();
    // The template's canonical body; empty for an unknown id.
    static QString body(const QString &id);
};
