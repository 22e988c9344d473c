#include "article/BodyAllowlist.h"
#include "article/BodyFormats.h"
#include "article/CanonicalBody.h"
#include "article/HtmlTokenizer.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kImageA = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
const QString kImageB = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;

QString img(const QString &id, const QString &alt)
{
    return u"<img src=\"image:"_s + id + u"\" alt=\""_s + alt + u"\">"_s;
}

// Everything in html that a canonical body may not contain, as readable complaints.
QStringList outsideAllowlist(const QString &html)
{
    QStringList problems;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    while (tokenizer.next(&token)) {
        if (token.type == HtmlToken::Type::Text)
            continue;
        if (!BodyAllowlist::isCanonicalElement(token.name)) {
            problems << u"element "_s + token.name;
            continue;
        }
        for (const HtmlAttribute &a : std::as_const(token.attributes)) {
            if (!BodyAllowlist::isCanonicalAttribute(token.name, a.name))
                problems << token.name + u'[' + a.name + u']';
            else if (a.name == u"href" && BodyAllowlist::cleanHref(a.value) != a.value)
                problems << u"href "_s + a.value;
            else if (a.name == u"src" && BodyAllowlist::imageIdFromSource(a.value).isEmpty())
                problems << u"src "_s + a.value;
        }
    }
    return problems;
}

QString serialiseLoaded(const QString &html, CanonicalBody::Report *report = nullptr)
{
    QTextDocument document;
    CanonicalBody::load(document, html, report);
    return CanonicalBody::serialise(document);
}

// A deterministic pile of tag soup: allowed and forbidden elements, attributes, entities,
// unbalanced and misnested tags.
QString tagSoup(QRandomGenerator &random)
{
    static const QStringList tags = {
        u"p"_s,      u"div"_s,   u"span"_s,   u"b"_s,       u"i"_s,          u"strong"_s, u"em"_s,
        u"u"_s,      u"s"_s,     u"q"_s,      u"a"_s,       u"h1"_s,         u"h2"_s,     u"h4"_s,
        u"h6"_s,     u"ul"_s,    u"ol"_s,     u"li"_s,      u"blockquote"_s, u"table"_s,  u"tr"_s,
        u"td"_s,     u"th"_s,    u"tbody"_s,  u"caption"_s, u"hr"_s,         u"br"_s,     u"img"_s,
        u"script"_s, u"style"_s, u"iframe"_s, u"svg"_s,     u"form"_s,       u"input"_s,  u"pre"_s,
        u"font"_s,   u"o:p"_s,   u"math"_s,   u"object"_s,  u"textarea"_s,
    };
    static const QStringList attributes = {
        u" href=\"https://example.by/x?a=1&amp;b=2\""_s,
        u" href=\"javascript:alert(1)\""_s,
        u" href='java&#x0A;script:alert(1)'"_s,
        u" href=\"data:text/html,<script>\""_s,
        u" href=mailto:a@b.by"_s,
        u" src=\"image:0f8fad5b-d9cb-469f-a165-70867728950e\""_s,
        u" src=\"https://tracker.example/p.gif\""_s,
        u" alt=\"a &quot;b&quot; <c>\""_s,
        u" onclick=\"alert(1)\""_s,
        u" style=\"font-weight:bold;display:none\""_s,
        u" style=\"font-style:italic\""_s,
        u" style='mso-list:l0 level2 lfo1'"_s,
        u" class=MsoNormal"_s,
        u" colspan=3"_s,
    };
    static const QStringList texts = {
        u"Копыль"_s, u" і ўзровень "_s, u"&nbsp;"_s, u"&amp;"_s,      u"&lt;script&gt;"_s,
        u"<"_s,      u" > "_s,          u"\n\t "_s,  u"🇧🇾👍🏽"_s,     u"\"quoted\""_s,
        u"&#150;"_s, u"&bogus;"_s,      u"text"_s,   u"<!-- c -->"_s, u"<![if x]>"_s,
        u"\u2028"_s, u"\uFFFC"_s,       u"\x01"_s,   u"</p>"_s,       u"</table>"_s,
    };
    QString html;
    const int pieces = random.bounded(5, 60);
    for (int i = 0; i < pieces; ++i) {
        switch (random.bounded(4)) {
        case 0:
        case 1:
            html += texts[random.bounded(texts.size())];
            break;
        case 2: {
            html += u'<' + tags[random.bounded(tags.size())];
            const int n = random.bounded(3);
            for (int a = 0; a < n; ++a)
                html += attributes[random.bounded(attributes.size())];
            html += u'>';
            break;
        }
        case 3:
            html += u"</"_s + tags[random.bounded(tags.size())] + u'>';
            break;
        }
    }
    return html;
}

} // namespace

class tst_CanonicalBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();

    void loadBuildsEditableStructure();
    void editorDocumentSerialises();
    void editorAttemptsOutsideAllowlistAreDropped();
    void editorMergedAndNestedTablesAreFlattened();
    void qtImportedHtmlSerialisesCanonically();
    void fragmentForCleanPaste();
    void headingsComeAndGoWithTheirLook();
    void fromPlainText_data();
    void fromPlainText();
    void imageIds();

    void sanitise_data();
    void sanitise();

    void hostileInput_data();
    void hostileInput();

    void reportIsHumanAndListsEachOnce();
    void deepNestingIsSurvived();
    void tagSoupAlwaysComesOutCanonical();
    void randomEditorDocumentsSerialiseCanonically();

    void plainText_data();
    void plainText();
};

// --- round trip -------------------------------------------------------------------------------

