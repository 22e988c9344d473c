#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// A structural check of a ninjs 3.1 document in C++, for `verify` (the tests validate every
// exported article.json against the full JSON Schema with python3-jsonschema): the required "uri",
// the type of every top-level property, the enumerations (type, representationType, pubStatus),
// date-times in RFC 3339 form, and the members and member types of headlines, descriptions,
// bodies, subjects, infoSources, renditions and associations (recursively). Unknown top-level
// properties are errors, as in the schema (unevaluatedProperties: false).
class NinjsCheck
{
    Q_DECLARE_TR_FUNCTIONS(NinjsCheck)

public:
    // Every problem found, each naming the JSON path; empty when the document passes.
    static QStringList check(const QJsonObject &ninjs);

    static bool isDateTime(const QString &text);
};
