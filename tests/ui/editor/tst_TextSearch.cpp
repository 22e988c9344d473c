#include "editor/TextSearch.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList allMatches(QTextDocument *doc, const TextSearch &search)
{
    QStringList found;
    QTextCursor c;
    bool wrapped = false;
    while (true) {
        c = search.find(doc, c, false, &wrapped);
        if (c.isNull() || wrapped)
            break;
        found << c.selectedText();
    }
    return found;
}
} // namespace

class tst_TextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainCaseAndWholeWords()
    {
        QTextDocument doc(u"Минск и минский район. МИНСК.\nКопыль, Минск."_s);
        QCOMPARE(TextSearch(u"минск"_s, {}).countMatches(&doc),
                 4); // Минск, минск(ий), МИНСК, Минск
        QCOMPARE(TextSearch(u"Минск"_s, { true, false, false }).countMatches(&doc), 2);
        QCOMPARE(TextSearch(u"минск"_s, { false, true, false }).countMatches(&doc),
                 3); // not "минский"
        QCOMPARE(allMatches(&doc, TextSearch(u"минск"_s, { false, true, false })),
                 (QStringList { u"Минск"_s, u"МИНСК"_s, u"Минск"_s }));
        // Special characters are literal outside regex mode.
        QTextDocument dots(u"a.b axb a.b"_s);
        QCOMPARE(TextSearch(u"a.b"_s, {}).countMatches(&dots), 2);
    }

    void regularExpressions()
    {
        QTextDocument doc(u"Тел. 8-017-123-45-67, факс 8-017-765-43-21."_s);
        const TextSearch phones(u"\\d-\\d{3}-(\\d{3})-(\\d\\d)-(\\d\\d)"_s, { false, false, true });
        QVERIFY(phones.isValid());
        QCOMPARE(phones.countMatches(&doc), 2);
        QCOMPARE(phones.replaceAll(&doc, u"+375 17 \\1-\\2-\\3"_s), 2);
        QCOMPARE(doc.toPlainText(), u"Тел. +375 17 123-45-67, факс +375 17 765-43-21."_s);
        // \w is Unicode-aware: whole Cyrillic words.
        QTextDocument words(u"один два три"_s);
        QCOMPARE(TextSearch(u"\\w+"_s, { false, false, true }).countMatches(&words), 3);
    }

    void invalidPatternIsReportedNotSearched()
    {
        QTextDocument doc(u"text (with brackets"_s);
        const TextSearch broken(u"(with"_s, { false, false, true });
        QVERIFY(!broken.isValid());
        QVERIFY2(broken.errorString().contains(u"Invalid regular expression"_s),
                 qPrintable(broken.errorString()));
        QCOMPARE(broken.countMatches(&doc), 0);
        QVERIFY(broken.find(&doc, QTextCursor()).isNull());
        QCOMPARE(broken.replaceAll(&doc, u"x"_s), 0);
        QCOMPARE(doc.toPlainText(), u"text (with brackets"_s);
    }

    void emptyMatchesDoNotLoop()
    {
        QTextDocument doc(u"abc\ndef"_s);
        const TextSearch empty(u"x*"_s, { false, false, true });
        QCOMPARE(empty.countMatches(&doc), 0);
        QVERIFY(empty.find(&doc, QTextCursor()).isNull());
        QCOMPARE(empty.replaceAll(&doc, u"y"_s), 0);
    }

    void findWrapsAndGoesBackward()
    {
        QTextDocument doc(u"один, два, один, три"_s);
        const TextSearch s(u"один"_s, {});
        QTextCursor c = s.find(&doc, QTextCursor());
        QCOMPARE(c.selectionStart(), 0);
        c = s.find(&doc, c);
        QCOMPARE(c.selectionStart(), 11);
        bool wrapped = false;
        c = s.find(&doc, c, false, &wrapped);
        QVERIFY(wrapped);
        QCOMPARE(c.selectionStart(), 0);
        c = s.find(&doc, c, true, &wrapped);
        QVERIFY(wrapped);
        QCOMPARE(c.selectionStart(), 11);
        c = s.find(&doc, c, true, &wrapped);
        QVERIFY(!wrapped);
        QCOMPARE(c.selectionStart(), 0);
    }

    void replaceAllIsOneUndoStepAndKeepsFormatting()
    {
        QTextDocument doc;
        QTextCursor c(&doc);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        c.insertText(u"район "_s);
        c.insertText(u"район"_s, bold);
        c.insertBlock();
        c.insertText(u"в районе"_s);
        const TextSearch s(u"район"_s, { false, true, false });
        QCOMPARE(s.replaceAll(&doc, u"округ"_s), 2);
        QCOMPARE(doc.toPlainText(), u"округ округ\nв районе"_s);
        QTextCursor check(&doc);
        check.setPosition(8);
        QCOMPARE(check.charFormat().fontWeight(), int(QFont::Bold));
        doc.undo();
        QCOMPARE(doc.toPlainText(), u"район район\nв районе"_s);
    }

    void replaceOnlyAnExactMatch()
    {
        QTextDocument doc(u"кот котёл"_s);
        const TextSearch s(u"кот"_s, { false, true, false });
        QTextCursor c(&doc);
        c.setPosition(4);
        c.setPosition(7, QTextCursor::KeepAnchor); // "кот" of "котёл": not a whole word
        QVERIFY(!s.replace(c, u"пёс"_s));
        c = s.find(&doc, QTextCursor());
        QVERIFY(s.replace(c, u"пёс"_s));
        QCOMPARE(doc.toPlainText(), u"пёс котёл"_s);
    }
};

QTEST_MAIN(tst_TextSearch)
#include "tst_TextSearch.moc"
