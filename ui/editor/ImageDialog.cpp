#include "ImageDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

ImageDialog::ImageDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"imageDialog"_s);
    setWindowTitle(tr("Image"));
    m_preview = new QLabel(this);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(160, 120);
    m_size = new QLabel(this);
    m_caption = new QLineEdit(this);
    m_caption->setObjectName(u"imageCaption"_s);
    m_caption->setPlaceholderText(tr("Shown under the image"));
    m_alt = new QLineEdit(this);
    m_alt->setObjectName(u"imageAltText"_s);
    m_alt->setPlaceholderText(tr("What the image shows, for readers who cannot see it"));
    m_credit = new QLineEdit(this);
    m_credit->setObjectName(u"imageCredit"_s);
    m_credit->setPlaceholderText(tr("Photographer or source"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout(this);
    form->addRow(m_preview);
    form->addRow(m_size);
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("&Alternative text:"), m_alt);
    form->addRow(tr("C&redit:"), m_credit);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_caption->setFocus();
}

void ImageDialog::setImage(const ArticleImage &image, const QImage &preview)
{
    m_image = image;
    if (!preview.isNull()) {
        m_preview->setPixmap(QPixmap::fromImage(
            preview.scaled(QSize(360, 240), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_size->setText(tr("%1 × %2 pixels, %3")
                        .arg(image.pixelSize.width())
                        .arg(image.pixelSize.height())
                        .arg(QLocale().formattedDataSize(image.data.size())));
    m_caption->setText(image.caption);
    m_alt->setText(image.altText);
    m_credit->setText(image.credit);
}

ArticleImage ImageDialog::image() const
{
    ArticleImage result = m_image;
    result.caption = m_caption->text().trimmed();
    result.altText = m_alt->text().trimmed();
    result.credit = m_credit->text().trimmed();
    return result;
}
