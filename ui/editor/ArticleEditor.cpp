#include "ArticleEditor.h"

#include "BodyFormatting.h"
#include "BodyTextEdit.h"
#include "FindReplaceBar.h"
#include "ImageDialog.h"
#include "LinkDialog.h"
#include "MessageBar.h"
#include "SourceView.h"
#include "SpellCheckHighlighter.h"
#include "TableDialog.h"
#include "article/BodyFormats.h"
#include "article/CanonicalBody.h"
#include "article/ImageImport.h"
#include "article/TextStats.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenu>
#include <QPointer>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Images are shown no wider than this; the stored file keeps its own size.
constexpr int kDisplayWidth = 640;

QString resourceName(const QUuid &id)
{
    return u"image:"_s + id.toString(QUuid::WithoutBraces);
}

// The image character at or just before `at`, selected; null if there is none.
QTextCursor imageAt(const QTextCursor &at)
{
    QTextDocument *doc = at.document();
    for (int pos : { at.position(), at.position() + 1 }) {
        if (pos < 1 || pos > doc->characterCount() - 1)
            continue;
        QTextCursor c(doc);
        c.setPosition(pos);
        if (c.charFormat().isImageFormat()) {
            c.setPosition(pos - 1, QTextCursor::KeepAnchor);
            return c;
        }
    }
    return {};
}

// The article's images in the order the document shows them.
QList<QUuid> imageIdsIn(const QTextDocument &doc)
{
    QList<QUuid> ids;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isImageFormat())
                continue;
            const QUrl url(f.toImageFormat().name());
            const QUuid id = QUuid::fromString(url.path());
            if (url.scheme() == u"image"_s && !id.isNull() && !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}
} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"articleEditor"_s);
    m_messages = new MessageBar(this);
    m_edit = new BodyTextEdit(this);
    m_source = new SourceView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_edit);
    m_stack->addWidget(m_source);
    m_findBar = new FindReplaceBar(this);
    m_findBar->setEditor(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_edit);

    m_edit->setImageProvider([this](const QUuid &id) { return displayImage(id); });
    // Sonnet loads a dictionary of tens of megabytes when made: not for the first paint, nor for
    // someone who only reads, but when the text is first worked in.
    connect(m_edit, &BodyTextEdit::firstFocused, m_edit, &BodyTextEdit::ensureSpellChecker);
    connect(m_edit, &BodyTextEdit::pasteCleaned, this, [this](const QStringList &dropped) {
        showDropped(tr("Pasted without:"), dropped, false);
    });
    connect(m_edit, &BodyTextEdit::contextMenuAboutToShow, this, &ArticleEditor::addContextActions);
    connect(m_edit, &BodyTextEdit::imageActivated, this, &ArticleEditor::editImage);
    connect(m_messages, &MessageBar::actionTriggered, this, [this] {
        // Back to exactly what the user wrote, to correct it.
        const QString rejected = m_rejectedSource;
        setSourceMode(true);
        m_source->setPlainText(rejected);
    });
    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        if (m_sourceMode && !m_loading)
            Q_EMIT contentChanged();
    });

    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(300);
    connect(m_statsTimer, &QTimer::timeout, this, &ArticleEditor::updateStats);

    m_actions = new EditorActions(this, m_edit);
    connect(m_source, &QPlainTextEdit::undoAvailable, m_actions, &EditorActions::updateEnabled);
    connect(m_source, &QPlainTextEdit::redoAvailable, m_actions, &EditorActions::updateEnabled);
    attachDocument();
    setLanguage(u"ru"_s);
}

ArticleEditor::~ArticleEditor()
{
    // The spell checker, a child of the text edit, takes its underlines off the document when it
    // is destroyed (after this destructor); the document then announces a change, which must not
    // reach this half-destroyed editor.
    disconnect(m_edit->document(), nullptr, this, nullptr);
    disconnect(m_edit, nullptr, this, nullptr);
    disconnect(m_source, nullptr, this, nullptr);
}

QAction *ArticleEditor::action(EditorActions::Id id) const
{
    return m_actions->action(id);
}

QList<QAction *> ArticleEditor::actions() const
{
    return m_actions->all();
}

