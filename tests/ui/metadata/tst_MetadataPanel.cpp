#include "metadata/MetadataPanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_MetadataPanel : public QObject
{
    Q_OBJECT

    static ArticleMetadata sample()
    {
        ArticleMetadata m;
        m.headline = u"Уборка завершена"_s;
        m.lead = u"Лид"_s;
        m.slug = u"uborka-zavershena"_s;
        m.byline = { u"Анна Ковалёва"_s, u"Игорь Лис"_s };
        m.section = u"Экономика"_s;
        m.tags = { u"уборка"_s, u"АПК"_s };
        m.dateline = u"Копыль"_s;
        m.language = u"be"_s;
        m.source = u"BelTA"_s;
        m.embargo = QDateTime(QDate(2026, 9, 1), QTime(7, 30), QTimeZone::UTC);
        m.seoDescription = u"SEO"_s;
        m.editorsNote = u"Проверить цифры"_s;
        return m;
    }

private Q_SLOTS:
    void roundTrips()
    {
        MetadataPanel panel;
        panel.setSections({ u"Экономика"_s, u"Общество"_s });
        QSignalSpy changed(&panel, &MetadataPanel::changed);
        panel.setArticle(sample());
        QCOMPARE(changed.count(), 0); // loading is not an edit
        QCOMPARE(panel.metadata(), sample());
    }

    void editsAreReportedAndKept()
    {
        MetadataPanel panel;
        panel.setSections({ u"Экономика"_s });
        panel.setArticle(sample());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &MetadataPanel::changed);
        panel.headlineEdit()->selectAll();
        QTest::keyClicks(panel.headlineEdit(), u"New title"_s);
        QVERIFY(changed.count() > 0);
        QCOMPARE(panel.metadata().headline, u"New title"_s);
        // The saved slug followed the old headline, so it follows the new one.
        QCOMPARE(panel.metadata().slug, u"new-title"_s);
    }

    void slugStopsFollowingOnceEditedAndShowsUniqueness()
    {
        MetadataPanel panel;
        panel.setSlugTakenCheck([](const QString &s) { return s == u"taken"_s; });
        panel.setArticle({});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::keyClicks(panel.headlineEdit(), u"Taken"_s);
        QCOMPARE(panel.slugEdit()->text(), u"taken-2"_s); // Slug::make skips the taken one
        QVERIFY(panel.slugStatus()->text().contains(u"Unique"_s));
        panel.slugEdit()->clear();
        QTest::keyClicks(panel.slugEdit(), u"taken"_s);
        QVERIFY2(panel.slugStatus()->text().contains(u"Already used"_s),
                 qPrintable(panel.slugStatus()->text()));
        QTest::keyClicks(panel.headlineEdit(), u" more"_s);
        QCOMPARE(panel.slugEdit()->text(), u"taken"_s);
    }

    void seoCounterCounts()
    {
        MetadataPanel panel;
        panel.setArticle({});
        auto *seo = panel.findChild<QPlainTextEdit *>(u"seoEdit"_s);
        QVERIFY(seo);
        seo->setPlainText(u"12345"_s);
        QCOMPARE(panel.seoCounter()->text(), u"5 / 160"_s);
    }

    void checklistMarksFields()
    {
        MetadataPanel panel;
        panel.setChecklist({ { u"headline"_s, u"The headline is missing."_s } });
        auto *headline = panel.findChild<QLabel *>(u"mark_headline"_s);
        auto *section = panel.findChild<QLabel *>(u"mark_section"_s);
        QVERIFY(headline && section);
        QCOMPARE(headline->property("satisfied").toBool(), false);
        QCOMPARE(headline->toolTip(), u"The headline is missing."_s);
        QCOMPARE(section->property("satisfied").toBool(), true);
    }

    void readOnlyRefusesEdits()
    {
        MetadataPanel panel;
        panel.setSections({ u"Экономика"_s });
        panel.setArticle(sample());
        panel.setReadOnly(true);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy changed(&panel, &MetadataPanel::changed);
        QTest::keyClicks(panel.headlineEdit(), u"xyz"_s);
        QCOMPARE(panel.metadata(), sample());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!panel.findChild<QComboBox *>(u"sectionCombo"_s)->isEnabled());
    }
};

QTEST_MAIN(tst_MetadataPanel)
#include "tst_MetadataPanel.moc"
