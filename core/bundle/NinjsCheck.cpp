#include "NinjsCheck.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class T { String, Integer, Number, Object, Array, DateTime, Uri };

struct Member
{
    QString name;
    T type;
};

const QList<Member> kTextMembers
    = { { u"role"_s, T::String }, { u"contentType"_s, T::String }, { u"value"_s, T::String } };
const QList<Member> kBodyMembers = { { u"role"_s, T::String },
                                     { u"contentType"_s, T::String },
                                     { u"charCount"_s, T::Integer },
                                     { u"wordCount"_s, T::Integer },
                                     { u"value"_s, T::String } };
const QList<Member> kSubjectMembers
    = { { u"name"_s, T::String },       { u"rel"_s, T::String },     { u"uri"_s, T::Uri },
        { u"literal"_s, T::String },    { u"creator"_s, T::String }, { u"relevance"_s, T::Integer },
        { u"confidence"_s, T::Integer } };
const QList<Member> kInfoSourceMembers = { { u"name"_s, T::String },
                                           { u"role"_s, T::String },
                                           { u"uri"_s, T::Uri },
                                           { u"literal"_s, T::String },
                                           { u"contactInfo"_s, T::Array } };
const QList<Member> kRenditionMembers
    = { { u"name"_s, T::String },         { u"href"_s, T::Uri },
        { u"contentType"_s, T::String },  { u"title"_s, T::String },
        { u"width"_s, T::Integer },       { u"height"_s, T::Integer },
        { u"sizeInBytes"_s, T::Integer }, { u"duration"_s, T::Number },
        { u"format"_s, T::String },       { u"aspectRatio"_s, T::String },
        { u"videoCodec"_s, T::String },   { u"frameRate"_s, T::Number },
        { u"poi"_s, T::Object },          { u"transportProtocol"_s, T::String },
        { u"scanType"_s, T::String },     { u"bitrate"_s, T::String } };

const QList<Member> kTopLevel = {
    { u"uri"_s, T::Uri },
    { u"type"_s, T::String },
    { u"representationType"_s, T::String },
    { u"profile"_s, T::String },
    { u"version"_s, T::String },
    { u"firstCreated"_s, T::DateTime },
    { u"versionCreated"_s, T::DateTime },
    { u"contentCreated"_s, T::DateTime },
    { u"embargoedUntil"_s, T::DateTime },
    { u"pubStatus"_s, T::String },
    { u"urgency"_s, T::Integer },
    { u"copyrightHolder"_s, T::String },
    { u"copyrightNotice"_s, T::String },
    { u"usageTerms"_s, T::String },
    { u"edNote"_s, T::String },
    { u"language"_s, T::String },
    { u"descriptions"_s, T::Array },
    { u"bodies"_s, T::Array },
    { u"headlines"_s, T::Array },
    { u"people"_s, T::Array },
    { u"organisations"_s, T::Array },
    { u"places"_s, T::Array },
    { u"subjects"_s, T::Array },
    { u"events"_s, T::Array },
    { u"eventDetails"_s, T::Object },
    { u"plannedCoverage"_s, T::Array },
    { u"objects"_s, T::Array },
    { u"infoSources"_s, T::Array },
    { u"title"_s, T::String },
    { u"by"_s, T::String },
    { u"slugline"_s, T::String },
    { u"located"_s, T::String },
    { u"renditions"_s, T::Array },
    { u"associations"_s, T::Array },
    { u"altIds"_s, T::Array },
    { u"trustIndicators"_s, T::Array },
    { u"standard"_s, T::Object },
    { u"genres"_s, T::Array },
    { u"expires"_s, T::DateTime },
    { u"rightsInfo"_s, T::Object },
    { u"digitalSourceType"_s, T::Object },
};

const Member *find(const QList<Member> &members, const QString &name)
{
    for (const Member &m : members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

bool isUri(const QString &s)
{
    // An RFC 3986 URI or relative reference without spaces or control characters.
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c.unicode() <= 0x20 || c == u'"' || c == u'<' || c == u'>' || c == u'\\')
            return false;
    }
    return true;
}

class Checker
{
public:
    QStringList problems;

    void typeCheck(const QString &path, const QJsonValue &v, T type)
    {
        bool ok = true;
        switch (type) {
        case T::String:
            ok = v.isString();
            break;
        case T::Integer:
            ok = isInteger(v);
            break;
        case T::Number:
            ok = v.isDouble();
            break;
        case T::Object:
            ok = v.isObject();
            break;
        case T::Array:
            ok = v.isArray();
            break;
        case T::DateTime:
            ok = v.isString() && NinjsCheck::isDateTime(v.toString());
            break;
        case T::Uri:
            ok = v.isString() && isUri(v.toString());
            break;
        }
        if (!ok)
            problems << NinjsCheck::tr("%1 has the wrong type or form.").arg(path);
    }

