#include "TypeText.h"
#include "article/ImageImport.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/ImageDialog.h"
#include "editor/LinkDialog.h"
#include "editor/MessageBar.h"
#include "editor/SourceView.h"
#include "editor/TableDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Answers the next modal dialog of type D with `fill`, from inside its exec().
template<typename D, typename F> void whenDialogOpens(F fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog)
            fill(dialog);
    });
}

ArticleImage testImage()
{
    QImage picture(320, 200, QImage::Format_RGB32);
    picture.fill(QColor(0x33, 0x77, 0xaa));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    QString error;
    auto image = ImageImport::fromData(png, &error);
    image->altText = u"Здание райисполкома"_s;
    image->caption = u"Копыль, площадь"_s;
    image->credit = u"Пресс-служба"_s;
    return *image;
}
} // namespace

class tst_ArticleEditor : public QObject
{
    Q_OBJECT

    ArticleEditor *m_editor = nullptr;

    BodyTextEdit *edit() const { return m_editor->textEdit(); }
    void key(QKeySequence sequence) { QTest::keySequence(edit(), sequence); }
    void trigger(EditorActions::Id id) { m_editor->action(id)->trigger(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_editor = new ArticleEditor;
        m_editor->resize(800, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
        m_editor->activateWindow();
        edit()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        QApplication::clipboard()->clear();
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
    }

    void theSpellCheckerWaitsUntilTheTextIsWorkedIn()
    {
        // Not at the first paint (Sonnet loads a dictionary of tens of megabytes), nor for a
        // reader: when the editable text first takes the focus.
        QWidget window;
        auto *other = new QLineEdit(&window);
        auto *editor = new ArticleEditor(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(other);
        layout->addWidget(editor);
        editor->setLanguage(u"ru"_s);
        editor->setBody(u"<p>Мы были в Минкске на савещании.</p>\n"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        other->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::qWait(100);
        QVERIFY(!editor->textEdit()->spellChecker());

        editor->setReadOnly(true);
        editor->textEdit()->setFocus();
        QTest::qWait(100);
        QVERIFY(!editor->textEdit()->spellChecker());

        other->setFocus();
        editor->setReadOnly(false);
        editor->textEdit()->setFocus();
        QTRY_VERIFY(editor->textEdit()->spellChecker());
    }

    void closesSafelyWithSpellingMarks()
    {
        // As in the window: the spell checker is made at the first focus, the article's body
        // comes later (in a document the checker outlives when both go).
        m_editor->setLanguage(u"ru"_s);
        QVERIFY(edit()->ensureSpellChecker());
        m_editor->setBody(u"<p>Мы были в Минкске на савещании.</p>\n"_s);
        const auto marked = [this] {
            for (const auto &r : edit()->document()->firstBlock().layout()->formats()) {
                if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(marked());
        QSignalSpy destroyed(m_editor, &QObject::destroyed);
        // The spell checker takes its marks off the document as it goes; nothing may reach the
        // editor being destroyed (a debug build asserts on that).
        delete m_editor;
        m_editor = nullptr;
        QCOMPARE(destroyed.count(), 1);
    }

    void typedTextAndFormattingBecomeCanonicalHtml()
    {
        typeText(edit(), u"Новости района"_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_2));
        QVERIFY(m_editor->action(EditorActions::Heading2)->isChecked());
        QTest::keyClick(edit(), Qt::Key_Return);
        QVERIFY(m_editor->action(EditorActions::Paragraph)->isChecked());
        typeText(edit(), u"Сегодня "_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(m_editor->action(EditorActions::Bold)->isChecked());
        typeText(edit(), u"важное"_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(!m_editor->action(EditorActions::Bold)->isChecked());
        typeText(edit(), u" событие, "_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_I));
        typeText(edit(), u"курсив"_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_I));
        typeText(edit(), u" и "_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_U));
        typeText(edit(), u"черта"_s);
        key(QKeySequence(Qt::CTRL | Qt::Key_U));
        typeText(edit(), u"."_s);

        QCOMPARE(
            m_editor->body(),
            u"<h2>Новости района</h2>\n<p>Сегодня <strong>важное</strong> событие, <em>курсив</em> "
            u"и\u00A0<u>черта</u>.</p>\n"_s.replace(u"\u00A0"_s, u"&nbsp;"_s));
    }

    void listsQuotesRulesAndTables()
    {
        typeText(edit(), u"Первый"_s);
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8));
        QVERIFY(m_editor->action(EditorActions::BulletList)->isChecked());
        QTest::keyClick(edit(), Qt::Key_Return);
        typeText(edit(), u"Вложенный"_s);
        QTest::keyClick(edit(), Qt::Key_Tab);
        QTest::keyClick(edit(), Qt::Key_Return);
        QTest::keyClick(edit(), Qt::Key_Return); // empty item: back one level
        typeText(edit(), u"Второй"_s);
        QTest::keyClick(edit(), Qt::Key_Return);
        QTest::keyClick(edit(), Qt::Key_Return); // empty item: out of the list
        QVERIFY(!m_editor->action(EditorActions::BulletList)->isChecked());
        typeText(edit(), u"Цитата"_s);
        trigger(EditorActions::BlockQuote);
        QVERIFY(m_editor->action(EditorActions::BlockQuote)->isChecked());
        QTest::keyClick(edit(), Qt::Key_Return);
        trigger(EditorActions::BlockQuote);
        typeText(edit(), u"Пункты"_s);
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7));
        QVERIFY(m_editor->action(EditorActions::NumberedList)->isChecked());
        QTest::keyClick(edit(), Qt::Key_Return);
        QTest::keyClick(edit(), Qt::Key_Return);
        trigger(EditorActions::InsertHorizontalRule);
        whenDialogOpens<TableDialog>([](TableDialog *d) {
            d->findChild<QSpinBox *>(u"tableRows"_s)->setValue(2);
            d->findChild<QSpinBox *>(u"tableColumns"_s)->setValue(2);
            d->accept();
        });
        trigger(EditorActions::InsertTable);
        typeText(edit(), u"Ячейка"_s);
        QCOMPARE(
            m_editor->body(),
            u"<ul>\n<li>Первый\n<ul>\n<li>Вложенный</li>\n</ul>\n</li>\n<li>Второй</li>\n</ul>\n"
            u"<blockquote>\n<p>Цитата</p>\n</blockquote>\n"
            u"<ol>\n<li>Пункты</li>\n</ol>\n"
            u"<hr>\n"
            u"<table>\n<tr><td>Ячейка</td><td></td></tr>\n<tr><td></td><td></td></tr>\n</table>\n"_s);
    }