void tst_CanonicalBody::roundTrip_data()
{
    QTest::addColumn<QString>("html");

    const QString a = kImageA;
    QTest::newRow("empty") << QString();
    QTest::newRow("one paragraph") << u"<p>Hello, world.</p>\n"_s;
    QTest::newRow("russian")
        << u"<p>Копыльский район собрал рекордный урожай зерновых — 52,3 центнера с гектара.</p>\n"_s;
    QTest::newRow("belarusian")
        << u"<p>У Капылі адбылася сустрэча з жыхарамі вёскі Ўзда і Іванаўка: усё ўдалося.</p>\n"_s;
    QTest::newRow("belarusian apostrophe")
        << u"<p>Сям'я з Капыля ўдзельнічала ў «Дажынках».</p>\n"_s;
    QTest::newRow("headings")
        << u"<h2>Итоги года</h2>\n<h3>Сельское хозяйство</h3>\n<h4>Зерновые</h4>\n<p>Текст.</p>\n"_s;
    QTest::newRow("heading with emphasis and link")
        << u"<h2><em>Важно:</em> <a href=\"https://kopyl.gov.by/\">подробности</a></h2>\n"_s;
    QTest::newRow("mixed runs")
        << u"<p>Plain <strong>bold</strong> <em>italic</em> <u>under</u> <s>struck</s>.</p>\n"_s;
    QTest::newRow("nested runs")
        << u"<p><strong>bold <em>bold italic <u>all three</u></em></strong> plain</p>\n"_s;
    QTest::newRow("runs reopened in fixed order")
        << u"<p><em>a</em><strong><em>b</em></strong><s>c</s></p>\n"_s;
    QTest::newRow("every inline element")
        << u"<p><a href=\"https://example.by/\"><q><strong><em><s>всё</s></em></strong></q></a> <q><strong><em><u><s>сразу</s></u></em></strong></q></p>\n"_s;
    QTest::newRow("space inside formatting")
        << u"<p><strong>Жирный </strong>и <em>курсив</em></p>\n"_s;
    QTest::newRow("bullets") << u"<ul>\n<li>Один</li>\n<li>Два</li>\n</ul>\n"_s;
    QTest::newRow("numbers") << u"<ol>\n<li>First</li>\n<li>Second</li>\n</ol>\n"_s;
    QTest::newRow("nested three levels")
        << u"<ul>\n<li>Уровень 1\n<ol>\n<li>Уровень 2\n<ul>\n<li>Уровень 3</li>\n</ul>\n</li>\n"
           u"<li>Ещё 2</li>\n</ol>\n</li>\n<li>Снова 1</li>\n</ul>\n"_s;
    QTest::newRow("two sublists under one item")
        << u"<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>\n"_s;
    QTest::newRow("empty item holding a sublist")
        << u"<ul>\n<li>\n<ul>\n<li>nested only</li>\n</ul>\n</li>\n<li></li>\n</ul>\n"_s;
    QTest::newRow("adjacent lists stay apart")
        << u"<ul>\n<li>a</li>\n</ul>\n<ul>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n"_s;
    QTest::newRow("formatted list items")
        << u"<ol>\n<li><strong>Шаг 1.</strong> Подать <a href=\"https://e.gov.by/\">заявку</a></li>\n</ol>\n"_s;
    QTest::newRow("blockquote")
        << u"<blockquote>\n<p>«Мы выполнили план», — сказал председатель.</p>\n<p>Второй абзац цитаты.</p>\n</blockquote>\n"_s;
    QTest::newRow("blockquote with formatting")
        << u"<blockquote>\n<p><em>Italic quote</em> with <q>inner</q></p>\n</blockquote>\n<p>after</p>\n"_s;
    QTest::newRow("inline quote") << u"<p>Он сказал: <q>Работаем дальше</q>.</p>\n"_s;
    QTest::newRow("links of each scheme")
        << u"<p><a href=\"http://example.com/\">http</a>, <a "
           u"href=\"https://kopyl.gov.by/news?id=1&amp;p=2\">https</a>, "
           u"<a href=\"mailto:press@kopyl.gov.by\">почта</a>, <a href=\"tel:+375171234567\">телефон</a></p>\n"_s;
    QTest::newRow("link with quote and cyrillic in address")
        << u"<p><a href=\"https://example.by/новости?q=&quot;урожай&quot;\">поиск</a></p>\n"_s;
    QTest::newRow("link around formatting")
        << u"<p><a href=\"https://a.by/\">one <strong>two</strong></a> three</p>\n"_s;
    QTest::newRow("table")
        << u"<table>\n<tr><th>Район</th><th>Урожай, т</th></tr>\n<tr><td>Копыль</td><td>12&nbsp;500</td></tr>\n</table>\n"_s;
    QTest::newRow("table with row headers, formatting, breaks, empty cell")
        << u"<table>\n<tr><th>Год</th><td><strong>2023</strong></td><td></td></tr>\n"
           u"<tr><th>План</th><td>да<br>нет</td><td><a href=\"https://example.by/\">ссылка</a></td></tr>\n</table>\n"_s;
    QTest::newRow("one empty cell") << u"<table>\n<tr><td></td></tr>\n</table>\n"_s;
    QTest::newRow("table after table")
        << u"<table>\n<tr><td>1</td></tr>\n</table>\n<table>\n<tr><td>2</td></tr>\n</table>\n"_s;
    QTest::newRow("image alone") << u"<p>"_s + img(a, u"Уборка урожая"_s) + u"</p>\n"_s;
    QTest::newRow("image in text, linked") << u"<p>До <a href=\"https://example.by/\">"_s
            + img(a, {}) + u"</a> после "_s + img(kImageB, u"second &quot;one&quot;"_s)
            + u"</p>\n"_s;
    QTest::newRow("image inside emphasis")
        << u"<p><strong>a"_s + img(a, u"x"_s) + u"b</strong></p>\n"_s;
    QTest::newRow("image in a table cell and list item") << u"<table>\n<tr><td>"_s + img(a, u"c"_s)
            + u"</td></tr>\n</table>\n<ul>\n<li>"_s + img(a, u"l"_s) + u"</li>\n</ul>\n"_s;
    QTest::newRow("rule") << u"<p>Before</p>\n<hr>\n<p>After</p>\n"_s;
    QTest::newRow("rules first and twice") << u"<hr>\n<hr>\n<p>x</p>\n<hr>\n"_s;
    QTest::newRow("line breaks")
        << u"<p>Строка один<br>строка два<br><br>после пустой строки</p>\n"_s;
    QTest::newRow("line break inside formatting") << u"<p><strong>a<br>b</strong> c<br>d</p>\n"_s;
    QTest::newRow("special characters")
        << u"<p>AT&amp;T &lt;tag&gt; \"quoted\" 'single' 10&nbsp;000&nbsp;руб. a&amp;&amp;b</p>\n"_s;
    QTest::newRow("leading no-break space") << u"<p>&nbsp;отступ</p>\n"_s;
    QTest::newRow("typography") << u"<p>«Ёлочка» — „лапки“ … №&nbsp;5 © ™ – ‑ ½ °C</p>\n"_s;
    QTest::newRow("emoji") << u"<p>Ура 🎉👍🏽 👨‍👩‍👧 🇧🇾</p>\n"_s;
    QTest::newRow("right to left") << u"<p>שלום مرحبا</p>\n"_s;
    QTest::newRow("article") << u"<h2>Дожинки-2024</h2>\n<p><strong>Копыль, 12 сентября.</strong> "
                                u"В районе завершилась уборочная.</p>\n"
                                u"<p>"_s
            + img(a, u"Комбайны в поле"_s)
            + u"</p>\n"
              u"<ul>\n<li>зерновые — 52,3 ц/га;</li>\n<li>рапс — 31 ц/га.</li>\n</ul>\n"
              u"<blockquote>\n<p>Спасибо всем, кто работал в поле.</p>\n</blockquote>\n"
              u"<table>\n<tr><th>Хозяйство</th><th>Тонн</th></tr>\n<tr><td>СПК «Новая "
              u"жизнь»</td><td>8 400</td></tr>\n</table>\n"
              u"<hr>\n<p>Источник: <a href=\"https://www.belta.by/\">БелТА</a>. Фото: <em>архив</em>.</p>\n"_s;
}

void tst_CanonicalBody::roundTrip()
{
    QFETCH(QString, html);

    QTextDocument document;
    CanonicalBody::Report report;
    CanonicalBody::load(document, html, &report);
    QVERIFY2(report.isClean(), qPrintable(report.dropped.join(u", ")));
    QCOMPARE(CanonicalBody::serialise(document), html);

    QCOMPARE(CanonicalBody::sanitise(html), html);
    QVERIFY(CanonicalBody::isCanonical(html));
    QCOMPARE(outsideAllowlist(html), QStringList());

    // A second trip through the editor changes nothing either.
    QTextDocument again;
    CanonicalBody::load(again, CanonicalBody::serialise(document));
    QCOMPARE(CanonicalBody::serialise(again), html);
}

// --- the document load() builds ----------------------------------------------------------------

