#pragma once

#include "article/Article.h"

#include <QDialog>

class QLabel;
class QLineEdit;

// Caption, alternative text and credit of an article image, with a preview.
class ImageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImageDialog(QWidget *parent = nullptr);

    // Fills the fields from the image; `preview` is shown scaled down.
    void setImage(const ArticleImage &image, const QImage &preview);
    // The image with the fields' values.
    ArticleImage image() const;

private:
    ArticleImage m_image;
    QLabel *m_preview = nullptr;
    QLabel *m_size = nullptr;
    QLineEdit *m_caption = nullptr;
    QLineEdit *m_alt = nullptr;
    QLineEdit *m_credit = nullptr;
};