    void linkDialogAcceptsWebLinksOnly()
    {
        typeText(edit(), u"Сайт района."_s);
        // Select "района".
        QTextCursor c = edit()->textCursor();
        c.setPosition(5);
        c.setPosition(11, QTextCursor::KeepAnchor);
        edit()->setTextCursor(c);

        bool refused = false;
        QString refusal;
        whenDialogOpens<LinkDialog>([&](LinkDialog *d) {
            auto *url = d->findChild<QLineEdit *>(u"linkUrl"_s);
            url->setText(u"javascript:alert(1)"_s);
            d->accept(); // refused: stays open
            refused = d->isVisible();
            refusal = d->findChild<QLabel *>(u"linkError"_s)->text();
            url->setText(u"kopyl.gov.by/news"_s);
            d->accept();
        });
        key(QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(refused);
        QVERIFY2(refusal.contains(u"javascript"_s), qPrintable(refusal));
        QCOMPARE(m_editor->body(),
                 u"<p>Сайт <a href=\"https://kopyl.gov.by/news\">района</a>.</p>\n"_s);

        // Remove it again.
        c.setPosition(7);
        edit()->setTextCursor(c);
        QVERIFY(m_editor->action(EditorActions::RemoveLink)->isEnabled());
        trigger(EditorActions::RemoveLink);
        QCOMPARE(m_editor->body(), u"<p>Сайт района.</p>\n"_s);
    }

    void undoAndRedoStepThroughEdits()
    {
        typeText(edit(), u"Текст"_s);
        QTest::keyClick(edit(), Qt::Key_A, Qt::ControlModifier);
        key(QKeySequence(Qt::CTRL | Qt::Key_B));
        key(QKeySequence(Qt::CTRL | Qt::Key_3));
        QCOMPARE(m_editor->body(), u"<h3>Текст</h3>\n"_s);
        QVERIFY(m_editor->action(EditorActions::Undo)->isEnabled());
        key(QKeySequence::Undo); // the heading, in one step
        QCOMPARE(m_editor->body(), u"<p><strong>Текст</strong></p>\n"_s);
        key(QKeySequence::Undo);
        QCOMPARE(m_editor->body(), u"<p>Текст</p>\n"_s);
        QVERIFY(m_editor->action(EditorActions::Redo)->isEnabled());
        m_editor->action(EditorActions::Redo)->trigger();
        m_editor->action(EditorActions::Redo)->trigger();
        QCOMPARE(m_editor->body(), u"<h3>Текст</h3>\n"_s);
    }

    void hostilePasteKeepsOnlyCleanStructure()
    {
        QSignalSpy changed(m_editor, &ArticleEditor::contentChanged);
        auto *mime = new QMimeData;
        mime->setHtml(
            u"<html><head><style>p{color:red}</style><script>steal()</script></head><body>\n"
            u"<p class=\"MsoNormal\" style=\"font-family:Calibri;color:#ff0000\" "
            u"onclick=\"evil()\">Привет, <b style=\"font-size:30px\">мир</b>\n"
            u"<span style=\"color:blue\">и <i>всё</i></span> <a "
            u"href=\"javascript:alert(1)\">опасная</a>, <a href=\"https://kopyl.gov.by\" "
            u"onmouseover=\"x()\">сайт</a></p>\n"
            u"<img src=\"https://tracker.example/pixel.gif\" width=\"1\" height=\"1\" "
            u"onerror=\"steal()\">\n"
            u"<h2 id=\"x\" style=\"margin:0\">Заголовок</h2><iframe "
            u"src=\"https://evil.example\"></iframe>\n"
            u"<ul><li>один</li><li>два</li></ul></body></html>"_s);
        mime->setText(u"Привет, мир"_s);
        QApplication::clipboard()->setMimeData(mime);
        key(QKeySequence::Paste);

        const QString body = m_editor->body();
        for (const QString &bad :
             { u"script"_s, u"steal"_s, u"evil"_s, u"onclick"_s, u"onerror"_s, u"javascript"_s,
               u"style"_s, u"class"_s, u"tracker"_s, u"<img"_s, u"iframe"_s, u"color"_s, u"font"_s,
               u"<span"_s, u"id="_s }) {
            QVERIFY2(!body.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in "_s + body));
        }
        QVERIFY2(body.contains(u"<strong>мир</strong>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<em>всё</em>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<a href=\"https://kopyl.gov.by\">сайт</a>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"опасная"_s), qPrintable(body)); // the text stays, the link goes
        QVERIFY2(body.contains(u"<h2>Заголовок</h2>"_s), qPrintable(body));
        QVERIFY2(body.contains(u"<ul>\n<li>один</li>\n<li>два</li>\n</ul>\n"_s), qPrintable(body));
        QVERIFY(changed.count() > 0);

        // The user is told what was dropped.
        QVERIFY(m_editor->messageBar()->isVisible());
        const QString message = m_editor->messageBar()->text();
        QVERIFY2(message.contains(u"script"_s), qPrintable(message));
        QVERIFY2(message.contains(u"javascript"_s), qPrintable(message));
    }

    void plainTextPasteDropsFormatting()
    {
        auto *mime = new QMimeData;
        mime->setHtml(u"<p><b>Жирный</b> текст</p>"_s);
        mime->setText(u"Жирный текст\r\nвторая строка\u0007"_s);
        QApplication::clipboard()->setMimeData(mime);
        QVERIFY(m_editor->action(EditorActions::PastePlainText)->isEnabled());
        key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        QCOMPARE(m_editor->body(), u"<p>Жирный текст</p>\n<p>вторая строка</p>\n"_s);
    }

    void sourceViewEditsComeBackThroughTheAllowlist()
    {
        m_editor->setBody(u"<p>Первый абзац</p>\n<p>Второй</p>\n"_s);
        QSignalSpy mode(m_editor, &ArticleEditor::sourceModeChanged);
        trigger(EditorActions::SourceView);
        QVERIFY(m_editor->isSourceMode());
        QCOMPARE(mode.count(), 1);
        SourceView *source = m_editor->sourceView();
        QVERIFY(source->isVisible());
        QTRY_VERIFY(source->isHighlighting());
        QCOMPARE(source->toPlainText(), u"<p>Первый абзац</p>\n<p>Второй</p>\n"_s);
        QVERIFY(!m_editor->action(EditorActions::Bold)->isEnabled());

        // A clean edit comes back as it is.
        source->setPlainText(u"<h2>Итоги</h2>\n<p>Первый <em>абзац</em></p>\n"_s);
        trigger(EditorActions::SourceView);
        QVERIFY(!m_editor->isSourceMode());
        QCOMPARE(m_editor->body(), u"<h2>Итоги</h2>\n<p>Первый <em>абзац</em></p>\n"_s);
        QVERIFY(!m_editor->messageBar()->isVisible());

        // Something outside the allowlist is dropped and the user is told, with a way back.
        trigger(EditorActions::SourceView);
        const QString hostile
            = u"<h2>Итоги</h2>\n<p onclick=\"x()\">Первый <em>абзац</em></p>\n<script>alert(1)</script>\n"_s;
        source->setPlainText(hostile);
        trigger(EditorActions::SourceView);
        QCOMPARE(m_editor->body(), u"<h2>Итоги</h2>\n<p>Первый <em>абзац</em></p>\n"_s);
        MessageBar *bar = m_editor->messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(u"script"_s), qPrintable(bar->text()));
        auto *back = bar->findChild<QToolButton *>(u"messageAction"_s);
        QVERIFY(back->isVisible());
        back->click();
        QVERIFY(m_editor->isSourceMode());
        QCOMPARE(source->toPlainText(), hostile); // exactly what the user wrote

        // Switching back from the source is one undo step.
        source->setPlainText(u"<p>Совсем другое</p>\n"_s);
        trigger(EditorActions::SourceView);
        QCOMPARE(m_editor->body(), u"<p>Совсем другое</p>\n"_s);
        key(QKeySequence::Undo);
        QCOMPARE(m_editor->body(), u"<h2>Итоги</h2>\n<p>Первый <em>абзац</em></p>\n"_s);
    }

    void imagesAreStoredWithTheArticle()
    {
        const ArticleImage image = testImage();
        typeText(edit(), u"До"_s);
        m_editor->insertImage(image);
        typeText(edit(), u"После"_s);
        const QString id = image.id.toString(QUuid::WithoutBraces);
        QCOMPARE(
            m_editor->body(),
            u"<p>До</p>\n<p><img src=\"image:%1\" alt=\"Здание райисполкома\"></p>\n<p>После</p>\n"_s
                .arg(id));
        QCOMPARE(m_editor->images(), QList<ArticleImage> { image });
        // Shown through the document's resources under its name.
        QTRY_VERIFY(!edit()
                         ->document()
                         ->resource(QTextDocument::ImageResource, QUrl(u"image:"_s + id))
                         .isNull());

        // Reopened from body and images, it is the same.
        const QString body = m_editor->body();
        m_editor->setBody(body, { image });
        QCOMPARE(m_editor->body(), body);
        QCOMPARE(m_editor->images(), QList<ArticleImage> { image });

        // Removing the image removes it from images().
        QTextCursor c(edit()->document());
        c.movePosition(QTextCursor::NextBlock);
        c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        QVERIFY(m_editor->images().isEmpty());
    }

    void insertImageFromFileAsksForCaptionAltAndCredit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ArticleImage source = testImage();
        const QString path = dir.filePath(u"photo.png"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.data);
        file.close();

        whenDialogOpens<ImageDialog>([](ImageDialog *d) {
            d->findChild<QLineEdit *>(u"imageCaption"_s)->setText(u"Новый сквер"_s);
            d->findChild<QLineEdit *>(u"imageAltText"_s)->setText(u"Скамейки и фонари"_s);
            d->findChild<QLineEdit *>(u"imageCredit"_s)->setText(u"Фото: И. Петров"_s);
            d->accept();
        });
        m_editor->insertImageFromFile(path);
        const QList<ArticleImage> images = m_editor->images();
        QCOMPARE(images.size(), 1);
        QCOMPARE(images[0].caption, u"Новый сквер"_s);
        QCOMPARE(images[0].altText, u"Скамейки и фонари"_s);
        QCOMPARE(images[0].credit, u"Фото: И. Петров"_s);
        QCOMPARE(images[0].data, source.data);
        QVERIFY(images[0].id != source.id); // a new image, a new id
        QVERIFY2(m_editor->body().contains(u"alt=\"Скамейки и фонари\""_s),
                 qPrintable(m_editor->body()));

        // Cancelling the dialog inserts nothing.
        whenDialogOpens<ImageDialog>([](ImageDialog *d) { d->reject(); });
        m_editor->insertImageFromFile(path);
        QCOMPARE(m_editor->images().size(), 1);

        // What is not an image is refused with a message, and nothing changes.
        const QString body = m_editor->body();
        const QString bogus = dir.filePath(u"notes.png"_s);
        QFile notes(bogus);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("<script>alert(1)</script>");
        notes.close();
        m_editor->insertImageFromFile(bogus);
        QVERIFY(m_editor->messageBar()->isVisible());
        QCOMPARE(m_editor->messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(m_editor->body(), body);
    }

    void readOnlyRefusesEdits()
    {
        m_editor->setBody(u"<p>Утверждено</p>\n"_s);
        m_editor->setReadOnly(true);
        typeText(edit(), u"xyz"_s);
        QVERIFY(!m_editor->action(EditorActions::Bold)->isEnabled());
        QVERIFY(!m_editor->action(EditorActions::Paste)->isEnabled());
        QVERIFY(m_editor->action(EditorActions::Find)->isEnabled());
        QCOMPARE(m_editor->body(), u"<p>Утверждено</p>\n"_s);
    }

    void signalsChangesAndStatistics()
    {
        QSignalSpy changed(m_editor, &ArticleEditor::contentChanged);
        QSignalSpy stats(m_editor, &ArticleEditor::statsChanged);
        m_editor->setBody(u"<p>Один два</p>\n"_s);
        QCOMPARE(changed.count(), 0); // opening is not a change
        QCOMPARE(m_editor->wordCount(), 2);
        stats.clear();
        typeText(edit(), u"Три "_s);
        QVERIFY(changed.count() >= 4);
        QTRY_VERIFY(!stats.isEmpty());
        QCOMPARE(stats.last().at(0).toInt(), 3);
        QCOMPARE(stats.last().at(1).toInt(), 12);
        QCOMPARE(m_editor->wordCount(), 3);
        QCOMPARE(m_editor->characterCount(), 12);
    }

    void screenshot()
    {
        m_editor->setBody(
            u"<h2>В Копыле открыли обновлённый сквер</h2>\n"
            u"<p>В субботу, 14 сентября, в центре города состоялось <strong>открытие</strong> "
            u"сквера "
            u"«Молодёжный». На церемонии выступил председатель райисполкома.</p>\n"
            u"<blockquote>\n<p>«Мы благодарим всех, кто участвовал в благоустройстве», — отметил "
            u"он.</p>\n</blockquote>\n"
            u"<h3>Что сделано</h3>\n"
            u"<ul>\n<li>высажено 120 деревьев и кустарников;</li>\n<li>установлены скамейки и "
            u"фонари;</li>\n"
            u"<li>обустроена детская площадка.</li>\n</ul>\n"
            u"<p>Подробнее — на <a href=\"https://kopyl.gov.by\">сайте района</a>. Были допущены ошыбки в тексте.</p>\n"_s);
        m_editor->setLanguage(u"ru"_s);
        QTRY_VERIFY(edit()->spellChecker() != nullptr);
        QTest::qWait(200);
        const QImage shot = m_editor->grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(u"/tmp/editor.png"_s));
    }
};

QTEST_MAIN(tst_ArticleEditor)
#include "tst_ArticleEditor.moc"
