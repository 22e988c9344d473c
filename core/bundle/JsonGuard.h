#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <optional>

// Parses JSON from outside (bundles, ninjs files) after checking its nesting depth without
// recursion, because QJsonDocument's own limit is both higher than ours and not a clear message.
class JsonGuard
{
    Q_DECLARE_TR_FUNCTIONS(JsonGuard)

public:
    // The deepest nesting of arrays and objects (0 for a scalar), ignoring brackets in strings.
    static int depth(QByteArrayView json);

    // nullopt and a message when the text is nested deeper than maxDepth or is not JSON.
    static std::optional<QJsonDocument> parse(QByteArrayView json, const QString &what,
                                              QString *error, int maxDepth);
};
