#pragma once

#include "history/ArticleDiff.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

// Shows an ArticleDiff: the changed metadata fields as a table (field, before, after) and the body
// with deletions struck through on red and insertions underlined on green — colour and a cue that
// does not need colour. Read-only; the history view, the conflict and recovery dialogs embed it.
class DiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    // fromLabel/toLabel name the two sides ("Version 2", "Your text").
    void setDiff(const ArticleDiff &diff, const QString &fromLabel, const QString &toLabel);
    void clear();

    QTableWidget *metadataTable() const { return m_metadata; }
    QTextBrowser *bodyView() const { return m_body; }
    QString summaryText() const;

    // Segments as HTML, with the marks the body view uses.
    static QString segmentsToHtml(const QList<DiffSegment> &segments);

private:
    QLabel *m_summary;
    QLabel *m_metadataTitle;
    QTableWidget *m_metadata;
    QLabel *m_bodyTitle;
    QTextBrowser *m_body;
    QLabel *m_legend;
};