void tst_CanonicalBody::loadBuildsEditableStructure()
{
    const QString html
        = u"<h2>Заголовок</h2>\n<p>a<br>b <q>цитата</q> <a href=\"https://a.by/\">link</a></p>\n"
          u"<ul>\n<li>one\n<ol>\n<li>two</li>\n</ol>\n</li>\n</ul>\n"
          u"<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr>\n<p>"_s
        + img(kImageA, u"alt text"_s)
        + u"</p>\n<table>\n<tr><th>H</th><td>D</td></tr>\n</table>\n"_s;
    QTextDocument document;
    CanonicalBody::load(document, html);
    QVERIFY(!document.isModified());
    QVERIFY(!document.isUndoAvailable());

    QTextBlock block = document.begin();
    QCOMPARE(block.text(), u"Заголовок"_s);
    QCOMPARE(block.blockFormat().headingLevel(), 2);
    const QTextCharFormat headingText = block.begin().fragment().charFormat();
    QCOMPARE(headingText.fontWeight(), int(QFont::Bold));
    QVERIFY(headingText.intProperty(QTextFormat::FontSizeAdjustment) > 0);

    block = block.next();
    QCOMPARE(block.text(), u"a\u2028b цитата link"_s);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + 5); // inside "цитата"
    QVERIFY(cursor.charFormat().boolProperty(BodyFormats::InlineQuote));
    cursor.setPosition(block.position() + 13); // inside "link"
    QVERIFY(cursor.charFormat().isAnchor());
    QCOMPARE(cursor.charFormat().anchorHref(), u"https://a.by/"_s);

    block = block.next();
    QVERIFY(block.textList());
    QCOMPARE(block.textList()->format().indent(), 1);
    QCOMPARE(block.textList()->format().style(), QTextListFormat::ListDisc);
    const QTextList *outer = block.textList();
    block = block.next();
    QVERIFY(block.textList());
    QVERIFY(block.textList() != outer);
    QCOMPARE(block.textList()->format().indent(), 2);
    QCOMPARE(block.textList()->format().style(), QTextListFormat::ListDecimal);

    block = block.next();
    QCOMPARE(block.text(), u"quoted"_s);
    QCOMPARE(block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 1);
    QVERIFY(!block.textList());

    block = block.next();
    QVERIFY(block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth));
    QVERIFY(block.text().isEmpty());

    block = block.next();
    QCOMPARE(block.text(), QString(QChar(0xFFFC)));
    const QTextCharFormat imageFormat = block.begin().fragment().charFormat();
    QVERIFY(imageFormat.isImageFormat());
    QCOMPARE(imageFormat.toImageFormat().name(), u"image:"_s + kImageA);
    QCOMPARE(imageFormat.property(QTextFormat::ImageAltText).toString(), u"alt text"_s);
    QCOMPARE(BodyFormats::imageUrl(kImageA), QUrl(u"image:"_s + kImageA));

    QTextTable *table = nullptr;
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    QCOMPARE(frames.size(), 1);
    table = qobject_cast<QTextTable *>(frames.first());
    QVERIFY(table);
    QCOMPARE(table->rows(), 1);
    QCOMPARE(table->columns(), 2);
    QVERIFY(table->cellAt(0, 0).format().boolProperty(BodyFormats::HeaderCell));
    QVERIFY(!table->cellAt(0, 1).format().boolProperty(BodyFormats::HeaderCell));
    QCOMPARE(table->cellAt(0, 1).firstCursorPosition().block().text(), u"D"_s);

    // Undo history from before the load is gone, and loading is not itself undoable.
    QTextDocument edited;
    QTextCursor(&edited).insertText(u"typed"_s);
    QVERIFY(edited.isUndoAvailable());
    CanonicalBody::load(edited, u"<p>x</p>\n"_s);
    QVERIFY(!edited.isUndoAvailable());
    QVERIFY(edited.isUndoRedoEnabled());
}

// What a press officer does in the editor, the way QTextEdit does it.
void tst_CanonicalBody::editorDocumentSerialises()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.setBlockFormat(BodyFormats::heading(3));
    cursor.insertText(u"Новости"_s, BodyFormats::headingText(3));

    cursor.insertBlock(BodyFormats::paragraph(), QTextCharFormat());
    cursor.insertText(u"Hello  bold\tworld "_s, QTextCharFormat());
    cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 7);
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 4);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(bold);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QString(QChar(0x2028)) + u"next line"_s, QTextCharFormat());

    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(u"item one"_s);
    cursor.createList(QTextListFormat::ListDisc);
    cursor.insertBlock();
    cursor.insertText(u"item two"_s);
    cursor.insertBlock();
    QTextListFormat nested;
    nested.setStyle(QTextListFormat::ListLowerAlpha);
    nested.setIndent(2);
    cursor.createList(nested);
    cursor.insertText(u"nested"_s);

    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextCharFormat link;
    BodyFormats::setLink(link, u"https://kopyl.gov.by/"_s);
    cursor.insertText(u"сайт"_s, link);
    cursor.insertText(u" и "_s, QTextCharFormat());
    QTextCharFormat italic;
    italic.setFontItalic(true);
    cursor.insertText(u"курсив"_s, italic);

    cursor.insertBlock(BodyFormats::quote(), QTextCharFormat());
    cursor.insertText(u"цитата"_s);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat()); // Enter twice: an empty paragraph
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertText(u"   конец   "_s);

    QCOMPARE(CanonicalBody::serialise(document),
             u"<h3>Новости</h3>\n<p>Hello <strong>bold</strong> world<br>next line</p>\n"
             u"<ul>\n<li>item one</li>\n<li>item two\n<ol>\n<li>nested</li>\n</ol>\n</li>\n</ul>\n"
             u"<p><a href=\"https://kopyl.gov.by/\">сайт</a> и <em>курсив</em></p>\n"
             u"<blockquote>\n<p>цитата</p>\n</blockquote>\n<p>конец</p>\n"_s);
}

void tst_CanonicalBody::editorAttemptsOutsideAllowlistAreDropped()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat evil;
    BodyFormats::setLink(evil, u"javascript:alert(1)"_s);
    cursor.insertText(u"click"_s, evil);
    QTextCharFormat coloured;
    coloured.setForeground(Qt::red);
    coloured.setFontPointSize(30);
    coloured.setFontFamilies({ u"Comic Sans MS"_s });
    cursor.insertText(u" red"_s, coloured);
    QTextImageFormat foreign;
    foreign.setName(u"https://tracker.example/pixel.gif"_s);
    cursor.insertImage(foreign);
    cursor.insertImage(BodyFormats::image(kImageA, u"ok"_s));
    cursor.insertText(u"\uFFFC\uFDD0"_s, QTextCharFormat());
    QTextBlockFormat h1;
    h1.setHeadingLevel(1);
    cursor.insertBlock(h1);
    cursor.insertText(u"one"_s);
    QTextBlockFormat h6;
    h6.setHeadingLevel(6);
    cursor.insertBlock(h6);
    cursor.insertText(u"six"_s);

    QCOMPARE(CanonicalBody::serialise(document),
             u"<p>click red"_s + img(kImageA, u"ok"_s) + u"</p>\n<h2>one</h2>\n<h4>six</h4>\n"_s);
}

