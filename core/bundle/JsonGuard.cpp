#include "JsonGuard.h"

#include <QJsonParseError>

int JsonGuard::depth(QByteArrayView json)
{
    int current = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            deepest = qMax(deepest, ++current);
            break;
        case ']':
        case '}':
            current = qMax(0, current - 1);
            break;
        default:
            break;
        }
    }
    return deepest;
}

std::optional<QJsonDocument> JsonGuard::parse(QByteArrayView json, const QString &what,
                                              QString *error, int maxDepth)
{
    if (depth(json) > maxDepth) {
        if (error)
            *error = tr("%1 is nested deeper than %2 levels.").arg(what).arg(maxDepth);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("%1 is not valid JSON: %2 at byte %3.")
                         .arg(what, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return doc;
}
