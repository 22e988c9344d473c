#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// One entry of the append-only audit log.
struct AuditRecord
{
    qint64 sequence = 0; // 1, 2, 3 … without gaps
    QDateTime time; // UTC, kept to the millisecond
    QString actor; // user name; empty when nobody is signed in (a failed sign-in)
    QString action; // "sign_in", "sign_in_failed", "submit", "approve", "user_add" …
    QString subject; // what it concerns: an article id, a user name, a comment id
    QString details; // compact JSON object, or empty
    QByteArray previousHash; // SHA-256 (raw, 32 bytes) of the row before; zeros for row 1
    QByteArray hash; // SHA-256 of previousHash followed by this row's canonical content

    bool operator==(const AuditRecord &) const = default;
};

// A known point of the chain, "N:HASH" (row number, hex SHA-256), recorded outside the database
// (in every exported bundle) so that rows cut off the end can be noticed.
struct AuditAnchor
{
    qint64 sequence = 0;
    QByteArray hash; // raw, 32 bytes

    // Accepts "N:HEX" with N ≥ 1 and 64 hex digits.
    static std::optional<AuditAnchor> parse(const QString &text);
    QString toString() const;

    bool operator==(const AuditAnchor &) const = default;
};

// The audit log's hash chain: how a row is serialised and hashed, and how a chain is checked.
// Changing or deleting any row breaks the chain at that row; only cutting rows off the end keeps
// it intact, which an anchor catches.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    static constexpr qsizetype HashSize = 32;

    static QByteArray genesisHash();

    // The row's fields (not its hashes) as unambiguous bytes: a version tag, then every field
    // as "<byte length>:<UTF-8 bytes>\n" in a fixed order, the time as ISO 8601 UTC with ms.
    static QByteArray canonicalContent(const AuditRecord &record);

    static QByteArray computeHash(const QByteArray &previousHash, const AuditRecord &record);

    // The record as the next row after (previousSequence, previousHash): numbered, its time
    // truncated to the millisecond the database keeps, and hashed. Pass 0 and genesisHash()
    // for the first row.
    static AuditRecord chain(AuditRecord record, qint64 previousSequence,
                             const QByteArray &previousHash);

    struct Verification
    {
        bool intact = true;
        qint64 rowsChecked = 0;
        qint64 firstBrokenRow = 0; // sequence number of the first row found broken, 0 if none
        QString problem; // translated, empty when intact
        std::optional<AuditAnchor> head; // the last row checked, when there was one
    };

    // Checks rows fed in order of their sequence number; stops at the first break. Streaming,
    // so a long log need not be held in memory.
    class Verifier
    {
    public:
        explicit Verifier(std::optional<AuditAnchor> anchor = std::nullopt);
        // False once the chain is broken (further rows are ignored).
        bool add(const AuditRecord &record);
        // Final checks (the anchor) and the result.
        Verification finish();

    private:
        bool fail(qint64 row, const QString &problem);

        std::optional<AuditAnchor> m_anchor;
        bool m_anchorReached = false;
        qint64 m_lastSequence = 0;
        QByteArray m_lastHash;
        Verification m_result;
    };
};
