#include "WordDiff.h"

#include <dtl/dtl.hpp>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class CharClass { Word, Space, Other };

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}

CharClass classOf(char32_t c)
{
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'_')
        return CharClass::Word;
    if (QChar::isSpace(c))
        return CharClass::Space;
    return CharClass::Other;
}

bool hasNewline(const QString &text)
{
    return text.contains(u'\n') || text.contains(QChar(0x2029));
}

} // namespace

QStringList WordDiff::tokenize(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = codePoints.size();
    auto piece = [&](qsizetype from, qsizetype to) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + from,
                                 to - from);
    };
    while (i < n) {
        const char32_t c = codePoints.at(i);
        const CharClass cls = classOf(c);
        qsizetype j = i + 1;
        if (cls == CharClass::Word) {
            while (j < n) {
                const char32_t d = codePoints.at(j);
                if (classOf(d) == CharClass::Word) {
                    ++j;
                } else if (isApostrophe(d) && j + 1 < n
                           && classOf(codePoints.at(j + 1)) == CharClass::Word) {
                    j += 2; // сям'я, don't: one word
                } else {
                    break;
                }
            }
        } else if (cls == CharClass::Space) {
            // A run of spaces is one token; a line break starts a token of its own so that a
            // paragraph break is never confused with a space.
            const bool newline = c == U'\n' || c == U'\u2029';
            while (j < n && classOf(codePoints.at(j)) == CharClass::Space) {
                const char32_t d = codePoints.at(j);
                if ((d == U'\n' || d == U'\u2029') != newline)
                    break;
                ++j;
            }
        }
        tokens.append(piece(i, j));
        i = j;
    }
    return tokens;
}

QList<DiffSegment> WordDiff::compare(const QString &before, const QString &after)
{
    using Op = DiffSegment::Op;
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    const std::vector<QString> va(a.cbegin(), a.cend());
    const std::vector<QString> vb(b.cbegin(), b.cend());

    // Raw runs, one token at a time.
    QList<DiffSegment> raw;
    auto push = [&raw](Op op, const QString &token) {
        if (!raw.isEmpty() && raw.last().op == op)
            raw.last().text += token;
        else
            raw.append({ op, token });
    };
    if (va.empty() || vb.empty()) {
        for (const QString &t : va)
            push(Op::Delete, t);
        for (const QString &t : vb)
            push(Op::Insert, t);
    } else {
        dtl::Diff<QString, std::vector<QString>> diff(va, vb);
        diff.compose();
        for (const auto &[token, info] : diff.getSes().getSequence()) {
            switch (info.type) {
            case dtl::SES_COMMON:
                push(Op::Equal, token);
                break;
            case dtl::SES_DELETE:
                push(Op::Delete, token);
                break;
            case dtl::SES_ADD:
                push(Op::Insert, token);
                break;
            }
        }
    }

    // Changed regions: each one deletion then one insertion, after the unchanged text before it.
    struct Region
    {
        QString equal;
        QString deleted;
        QString inserted;
        bool isReplacement() const { return !deleted.isEmpty() && !inserted.isEmpty(); }
    };
    QList<Region> regions;
    QString pendingEqual;
    bool inChange = false;
    for (const DiffSegment &s : std::as_const(raw)) {
        if (s.op == Op::Equal) {
            pendingEqual += s.text;
            inChange = false;
            continue;
        }
        if (!inChange) {
            regions.append({ pendingEqual, {}, {} });
            pendingEqual.clear();
            inChange = true;
        }
        (s.op == Op::Delete ? regions.last().deleted : regions.last().inserted) += s.text;
    }

    // Two replacements separated only by spaces (no line break) read better as one: the spaces
    // go to both sides, so each side still spells its own text.
    QList<Region> merged;
    for (const Region &r : std::as_const(regions)) {
        if (!merged.isEmpty() && merged.last().isReplacement() && r.isReplacement()
            && !r.equal.isEmpty() && r.equal.trimmed().isEmpty() && !hasNewline(r.equal)) {
            merged.last().deleted += r.equal + r.deleted;
            merged.last().inserted += r.equal + r.inserted;
        } else {
            merged.append(r);
        }
    }

    QList<DiffSegment> out;
    for (const Region &r : std::as_const(merged)) {
        if (!r.equal.isEmpty())
            out.append({ Op::Equal, r.equal });
        if (!r.deleted.isEmpty())
            out.append({ Op::Delete, r.deleted });
        if (!r.inserted.isEmpty())
            out.append({ Op::Insert, r.inserted });
    }
    if (!pendingEqual.isEmpty())
        out.append({ Op::Equal, pendingEqual });
    return out;
}

bool WordDiff::hasChanges(const QList<DiffSegment> &segments)
{
    for (const DiffSegment &s : segments) {
        if (s.op != DiffSegment::Op::Equal)
            return true;
    }
    return false;
}

QString WordDiff::before(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.op != DiffSegment::Op::Insert)
            text += s.text;
    }
    return text;
}

QString WordDiff::after(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        if (s.op != DiffSegment::Op::Delete)
            text += s.text;
    }
    return text;
}

QString WordDiff::toMarkedText(const QList<DiffSegment> &segments)
{
    QString text;
    for (const DiffSegment &s : segments) {
        switch (s.op) {
        case DiffSegment::Op::Equal:
            text += s.text;
            break;
        case DiffSegment::Op::Delete:
            text += u"[-"_s + s.text + u"-]"_s;
            break;
        case DiffSegment::Op::Insert:
            text += u"{+"_s + s.text + u"+}"_s;
            break;
        }
    }
    return text;
}
