#include "editor/SpellCheckHighlighter.h"

#include <Sonnet/Speller>

#include "TypeText.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// The spelling underlines Sonnet put on a paragraph, as (start, length) pairs.
QList<QPair<int, int>> underlines(const QTextBlock &block)
{
    QList<QPair<int, int>> ranges;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            ranges << qMakePair(r.start, r.length);
    }
    return ranges;
}
} // namespace

class tst_SpellCheckHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsTheInstalledDictionaries()
    {
        // hunspell-ru, -be and -en-us through Sonnet's hunspell plugin (sonnet6-plugins).
        const QStringList available = Sonnet::Speller().availableLanguages();
        QVERIFY2(!available.isEmpty(), "Sonnet finds no dictionary: is sonnet6-plugins installed?");
        QCOMPARE(SpellCheckHighlighter::dictionaryFor(u"ru"_s), u"ru_RU"_s);
        QCOMPARE(SpellCheckHighlighter::dictionaryFor(u"be"_s), u"be_BY"_s);
        QCOMPARE(SpellCheckHighlighter::dictionaryFor(u"en"_s), u"en_US"_s);
        QCOMPARE(SpellCheckHighlighter::dictionaryFor(u"ru-RU"_s), u"ru_RU"_s);
        QVERIFY(SpellCheckHighlighter::dictionaryFor(u"xx"_s).isEmpty());
        QVERIFY(SpellCheckHighlighter::dictionaryFor(QString()).isEmpty());
    }

    void marksMisspelledRussianWord()
    {
        QTextEdit edit;
        edit.resize(600, 300);
        edit.setPlainText(u"Вчера в Копыле прошёл семинар.\nМы были в Минкске на савещании."_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        SpellCheckHighlighter spell(&edit);
        QVERIFY(spell.setArticleLanguage(u"ru"_s));
        QCOMPARE(spell.currentLanguage(), u"ru_RU"_s);

        const QTextBlock second = edit.document()->findBlockByNumber(1);
        const QString text = second.text();
        const auto expected = QList<QPair<int, int>> { { int(text.indexOf(u"Минкске"_s)), 7 },
                                                       { int(text.indexOf(u"савещании"_s)), 9 } };
        QTRY_COMPARE(underlines(second), expected);
        QVERIFY(spell.isWordMisspelled(u"Минкске"_s));
        QVERIFY(!spell.isWordMisspelled(u"Минске"_s));
        QVERIFY(spell.suggestionsForWord(u"савещании"_s).contains(u"совещании"_s));
        // The first paragraph is correct (Копыль is in the dictionary as a place name or not —
        // either way "прошёл семинар" must pass).
        for (const auto &r : underlines(edit.document()->firstBlock())) {
            const QString word = edit.document()->firstBlock().text().mid(r.first, r.second);
            QVERIFY2(word != u"семинар"_s && word != u"прошёл"_s, qPrintable(word));
        }
    }

    void checksBelarusianAndEnglish()
    {
        QTextEdit edit;
        edit.setPlainText(
            u"Сёння ў горадзе свята. Заўтра будзе дождж і вецер, а ў нядзелю сонйца."_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        SpellCheckHighlighter spell(&edit);
        QVERIFY(spell.setArticleLanguage(u"be"_s));
        const QTextBlock block = edit.document()->firstBlock();
        const int at = int(block.text().indexOf(u"сонйца"_s));
        QTRY_COMPARE(underlines(block), (QList<QPair<int, int>> { { at, 6 } }));

        QVERIFY(spell.setArticleLanguage(u"en"_s));
        edit.setPlainText(u"The district councl met on Monday."_s);
        const QTextBlock en = edit.document()->firstBlock();
        QTRY_COMPARE(underlines(en),
                     (QList<QPair<int, int>> { { int(en.text().indexOf(u"councl"_s)), 6 } }));
    }

    void unknownLanguageTurnsCheckingOff()
    {
        QTextEdit edit;
        edit.setPlainText(u"Мы были в Минкске."_s);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        SpellCheckHighlighter spell(&edit);
        QVERIFY(spell.setArticleLanguage(u"ru"_s));
        QTRY_VERIFY(!underlines(edit.document()->firstBlock()).isEmpty());
        QVERIFY(!spell.setArticleLanguage(u"xx"_s));
        QVERIFY(!spell.isActive());
        QTRY_VERIFY(underlines(edit.document()->firstBlock()).isEmpty());
    }

    void checksOnlyWhatIsOnScreen()
    {
        QTextEdit edit;
        edit.resize(500, 300);
        QStringList paragraphs;
        for (int i = 0; i < 800; ++i)
            paragraphs << u"Абзац номер %1, в нём есть ошибка: рабoта и праверка."_s.arg(i);
        edit.setPlainText(paragraphs.join(u'\n'));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        // Qt lays a long text out in the background, in slices between events; on a loaded
        // machine the highlighter's checks would then see a text still being laid out, whose
        // "visible part" moves. Finishing the layout first (documentSize() does) makes what is
        // on screen, and so what gets checked, the same on every machine.
        QVERIFY(edit.document()->documentLayout()->documentSize().height() > edit.height());
        SpellCheckHighlighter spell(&edit);
        QVERIFY(spell.setArticleLanguage(u"ru"_s));
        QTRY_VERIFY(spell.checkedBlockCount() > 0);
        QTest::qWait(100);
        // A screenful and a margin (about 80 paragraphs here), not 800.
        QVERIFY2(spell.checkedBlockCount() < 150,
                 qPrintable(QString::number(spell.checkedBlockCount())));
        const QTextBlock last = edit.document()->lastBlock();
        QVERIFY(underlines(last).isEmpty());

        // Typing checks the paragraph typed in, not the document.
        QTextCursor cursor(edit.document()->firstBlock());
        edit.setTextCursor(cursor);
        const int before = spell.checkCount();
        typeText(&edit, u"Ещё "_s);
        QTest::keyClick(&edit, Qt::Key_Right);
        QTest::qWait(50);
        QVERIFY2(spell.checkCount() - before < 20,
                 qPrintable(QString::number(spell.checkCount() - before)));

        // Going to the end checks what comes into view there (after the highlighter's short
        // debounce), and only then.
        QVERIFY(underlines(edit.document()->lastBlock()).isEmpty());
        (void)edit.document()->documentLayout()->documentSize(); // and what the typing changed
        edit.moveCursor(QTextCursor::End);
        edit.ensureCursorVisible();
        QTRY_VERIFY(!underlines(edit.document()->lastBlock()).isEmpty());
    }
};

QTEST_MAIN(tst_SpellCheckHighlighter)
#include "tst_SpellCheckHighlighter.moc"