void tst_CanonicalBody::editorMergedAndNestedTablesAreFlattened()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextTable *table = cursor.insertTable(2, 3);
    table->cellAt(0, 0).firstCursorPosition().insertText(u"wide"_s);
    table->mergeCells(0, 0, 1, 2);
    table->cellAt(0, 2).firstCursorPosition().insertText(u"c"_s);
    QTextCursor inCell = table->cellAt(1, 0).firstCursorPosition();
    inCell.insertText(u"first"_s);
    inCell.insertBlock();
    inCell.insertText(u"second"_s);
    QTextCursor nestedAt = table->cellAt(1, 1).firstCursorPosition();
    QTextTable *nested = nestedAt.insertTable(1, 2);
    nested->cellAt(0, 0).firstCursorPosition().insertText(u"n1"_s);
    nested->cellAt(0, 1).firstCursorPosition().insertText(u"n2"_s);

    QCOMPARE(CanonicalBody::serialise(document),
             u"<table>\n<tr><td>wide</td><td></td><td>c</td></tr>\n"
             u"<tr><td>first<br>second</td><td>n1<br>n2</td><td></td></tr>\n</table>\n"_s);
}

// What QTextEdit's own HTML import makes of a paste (if the editor lets it happen).
void tst_CanonicalBody::qtImportedHtmlSerialisesCanonically()
{
    QTextDocument document;
    document.setHtml(
        u"<h1>Title</h1><p style='color:red;font-size:20pt'>a <b>b</b> <a "
        u"href='https://a.by/'>link</a> "
        u"<a href='javascript:alert(1)'>js</a> <span style='text-decoration:underline'>u</span></p>"
        u"<ul><li>1<ul><li>2</li></ul></li></ul><table><tr><td>d</td></tr></table><hr>"
        u"<p><img src='https://tracker.example/p.gif'>end</p>"_s);
    const QString output = CanonicalBody::serialise(document);
    QCOMPARE(output,
             u"<h2>Title</h2>\n<p>a <strong>b</strong> <a href=\"https://a.by/\">link</a> js "
             u"<u>u</u></p>\n"
             u"<ul>\n<li>1\n<ul>\n<li>2</li>\n</ul>\n</li>\n</ul>\n<table>\n<tr><td>d</td></tr>\n</"
             u"table>\n"
             u"<hr>\n<p>end</p>\n"_s);
    QCOMPARE(serialiseLoaded(output), output);
}

void tst_CanonicalBody::fragmentForCleanPaste()
{
    QTextDocument document;
    CanonicalBody::load(document, u"<p>Hello world</p>\n"_s);
    QTextCursor cursor(&document);
    cursor.setPosition(6);
    CanonicalBody::Report report;
    cursor.insertFragment(CanonicalBody::fragment(
        u"<b style='color:red'>big</b> <a href='https://a.by/'>new</a><script>x()</script>"_s,
        &report));
    QCOMPARE(CanonicalBody::serialise(document),
             u"<p>Hello <strong>big</strong> <a href=\"https://a.by/\">new</a>world</p>\n"_s);
    report.dropped.sort();
    QCOMPARE(report.dropped, (QStringList { u"script"_s, u"style attribute"_s }));
}

void tst_CanonicalBody::headingsComeAndGoWithTheirLook()
{
    QTextDocument document;
    CanonicalBody::load(
        document,
        u"<p>one <em>x</em></p>\n<ul>\n<li>two</li>\n</ul>\n<blockquote>\n<p>three</p>\n</blockquote>\n"_s);
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    BodyFormats::setHeading(cursor, 3);
    QCOMPARE(CanonicalBody::serialise(document),
             u"<h3>one <em>x</em></h3>\n<h3>two</h3>\n<h3>three</h3>\n"_s);
    QCOMPARE(document.begin().blockFormat().headingLevel(), 3);

    QTextCursor second(document.begin().next());
    BodyFormats::setHeading(second, 0);
    QCOMPARE(CanonicalBody::serialise(document),
             u"<h3>one <em>x</em></h3>\n<p>two</p>\n<h3>three</h3>\n"_s);
    QVERIFY(document.begin().next().begin().fragment().charFormat().fontWeight() < QFont::DemiBold);

    document.undo(); // one edit, one undo
    QCOMPARE(CanonicalBody::serialise(document),
             u"<h3>one <em>x</em></h3>\n<h3>two</h3>\n<h3>three</h3>\n"_s);
}

void tst_CanonicalBody::fromPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"\n \n\t"_s << QString();
    QTest::newRow("paragraphs and lines")
        << u"Первый абзац,\r\nвторая строка.\n\n\n  Второй   абзац <b>&amp;</b>\n"_s
        << u"<p>Первый абзац,<br>вторая строка.</p>\n<p>Второй абзац &lt;b&gt;&amp;amp;&lt;/b&gt;</p>\n"_s;
}

void tst_CanonicalBody::fromPlainText()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(CanonicalBody::fromPlainText(text), html);
    QVERIFY(CanonicalBody::isCanonical(html));
}

void tst_CanonicalBody::imageIds()
{
    const QString html = u"<p>"_s + img(kImageB, u"b"_s) + u"</p>\n<ul>\n<li>"_s + img(kImageA, {})
        + u"</li>\n</ul>\n<table>\n<tr><td>"_s + img(kImageB, {}) + u"</td></tr>\n</table>\n"_s;
    QCOMPARE(CanonicalBody::imageIds(html), (QStringList { kImageB, kImageA }));
    QCOMPARE(CanonicalBody::imageIds(u"<p>none</p>\n"_s), QStringList());
}

// --- sanitise ----------------------------------------------------------------------------------

