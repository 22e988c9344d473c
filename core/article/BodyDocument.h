#pragma once

#include "BodyModel.h"

class QTextDocument;

// Maps a body model onto the editor's QTextDocument and back, with the formats of BodyFormats.
// read() understands any document (typed, pasted, loaded) and returns it normalised; whatever
// the model cannot hold (merged cells, nested tables, foreign images) is flattened or dropped.
class BodyDocument
{
public:
    static BodyModel::Document read(const QTextDocument &document);

    // Replaces the document's content (and clears its resources and undo history).
    static void build(const BodyModel::Document &body, QTextDocument &document);
};
