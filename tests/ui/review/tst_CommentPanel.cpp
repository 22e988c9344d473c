// The comment panel on a real store: a supervisor comments on a passage (highlighted in the
// editor, never saved into the body), replies, resolves and reopens; the officer sees the same
// threads; the passage survives an edit elsewhere and detaches when it is deleted.

#include "review/CommentPanel.h"
#include "review/PassageHighlighter.h"

#include "../ReviewFixture.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kText = u"Аграрии Копыльского района завершили уборку зерновых. "
                      "Собрано 50 тысяч тонн зерна, урожайность — 45 центнеров с гектара.\n\n"
                      "Лучших результатов добилось хозяйство «Копыльское»."_s;

} // namespace

class tst_CommentPanel : public QObject
{
    Q_OBJECT

    ReviewFixture f;
    QUuid m_id;

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        const Article a = f.write(f.anna, u"Урожай"_s, kText);
        QVERIFY(!a.id.isNull());
        m_id = a.id;
        QVERIFY(f.wf->perform(f.anna, m_id, WorkflowAction::Submit));
    }

    void commentOnAPassageReplyResolveReopen()
    {
        // The editor beside the panel, as in the main window.
        QWidget window;
        auto *editor = new QTextEdit(&window);
        editor->setReadOnly(true);
        CanonicalBody::load(*editor->document(), f.store->article(m_id)->body);
        auto *panel = new CommentPanel(*f.wf, &window);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(editor, 3);
        layout->addWidget(panel, 2);
        panel->setSession(f.boris);
        panel->setArticle(m_id);
        QObject::connect(panel, &CommentPanel::highlightRequested, editor,
                         [&](qsizetype start, qsizetype length) {
                             QList<CommentAnchor::Location> passages = panel->openPassages();
                             int current = -1;
                             for (int i = 0; i < passages.size(); ++i)
                                 current = passages.at(i).start == start && length ? i : current;
                             PassageHighlighter::apply(editor, passages, current);
                         });
        QSignalSpy highlight(panel, &CommentPanel::highlightRequested);
        window.resize(900, 520);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Nothing selected in the text: no passage comment.
        QTest::keyClicks(panel->input(), u"Where is this figure from?"_s);
        QVERIFY(!panel->passageButton()->isEnabled());
        QVERIFY(panel->commentButton()->isEnabled());
        // Select "50 тысяч тонн" in the editor and comment on it.
        const QString quote = u"50 тысяч тонн"_s;
        const QTextCursor found = editor->document()->find(quote);
        QVERIFY(!found.isNull());
        editor->setTextCursor(found);
        panel->setSelectedPassage(editor->textCursor().selectedText());
        QVERIFY(panel->passageButton()->isEnabled());
        QTest::mouseClick(panel->passageButton(), Qt::LeftButton);
        QVERIFY2(panel->messageText().isEmpty(), qPrintable(panel->messageText()));
        QCOMPARE(panel->threads()->topLevelItemCount(), 1);
        QVERIFY(panel->threads()->topLevelItem(0)->text(0).contains(u"“50 тысяч тонн”"_s));
        QVERIFY(panel->input()->toPlainText().isEmpty());

        // Selected (it is, after adding): the editor is asked to highlight the passage.
        QVERIFY(!highlight.isEmpty());
        const qsizetype start = highlight.last().at(0).value<qsizetype>();
        const qsizetype length = highlight.last().at(1).value<qsizetype>();
        QCOMPARE(length, quote.size());
        QCOMPARE(CanonicalBody::plainText(f.store->article(m_id)->body).mid(start, length), quote);
        QCOMPARE(editor->extraSelections().size(), 1);
        QCOMPARE(editor->extraSelections().at(0).cursor.selectedText(), quote);
        // The highlight is not in the document: the body is as it was.
        QCOMPARE(CanonicalBody::serialise(*editor->document()), f.store->article(m_id)->body);

        // A comment on the whole article, and a reply in the first thread.
        QTest::keyClicks(panel->input(), u"Good overall."_s);
        QTest::mouseClick(panel->commentButton(), Qt::LeftButton);
        QCOMPARE(panel->threads()->topLevelItemCount(), 2);
        panel->selectComment(f.wf->comments(m_id)->at(0).id);
        QTest::keyClicks(panel->input(), u"I will ask the farm."_s);
        QTest::mouseClick(panel->replyButton(), Qt::LeftButton);
        QCOMPARE(panel->threads()->topLevelItem(0)->childCount(), 1);
        editor->moveCursor(QTextCursor::End); // the highlight, not the selection, shows
        saveShot(&window, u"comment-panel.png"_s);

        // Resolve, then reopen, the first thread.
        const qint64 first = f.wf->comments(m_id)->at(0).id;
        panel->selectComment(first);
        QCOMPARE(panel->resolveButton()->text(), u"Re&solve"_s);
        QTest::mouseClick(panel->resolveButton(), Qt::LeftButton);
        QVERIFY(f.wf->comments(m_id)->at(0).resolved);
        QCOMPARE(*f.wf->unresolvedComments(m_id), 1); // the reply went with its thread

        QVERIFY(panel->threads()->topLevelItem(0)->text(0).contains(u"Resolved by boris"_s));
        QCOMPARE(panel->openPassages().size(), 0);
        panel->selectComment(first);
        QCOMPARE(panel->resolveButton()->text(), u"Re&open"_s);
        QTest::mouseClick(panel->resolveButton(), Qt::LeftButton);
        QVERIFY(!f.wf->comments(m_id)->at(0).resolved);
        QCOMPARE(panel->openPassages().size(), 1);
    }

    void officerSeesThreadsThatSurviveEditsAndDetach()
    {
        QVERIFY(f.wf->addComment(f.boris, m_id, u"Откуда цифра?"_s, u"50 тысяч тонн"_s));
        QVERIFY(
            f.wf->perform(f.boris, m_id, WorkflowAction::RequestChanges, u"Проверьте цифры."_s));
        CommentPanel panel(*f.wf);
        panel.setSession(f.anna);
        panel.setArticle(m_id);
        QCOMPARE(panel.threads()->topLevelItemCount(), 2); // the passage and the change request
        QCOMPARE(panel.openPassages().size(), 1);
        const qsizetype before = panel.openPassages().at(0).start;

        // anna edits elsewhere (earlier in the text): the passage is found again, moved.
        QString edited = kText;
        edited.replace(u"Аграрии Копыльского района"_s, u"Аграрии всего Копыльского района"_s);
        QVERIFY(f.edit(f.anna, m_id, edited));
        panel.refresh();
        QCOMPARE(panel.detached()->topLevelItemCount(), 0);
        QCOMPARE(panel.openPassages().size(), 1);
        QCOMPARE(panel.openPassages().at(0).start, before + 6);

        // anna deletes the passage: the thread moves to the detached list, still readable.
        edited.replace(u"Собрано 50 тысяч тонн зерна, "_s, QString());
        QVERIFY(f.edit(f.anna, m_id, edited));
        panel.refresh();
        QCOMPARE(panel.openPassages().size(), 0);
        QCOMPARE(panel.detached()->topLevelItemCount(), 1);
        QVERIFY(panel.detached()->isVisibleTo(&panel));
        QVERIFY(panel.detached()->topLevelItem(0)->text(0).contains(u"Откуда цифра?"_s));
        QCOMPARE(panel.threads()->topLevelItemCount(), 1);
        // She can still reply to and resolve it.
        panel.selectComment(f.wf->comments(m_id)->at(0).id);
        QTest::keyClicks(panel.input(), u"Removed that sentence."_s);
        QVERIFY(panel.reply());
        QCOMPARE(panel.detached()->topLevelItem(0)->childCount(), 1);
        panel.selectComment(f.wf->comments(m_id)->at(0).id);
        QVERIFY(panel.toggleResolved());
        QCOMPARE(*f.wf->unresolvedComments(m_id), 1); // the change request's own comment
    }

    void refusalsAreShown()
    {
        // The admin holds neither role: resolving is refused by the core, and shown.
        QVERIFY(f.wf->addComment(f.boris, m_id, u"Откуда цифра?"_s));
        CommentPanel panel(*f.wf);
        panel.setSession(f.admin);
        panel.setArticle(m_id);
        panel.selectComment(f.wf->comments(m_id)->at(0).id);
        QVERIFY(!panel.toggleResolved());
        QVERIFY(!panel.messageText().isEmpty());
        QVERIFY(!f.wf->comments(m_id)->at(0).resolved);
    }
};

QTEST_MAIN(tst_CommentPanel)
#include "tst_CommentPanel.moc"
