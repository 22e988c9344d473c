#include "AuditChain.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
void appendField(QByteArray &out, const QByteArray &value)
{
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

QDateTime toMilliseconds(const QDateTime &time)
{
    return time.isValid() ? QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), QTimeZone::UTC)
                          : QDateTime();
}
} // namespace

std::optional<AuditAnchor> AuditAnchor::parse(const QString &text)
{
    static const QRegularExpression re(u"^\\s*([0-9]{1,18}):([0-9A-Fa-f]{64})\\s*$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 sequence = m.captured(1).toLongLong();
    if (sequence < 1)
        return std::nullopt;
    return AuditAnchor { sequence, QByteArray::fromHex(m.captured(2).toLatin1()) };
}

QString AuditAnchor::toString() const
{
    return QString::number(sequence) + u':' + QString::fromLatin1(hash.toHex());
}

QByteArray AuditChain::genesisHash()
{
    return QByteArray(HashSize, '\0');
}

QByteArray AuditChain::canonicalContent(const AuditRecord &record)
{
    QByteArray out = "newsroom-audit-1\n";
    appendField(out, QByteArray::number(record.sequence));
    const QDateTime time = toMilliseconds(record.time);
    appendField(out, time.isValid() ? time.toString(Qt::ISODateWithMs).toUtf8() : QByteArray());
    appendField(out, record.actor.toUtf8());
    appendField(out, record.action.toUtf8());
    appendField(out, record.subject.toUtf8());
    appendField(out, record.details.toUtf8());
    return out;
}

QByteArray AuditChain::computeHash(const QByteArray &previousHash, const AuditRecord &record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(canonicalContent(record));
    return hash.result();
}

AuditRecord AuditChain::chain(AuditRecord record, qint64 previousSequence,
                              const QByteArray &previousHash)
{
    record.sequence = previousSequence + 1;
    record.time = toMilliseconds(record.time);
    record.previousHash = previousHash;
    record.hash = computeHash(previousHash, record);
    return record;
}

AuditChain::Verifier::Verifier(std::optional<AuditAnchor> anchor)
    : m_anchor(std::move(anchor))
    , m_lastHash(genesisHash())
{ }

bool AuditChain::Verifier::fail(qint64 row, const QString &problem)
{
    m_result.intact = false;
    m_result.firstBrokenRow = row;
    m_result.problem = problem;
    return false;
}

bool AuditChain::Verifier::add(const AuditRecord &record)
{
    if (!m_result.intact)
        return false;
    const qint64 expected = m_lastSequence + 1;
    if (record.sequence > expected) {
        return fail(expected,
                    record.sequence == expected + 1
                        ? tr("row %1 is missing").arg(expected)
                        : tr("rows %1 to %2 are missing").arg(expected).arg(record.sequence - 1));
    }
    if (record.sequence != expected)
        return fail(record.sequence, tr("row %1 is out of sequence").arg(record.sequence));
    if (record.previousHash != m_lastHash) {
        return fail(record.sequence,
                    expected == 1 ? tr("row 1 does not start the log")
                                  : tr("row %1 does not follow row %2: one of them was changed")
                                        .arg(record.sequence)
                                        .arg(m_lastSequence));
    }
    if (AuditChain::computeHash(record.previousHash, record) != record.hash)
        return fail(record.sequence,
                    tr("row %1 was changed after it was written").arg(record.sequence));

    ++m_result.rowsChecked;
    m_lastSequence = record.sequence;
    m_lastHash = record.hash;
    m_result.head = AuditAnchor { m_lastSequence, m_lastHash };
    if (m_anchor && m_anchor->sequence == record.sequence) {
        if (record.hash != m_anchor->hash)
            return fail(record.sequence,
                        tr("row %1 does not match the anchor %2")
                            .arg(record.sequence)
                            .arg(m_anchor->toString()));
        m_anchorReached = true;
    }
    return true;
}

AuditChain::Verification AuditChain::Verifier::finish()
{
    if (m_result.intact && m_anchor && !m_anchorReached) {
        fail(m_lastSequence + 1,
             m_lastSequence == 0
                 ? tr("the log is empty but the anchor names row %1: rows were removed")
                       .arg(m_anchor->sequence)
                 : tr("the log ends at row %1 but the anchor names row %2: rows were removed "
                      "from the end")
                       .arg(m_lastSequence)
                       .arg(m_anchor->sequence));
    }
    return m_result;
}
