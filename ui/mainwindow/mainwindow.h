#pragma once

#include <QMainWindow>

namespace Stepwise::Ui {

// The Stepwise Studio main window. Owns the docks and the central area; lives on the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

public Q_SLOTS:
    void showAbout();

private:
    void createActions();
};

// "QSQLITE, QPSQL, …" with friendly names, for the About dialog.
QString availableDriversText();

} // namespace Stepwise::Ui
