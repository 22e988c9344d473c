#pragma once

#include "HtmlTokenizer.h"

#include <memory>
#include <vector>

// One node of the tree HtmlParser builds: an element (name set) or a text node (name empty).
struct HtmlNode
{
    QString name; // lower case; "#root" for the root
    QString text; // text nodes
    QList<HtmlAttribute> attributes;
    std::vector<std::unique_ptr<HtmlNode>> children;

    bool isText() const { return name.isEmpty(); }
    // The attribute's value, or a null string when it is absent.
    QString attribute(QStringView attributeName) const;
};

// Builds an element tree from real-world HTML the way a browser roughly would: void elements
// never hold content, a new block closes an open paragraph, a new list item or table cell closes
// the previous one, stray end tags are ignored and everything open at the end is closed. Nesting
// deeper than MaxDepth is flattened so that hostile input cannot exhaust the stack of the code
// that walks the tree.
class HtmlParser
{
public:
    static constexpr int MaxDepth = 200;

    static std::unique_ptr<HtmlNode> parse(QStringView html);
};
