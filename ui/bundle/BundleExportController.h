#pragma once

#include "article/Article.h"
#include "workflow/Workflow.h"

#include "PreviewDialog.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

// The GUI of publishable bundles (issue 6): Export… of one article, Export approved… as a
// cancellable batch, and Preview. Every rule is the core's (bundle/Exporter, the workflow): this
// asks for what the core needs (a destination, the approving supervisor's password) and shows
// what the core answers, refusals word for word.
class BundleExportController : public QObject
{
    Q_OBJECT

public:
    explicit BundleExportController(QWidget *window);
    ~BundleExportController() override;

    void setWorkflow(Workflow *workflow, const WorkflowSession &session);

    // Whether the signed-in user may export the stored article now; else why not.
    bool canExport(const Article &article, QString *reason) const;
    bool canExportApproved(QString *reason) const;

    // Asks for a destination and the password, exports; true when a bundle was written.
    bool exportArticle(const QUuid &articleId);
    // Asks for a folder and the password, exports every approved article with a progress
    // dialog; returns how many were exported.
    int exportApproved();
    // Renders the article (as given, saved or not) into a temporary folder and shows it.
    PreviewDialog *preview(const Article &article);

    // The running batch's progress dialog (null between batches), for tests and screenshots.
    QProgressDialog *progressDialog() const { return m_progress; }
    PreviewDialog *previewDialog() const { return m_preview; }
    // The summary of the last batch, as shown.
    QString lastSummary() const { return m_lastSummary; }

Q_SIGNALS:
    // After an export (published, audited): lists may refresh.
    void exported(const QUuid &articleId, const QString &path);
    // During a batch, after each article (done of total).
    void batchProgress(int done, int total);

private:
    QString chooseDestination(const Article &article);
    QString chooseFolder();
    // The user's password once it unlocks their signing key; empty: they cancelled.
    QByteArray unlockingPassword(const QString &prompt);
    bool confirmEmbargo(const Article &article, bool *embargoed);
    void warn(const QString &title, const QString &message);

    QWidget *m_window = nullptr;
    Workflow *m_workflow = nullptr;
    WorkflowSession m_session;
    QPointer<QProgressDialog> m_progress;
    QPointer<PreviewDialog> m_preview;
    QString m_lastSummary;
};