void tst_CanonicalBody::sanitise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("reported");

    QTest::newRow("word clipboard")
        << u"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           u"xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
           u"<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta "
           u"name=Generator content=\"Microsoft Word 15\">\n"
           u"<!--[if gte mso "
           u"9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->\n"
           u"<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style></head>\n"
           u"<body lang=RU style='tab-interval:35.4pt'><!--StartFragment--><div "
           u"class=WordSection1>\n"
           u"<p class=MsoNormal><b><span "
           u"style='font-size:14.0pt;mso-bidi-font-family:Calibri'>Заголовок<o:p></o:p></span></"
           u"b></p>\n"
           u"<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 "
           u"lfo1'><![if !supportLists]>"
           u"<span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span "
           u"style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New "
           u"Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
           u"Первый пункт<o:p></o:p></p>\n"
           u"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 "
           u"lfo1'><![if !supportLists]>"
           u"<span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span "
           u"style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span></span><![endif]>"
           u"Второй пункт</p>\n"
           u"<p class=MsoListParagraphCxSpLast style='margin-left:72.0pt;mso-list:l0 level2 "
           u"lfo1'><![if !supportLists]>"
           u"<span style='font-family:\"Courier New\"'><span style='mso-list:Ignore'>o<span "
           u"style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span></span><![endif]>"
           u"Вложенный</p>\n"
           u"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
           u"<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if "
           u"!supportLists]><span><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp; "
           u"</span></span></span><![endif]>Раз</p>\n"
           u"<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if "
           u"!supportLists]><span><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; "
           u"</span></span></span><![endif]>Два</p>\n"
           u"<p class=MsoNormal>Обычный <i>курсив</i> и <span style='mso-spacerun:yes'>   "
           u"</span>текст<span style='display:none;mso-hide:all'>скрытый</span>.</p>\n"
           u"</div><!--EndFragment--></body></html>"_s
        << u"<p><strong>Заголовок</strong></p>\n<ul>\n<li>Первый пункт</li>\n<li>Второй "
           u"пункт\n<ul>\n<li>Вложенный</li>\n</ul>\n</li>\n</ul>\n"
           u"<ol>\n<li>Раз</li>\n<li>Два</li>\n</ol>\n<p>Обычный <em>курсив</em> и текст.</p>\n"_s
        << QStringList { u"class or id attribute"_s, u"style attribute"_s,
                         u"language or direction attribute"_s, u"hidden text"_s };

    QTest::newRow("libreoffice")
        << u"<!DOCTYPE html><html><head><meta http-equiv=\"content-type\" content=\"text/html; "
           u"charset=utf-8\"/><title></title>"
           u"<meta name=\"generator\" content=\"LibreOffice 7.5\"/><style type=\"text/css\">@page "
           u"{ size: 21cm 29.7cm } p { line-height: 115% }</style></head>"
           u"<body lang=\"ru-RU\" link=\"#000080\" vlink=\"#800000\" dir=\"ltr\"><h1 "
           u"class=\"western\">Новости района</h1>"
           u"<p style=\"line-height: 100%; margin-bottom: 0cm\"><font face=\"Liberation Serif, "
           u"serif\"><b>Жирный</b> и <i>курсив</i>, <u>подчёркнутый</u>, "
           u"<strike>зачёркнутый</strike>.</font></p>"
           u"<ol><li><p style=\"margin-bottom: 0cm\">Пункт</p></li><li><p>Пункт два</p></li></ol>"
           u"<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\"><col width=\"128*\"/><tr valign=\"top\"><td width=\"50%\" style=\"border: 1px solid #000000\"><p>A</p></td><td><p>B</p></td></tr></table></body></html>"_s
        << u"<h2>Новости района</h2>\n<p><strong>Жирный</strong> и <em>курсив</em>, "
           u"<u>подчёркнутый</u>, <s>зачёркнутый</s>.</p>\n"
           u"<ol>\n<li>Пункт</li>\n<li>Пункт два</li>\n</ol>\n<table>\n<tr><td>A</td><td>B</td></tr>\n</table>\n"_s
        << QStringList { u"layout attribute (width, align, colspan, …)"_s, u"style attribute"_s };

    QTest::newRow("web page")
        << u"<div class=\"article\" "
           u"onclick=\"track()\"><script>alert(1)</script><style>.x{color:red}</style>"
           u"<h1 id=\"t\">Title</h1><p class=\"lead\">Lead <span class=\"hl\" "
           u"style=\"font-weight:bold\">bold</span> text "
           u"<a href=\"javascript:alert(1)\" onmouseover=\"x()\">bad link</a> and <a "
           u"href=\"https://ok.by/\" target=\"_blank\" rel=\"noopener\">good link</a>.</p>"
           u"<img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\"><iframe "
           u"src=\"https://evil.example/\">fallback</iframe>"
           u"<form action=\"/search\"><input name=\"q\"><button>Go</button></form></div>"_s
        << u"<h2>Title</h2>\n<p>Lead <strong>bold</strong> text bad link and <a href=\"https://ok.by/\">good link</a>.</p>\n"_s
        << QStringList { u"script"_s,
                         u"style sheet"_s,
                         u"event handler attribute (onclick, onload, …)"_s,
                         u"link to javascript:"_s,
                         u"image not stored with the article"_s,
                         u"embedded frame"_s,
                         u"form"_s,
                         u"form field"_s,
                         u"class or id attribute"_s,
                         u"link target attribute"_s };

    QTest::newRow("google docs")
        << u"<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" "
           u"id=\"docs-internal-guid-1234\">"
           u"<p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;\"><span "
           u"style=\"font-size:11pt;font-family:Arial;font-weight:700;font-style:normal;text-"
           u"decoration:none;\">Bold</span>"
           u"<span style=\"font-size:11pt;font-weight:400;font-style:italic;\">italic</span></p></b><br class=\"Apple-interchange-newline\">"_s
        << u"<p><strong>Bold</strong><em>italic</em></p>\n"_s
        << QStringList { u"style attribute"_s };

    QTest::newRow("underlined link")
        << u"<a href=\"https://a.by/\"><u>x</u></a> <u><a href=\"https://a.by/\">y</a></u>"_s
        << u"<p><a href=\"https://a.by/\">x</a> <a href=\"https://a.by/\">y</a></p>\n"_s
        << QStringList();
    QTest::newRow("b and i") << u"<b>bold</b> <i>it</i>"_s
                             << u"<p><strong>bold</strong> <em>it</em></p>\n"_s << QStringList();
    QTest::newRow("heading levels")
        << u"<h1>A</h1><h5>B</h5><h6>C</h6><h3>D</h3>"_s
        << u"<h2>A</h2>\n<h4>B</h4>\n<h4>C</h4>\n<h3>D</h3>\n"_s << QStringList();
    QTest::newRow("strong inside heading")
        << u"<h2>Plain <b>bold</b></h2>"_s << u"<h2>Plain bold</h2>\n"_s << QStringList();
    QTest::newRow("div soup")
        << u"<div><div><span>one</span></div><div>two <span><span>three</span></span></div></div>"_s
        << u"<p>one</p>\n<p>two three</p>\n"_s << QStringList();
    QTest::newRow("other inline elements")
        << u"<p><strike>a</strike><del>b</del><ins>c</ins><cite>d</cite><sup>2</sup><code>e</code></p>"_s
        << u"<p><s>ab</s><u>c</u><em>d</em>2e</p>\n"_s << QStringList();
    QTest::newRow("uppercase tags and scheme")
        << u"<P><STRONG>x</STRONG> <A HREF=\"HTTPS://Example.BY/Path\">y</A></P>"_s
        << u"<p><strong>x</strong> <a href=\"https://Example.BY/Path\">y</a></p>\n"_s
        << QStringList();
    QTest::newRow("unquoted attribute with entity")
        << u"<a href=https://a.by/?a=1&amp;b=2>x</a>"_s
        << u"<p><a href=\"https://a.by/?a=1&amp;b=2\">x</a></p>\n"_s << QStringList();
    QTest::newRow("relative link")
        << u"<p><a href=\"/news/1\">rel</a> <a href=\"#top\">anchor</a> <a name=\"x\">named</a></p>"_s
        << u"<p>rel anchor named</p>\n"_s
        << QStringList { u"link without a web, e-mail or telephone address"_s,
                         u"name attribute"_s };
    QTest::newRow("escaped markup stays text")
        << u"&lt;script&gt;alert(1)&lt;/script&gt;"_s
        << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"_s << QStringList();
    QTest::newRow("entities")
        << u"<p>&foo; &#x1F600; &#150; &copy; &laquo;ё&raquo; &#0; &#xD800;</p>"_s
        << u"<p>&amp;foo; 😀 – © «ё» \uFFFD \uFFFD</p>\n"_s << QStringList();
    QTest::newRow("stray angle brackets")
        << u"<p>1 < 2 and 3 > 2, a <3 b</p>"_s << u"<p>1 &lt; 2 and 3 &gt; 2, a &lt;3 b</p>\n"_s
        << QStringList();
    QTest::newRow("unclosed")
        << u"<p>one<p>two<ul><li>a<li>b</ul>three"_s
        << u"<p>one</p>\n<p>two</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>three</p>\n"_s
        << QStringList();
    QTest::newRow("image id normalised")
        << u"<img src=\" image:{0F8FAD5B-D9CB-469F-A165-70867728950E}\" alt=\" Фото \n  поля \">"_s
        << u"<p>"_s + img(kImageA, u"Фото поля"_s) + u"</p>\n"_s << QStringList();
    QTest::newRow("image without alt")
        << u"<p><img src=\"image:"_s + kImageA + u"\"></p>"_s
        << u"<p>"_s + img(kImageA, {}) + u"</p>\n"_s << QStringList();
    QTest::newRow("data image") << u"<p>x<img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"_s
                                << u"<p>x</p>\n"_s
                                << QStringList { u"image embedded in the text (data: address)"_s };
    QTest::newRow("whitespace") << u"<p>  many   spaces\n\tand\ttabs  <b> bold </b> end </p>"_s
                                << u"<p>many spaces and tabs <strong>bold </strong>end</p>\n"_s
                                << QStringList();
    QTest::newRow("blank paragraphs")
        << u"<p></p><p>&nbsp;</p><p> </p><p><br></p><h2> </h2><p>x</p><ul></ul><blockquote> </blockquote><table></table>"_s
        << u"<p>x</p>\n"_s << QStringList();
    QTest::newRow("line breaks at the edges")
        << u"<p><br> a <br> <br>b<br></p>"_s << u"<p>a<br><br>b</p>\n"_s << QStringList();
    QTest::newRow("ragged table")
        << u"<table><tr><td>a</td></tr><tr><td>b</td><td>c</td></tr></table>"_s
        << u"<table>\n<tr><td>a</td><td></td></tr>\n<tr><td>b</td><td>c</td></tr>\n</table>\n"_s
        << QStringList();
    QTest::newRow("table sections, caption, spans")
        << u"<table><caption>Итоги</caption><thead><tr><th colspan=2>H</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"_s
        << u"<p>Итоги</p>\n<table>\n<tr><th>H</th><td></td></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>\n"_s
        << QStringList { u"layout attribute (width, align, colspan, …)"_s };
    QTest::newRow("cells without rows")
        << u"<table><td>a</td><td>b</td></table>"_s
        << u"<table>\n<tr><td>a</td><td>b</td></tr>\n</table>\n"_s << QStringList();
    QTest::newRow("table inside quote")
        << u"<blockquote><p>a</p><table><tr><td>x</td></tr></table><p>b</p></blockquote>"_s
        << u"<blockquote>\n<p>a</p>\n</blockquote>\n<table>\n<tr><td>x</td></tr>\n</table>\n<blockquote>\n<p>b</p>\n</blockquote>\n"_s
        << QStringList();
    QTest::newRow("heading and list inside quote")
        << u"<blockquote><h2>h</h2><ul><li>i</li></ul>after</blockquote>"_s
        << u"<blockquote>\n<p>h</p>\n</blockquote>\n<ul>\n<li>i</li>\n</ul>\n<blockquote>\n<p>after</p>\n</blockquote>\n"_s
        << QStringList();
    QTest::newRow("nested quotes")
        << u"<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote><blockquote>c</blockquote>"_s
        << u"<blockquote>\n<p>a</p>\n<p>b</p>\n<p>c</p>\n</blockquote>\n"_s << QStringList();
    QTest::newRow("nested table flattened")
        << u"<table><tr><td>a<table><tr><td>b</td><td>c</td></tr></table></td></tr></table>"_s
        << u"<table>\n<tr><td>a<br>b<br>c</td></tr>\n</table>\n"_s << QStringList();
    QTest::newRow("list in cell")
        << u"<table><tr><td><ul><li>x</li><li>y</li></ul></td></tr></table>"_s
        << u"<table>\n<tr><td>x<br>y</td></tr>\n</table>\n"_s << QStringList();
    QTest::newRow("rule in list") << u"<ul><li>a<hr>b</li></ul>"_s
                                  << u"<ul>\n<li>a<br>b</li>\n</ul>\n"_s
                                  << QStringList { u"horizontal line inside a list or table"_s };
    QTest::newRow("paragraphs in list item")
        << u"<ul><li><p>a</p><p>b</p></li></ul>"_s << u"<ul>\n<li>a<br>b</li>\n</ul>\n"_s
        << QStringList();
    QTest::newRow("list items outside a list")
        << u"<li>a</li><li>b</li><p>c</p>"_s << u"<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>c</p>\n"_s
        << QStringList();
    QTest::newRow("list nested without item")
        << u"<ul><li>a</li><ul><li>b</li></ul></ul>"_s
        << u"<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"_s << QStringList();
    QTest::newRow("text after nested list")
        << u"<ul><li>a<ul><li>b</li></ul>c</li></ul>"_s
        << u"<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n"_s << QStringList();
    QTest::newRow("preformatted") << u"<pre>line1\nline2   x</pre>"_s
                                  << u"<p>line1<br>line2 x</p>\n"_s << QStringList();
    QTest::newRow("misnested formatting")
        << u"<b>bold <i>both</b> after</i>"_s
        << u"<p><strong>bold <em>both</em></strong> after</p>\n"_s << QStringList();
    QTest::newRow("nested links")
        << u"<a href=\"https://a.by/\">a<a href=\"https://b.by/\">b</a></a>"_s
        << u"<p><a href=\"https://a.by/\">a</a><a href=\"https://b.by/\">b</a></p>\n"_s
        << QStringList();
    QTest::newRow("q and blockquote cite")
        << u"<blockquote cite=\"https://x.by/\">Q <q cite=\"x\">inner</q></blockquote>"_s
        << u"<blockquote>\n<p>Q <q>inner</q></p>\n</blockquote>\n"_s
        << QStringList { u"cite attribute"_s };
    QTest::newRow("comments")
        << u"<p>a<!-- comment <script>alert(1)</script> -->b<!---->c<!-- unterminated"_s
        << u"<p>abc</p>\n"_s << QStringList();
    QTest::newRow("controls and document characters")
        << u"<p>a\u0001b\uFFFCc\u2028d\u2029e\uFDD0f\u0085g</p>"_s << u"<p>abc d efg</p>\n"_s
        << QStringList();
    QTest::newRow("hidden text")
        << u"<p>visible<span style=\"display: none !important\">secret</span><span style=\"visibility:hidden\">more</span></p>"_s
        << u"<p>visible</p>\n"_s << QStringList { u"hidden text"_s };
    QTest::newRow("deep list folded")
        << u"<ul><li>1<ul><li>2<ul><li>3<ul><li>4<ul><li>5<ul><li>6<ul><li>7<ul><li>8<ul><li>9<ul><li>10</li></ul></li></ul></li></ul></li></ul></li></ul></li></ul></li></ul></li></ul></li></ul></li></ul>"_s
        << u"<ul>\n<li>1\n<ul>\n<li>2\n<ul>\n<li>3\n<ul>\n<li>4\n<ul>\n<li>5\n<ul>\n<li>6\n<ul>\n<"
           u"li>7\n<ul>\n<li>8</li>\n<li>9</li>\n<li>10</li>\n"
           u"</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n"_s
        << QStringList();
}

