#include "TypeText.h"
#include "editor/ArticleEditor.h"
#include "editor/BodyTextEdit.h"
#include "editor/FindReplaceBar.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

class tst_FindReplaceBar : public QObject
{
    Q_OBJECT

    ArticleEditor *m_editor = nullptr;
    FindReplaceBar *bar() const { return m_editor->findBar(); }
    QLineEdit *field(const QString &name) const { return bar()->findChild<QLineEdit *>(name); }
    QCheckBox *box(const QString &name) const { return bar()->findChild<QCheckBox *>(name); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_editor = new ArticleEditor;
        m_editor->resize(800, 500);
        m_editor->setBody(
            u"<p>Минск — столица. В Минске живут минчане.</p>\n<p>Копыль не Минск.</p>\n"_s);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor));
        m_editor->textEdit()->setFocus();
    }

    void cleanup()
    {
        delete m_editor;
        m_editor = nullptr;
    }

    void ctrlFFindsAndCounts()
    {
        QVERIFY(!bar()->isVisible());
        QTest::keySequence(m_editor->textEdit(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QVERIFY(bar()->isVisible());
        QVERIFY(!bar()->isReplaceVisible());
        QVERIFY(field(u"findText"_s)->hasFocus());
        typeText(field(u"findText"_s), u"минск"_s);
        QCOMPARE(bar()->matchCount(), 3); // Минск, Минск(е), Минск
        QCOMPARE(bar()->statusText(), u"3 match(es)"_s);

        QTest::keyClick(field(u"findText"_s), Qt::Key_Return);
        QCOMPARE(m_editor->textEdit()->textCursor().selectedText(), u"Минск"_s);
        QCOMPARE(m_editor->textEdit()->textCursor().selectionStart(), 0);
        QTest::keyClick(field(u"findText"_s), Qt::Key_Return);
        QCOMPARE(m_editor->textEdit()->textCursor().selectionStart(), 19);
        QTest::keyClick(field(u"findText"_s), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_editor->textEdit()->textCursor().selectionStart(), 0);

        box(u"findWholeWords"_s)->click();
        QCOMPARE(bar()->matchCount(), 2);
        box(u"findCaseSensitive"_s)->click();
        field(u"findText"_s)->setText(u"минск"_s);
        QCOMPARE(bar()->matchCount(), 0);
        QCOMPARE(bar()->statusText(), u"Not found"_s);

        QTest::keyClick(field(u"findText"_s), Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
        QVERIFY(m_editor->textEdit()->hasFocus());
    }

    void invalidRegexIsShownNotSearched()
    {
        m_editor->action(EditorActions::Find)->trigger();
        box(u"findRegex"_s)->click();
        field(u"findText"_s)->setText(u"Минск("_s);
        QVERIFY(!bar()->isPatternValid());
        QVERIFY2(bar()->statusText().startsWith(u"Invalid regular expression"_s),
                 qPrintable(bar()->statusText()));
        QVERIFY(!bar()->findChild<QToolButton *>(u"findNext"_s)->isEnabled());
        QVERIFY(!bar()->findNext());
        field(u"findText"_s)->setText(u"Минск(е)?"_s);
        QVERIFY(bar()->isPatternValid());
        QCOMPARE(bar()->matchCount(), 3);
    }

    void replaceAndReplaceAllAsOneUndoStep()
    {
        QTest::keySequence(m_editor->textEdit(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(bar()->isVisible());
        QVERIFY(bar()->isReplaceVisible());
        field(u"findText"_s)->setText(u"Минск(е)?"_s);
        box(u"findRegex"_s)->click();
        box(u"findCaseSensitive"_s)->click();
        field(u"replaceText"_s)->setText(u"Гомел\\1"_s);

        // Replace: first goes to a match, then replaces it and moves on.
        bar()->findChild<QToolButton *>(u"replaceOne"_s)->click();
        bar()->findChild<QToolButton *>(u"replaceOne"_s)->click();
        QCOMPARE(m_editor->body(),
                 u"<p>Гомел — столица. В Минске живут минчане.</p>\n<p>Копыль не Минск.</p>\n"_s);

        bar()->findChild<QToolButton *>(u"replaceAll"_s)->click();
        QCOMPARE(m_editor->body(),
                 u"<p>Гомел — столица. В Гомеле живут минчане.</p>\n<p>Копыль не Гомел.</p>\n"_s);
        QCOMPARE(bar()->statusText(), u"Replaced 2 time(s)"_s);
        m_editor->undo();
        QCOMPARE(m_editor->body(),
                 u"<p>Гомел — столица. В Минске живут минчане.</p>\n<p>Копыль не Минск.</p>\n"_s);
    }

    void readOnlyFindsButDoesNotReplace()
    {
        m_editor->setReadOnly(true);
        m_editor->action(EditorActions::Find)->trigger();
        field(u"findText"_s)->setText(u"Копыль"_s);
        QVERIFY(bar()->findNext());
        QVERIFY(!bar()->findChild<QToolButton *>(u"replaceAll"_s)->isEnabled());
        QCOMPARE(bar()->replaceAll(), 0);
    }
};

QTEST_MAIN(tst_FindReplaceBar)
#include "tst_FindReplaceBar.moc"
