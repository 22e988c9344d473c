#pragma once

#include <QString>
#include <QStringView>

// Escaping for everything the bundle writes into HTML: the page's own texts and the re-emitted
// body alike.
namespace HtmlEscape {
// For element content: & < > escaped (NUL becomes U+FFFD).
QString text(QStringView text);
// For double-quoted attribute values: & < > " escaped.
QString attribute(QStringView text);
} // namespace HtmlEscape
