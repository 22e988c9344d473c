#pragma once

#include "BodyModel.h"

// Writes a normalised body model as canonical HTML (the format CanonicalBody.h describes) or as
// plain text.
class BodyWriter
{
public:
    static QString html(const BodyModel::Document &document);

    // Blocks, list items, quoted paragraphs, table rows and line breaks each end a line; table
    // cells are separated by a tab; images and rules leave no text; no-break spaces become
    // spaces.
    static QString plainText(const BodyModel::Document &document);
};
