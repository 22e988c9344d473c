#pragma once

#include "BodyModel.h"
#include "CanonicalBody.h"

struct HtmlNode;

// Turns any HTML into a normalised body model, element by element as BodyAllowlist says, and
// notes in the report what could not be kept. It never fails: structure that the model cannot
// express is flattened (a table inside a table cell becomes lines of that cell), moved (a table
// inside a quotation ends the quotation) or unwrapped, and its text is kept.
//
// Word's lists (paragraphs styled "mso-list: l0 level2 …" with typed bullets) become real
// lists; its typed bullets and text styled hidden are dropped.
class BodyConverter
{
public:
    static BodyModel::Document convert(QStringView html, CanonicalBody::Report *report = nullptr);
};
