#pragma once

#include "workflow/CommentAnchor.h"

#include <QList>

class QTextEdit;

// Marks commented passages in an editor as extra selections — a format on top of the text that is
// never saved into the body. Offsets are in the article's plain text (CanonicalBody::plainText),
// which matches the positions of a QTextDocument loaded from the same body while the body has no
// images or tables (those give the document characters the plain text lacks).
class PassageHighlighter
{
public:
    // Replaces the editor's extra selections with one per passage; `current` (an index into
    // passages, or -1) is marked stronger. Detached locations are skipped.
    static void apply(QTextEdit *editor, const QList<CommentAnchor::Location> &passages,
                      int current = -1);
    static void clear(QTextEdit *editor);
};