void tst_CanonicalBody::sanitise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QStringList, reported);

    CanonicalBody::Report report;
    const QString output = CanonicalBody::sanitise(input, &report);
    QCOMPARE(output, expected);
    for (const QString &entry : std::as_const(reported))
        QVERIFY2(report.dropped.contains(entry),
                 qPrintable(u"missing \""_s + entry + u"\" in: "_s + report.dropped.join(u" | ")));
    if (reported.isEmpty())
        QVERIFY2(report.isClean(), qPrintable(report.dropped.join(u" | ")));

    QCOMPARE(CanonicalBody::sanitise(output), output); // idempotent
    QCOMPARE(serialiseLoaded(input), output); // the editor sees the same
    QCOMPARE(serialiseLoaded(output), output); // and the result round-trips
    QCOMPARE(outsideAllowlist(output), QStringList());
}

// --- hostile input -----------------------------------------------------------------------------

void tst_CanonicalBody::hostileInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("reported"); // whether the user is told something was dropped

    QTest::newRow("script") << u"<p>ok</p><script>alert(document.cookie)</script>"_s
                            << u"<p>ok</p>\n"_s << true;
    QTest::newRow("script self-closed")
        << u"<script/>alert(1)</script><p>ok</p>"_s << u"<p>ok</p>\n"_s << true;
    QTest::newRow("script writing markup")
        << u"<script>document.write('<p>evil</p><img src=x onerror=alert(1)>')</script><p>ok</p>"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("script end tag variants")
        << u"<script>x</SCRIPT ><p>ok</p><script>y</script\n>"_s << u"<p>ok</p>\n"_s << true;
    QTest::newRow("style") << u"<style>body{background:url(javascript:alert(1))}</style>ok"_s
                           << u"<p>ok</p>\n"_s << true;
    QTest::newRow("event attributes")
        << u"<p onclick=\"alert(1)\" onmouseover='x()' ONLOAD=y>ok</p><body onload=alert(1)>"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("javascript links")
        << u"<a href=\"javascript:alert(1)\">a</a><a href=\" JaVaScRiPt:alert(1)\">b</a>"
           u"<a href=\"java&#x09;script:alert(1)\">c</a><a href=\"&#106;avascript:alert(1)\">d</a>"
           u"<a href=\"jav&#x0A;ascript:alert(1)\">e</a><a href=\"\x01javascript:alert(1)\">f</a>"
           u"<a href='vbscript:msgbox(1)'>g</a><a href=javascript&colon;alert(1)>h</a>ok"_s
        << u"<p>abcdefghok</p>\n"_s << true;
    QTest::newRow("data and file links")
        << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">a</a>"
           u"<a href=\"file:///etc/passwd\">b</a><a href=\"ftp://x.by/\">c</a><a href=\"//evil.example/\">d</a>ok"_s
        << u"<p>abcdok</p>\n"_s << true;
    QTest::newRow("svg onload")
        << u"<svg onload=\"alert(1)\"><script>alert(2)</script><text>svg</text></svg>ok"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("svg in img") << u"<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">ok"_s
                                << u"<p>ok</p>\n"_s << true;
    QTest::newRow("iframe, object, embed")
        << u"<iframe src=\"https://evil.example\" srcdoc=\"<script>alert(1)</script>\"></iframe>"
           u"<object data=\"evil.swf\"><param name=a value=b>fallback</object><embed src=evil.swf>ok"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("forms")
        << u"<form action=\"https://evil.example/steal\"><input type=password name=p>"
           u"<textarea><p>not markup</p></textarea><select><option>o</option></select><button formaction=x>b</button>ok</form>"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("meta refresh and base")
        << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><base "
           u"href=\"https://evil.example/\">"
           u"<link rel=stylesheet href=evil.css>ok"_s
        << u"<p>ok</p>\n"_s << false;
    QTest::newRow("tracking pixels")
        << u"<img src=\"https://tracker.example/p.gif?u=1\" width=1 height=1 "
           u"style=\"display:none\">"
           u"<img src=\"//tracker.example/p.gif\"><img src=\"image:not-a-uuid\"><img src=\"image:\">ok"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("attribute injection in alt") << u"<img src=\"image:"_s + kImageA
            + u"\" alt='\" onerror=\"alert(1)'>ok<img src=\"image:"_s + kImageA
            + u"\" alt=\"&quot;&gt;&lt;script&gt;\">"_s
                                                << u"<p><img src=\"image:"_s + kImageA
            + u"\" alt=\"&quot; onerror=&quot;alert(1)\">ok<img src=\"image:"_s + kImageA
            + u"\" alt=\"&quot;&gt;&lt;script&gt;\"></p>\n"_s
                                                << false;
    QTest::newRow("href attribute breaking")
        << u"<a href='https://a.by/\"><script>alert(1)</script>'>ok</a>"_s
        << u"<p><a href=\"https://a.by/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">ok</a></p>\n"_s
        << false;
    QTest::newRow("math, video, audio, canvas, map")
        << u"<math><mi>x</mi></math><video src=v.mp4>v</video><audio>a</audio><canvas>c</canvas>"
           u"<map><area href=javascript:alert(1)></map>ok"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("noscript and template")
        << u"<noscript><img src=x onerror=alert(1)></noscript><template><script>alert(1)</script></template>ok"_s
        << u"<p>ok</p>\n"_s << true;
    QTest::newRow("comment tricks")
        << u"<!--><script>alert(1)</script>--><!-- --!><script>alert(2)</script>ok"_s
        << u"<p>--&gt;ok</p>\n"_s << true;
    QTest::newRow("cdata and processing instruction")
        << u"<![CDATA[<script>alert(1)</script>]]><?php echo 1; ?>ok"_s
        << u"<p>alert(1)]]&gt;ok</p>\n"_s << false;
    QTest::newRow("unterminated tag")
        << u"ok<a href=\"javascript:alert(1)"_s << u"<p>ok</p>\n"_s << false;
    QTest::newRow("unterminated attribute")
        << u"ok<img src=x onerror=\"alert(1)"_s << u"<p>ok</p>\n"_s << false;
    QTest::newRow("null bytes and controls")
        << u"<scr\u0000ipt>alert(1)</script>o\u0000k"_s << u"<p>alert(1)ok</p>\n"_s << false;
    QTest::newRow("xmp and plaintext")
        << u"<xmp><script>alert(1)</script></xmp><plaintext><b>ok</b>"_s
        << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;b&gt;ok&lt;/b&gt;</p>\n"_s
        << false;
    QTest::newRow("mso conditional")
        << u"<!--[if gte mso 9]><script>alert(1)</script><![endif]--><![if !vml]>ok<![endif]>"_s
        << u"<p>ok</p>\n"_s << false;
    QTest::newRow("style expression")
        << u"<p style=\"width: expression(alert(1)); background: url(javascript:alert(1))\">ok</p>"_s
        << u"<p>ok</p>\n"_s << true;
}

