#include "articlelist/ArticleListModel.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "signin/SignInDialog.h"
#include "storage/SampleNewsroom.h"
#include "storage/sqlite/SqliteStore.h"
#include "workflow/SampleAccounts.h"
#include "workflow/Workflow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

// The main window in each shipped language: the texts are translated and every button, label and
// menu title has the room its text needs (Russian and Belarusian run a third longer than
// English). Screenshots go where NEWSROOM_SCREENSHOT_DIR says, to be looked at.
class tst_TranslatedWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<Workflow> m_workflow;
    std::optional<WorkflowSession> m_session;

    // Widgets whose text is cut: a visible button or label narrower than its text needs.
    static QStringList truncated(QWidget *window)
    {
        QStringList cut;
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(window) || w->width() <= 0)
                continue;
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                text = b->text();
            else if (auto *l = qobject_cast<QLabel *>(w);
                     l && !l->wordWrap() && !Qt::mightBeRichText(l->text()))
                text = l->text();
            else
                continue;
            text.remove(u'&');
            if (text.trimmed().isEmpty())
                continue;
            // A label or button that fits gets at least its minimum size hint; with a style's
            // margins that holds the whole text.
            const QSize need = w->minimumSizeHint().isValid() ? w->minimumSizeHint() : w->sizeHint();
            const int textWidth = w->fontMetrics().horizontalAdvance(text);
            if (w->width() < need.width() || w->width() < textWidth)
                cut.append(u"%1 \"%2\" (%3 px, needs %4)"_s.arg(QString::fromLatin1(
                                                                    w->metaObject()->className()),
                                                                text)
                               .arg(w->width())
                               .arg(qMax(need.width(), textWidth)));
        }
        return cut;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"config"_s));
        SqliteStore::Options options;
        options.dailyBackup = false;
        auto store = SqliteStore::open(m_dir.filePath(u"sample.sqlite"_s), options);
        QVERIFY(store);
        m_store = std::move(*store);
        m_workflow = std::make_unique<Workflow>(*m_store, Argon2Cost::insecureForTestsOnly());
        QVERIFY(SampleAccounts::populate(*m_workflow));
        Result<WorkflowSession> s = m_workflow->signIn(u"officer"_s, "officer-demo");
        QVERIFY(s);
        m_session = *s;
    }

    void fitsItsTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("newArticle");
        for (const auto &[lang, file, newArticle] :
             { std::tuple { u"en"_s, u"File"_s, u"New Article"_s },
               std::tuple { u"ru"_s, u"Файл"_s, QString() },
               std::tuple { u"be"_s, u"Файл"_s, QString() } })
            QTest::addRow("%s", qPrintable(lang)) << lang << file << newArticle;
    }

    void fitsItsTexts()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, newArticle);
        const auto toolbarTexts = [](QWidget *w) {
            QStringList texts;
            for (QToolBar *bar : w->findChildren<QToolBar *>())
                for (QAction *a : bar->actions())
                    if (!a->isSeparator())
                        texts.append(a->text().remove(u'&'));
            return texts;
        };
        QStringList englishTexts;
        {
            MainWindow source; // no catalogue installed yet: the source language
            englishTexts = toolbarTexts(&source);
        }
        QVERIFY(englishTexts.contains(u"New Article"_s));

        Translations translations;
        QVERIFY(translations.install(language));
        MainWindow window;
        window.setSections(SampleNewsroom::sections());
        window.setWorkflow(m_workflow.get(), *m_session);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int row = window.listModel()->rowOf(SampleNewsroom::articles().at(4).id);
        QVERIFY(row >= 0);
        QVERIFY(window.openArticle(window.listModel()->articleId(row)));
        QTRY_VERIFY(!window.statsLabel()->text().isEmpty());

        // Translated: the menus and the toolbar's New action are in the language, not English.
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.constFirst()->text().remove(u'&'), fileMenu);
        const QStringList toolTexts = toolbarTexts(&window);
        QCOMPARE(toolTexts.size(), englishTexts.size());
        if (language == u"en"_s) {
            QVERIFY(toolTexts.contains(newArticle));
        } else {
            // Every toolbar text differs from its English source, save names such as "HTML".
            int same = 0;
            for (qsizetype i = 0; i < toolTexts.size(); ++i)
                same += toolTexts.at(i) == englishTexts.at(i);
            QVERIFY2(same <= 1, qPrintable(toolTexts.join(u", "_s)));
        }

        const QStringList cut = truncated(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));

        if (!qEnvironmentVariableIsEmpty("NEWSROOM_SCREENSHOT_DIR"))
            QVERIFY(window.grab().save(qEnvironmentVariable("NEWSROOM_SCREENSHOT_DIR")
                                       + u"/window-"_s + language + u".png"_s));
    }

    void signInDialogFitsItsTexts_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : Translations::availableLanguages())
            QTest::addRow("%s", qPrintable(lang)) << lang;
    }

    void signInDialogFitsItsTexts()
    {
        QFETCH(QString, language);
        Translations translations;
        QVERIFY(translations.install(language));
        SignInDialog dialog([](const SignInRequest &) { return Result<WorkflowSession>(StoreError::invalid({})); });
        QList<std::pair<QString, QString>> demo;
        for (const SampleAccounts::Account &a : SampleAccounts::accounts())
            demo.append({ a.name, a.password });
        dialog.setDemoAccounts(demo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList cut = truncated(&dialog);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; "_s)));
        if (!qEnvironmentVariableIsEmpty("NEWSROOM_SCREENSHOT_DIR"))
            QVERIFY(dialog.grab().save(qEnvironmentVariable("NEWSROOM_SCREENSHOT_DIR")
                                       + u"/signin-"_s + language + u".png"_s));
    }
};

QTEST_MAIN(tst_TranslatedWindow)
#include "tst_TranslatedWindow.moc"
