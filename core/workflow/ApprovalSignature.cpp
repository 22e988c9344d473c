#include "ApprovalSignature.h"

#include "workflow/SigningKeys.h"

#include <QTimeZone>

QByteArray ApprovalSignature::message(const ApprovalStatement &s)
{
    const QDateTime time = s.time.isValid()
        ? QDateTime::fromMSecsSinceEpoch(s.time.toMSecsSinceEpoch(), QTimeZone::UTC)
        : QDateTime();
    const QByteArray supervisor = s.supervisor.toUtf8();
    QByteArray m = "newsroom-approval-1\n";
    m += s.articleId.toByteArray(QUuid::WithoutBraces) + '\n';
    m += QByteArray::number(s.version) + '\n';
    m += s.contentHash.toHex() + '\n';
    m += QByteArray::number(supervisor.size()) + ':' + supervisor + '\n';
    m += (time.isValid() ? time.toString(Qt::ISODateWithMs).toLatin1() : QByteArray()) + '\n';
    return m;
}

QByteArray ApprovalSignature::sign(const ApprovalStatement &statement, const QByteArray &secretKey)
{
    return SigningKeys::sign(message(statement), secretKey);
}

bool ApprovalSignature::verify(const ApprovalStatement &statement, const QByteArray &signature,
                               const QByteArray &publicKey)
{
    return SigningKeys::verify(message(statement), signature, publicKey);
}