void ArticleEditor::attachDocument()
{
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            &ArticleEditor::onContentsChange);
    m_actions->connectDocument();
}

void ArticleEditor::setBody(const QString &canonicalHtml, const QList<ArticleImage> &images)
{
    m_loading = true;
    if (m_sourceMode) {
        // A new body replaces whatever the source view held.
        m_sourceMode = false;
        m_stack->setCurrentWidget(m_edit);
        const QSignalBlocker block(action(EditorActions::SourceView));
        action(EditorActions::SourceView)->setChecked(false);
        Q_EMIT sourceModeChanged(false);
    }
    m_messages->hide();
    m_images.clear();
    m_displayImages.clear();
    for (const ArticleImage &image : images)
        m_images.insert(image.id, image);

    // Built in a document no view lays out yet: loading a long article costs parsing only.
    auto *doc = new QTextDocument(m_edit);
    doc->setDefaultFont(m_edit->font());
    CanonicalBody::load(*doc, canonicalHtml);
    doc->setModified(false);
    // The editor deletes its own first document; ours (children of m_edit) are deleted here.
    const QPointer<QTextDocument> old = m_edit->document();
    m_edit->setDocument(doc);
    if (SpellCheckHighlighter *spell = m_edit->spellChecker()) {
        spell->setDocument(doc);
        spell->recheck();
    }
    if (old && old->parent() == m_edit)
        delete old.data();
    attachDocument();
    m_loading = false;
    m_actions->updateState();
    updateStats();
}

QString ArticleEditor::body() const
{
    if (m_sourceMode && m_source->toPlainText() != m_sourceBaseline)
        return CanonicalBody::sanitise(m_source->toPlainText());
    return CanonicalBody::serialise(*m_edit->document());
}

QList<ArticleImage> ArticleEditor::images() const
{
    QList<QUuid> ids;
    if (m_sourceMode && m_source->toPlainText() != m_sourceBaseline) {
        QTextDocument scratch;
        CanonicalBody::load(scratch, body());
        ids = imageIdsIn(scratch);
    } else {
        ids = imageIdsIn(*m_edit->document());
    }
    QList<ArticleImage> result;
    for (const QUuid &id : std::as_const(ids)) {
        const auto it = m_images.constFind(id);
        if (it != m_images.cend())
            result << *it;
    }
    return result;
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    if (readOnly)
        m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                        | Qt::LinksAccessibleByMouse
                                        | Qt::LinksAccessibleByKeyboard);
    m_source->setReadOnly(readOnly);
    m_findBar->refresh();
    m_actions->updateEnabled();
}

void ArticleEditor::setLanguage(const QString &languageCode)
{
    m_language = languageCode;
    m_edit->setTypography(Typography(Typography::languageFromCode(languageCode),
                                     Typography::Options { m_nonBreakingSpaces }));
    m_edit->setSpellCheckLanguage(languageCode);
}

void ArticleEditor::setNonBreakingSpaces(bool enabled)
{
    m_nonBreakingSpaces = enabled;
    QAction *a = action(EditorActions::NonBreakingSpaces);
    if (a->isChecked() != enabled) {
        const QSignalBlocker block(a);
        a->setChecked(enabled);
    }
    setLanguage(m_language);
}

bool ArticleEditor::isUndoAvailable() const
{
    return m_sourceMode ? m_source->document()->isUndoAvailable()
                        : m_edit->document()->isUndoAvailable();
}

bool ArticleEditor::isRedoAvailable() const
{
    return m_sourceMode ? m_source->document()->isRedoAvailable()
                        : m_edit->document()->isRedoAvailable();
}

void ArticleEditor::undo()
{
    if (m_sourceMode)
        m_source->undo();
    else
        m_edit->undo();
}

void ArticleEditor::redo()
{
    if (m_sourceMode)
        m_source->redo();
    else
        m_edit->redo();
}

