#include "PreviewDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PreviewDialog::PreviewDialog(std::unique_ptr<QTemporaryDir> folder, const QString &indexPath,
                             const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_folder(std::move(folder))
    , m_index(indexPath)
{
    setObjectName(u"previewDialog"_s);
    setWindowTitle(tr("Preview — %1").arg(title));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"previewBrowser"_s);
    // The page's links lead out of the newsroom: a browser, not this view, follows them.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl::fromLocalFile(m_index), QTextDocument::HtmlResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open in &Browser"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openInBrowser"_s);
    connect(open, &QPushButton::clicked, this, &PreviewDialog::openInBrowser);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 760);
}

PreviewDialog::~PreviewDialog() = default;

void PreviewDialog::openInBrowser()
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_index)))
        QMessageBox::warning(this, tr("Preview"),
                             tr("No browser could be started for %1.").arg(m_index));
}
