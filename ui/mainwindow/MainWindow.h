#pragma once

#include <QMainWindow>

class QAction;

// The press officer's main window: article list, editor and metadata panel around one article.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *quitAction() const { return m_quit; }

private:
    void createActions();
    void createMenus();

    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
};
