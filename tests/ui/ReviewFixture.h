#pragma once

// A newsroom on a real SQLite file for the review and history widgets' tests: admin, anna
// (officer), gleb (officer), boris (supervisor) and vera (officer and supervisor); passwords are
// NAME-pw.

#include "article/CanonicalBody.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

struct ReviewFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<Workflow> wf;
    WorkflowSession admin, anna, gleb, boris, vera;

    QString path() const { return dir->filePath(QStringLiteral("newsroom.sqlite")); }

    bool open()
    {
        QStandardPaths::setTestModeEnabled(true);
        wf.reset();
        store.reset();
        dir = std::make_unique<QTemporaryDir>();
        if (!reopen())
            return false;
        using namespace Qt::Literals::StringLiterals;
        if (!wf->addUser(std::nullopt, u"admin"_s, {}, Role::Admin, "admin-pw"))
            return false;
        admin = signIn(u"admin"_s);
        for (const auto &[name, roles] :
             { std::pair { u"anna"_s, Roles(Role::Officer) },
               std::pair { u"gleb"_s, Roles(Role::Officer) },
               std::pair { u"boris"_s, Roles(Role::Supervisor) },
               std::pair { u"vera"_s, Roles(Role::Officer) | Role::Supervisor } }) {
            if (!wf->addUser(admin, name, {}, roles, name.toUtf8() + "-pw"))
                return false;
        }
        anna = signIn(u"anna"_s);
        gleb = signIn(u"gleb"_s);
        boris = signIn(u"boris"_s);
        vera = signIn(u"vera"_s);
        return !boris.user.isEmpty() && !vera.user.isEmpty();
    }

    // Closes and opens the database again (as after a crash or a restart).
    bool reopen()
    {
        wf.reset();
        store.reset();
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto opened = SqliteStore::open(path(), options);
        if (!opened)
            return false;
        store = std::move(*opened);
        wf = std::make_unique<Workflow>(*store, Argon2Cost::insecureForTestsOnly());
        return true;
    }

    WorkflowSession signIn(const QString &name)
    {
        Result<WorkflowSession> s = wf->signIn(name, name.toUtf8() + "-pw");
        return s ? *s : WorkflowSession {};
    }

    Article draft(const QString &headline, const QString &text)
    {
        using namespace Qt::Literals::StringLiterals;
        Article a;
        a.id = QUuid::createUuid();
        a.meta.headline = headline;
        a.meta.lead = u"Аграрии Копыльского района завершили уборку зерновых."_s;
        a.meta.section = u"news"_s;
        a.meta.language = u"ru"_s;
        a.meta.byline = { u"Анна Петрова"_s };
        a.body = CanonicalBody::fromPlainText(text);
        return a;
    }

    // Saved by `who`; returns the stored article (version 1), or an article with a null id.
    Article write(const WorkflowSession &who, const QString &headline, const QString &text)
    {
        const Article a = draft(headline, text);
        if (!wf->saveArticle(who, a, 0))
            return {};
        Result<Article> stored = store->article(a.id);
        return stored ? *stored : Article {};
    }

    // A new version of the article with a new text, by `who`.
    bool edit(const WorkflowSession &who, const QUuid &id, const QString &text)
    {
        Result<Article> a = store->article(id);
        if (!a)
            return false;
        Article b = *a;
        b.body = CanonicalBody::fromPlainText(text);
        return bool(wf->saveArticle(who, b, a->version));
    }
};

// Saves a screenshot of the widget when NEWSROOM_SHOTS names a folder (left unset in CI).
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("NEWSROOM_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->grab().save(QDir(folder).filePath(name));
}
