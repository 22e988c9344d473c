#pragma once

#include "article/Article.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;

// The article's metadata as a form: headline, lead, slug (generated from the headline until the
// user edits it, uniqueness shown), byline, section, tags, dateline, language, source, embargo
// and planned publication (local time shown, UTC kept), SEO description with a length counter,
// editor's note and the featured image. Each field shows whether the submit checklist is
// satisfied for it.
class MetadataPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SeoRecommendedLength = 160;

    explicit MetadataPanel(QWidget *parent = nullptr);

    // Whether a slug is used by another article (Store::isSlugTaken); none: never taken.
    void setSlugTakenCheck(std::function<bool(const QString &)> isTaken);
    void setSections(const QStringList &sections);
    void setKnownTags(const QStringList &tags);

    // Loads the article's metadata; images feed the featured image choice.
    void setArticle(const ArticleMetadata &meta, const QList<ArticleImage> &images = {});
    ArticleMetadata metadata() const;

    // The failing checklist items' field ids (SubmitChecklist); every other field is shown as
    // satisfied. Messages go into the fields' tooltips.
    void setChecklist(const QHash<QString, QString> &failingFieldMessages);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QLineEdit *headlineEdit() const { return m_headline; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLabel *slugStatus() const { return m_slugStatus; }
    QLabel *seoCounter() const { return m_seoCounter; }

Q_SIGNALS:
    // The user changed a field (not emitted by setArticle()).
    void changed();

private:
    QWidget *withMark(QWidget *field, const QString &fieldId);
    void headlineEdited(const QString &text);
    void updateSlugStatus();
    void updateSeoCounter();
    void emitChanged();

    QLineEdit *m_headline = nullptr;
    QPlainTextEdit *m_lead = nullptr;
    QLineEdit *m_slug = nullptr;
    QLabel *m_slugStatus = nullptr;
    QLineEdit *m_byline = nullptr;
    QComboBox *m_section = nullptr;
    QLineEdit *m_tags = nullptr;
    QStringListModel *m_tagModel = nullptr;
    QLineEdit *m_dateline = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_source = nullptr;
    QCheckBox *m_hasEmbargo = nullptr;
    QDateTimeEdit *m_embargo = nullptr;
    QCheckBox *m_hasPlanned = nullptr;
    QDateTimeEdit *m_planned = nullptr;
    QPlainTextEdit *m_seo = nullptr;
    QLabel *m_seoCounter = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_featured = nullptr;

    QHash<QString, QLabel *> m_marks; // checklist field id -> its mark
    std::function<bool(const QString &)> m_isSlugTaken;
    bool m_slugFollowsHeadline = true;
    bool m_loading = false;
    bool m_readOnly = false;
};
