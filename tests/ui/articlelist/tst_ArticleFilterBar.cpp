#include "articlelist/ArticleFilterBar.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_ArticleFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchIsDebounced()
    {
        ArticleFilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy search(&bar, &ArticleFilterBar::searchChanged);
        QTest::keyClicks(bar.searchEdit(), u"harvest"_s);
        QCOMPARE(search.count(), 0); // not per keystroke
        QTRY_COMPARE(search.count(), 1);
        QCOMPARE(search.at(0).at(0).toString(), u"harvest"_s);
    }

    void statusPicksTheFilterAndShowsCounts()
    {
        ArticleFilterBar bar;
        bar.setStatusCounts({ { ArticleStatus::Draft, 4 }, { ArticleStatus::InReview, 2 } });
        QCOMPARE(bar.statusCombo()->itemText(0), u"All statuses (6)"_s);
        QSignalSpy changed(&bar, &ArticleFilterBar::filterChanged);
        bar.statusCombo()->setCurrentIndex(
            bar.statusCombo()->findData(int(ArticleStatus::InReview)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(bar.filter().statuses, QList<ArticleStatus> { ArticleStatus::InReview });
        QVERIFY(bar.statusCombo()->currentText().contains(u"(2)"_s));
    }

    void sectionAndLanguage()
    {
        ArticleFilterBar bar;
        bar.setSections({ u"Economy"_s, u"Society"_s });
        auto *section = bar.findChild<QComboBox *>(u"sectionCombo"_s);
        QVERIFY(section);
        section->setCurrentIndex(2);
        QCOMPARE(bar.filter().section, u"Society"_s);
        auto *language = bar.findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(language);
        language->setCurrentIndex(language->findData(u"be"_s));
        QCOMPARE(bar.filter().language, u"be"_s);
    }
};

QTEST_MAIN(tst_ArticleFilterBar)
#include "tst_ArticleFilterBar.moc"