void ArticleEditor::setSourceMode(bool source)
{
    if (source == m_sourceMode)
        return;
    if (source) {
        const QString html = CanonicalBody::serialise(*m_edit->document());
        m_loading = true;
        m_source->setPlainText(html);
        m_loading = false;
        m_sourceBaseline = html;
        m_source->setReadOnly(m_readOnly);
        m_findBar->hide();
        m_sourceMode = true;
        m_stack->setCurrentWidget(m_source);
        m_source->setFocus();
    } else {
        m_sourceMode = false;
        applySource();
        m_stack->setCurrentWidget(m_edit);
        m_edit->setFocus();
    }
    QAction *a = action(EditorActions::SourceView);
    if (a->isChecked() != source) {
        const QSignalBlocker block(a);
        a->setChecked(source);
    }
    m_actions->updateEnabled();
    Q_EMIT sourceModeChanged(source);
}

bool ArticleEditor::applySource()
{
    const QString text = m_source->toPlainText();
    if (text == m_sourceBaseline)
        return true;
    CanonicalBody::Report report;
    QTextDocument scratch;
    CanonicalBody::load(scratch, text, &report);
    if (m_edit->removeForeignImages(scratch) > 0)
        report.dropped << tr("image that is not stored with this article");
    BodyFormatting::replaceDocument(m_edit->document(), scratch);
    m_sourceBaseline = text;
    if (!report.isClean()) {
        m_rejectedSource = text;
        showDropped(tr("The HTML source was applied without:"), report.dropped, true);
        return false;
    }
    m_messages->hide();
    return true;
}

void ArticleEditor::showDropped(const QString &intro, const QStringList &dropped, bool offerSource)
{
    QString text = intro + u' ' + dropped.join(u", "_s) + u'.';
    if (offerSource) {
        text += u' '
            + tr("Everything else was kept. Go back to the source to correct it, or undo to return "
                 "to the text as it was.");
    }
    m_messages->showMessage(offerSource ? MessageBar::Kind::Warning : MessageBar::Kind::Information,
                            text, offerSource ? tr("Back to the Source") : QString());
}

void ArticleEditor::onContentsChange(int position, int removed, int added)
{
    Q_UNUSED(position);
    if (m_loading || (removed == 0 && added == 0))
        return;
    Q_EMIT contentChanged();
    m_statsTimer->start();
}

void ArticleEditor::updateStats()
{
    const TextStats stats = TextStats::ofText(m_edit->document()->toPlainText(), m_language);
    m_words = stats.words;
    m_characters = stats.characters;
    Q_EMIT statsChanged(m_words, m_characters);
}

QImage ArticleEditor::displayImage(const QUuid &id)
{
    const auto cached = m_displayImages.constFind(id);
    if (cached != m_displayImages.cend())
        return *cached;
    const auto image = m_images.constFind(id);
    if (image == m_images.cend())
        return {};
    const QImage shown = ImageImport::decodeForDisplay(image->data, kDisplayWidth);
    m_displayImages.insert(id, shown);
    return shown;
}

void ArticleEditor::editLink()
{
    if (m_readOnly || m_sourceMode)
        return;
    QTextCursor cursor = m_edit->textCursor();
    const QTextCursor existing = BodyFormatting::linkAt(cursor);
    LinkDialog dialog(this);
    if (!existing.isNull() && !cursor.hasSelection()) {
        cursor = existing;
        dialog.setUrl(QUrl(existing.charFormat().anchorHref()));
    } else if (!existing.isNull()) {
        dialog.setUrl(QUrl(existing.charFormat().anchorHref()));
    }
    dialog.setLinkText(cursor.selectedText());
    if (dialog.exec() != QDialog::Accepted)
        return;
    BodyFormatting::setLink(cursor, dialog.url(), dialog.linkText());
}

void ArticleEditor::insertImageFromFile(const QString &path)
{
    if (m_readOnly || m_sourceMode)
        return;
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(
            this, tr("Insert Image"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Images (*.jpg *.jpeg *.png *.webp *.gif)"));
        if (file.isEmpty())
            return;
    }
    QString error;
    const auto image = ImageImport::fromFile(file, &error);
    if (!image) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("The image was not inserted. %1").arg(error));
        return;
    }
    ImageDialog dialog(this);
    dialog.setImage(*image, ImageImport::decodeForDisplay(image->data, kDisplayWidth));
    if (dialog.exec() != QDialog::Accepted)
        return;
    insertImage(dialog.image());
}

