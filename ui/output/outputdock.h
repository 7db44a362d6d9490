#pragma once

#include <QDockWidget>

class QTextBrowser;

namespace Stepwise::Ui {

// "Output": a timestamped log of everything the core reports. `file:line` in a message becomes
// a link that asks to open the file at that line.
class OutputDock : public QDockWidget
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit OutputDock(QWidget *parent = nullptr);

    // Relative file names in messages are resolved against this folder.
    void setBaseDirectory(const QString &dir) { m_baseDir = dir; }
    void append(Level level, const QString &message);
    void clear();
    QString plainText() const;

Q_SIGNALS:
    void openFileRequested(const QString &path, int line);

private:
    QTextBrowser *m_view;
    QString m_baseDir;
};

} // namespace Stepwise::Ui
