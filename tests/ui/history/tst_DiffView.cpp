// The diff view: changed metadata as a table, the body with deletions struck through and
// insertions underlined (colour and a non-colour cue).

#include "article/CanonicalBody.h"
#include "history/DiffView.h"

#include "../ReviewFixture.h"

#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

namespace {

// The character format of the first occurrence of text in the document.
QTextCharFormat formatOf(QTextDocument *doc, const QString &text)
{
    const QTextCursor found = doc->find(text);
    if (found.isNull())
        return {};
    QTextCursor c(doc);
    c.setPosition(found.selectionStart() + 1);
    return c.charFormat();
}

Article base()
{
    Article a;
    a.id = QUuid::createUuid();
    a.version = 2;
    a.meta.headline = u"Собран рекордный урожай"_s;
    a.meta.tags = { u"урожай"_s };
    a.body = CanonicalBody::fromPlainText(
        u"Аграрии Копыльского района собрали 50 тысяч тонн зерна.\n\n"
        "Уборочная кампания завершена досрочно."_s);
    return a;
}

} // namespace

class tst_DiffView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksInsertedAndDeletedWordsAndAChangedHeadline()
    {
        const Article a = base();
        Article b = a;
        b.version = 3;
        b.meta.headline = u"Собран небывалый урожай"_s;
        b.meta.tags = { u"урожай"_s, u"АПК"_s };
        b.body = CanonicalBody::fromPlainText(
            u"Аграрии Копыльского района собрали 52 тысячи тонн зерна и рапса.\n\n"
            "Уборочная кампания завершена."_s);
        DiffView view;
        view.resize(720, 520);
        view.setDiff(ArticleDiff::compare(a, b), u"version 2"_s, u"version 3"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTableWidget *table = view.metadataTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), u"headline"_s);
        QCOMPARE(table->item(0, 0)->text(), u"Headline"_s);
        QCOMPARE(table->item(0, 1)->text(), u"Собран рекордный урожай"_s);
        QCOMPARE(table->item(0, 2)->text(), u"Собран небывалый урожай"_s);
        QVERIFY(table->item(0, 1)->font().strikeOut());
        QVERIFY(table->item(0, 2)->font().underline());
        QCOMPARE(table->item(1, 2)->text(), u"урожай, АПК"_s);

        QTextDocument *doc = view.bodyView()->document();
        const QString text = doc->toPlainText();
        // Both sides' words are shown, each once.
        QVERIFY2(text.contains(u"50 тысяч"_s) && text.contains(u"52 тысячи"_s), qPrintable(text));
        const QTextCharFormat deleted = formatOf(doc, u"50 тысяч"_s);
        QVERIFY(deleted.fontStrikeOut());
        QVERIFY(!deleted.fontUnderline());
        QCOMPARE(deleted.background().color(), QColor(0xff, 0xd7, 0xd5));
        const QTextCharFormat inserted = formatOf(doc, u"рапса"_s);
        QVERIFY(inserted.fontUnderline());
        QVERIFY(!inserted.fontStrikeOut());
        QCOMPARE(inserted.background().color(), QColor(0xcc, 0xff, 0xd8));
        QVERIFY(formatOf(doc, u"досрочно"_s).fontStrikeOut());
        const QTextCharFormat same = formatOf(doc, u"Копыльского"_s);
        QVERIFY(!same.fontStrikeOut() && !same.fontUnderline());
        // The block structure survives: the two paragraphs are on lines of their own.
        QVERIFY(text.contains(u"рапса.\nУборочная"_s) || text.contains(u"рапса.\u2029Уборочная"_s)
                || text.contains(u"рапса.\u2028Уборочная"_s));
        QVERIFY(view.summaryText().contains(u"version 2"_s));
        saveShot(&view, u"diff-view.png"_s);
    }

    void identicalVersionsSaySo()
    {
        DiffView view;
        view.setDiff(ArticleDiff::compare(base(), base()), u"version 2"_s, u"version 4"_s);
        QCOMPARE(view.metadataTable()->rowCount(), 0);
        QVERIFY(view.metadataTable()->isHidden());
        QVERIFY(view.summaryText().contains(u"are the same"_s));
        QVERIFY(view.bodyView()->toPlainText().contains(u"unchanged"_s));
        QVERIFY(view.bodyView()->toPlainText().contains(u"досрочно"_s));
    }

    void htmlInTheTextIsShownNotInterpreted()
    {
        const QString html
            = DiffView::segmentsToHtml({ { DiffSegment::Op::Insert, u"<b>x</b> & y"_s } });
        QVERIFY(html.contains(u"&lt;b&gt;x&lt;/b&gt; &amp; y"_s));
    }
};

QTEST_MAIN(tst_DiffView)
#include "tst_DiffView.moc"