void ArticleEditor::insertImage(const ArticleImage &image)
{
    if (m_readOnly || m_sourceMode || image.id.isNull())
        return;
    m_images.insert(image.id, image);
    m_displayImages.remove(image.id);
    const QString name = resourceName(image.id);
    const QImage shown = displayImage(image.id);
    m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(name), shown);

    const QTextImageFormat format
        = BodyFormats::image(image.id.toString(QUuid::WithoutBraces), image.altText);

    // An image stands in a paragraph of its own.
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    if (!cursor.atBlockStart())
        cursor.insertBlock(BodyFormats::paragraph(), QTextCharFormat());
    cursor.insertImage(format);
    cursor.insertBlock(BodyFormats::paragraph(), QTextCharFormat());
    cursor.endEditBlock();
    m_edit->setTextCursor(cursor);
}

void ArticleEditor::editImage(const QTextCursor &at)
{
    const QTextCursor c = imageAt(at);
    if (c.isNull())
        return;
    QTextImageFormat format = c.charFormat().toImageFormat();
    const QUrl url(format.name());
    const QUuid id = QUuid::fromString(url.path());
    const auto it = m_images.constFind(id);
    if (it == m_images.cend())
        return;
    ImageDialog dialog(this);
    dialog.setImage(*it, displayImage(id));
    if (m_readOnly)
        dialog.setEnabled(false);
    if (dialog.exec() != QDialog::Accepted || m_readOnly)
        return;
    const ArticleImage edited = dialog.image();
    m_images.insert(id, edited);
    if (format.stringProperty(QTextFormat::ImageAltText) != edited.altText) {
        format.setProperty(QTextFormat::ImageAltText, edited.altText);
        QTextCursor sel = c;
        sel.setCharFormat(format); // undoable, and a content change
    } else {
        Q_EMIT contentChanged(); // caption and credit live beside the body
    }
}

void ArticleEditor::insertTable()
{
    if (m_readOnly || m_sourceMode)
        return;
    TableDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_edit->setTextCursor(
        BodyFormatting::insertTable(m_edit->textCursor(), dialog.rows(), dialog.columns()));
}

void ArticleEditor::addContextActions(QMenu *menu, const QTextCursor &at)
{
    if (m_sourceMode)
        return;
    QList<QAction *> extra;
    const auto add = [&](const QString &text, auto slot, bool enabled = true) {
        auto *a = new QAction(text, menu);
        a->setEnabled(enabled);
        connect(a, &QAction::triggered, this, slot);
        extra << a;
    };
    const bool writable = !m_readOnly;

    const QTextCursor link = BodyFormatting::linkAt(at);
    if (!link.isNull()) {
        const QString href = link.charFormat().anchorHref();
        add(
            tr("Edit Link…"),
            [this, link] {
                m_edit->setTextCursor(link);
                editLink();
            },
            writable);
        add(tr("Remove Link"), [link] { BodyFormatting::removeLink(link); }, writable);
        add(tr("Copy Link Address"), [href] { QApplication::clipboard()->setText(href); });
    }
    if (!imageAt(at).isNull())
        add(tr("Image Properties…"), [this, at] { editImage(at); });
    if (QTextTable *table = at.currentTable()) {
        const QTextTableCell cell = table->cellAt(at);
        const int row = cell.row();
        const int column = cell.column();
        add(tr("Insert Row Above"), [table, row] { table->insertRows(row, 1); }, writable);
        add(tr("Insert Row Below"), [table, row] { table->insertRows(row + 1, 1); }, writable);
        add(
            tr("Insert Column Left"), [table, column] { table->insertColumns(column, 1); },
            writable);
        add(
            tr("Insert Column Right"), [table, column] { table->insertColumns(column + 1, 1); },
            writable);
        add(
            tr("Delete Row"), [table, row] { table->removeRows(row, 1); },
            writable && table->rows() > 1);
        add(
            tr("Delete Column"), [table, column] { table->removeColumns(column, 1); },
            writable && table->columns() > 1);
    }
    if (extra.isEmpty())
        return;
    menu->addSeparator();
    menu->addActions(extra);
}
