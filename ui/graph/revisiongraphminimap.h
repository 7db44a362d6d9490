#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

namespace Stepwise::Ui {

class RevisionGraphView;

// A thin overview beside the graph view: every display row of the scene squeezed into the
// widget's height, each revision a small bar in its state's colour at its lane, database
// badges as ticks at the right edge, and the view's visible area as a frame. A click or a
// drag centres the view on the point. The rows are painted once into an image and redrawn
// only when the scene changes; scrolling repaints the frame alone. GUI thread.
class RevisionGraphMinimap : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionGraphMinimap(RevisionGraphView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The view's visible part of the scene, in widget coordinates.
    QRectF viewportRect() const;
    QPointF sceneToMap(QPointF scenePos) const;
    QPointF mapToScene(QPointF mapPos) const; // clamped to the scene

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The part of the widget the scene maps to: lanes, then the text column, then the ticks.
    struct Frame
    {
        QRectF lanes;
        QRectF text;
        QRectF ticks;
        qreal sceneTextX = 0; // where the scene's text column starts
    };
    Frame frame() const;
    void invalidate();
    void renderRows();
    void centreViewAt(QPointF mapPos);

    QPointer<RevisionGraphView> m_view;
    QImage m_rows;       // the cached picture of every row; null when stale
    bool m_stale = true;
};

} // namespace Stepwise::Ui