void tst_CanonicalBody::hostileInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, reported);

    CanonicalBody::Report report;
    const QString output = CanonicalBody::sanitise(input, &report);
    QCOMPARE(output, expected);
    QCOMPARE(!report.isClean(), reported);
    QCOMPARE(outsideAllowlist(output), QStringList());

    QCOMPARE(CanonicalBody::sanitise(output), output);
    QCOMPARE(serialiseLoaded(input), output);
}

void tst_CanonicalBody::reportIsHumanAndListsEachOnce()
{
    CanonicalBody::Report report;
    CanonicalBody::sanitise(u"<script>1</script><script>2</script><p style=a>x</p><p style=b "
                            u"onclick=c onload=d>y</p><a href=\"javascript:1\">z</a>"_s,
                            &report);
    QCOMPARE(report.dropped,
             (QStringList { u"script"_s, u"style attribute"_s,
                            u"event handler attribute (onclick, onload, …)"_s,
                            u"link to javascript:"_s }));

    CanonicalBody::Report clean;
    QTextDocument document;
    CanonicalBody::load(document, u"<p><strong>fine</strong></p>\n"_s, &clean);
    QVERIFY(clean.isClean());
}

void tst_CanonicalBody::deepNestingIsSurvived()
{
    const int n = 20000;
    const QStringList inputs = {
        u"<div>"_s.repeated(n) + u"deep"_s + u"</div>"_s.repeated(n),
        u"<ul><li>"_s.repeated(n) + u"deep"_s,
        u"<blockquote>"_s.repeated(n) + u"deep"_s,
        u"<table><tr><td>"_s.repeated(n) + u"deep"_s,
        u"<b><i>"_s.repeated(n) + u"deep"_s,
        u"<a href=\"https://a.by/\">"_s.repeated(n) + u"deep"_s,
    };
    for (const QString &input : inputs) {
        const QString output = CanonicalBody::sanitise(input);
        QVERIFY2(CanonicalBody::plainText(output).contains(u"deep"_s), qPrintable(input.left(40)));
        QCOMPARE(CanonicalBody::sanitise(output), output);
        QCOMPARE(outsideAllowlist(output), QStringList());
    }
}

