#include "BundleExportController.h"

#include "PasswordDialog.h"
#include "PreviewDialog.h"
#include "articlelist/ArticleListModel.h"
#include "bundle/BundlePreview.h"
#include "bundle/BundleWriter.h"
#include "bundle/Exporter.h"
#include "storage/SqlStore.h"
#include "workflow/Sodium.h"
#include "workflow/TransitionTable.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

BundleExportController::BundleExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

BundleExportController::~BundleExportController() = default;

void BundleExportController::setWorkflow(Workflow *workflow, const WorkflowSession &session)
{
    m_workflow = workflow;
    m_session = session;
}

bool BundleExportController::canExport(const Article &article, QString *reason) const
{
    const auto no = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!m_workflow || article.id.isNull() || article.version == 0)
        return no(tr("Only a saved, approved article can be exported."));
    if (article.status != ArticleStatus::Approved && article.status != ArticleStatus::Published)
        return no(tr("Only an approved article can be exported; this one is %1.")
                      .arg(ArticleListModel::statusLabel(article.status)));
    if (article.status == ArticleStatus::Approved) {
        const Result<WorkflowPolicy> policy = m_workflow->policy();
        const TransitionDecision d = TransitionTable::decide(
            WorkflowAction::Publish, article.status, m_session.roles,
            { article.createdBy == m_session.user, article.updatedBy == m_session.user },
            policy ? *policy : WorkflowPolicy {});
        if (!d.allowed)
            return no(d.reason);
    }
    const Result<Approval> approval = m_workflow->currentApproval(article);
    if (!approval)
        return no(approval.error().message);
    if (approval->supervisor != m_session.user)
        return no(tr("Approved by %1: only their key can sign the bundle, so they export it.")
                      .arg(approval->supervisor));
    return true;
}

bool BundleExportController::canExportApproved(QString *reason) const
{
    if (!m_workflow || !m_session.roles.testFlag(Role::Supervisor)) {
        if (reason)
            *reason = tr("Only a supervisor exports approved articles: their key signs the "
                         "bundles.");
        return false;
    }
    return true;
}

void BundleExportController::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

