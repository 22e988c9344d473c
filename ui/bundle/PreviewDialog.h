#pragma once

#include <QDialog>

#include <memory>

class QTemporaryDir;
class QTextBrowser;

// Shows a previewed bundle page (bundle/BundlePreview) in the window, with a button that opens
// it in the default browser for the site's own look. Owns the temporary folder the page is in:
// it goes when the dialog does.
class PreviewDialog : public QDialog
{
    Q_OBJECT

public:
    PreviewDialog(std::unique_ptr<QTemporaryDir> folder, const QString &indexPath,
                  const QString &title, QWidget *parent = nullptr);
    ~PreviewDialog() override;

    QString indexPath() const { return m_index; }
    QTextBrowser *browser() const { return m_browser; }

public Q_SLOTS:
    // QDesktopServices: the page as a real browser renders it, stylesheet and all.
    void openInBrowser();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_index;
    QTextBrowser *m_browser = nullptr;
};
