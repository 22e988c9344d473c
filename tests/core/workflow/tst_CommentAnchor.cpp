#include "workflow/CommentAnchor.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kText = u"Урожай в Копыльском районе собран. Урожай зерновых превысил прошлогодний. "
                      u"Председатель райисполкома поблагодарил аграриев за урожай."_s;

QString at(const QString &text, CommentAnchor::Location loc)
{
    return loc.isDetached() ? QString() : text.mid(loc.start, loc.length);
}
} // namespace

class tst_CommentAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captureKeepsQuoteContextAndOffset()
    {
        const qsizetype start = kText.indexOf(u"Копыльском"_s);
        const CommentAnchor a = CommentAnchor::capture(kText, start, 10, 6);
        QCOMPARE(a.quote, u"Копыльском"_s);
        QCOMPARE(a.before, u"жай в "_s);
        QCOMPARE(a.after, u" район"_s);
        QCOMPARE(a.offset, start);
    }

    void captureClipsAtTheEdgesAndRefusesBadRanges()
    {
        const CommentAnchor first = CommentAnchor::capture(kText, 0, 6);
        QCOMPARE(first.quote, u"Урожай"_s);
        QVERIFY(first.before.isEmpty());
        QCOMPARE(first.after.size(), CommentAnchor::DefaultContext);
        const CommentAnchor last = CommentAnchor::capture(kText, kText.size() - 1, 1);
        QVERIFY(last.after.isEmpty());
        QVERIFY(CommentAnchor::capture(kText, -1, 3).isNull());
        QVERIFY(CommentAnchor::capture(kText, 3, 0).isNull());
        QVERIFY(CommentAnchor::capture(kText, kText.size() - 2, 3).isNull());
    }

    void findsThePassageInUnchangedText()
    {
        const qsizetype start = kText.indexOf(u"зерновых"_s);
        const CommentAnchor a = CommentAnchor::capture(kText, start, 8);
        const auto loc = a.locate(kText);
        QCOMPARE(loc.start, start);
        QCOMPARE(loc.length, 8);
    }

    void followsThePassageWhenTextMovesIt()
    {
        const qsizetype start = kText.indexOf(u"превысил"_s);
        const CommentAnchor a = CommentAnchor::capture(kText, start, 8);
        const QString edited = u"Сводка на 2 сентября. "_s + kText;
        const auto loc = a.locate(edited);
        QCOMPARE(loc.start, start + 22);
        QCOMPARE(at(edited, loc), u"превысил"_s);
    }

    // "Урожай" occurs three times (twice capitalised); the comment was on the second.
    void aRepeatedQuoteIsToldApartByItsContext()
    {
        const qsizetype second = kText.indexOf(u"Урожай"_s, 1);
        QVERIFY(second > 0);
        const CommentAnchor a = CommentAnchor::capture(kText, second, 6);
        // Text inserted at the start shifts everything; a word changed right before the first
        // occurrence; the second's surroundings are untouched.
        QString edited = kText;
        edited.replace(u"собран."_s, u"убран полностью."_s);
        edited.prepend(u"Новости. "_s);
        const auto loc = a.locate(edited);
        QCOMPARE(loc.start, edited.indexOf(u"Урожай зерновых"_s));
    }

    void theOffsetBreaksTiesBetweenEqualContexts()
    {
        const QString text = u"да. да. да. да."_s;
        const CommentAnchor a = CommentAnchor::capture(text, 8, 2, 0);
        QCOMPARE(a.locate(text).start, 8);
    }

    void aGonePassageIsDetached()
    {
        const qsizetype start = kText.indexOf(u"зерновых"_s);
        const CommentAnchor a = CommentAnchor::capture(kText, start, 8);
        QString edited = kText;
        edited.replace(u"зерновых"_s, u"зерна"_s);
        QVERIFY(a.locate(edited).isDetached());
        QVERIFY(a.locate(QString()).isDetached());
    }

    void aUniqueQuoteIsFoundEvenWithItsContextRewritten()
    {
        const qsizetype start = kText.indexOf(u"райисполкома"_s);
        const CommentAnchor a = CommentAnchor::capture(kText, start, 12, 16);
        const QString rewritten = u"Благодарность от райисполкома получили все."_s;
        QCOMPARE(at(rewritten, a.locate(rewritten)), u"райисполкома"_s);
    }

    // Several occurrences, none in recognisable surroundings: guessing could put the comment on
    // the wrong words, so it is shown detached instead.
    void anAmbiguousQuoteWithoutContextIsDetached()
    {
        const qsizetype start = kText.indexOf(u"Урожай"_s, 1);
        const CommentAnchor a = CommentAnchor::capture(kText, start, 6);
        const QString rewritten = u"Итоги: Урожай. Опять Урожай."_s;
        QVERIFY(a.locate(rewritten).isDetached());
    }

    void forQuoteAnchorsTheFirstOccurrence()
    {
        const auto a = CommentAnchor::forQuote(kText, u"Урожай"_s);
        QVERIFY(a.has_value());
        QCOMPARE(a->offset, 0);
        QCOMPARE(a->locate(kText).start, 0);
        QVERIFY(!CommentAnchor::forQuote(kText, u"пшеница"_s).has_value());
        QVERIFY(!CommentAnchor::forQuote(kText, QString()).has_value());
    }

    void aNullAnchorLocatesNothing() { QVERIFY(CommentAnchor().locate(kText).isDetached()); }
};

QTEST_MAIN(tst_CommentAnchor)
#include "tst_CommentAnchor.moc"
