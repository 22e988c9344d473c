#pragma once

#include <QString>

class QTextDocument;
class QWidget;

// What the main window needs of the body editor. The full ArticleEditor (ui/editor) implements
// it too; until then PlainBodyEditor stands in, so swapping editors is one line in MainWindow.
class BodyEditor
{
public:
    virtual ~BodyEditor() = default;

    virtual QWidget *widget() = 0;
    // The document whose contentsChanged() marks the article as modified.
    virtual QTextDocument *document() = 0;
    virtual void setBody(const QString &canonicalHtml) = 0;
    virtual QString body() const = 0;
    virtual QString plainText() const = 0;
    virtual void setReadOnly(bool readOnly) = 0;
};
