#include "TypeText.h"
#include "editor/BodyTextEdit.h"
#include "editor/SpellCheckHighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace Qt::Literals::StringLiterals;

class tst_BodyTextEdit : public QObject
{
    Q_OBJECT

    BodyTextEdit *m_edit = nullptr;

    // toPlainText() would turn no-break spaces into spaces.
    QString text() const { return m_edit->document()->toRawText(); }
    void undo() { QTest::keySequence(m_edit, QKeySequence::Undo); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_edit = new BodyTextEdit;
        m_edit->resize(600, 400);
        m_edit->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_edit));
        m_edit->setFocus();
    }

    void cleanup()
    {
        delete m_edit;
        m_edit = nullptr;
    }

    void russianTypographyAsYouType()
    {
        m_edit->setTypography(Typography(Typography::Language::Russian));
        typeText(m_edit, u"Он сказал: \"Завод \"Луч\" -- лучший\" в 1990--2000 годах"_s);
        QCOMPARE(text(), u"Он сказал: «Завод „Луч“\u00A0— лучший» в\u00A01990–2000 годах"_s);
    }

    void englishTypographyAsYouType()
    {
        m_edit->setTypography(Typography(Typography::Language::English));
        typeText(m_edit, u"She said \"it's 'fine'\" -- pages 10--12"_s);
        QCOMPARE(text(),
                 u"She said \u201Cit\u2019s \u2018fine\u2019\u201D \u2014 pages 10\u201312"_s);
    }

    void oneUndoBringsBackWhatWasTyped()
    {
        m_edit->setTypography(Typography(Typography::Language::Russian));
        typeText(m_edit, u"Слово \""_s);
        QCOMPARE(text(), u"Слово «"_s);
        undo();
        QCOMPARE(text(), u"Слово \""_s);
        // Typing goes on after the straight quote the user asked for.
        typeText(m_edit, u"x"_s);
        QCOMPARE(text(), u"Слово \"x"_s);

        m_edit->clear();
        typeText(m_edit, u"Минск --"_s);
        QCOMPARE(text(), u"Минск\u00A0—"_s);
        undo();
        QCOMPARE(text(), u"Минск --"_s);

        m_edit->clear();
        typeText(m_edit, u"в "_s);
        QCOMPARE(text(), u"в\u00A0"_s);
        undo();
        QCOMPARE(text(), u"в "_s);
    }

    void noTypographyWithoutLanguageOrWithModifiers()
    {
        typeText(m_edit, u"\"x\" -- y"_s);
        QCOMPARE(text(), u"\"x\" -- y"_s);
    }

    void nonBreakingSpacesAreOptional()
    {
        m_edit->setTypography(
            Typography(Typography::Language::Belarusian, Typography::Options { false }));
        typeText(m_edit, u"з горада"_s);
        QCOMPARE(text(), u"з горада"_s);
    }

    void plainTextIsCleaned()
    {
        QCOMPARE(BodyTextEdit::cleanPlainText(u"a\r\nb\rc\u2029d\u0000e\u0007f\uFFFCg\uFEFFh\tі"_s),
                 u"a\nb\nc\nd"
                 u"ef"
                 u"gh\tі"_s);
        auto *mime = new QMimeData;
        mime->setText(u"Строка один\nСтрока два"_s);
        QApplication::clipboard()->setMimeData(mime);
        m_edit->pastePlainText();
        QCOMPARE(m_edit->document()->blockCount(), 2);
        QCOMPARE(m_edit->toPlainText(), u"Строка один\nСтрока два"_s);
    }

    void foreignImagesAreRemoved()
    {
        const QUuid ours = QUuid::createUuid();
        QImage pixels(4, 4, QImage::Format_RGB32);
        pixels.fill(Qt::red);
        m_edit->setImageProvider(
            [ours, pixels](const QUuid &id) { return id == ours ? pixels : QImage(); });
        QTextDocument doc;
        QTextCursor c(&doc);
        c.insertText(u"a"_s);
        QTextImageFormat f;
        f.setName(u"image:"_s + ours.toString(QUuid::WithoutBraces));
        c.insertImage(f);
        f.setName(u"image:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        c.insertImage(f);
        f.setName(u"https://tracker.example/p.gif"_s);
        c.insertImage(f);
        c.insertText(u"b"_s);
        QCOMPARE(m_edit->removeForeignImages(doc), 2);
        QCOMPARE(doc.characterCount(), 4); // a, our image, b, and the final paragraph mark
    }

    void imagesComeOnlyFromTheProvider()
    {
        const QUuid id = QUuid::createUuid();
        QImage pixels(40, 30, QImage::Format_RGB32);
        pixels.fill(Qt::blue);
        m_edit->setImageProvider(
            [id, pixels](const QUuid &asked) { return asked == id ? pixels : QImage(); });
        const QUrl ours(u"image:"_s + id.toString(QUuid::WithoutBraces));
        QCOMPARE(
            m_edit->document()->resource(QTextDocument::ImageResource, ours).value<QImage>().size(),
            QSize(40, 30));
        // A file on disk is never read, whatever the name says.
        const QVariant file = m_edit->document()->resource(QTextDocument::ImageResource,
                                                           QUrl::fromLocalFile(u"/etc/hostname"_s));
        QVERIFY(file.value<QImage>().size() != QSize(40, 30));
        QVERIFY(!file.value<QImage>().isNull()); // the "missing image" placeholder
    }

    void spellingSuggestionsInTheContextMenu()
    {
        m_edit->setSpellCheckLanguage(u"ru"_s);
        m_edit->setPlainText(u"Мы были на савещании."_s);
        QVERIFY(m_edit->ensureSpellChecker()); // the article editor makes it at the first focus
        QVERIFY(m_edit->hasDictionary());
        QTextCursor at(m_edit->document());
        at.setPosition(13);
        m_edit->setTextCursor(at);

        QMenu *shown = nullptr;
        connect(m_edit, &BodyTextEdit::contextMenuAboutToShow, this,
                [&shown](QMenu *menu, const QTextCursor &) { shown = menu; });
        const QPoint pos = m_edit->cursorRect().center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, pos,
                                m_edit->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(m_edit->viewport(), &event);
        QVERIFY(shown);
        QStringList texts;
        for (QAction *a : shown->actions())
            texts << a->text();
        QVERIFY2(texts.contains(u"совещании"_s), qPrintable(texts.join(u'|')));
        QAction *ignore = shown->findChild<QAction *>(u"spellIgnore"_s);
        QVERIFY(ignore);
        QVERIFY(shown->findChild<QAction *>(u"spellAddToDictionary"_s));

        // Choosing a suggestion replaces the word, one undo step.
        for (QAction *a : shown->actions()) {
            if (a->text() == u"совещании"_s)
                a->trigger();
        }
        QCOMPARE(text(), u"Мы были на совещании."_s);
        shown->close();
        undo();
        QCOMPARE(text(), u"Мы были на савещании."_s);

        // "Ignore" stops the underline.
        QVERIFY(m_edit->spellChecker()->isWordMisspelled(u"савещании"_s));
        ignore->trigger();
        QVERIFY(!m_edit->spellChecker()->isWordMisspelled(u"савещании"_s));
    }
};

QTEST_MAIN(tst_BodyTextEdit)
#include "tst_BodyTextEdit.moc"