    void objectCheck(const QString &path, const QJsonObject &o, const QList<Member> &members,
                     const QStringList &required)
    {
        for (const QString &r : required) {
            if (!o.contains(r))
                problems << NinjsCheck::tr("%1 lacks the required “%2”.").arg(path, r);
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const Member *m = find(members, it.key());
            if (!m)
                problems << NinjsCheck::tr("%1 has an unknown member “%2”.").arg(path, it.key());
            else
                typeCheck(path + u'.' + it.key(), it.value(), m->type);
        }
    }

    void arrayOf(const QString &path, const QJsonValue &v, const QList<Member> &members,
                 const QStringList &required)
    {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString itemPath = path + u'[' + QString::number(i) + u']';
            if (!a.at(i).isObject())
                problems << NinjsCheck::tr("%1 must be an object.").arg(itemPath);
            else
                objectCheck(itemPath, a.at(i).toObject(), members, required);
        }
    }

    void ninjs(const QString &path, const QJsonObject &o, bool association)
    {
        QList<Member> members = kTopLevel;
        if (association)
            members << Member { u"name"_s, T::String } << Member { u"rel"_s, T::String };
        objectCheck(path, o, members,
                    association ? QStringList { u"name"_s, u"uri"_s } : QStringList { u"uri"_s });
        enumCheck(path, o, u"type"_s,
                  { u"text"_s, u"audio"_s, u"video"_s, u"picture"_s, u"graphic"_s, u"composite"_s,
                    u"component"_s, u"event"_s, u"planning"_s });
        enumCheck(path, o, u"representationType"_s, { u"full"_s, u"partial"_s });
        enumCheck(path, o, u"pubStatus"_s, { u"usable"_s, u"withheld"_s, u"canceled"_s });
        if (o.contains(u"urgency"_s)) {
            const double u = o.value(u"urgency"_s).toDouble();
            if (u < 1 || u > 9)
                problems << NinjsCheck::tr("%1.urgency must be 1 to 9.").arg(path);
        }
        const QStringList valueRequired { u"value"_s };
        for (const QString &key : { u"headlines"_s, u"descriptions"_s }) {
            if (o.value(key).isArray())
                arrayOf(path + u'.' + key, o.value(key), kTextMembers, valueRequired);
        }
        if (o.value(u"bodies"_s).isArray())
            arrayOf(path + u".bodies"_s, o.value(u"bodies"_s), kBodyMembers, valueRequired);
        if (o.value(u"subjects"_s).isArray())
            arrayOf(path + u".subjects"_s, o.value(u"subjects"_s), kSubjectMembers, {});
        if (o.value(u"infoSources"_s).isArray())
            arrayOf(path + u".infoSources"_s, o.value(u"infoSources"_s), kInfoSourceMembers, {});
        if (o.value(u"renditions"_s).isArray())
            arrayOf(path + u".renditions"_s, o.value(u"renditions"_s), kRenditionMembers,
                    { u"name"_s });
        const QJsonArray associations = o.value(u"associations"_s).toArray();
        for (qsizetype i = 0; i < associations.size(); ++i) {
            const QString itemPath = path + u".associations["_s + QString::number(i) + u']';
            if (!associations.at(i).isObject())
                problems << NinjsCheck::tr("%1 must be an object.").arg(itemPath);
            else
                ninjs(itemPath, associations.at(i).toObject(), true);
        }
    }

    void enumCheck(const QString &path, const QJsonObject &o, const QString &key,
                   const QStringList &allowed)
    {
        if (o.contains(key) && !allowed.contains(o.value(key).toString()))
            problems
                << NinjsCheck::tr("%1.%2 must be one of %3.").arg(path, key, allowed.join(u", "_s));
    }
};

} // namespace

bool NinjsCheck::isDateTime(const QString &text)
{
    static const QRegularExpression re(
        u"^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)"
        "(\\.\\d+)?([Zz]|[+-]([01]\\d|2[0-3]):[0-5]\\d)$"_s);
    return re.match(text).hasMatch();
}

QStringList NinjsCheck::check(const QJsonObject &ninjs)
{
    Checker checker;
    checker.ninjs(u"article.json"_s, ninjs, false);
    return checker.problems;
}
