#pragma once

#include "storage/StoreTypes.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

// The controls above the article list: status (with counts), section, language, author, date
// range and the full-text search box. Builds an ArticleFilter; the search text is debounced
// so that typing does not run a query per keystroke.
class ArticleFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit ArticleFilterBar(QWidget *parent = nullptr);

    ArticleFilter filter() const;
    QString searchText() const;

    void setSections(const QStringList &sections);
    void setLanguages(const QStringList &languages);
    // Shows each status with its count ("In review (3)"); the total goes on "All statuses".
    void setStatusCounts(const QMap<ArticleStatus, int> &counts);
    void setStatus(std::optional<ArticleStatus> status);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }

Q_SIGNALS:
    void filterChanged(const ArticleFilter &filter);
    // After the user stopped typing for SearchDelayMs (or pressed Enter).
    void searchChanged(const QString &text);

private:
    void emitFilter();
    static void fillCombo(QComboBox *combo, const QString &anyText, const QStringList &values);

    QComboBox *m_status = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_author = nullptr;
    QCheckBox *m_dateEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
};