void tst_CanonicalBody::tagSoupAlwaysComesOutCanonical()
{
    QRandomGenerator random(20240912);
    for (int i = 0; i < 400; ++i) {
        const QString input = tagSoup(random);
        const QString output = CanonicalBody::sanitise(input);
        const QByteArray context = input.toUtf8();
        QVERIFY2(outsideAllowlist(output).isEmpty(), context.constData());
        QVERIFY2(CanonicalBody::sanitise(output) == output, context.constData());
        QVERIFY2(serialiseLoaded(input) == output, context.constData());
        QVERIFY2(serialiseLoaded(output) == output, context.constData());
        static const QRegularExpression canonicalLine(
            u"^(<(p|h[234])>.*</(p|h[234])>|<(ul|ol|blockquote|table)>|</(ul|ol|blockquote|table)>"
            u"|<li>.*(</li>)?|</li>|<tr>(<t[hd]>.*</t[hd]>)+</tr>|<hr>|<p>.*</p>)$"_s);
        const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(canonicalLine.match(line).hasMatch(), qPrintable(line + u" from "_s + input));
        QVERIFY(output.isEmpty() || output.endsWith(u'\n'));
    }
}

// Documents built the way an editor might build them, including shapes canonical HTML cannot
// express (odd list indents, frames, merged cells, foreign images): serialise() must still give
// canonical text that loads back to itself.
void tst_CanonicalBody::randomEditorDocumentsSerialiseCanonically()
{
    QRandomGenerator random(4242);
    static const QStringList words
        = { u"Копыль"_s, u"ўзровень"_s, u"news"_s,  u" "_s,  u"  "_s,    u"\t"_s,
            u"\u00A0"_s, u"\u2028"_s,   u"&<>\""_s, u"🇧🇾"_s, u"\uFFFC"_s };
    static const QStringList hrefs
        = { u"https://a.by/"_s, u"mailto:x@a.by"_s, u"javascript:x"_s, u"/relative"_s };
    for (int i = 0; i < 200; ++i) {
        QTextDocument document;
        QTextCursor cursor(&document);
        const int steps = random.bounded(1, 40);
        for (int step = 0; step < steps; ++step) {
            switch (random.bounded(8)) {
            case 0:
            case 1:
            case 2: {
                QTextCharFormat format;
                if (random.bounded(3) == 0)
                    format.setFontWeight(random.bounded(2) ? QFont::Bold : QFont::DemiBold);
                format.setFontItalic(random.bounded(4) == 0);
                format.setFontUnderline(random.bounded(4) == 0);
                format.setFontStrikeOut(random.bounded(6) == 0);
                BodyFormats::setInlineQuote(format, random.bounded(6) == 0);
                if (random.bounded(5) == 0)
                    BodyFormats::setLink(format, hrefs[random.bounded(hrefs.size())]);
                cursor.insertText(words[random.bounded(words.size())], format);
                break;
            }
            case 3: {
                QTextBlockFormat format;
                switch (random.bounded(5)) {
                case 0:
                    format.setHeadingLevel(random.bounded(7));
                    break;
                case 1:
                    format = BodyFormats::quote();
                    break;
                case 2:
                    format = BodyFormats::rule();
                    break;
                default:
                    break;
                }
                cursor.insertBlock(format);
                break;
            }
            case 4: {
                QTextListFormat format;
                format.setStyle(random.bounded(2) ? QTextListFormat::ListDisc
                                                  : QTextListFormat::ListUpperRoman);
                format.setIndent(random.bounded(1, 5));
                cursor.insertBlock(QTextBlockFormat());
                cursor.createList(format);
                break;
            }
            case 5: {
                QTextTable *table = cursor.insertTable(random.bounded(1, 4), random.bounded(1, 4));
                if (table->rows() > 1 && random.bounded(2))
                    table->mergeCells(0, 0, 2, 1);
                cursor = table->cellAt(0, 0).firstCursorPosition();
                break;
            }
            case 6:
                cursor.insertImage(random.bounded(2) ? BodyFormats::image(kImageA, u"a b"_s)
                                                     : QTextImageFormat());
                break;
            case 7:
                if (random.bounded(3) == 0) {
                    QTextFrameFormat frame;
                    cursor = cursor.insertFrame(frame)->firstCursorPosition();
                } else {
                    cursor.movePosition(QTextCursor::End);
                }
                break;
            }
        }
        const QString output = CanonicalBody::serialise(document);
        const QByteArray context = output.toUtf8();
        QVERIFY2(CanonicalBody::isCanonical(output), context.constData());
        QVERIFY2(outsideAllowlist(output).isEmpty(), context.constData());
        QVERIFY2(serialiseLoaded(output) == output, context.constData());
    }
}

// --- plain text --------------------------------------------------------------------------------

void tst_CanonicalBody::plainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blocks")
        << u"<h2>Заголовок</h2>\n<p>Первый<br>второй</p>\n<hr>\n<p>Дальше</p>\n"_s
        << u"Заголовок\nПервый\nвторой\nДальше"_s;
    QTest::newRow("lists") << u"<ul>\n<li>a\n<ol>\n<li>b</li>\n</ol>\n</li>\n<li>c</li>\n</ul>\n"_s
                           << u"a\nb\nc"_s;
    QTest::newRow("quote and table")
        << u"<blockquote>\n<p>q1</p>\n<p>q2</p>\n</blockquote>\n<table>\n<tr><th>x</th><td>y</td></tr>\n<tr><td></td><td>z</td></tr>\n</table>\n"_s
        << u"q1\nq2\nx\ty\n\tz"_s;
    QTest::newRow("entities, formatting and images")
        << u"<p>10&nbsp;000 &amp; <strong>жирный</strong> "_s + img(kImageA, u"alt"_s)
            + u" <a href=\"https://a.by/\">ссылка</a></p>\n"_s
        << u"10 000 & жирный  ссылка"_s;
    QTest::newRow("not canonical") << u"<div>a<script>b</script></div><p>c</p>"_s << u"a\nc"_s;
}

void tst_CanonicalBody::plainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(CanonicalBody::plainText(html), text);
}

QTEST_MAIN(tst_CanonicalBody)
#include "tst_CanonicalBody.moc"
