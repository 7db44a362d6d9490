#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Stepwise::Ui {

// The find/replace row under the script editor. It only collects what to look for and asks
// for it through signals; ScriptEditor does the searching. GUI thread.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    // Shows the bar with the replace row or without it, the search field focused.
    void open(bool withReplace, const QString &initialText = {});
    QString findText() const;
    QString replaceText() const;
    bool caseSensitive() const;
    // "No matches", "3 replaced", … (empty clears it).
    void setStatus(const QString &status);

Q_SIGNALS:
    void findRequested(const QString &text, bool caseSensitive, bool backwards);
    void replaceRequested(const QString &replacement);
    void replaceAllRequested(const QString &text, const QString &replacement, bool caseSensitive);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QWidget *m_replaceRow = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Stepwise::Ui