bool BundleExportController::confirmEmbargo(const Article &article, bool *embargoed)
{
    *embargoed = false;
    const QDateTime now = m_workflow->store().now();
    if (!article.meta.embargo.isValid() || article.meta.embargo <= now)
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Under embargo"),
        tr("“%1” is under embargo until %2. Export an embargoed bundle, withheld until then?")
            .arg(article.meta.headline,
                 QLocale().toString(article.meta.embargo.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    *embargoed = answer == QMessageBox::Yes;
    return *embargoed;
}

QString BundleExportController::chooseDestination(const Article &article)
{
    const QString zipFilter = tr("Zip archive (*.zip)");
    const QString folderFilter = tr("Folder (*)");
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString slug = article.meta.slug.isEmpty() ? article.id.toString(QUuid::WithoutBraces)
                                                     : article.meta.slug;
    QFileDialog dialog(
        m_window, tr("Export the Bundle"),
        QDir(start).filePath(BundleWriter::fileName(slug, BundleWriter::Format::Zip)));
    dialog.setObjectName(u"exportDestinationDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters({ zipFilter, folderFilter });
    dialog.setDefaultSuffix(u"zip"_s);
    // The core replaces an existing bundle as a whole and refuses anything else; it says so.
    dialog.setOption(QFileDialog::DontConfirmOverwrite, false);
    connect(&dialog, &QFileDialog::filterSelected, &dialog,
            [&dialog, zipFilter](const QString &filter) {
                dialog.setDefaultSuffix(filter == zipFilter ? u"zip"_s : QString());
            });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString BundleExportController::chooseFolder()
{
    QFileDialog dialog(m_window, tr("Export Approved Articles to"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setObjectName(u"exportFolderDialog"_s);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly, true);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool BundleExportController::exportArticle(const QUuid &articleId)
{
    if (!m_workflow)
        return false;
    const Result<Article> article = m_workflow->store().article(articleId);
    if (!article) {
        warn(tr("Cannot export"), article.error().message);
        return false;
    }
    QString reason;
    if (!canExport(*article, &reason)) {
        warn(tr("Cannot export"), reason);
        return false;
    }
    Exporter::Options options;
    if (!confirmEmbargo(*article, &options.embargoed))
        return false;
    const QString destination = chooseDestination(*article);
    if (destination.isEmpty())
        return false;
    QString prompt = tr("Your password unlocks your signing key, which signs the bundle of "
                        "“%1”.")
                         .arg(article->meta.headline);
    QByteArray password = unlockingPassword(prompt);
    if (password.isEmpty())
        return false;
    Exporter exporter(*m_workflow, m_session, std::move(password));
    const Result<Exporter::Outcome> outcome
        = exporter.exportArticle(articleId, destination, options);
    if (!outcome) {
        warn(tr("Cannot export"), outcome.error().message);
        return false;
    }
    Q_EMIT exported(articleId, outcome->path);
    QMessageBox::information(
        m_window, tr("Exported"),
        (outcome->embargoed ? tr("The embargoed bundle of “%1” is at %2.")
                            : tr("“%1” is published; its bundle is at %2."))
            .arg(article->meta.headline, QDir::toNativeSeparators(outcome->path)));
    return true;
}

QByteArray BundleExportController::unlockingPassword(const QString &prompt)
{
    PasswordDialog dialog(tr("Sign the Bundle"), prompt, m_window);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return {};
        QByteArray password = dialog.takePassword();
        // Checked here (one Argon2id, a tenth of a second) so that a mistyped password is asked
        // again in place; the Exporter unlocks the key itself.
        Result<QByteArray> key = m_workflow->unlockSigningKey(m_session, password);
        if (key) {
            Sodium::wipe(*key);
            return password;
        }
        Sodium::wipe(password);
        dialog.setMessage(key.error().message);
    }
}

int BundleExportController::exportApproved()
{
    QString reason;
    if (!canExportApproved(&reason)) {
        warn(tr("Cannot export"), reason);
        return 0;
    }
    const Result<QList<ArticleSummary>> approved = Exporter::approvedArticles(m_workflow->store());
    if (!approved) {
        warn(tr("Cannot export"), approved.error().message);
        return 0;
    }
    if (approved->isEmpty()) {
        QMessageBox::information(m_window, tr("Export Approved Articles"),
                                 tr("No approved articles to export."));
        return 0;
    }
    const QString folder = chooseFolder();
    if (folder.isEmpty())
        return 0;
    const int total = int(approved->size());
    QByteArray password = unlockingPassword(
        tr("Your password unlocks your signing key, which signs the bundles of %n approved "
           "article(s).",
           nullptr, total));
    if (password.isEmpty())
        return 0;
    Exporter exporter(*m_workflow, m_session, std::move(password));

    // Each export is whole or nothing (staged, then renamed into place), and a cancel is
    // honoured between two articles: the folder never holds part of a bundle.
    QProgressDialog progress(tr("Exporting approved articles…"), tr("Cancel"), 0, total, m_window);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowTitle(tr("Export Approved Articles"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);
    progress.setValue(0);
    m_progress = &progress;

    int exportedCount = 0;
    QStringList failures;
    int done = 0;
    for (const ArticleSummary &s : std::as_const(*approved)) {
        if (progress.wasCanceled())
            break;
        const QString name = s.slug.isEmpty() ? s.id.toString(QUuid::WithoutBraces) : s.slug;
        progress.setLabelText(tr("Exporting “%1” (%2 of %3)…")
                                  .arg(s.headline.isEmpty() ? name : s.headline)
                                  .arg(done + 1)
                                  .arg(total));
        const Result<Exporter::Outcome> outcome = exporter.exportArticle(
            s.id, Exporter::destinationIn(folder, name, true), Exporter::Options {});
        if (outcome) {
            ++exportedCount;
            Q_EMIT exported(s.id, outcome->path);
        } else {
            failures << tr("%1: %2").arg(name, outcome.error().message);
        }
        ++done;
        progress.setValue(done);
        Q_EMIT batchProgress(done, total);
    }
    const bool cancelled = progress.wasCanceled() && done < total;
    m_progress = nullptr;
    progress.hide();

    if (cancelled)
        m_lastSummary = tr("Cancelled. Exported %1 of %2 approved articles; %3 failed, %4 not "
                           "started.")
                            .arg(exportedCount)
                            .arg(total)
                            .arg(failures.size())
                            .arg(total - done);
    else
        m_lastSummary = tr("Exported %1 of %2 approved articles; %3 failed.")
                            .arg(exportedCount)
                            .arg(total)
                            .arg(failures.size());
    QMessageBox box(failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export Approved Articles"), m_lastSummary, QMessageBox::Ok, m_window);
    box.setObjectName(u"exportSummary"_s);
    box.setInformativeText(tr("The bundles are in %1.").arg(QDir::toNativeSeparators(folder)));
    if (!failures.isEmpty())
        box.setDetailedText(failures.join(u'\n'));
    box.exec();
    return exportedCount;
}

PreviewDialog *BundleExportController::preview(const Article &article)
{
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        warn(tr("Cannot preview"), folder->errorString());
        return nullptr;
    }
    const QString name = article.meta.slug.isEmpty() ? u"preview"_s : article.meta.slug;
    const QDateTime now = m_workflow ? m_workflow->store().now() : QDateTime::currentDateTimeUtc();
    QString error;
    const QString index = BundlePreview::write(article, now, folder->filePath(name), &error);
    if (index.isEmpty()) {
        warn(tr("Cannot preview"), error);
        return nullptr;
    }
    if (m_preview)
        m_preview->close();
    auto *dialog = new PreviewDialog(
        std::move(folder), index,
        article.meta.headline.isEmpty() ? tr("Untitled") : article.meta.headline, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    m_preview = dialog;
    return dialog;
}
