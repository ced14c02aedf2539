// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "plusplace.h"
#include "sequence.h"
#include "treelayout.h"
#include "viewportmodel.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sd {

class CanvasModel;

// The cards of the canvas that meet the viewport: "Sequence starts here" (empty id) and steps.
class CardModel : public ViewportModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a CanvasModel")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole,
        GroupRole, // "start", "steps", "conditions", "commands", "linkedin"
        NameRole,
        SummaryRole,
        IconRole,
        SeverityRole, // "", "warning", "error"
        ProblemCountRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        ReachableRole,
        AccessibleNameRole, // "Step 3 of 14: Send an email, Introduction, on the Yes path of …"
        AccessibleDescriptionRole, // the summary and the problems
        ChangeMarkRole,  // in a comparison: {kinds, details} (Comparison::stepMark), else empty
        PreviewMarkRole, // in the preview: {reached, day, when, status, branch, why} or {dimmed}
    };
    explicit CardModel(CanvasModel &canvas) : m_canvas(canvas) {}

protected:
    [[nodiscard]] qsizetype itemCount() const override;
    [[nodiscard]] QRectF itemRect(qsizetype item) const override;
    [[nodiscard]] QString itemKey(qsizetype item) const override;
    [[nodiscard]] QVariant itemData(qsizetype item, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> itemRoleNames() const override;

private:
    CanvasModel &m_canvas;
};

// The "+" buttons that meet the viewport: one on every link and at every path end, with the
// Yes/No label of a condition's branch.
class PlusModel : public ViewportModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a CanvasModel")

public:
    enum Role {
        ParentIdRole = Qt::UserRole + 1,
        BranchRole, // "next", "yes", "no"
        LabelRole,  // "Yes", "No" or ""
        XRole,      // centre of the "+"
        YRole,
        IsEndRole,
        TargetIdRole,       // the step below the "+", "" at an end
        AccessibleNameRole, // "Add a step after …"
    };
    explicit PlusModel(CanvasModel &canvas) : m_canvas(canvas) {}

protected:
    [[nodiscard]] qsizetype itemCount() const override;
    [[nodiscard]] QRectF itemRect(qsizetype item) const override;
    [[nodiscard]] QString itemKey(qsizetype item) const override;
    [[nodiscard]] QVariant itemData(qsizetype item, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> itemRoleNames() const override;

private:
    CanvasModel &m_canvas;
};

struct PlusSpot
{
    LinkRef link;
    QString target;
    QPointF centre;
    bool end = false;
};

// The laid-out sequence for the canvas: the tree layout, the visible cards and "+" buttons,
// problem counts per step, and the geometry questions of the view (navigation, search).
class CanvasModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a SequenceDocument")
    Q_PROPERTY(sd::CardModel *cards READ cards CONSTANT)
    Q_PROPERTY(sd::PlusModel *pluses READ pluses CONSTANT)
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY layoutChanged)
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY layoutChanged)
    Q_PROPERTY(QRectF viewport READ viewport WRITE setViewport NOTIFY viewportChanged)

public:
    explicit CanvasModel(QObject *parent = nullptr);

    [[nodiscard]] CardModel *cards() { return &m_cards; }
    [[nodiscard]] PlusModel *pluses() { return &m_pluses; }
    [[nodiscard]] QRectF bounds() const { return m_layout.bounds; }
    [[nodiscard]] int nodeCount() const { return int(m_layout.nodes.size()); }
    [[nodiscard]] QRectF viewport() const { return m_cards.viewport(); }
    void setViewport(const QRectF &viewport);

    // Each of these changes only the rows it touches (ViewportModel::update): a card or "+"
    // still in view keeps its row and delegate.
    // Lays out `sequence` again.
    void setSequence(const Sequence &sequence);
    void setDiagnostics(const Diagnostics &diagnostics);
    // The marks of a comparison by step id (empty: none).
    void setChangeMarks(const QHash<QString, QVariantMap> &marks);
    [[nodiscard]] QVariantMap changeMark(const QString &id) const
    {
        return m_changeMarks.value(id);
    }
    // The preview's marks by step id (previewpath.h; empty: no preview).
    void setPreviewMarks(const QHash<QString, QVariantMap> &marks);
    [[nodiscard]] QVariantMap previewMark(const QString &id) const
    {
        return m_previewMarks.value(id);
    }
    // Names of other sequences by id, for the summary of "Advance to another sequence".
    void setSequenceNames(const QHash<QString, QString> &names);
    [[nodiscard]] QString sequenceName(const QString &id) const
    {
        return m_sequenceNames.value(id);
    }

    [[nodiscard]] const TreeLayout &layout() const { return m_layout; }
    [[nodiscard]] const Sequence &sequence() const { return m_sequence; }
    [[nodiscard]] const QList<PlusSpot> &plusSpots() const { return m_plus; }
    [[nodiscard]] QString nodeGroup(const QString &id) const;
    [[nodiscard]] QString nodeName(const QString &id) const;
    [[nodiscard]] int errorCount(const QString &id) const { return m_problems.value(id).errors; }
    [[nodiscard]] int warningCount(const QString &id) const
    {
        return m_problems.value(id).warnings;
    }

    // The rect of a card in canvas units (null when there is no such card); "" is the start.
    Q_INVOKABLE QRectF nodeRect(const QString &id) const;
    // Arrow-key navigation: the card above (the parent), below (the first child), or beside
    // (the nearest card on the same row) `id`; `id` itself when there is none.
    // direction: "up", "down", "left", "right".
    Q_INVOKABLE QString neighbour(const QString &id, const QString &direction) const;
    // The first step after `afterId` (in layout order, wrapping) whose name contains `text`
    // (case-insensitive); "" when none.
    Q_INVOKABLE QString find(const QString &text, const QString &afterId = {}) const;
    // The "+" nearest `point` within `radius` canvas units (not valid when none is).
    Q_INVOKABLE sd::PlusPlace plusAt(QPointF point, qreal radius) const;

    // Keyboard focus on the canvas moves over cards and "+" alike (canvasnavigation.cpp). A spot
    // is {kind: "card", id} or {kind: "plus", parentId, branch}; `keyTarget` answers the spot
    // an arrow key goes to from `from` ("up", "down", "left", "right"), `from` when none.
    Q_INVOKABLE QVariantMap keyTarget(const QVariantMap &from, const QString &direction) const;
    // The neighbouring "+" in `direction` where Ctrl+arrow moves the branch of step `id`:
    // not valid when there is none (never inside the branch itself).
    Q_INVOKABLE sd::PlusPlace moveTarget(const QString &id, const QString &direction) const;

    // What a screen reader says for a card and a "+" (canvasaccessible.cpp), translated.
    [[nodiscard]] QString cardAccessibleName(const QString &id) const;
    [[nodiscard]] QString cardAccessibleDescription(const QString &id) const;
    [[nodiscard]] QString plusAccessibleName(const LinkRef &link) const;

signals:
    void layoutChanged();
    void viewportChanged();
    void problemsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Count
    {
        int errors = 0;
        int warnings = 0;
    };
    Sequence m_sequence;
    TreeLayout m_layout;
    // Sets a table the cards show (marks, names); the rows whose values changed follow.
    template <typename Table> void setCardTable(Table &table, const Table &value);
    // Sequence::incomingLink in O(1): the table is made on the first question after a layout.
    [[nodiscard]] std::optional<LinkRef> incomingLink(const QString &id) const;

    QHash<QString, qsizetype> m_nodeIndex;
    mutable QHash<QString, LinkRef> m_incoming;
    mutable bool m_incomingKnown = false;
    QList<PlusSpot> m_plus;
    QHash<QString, Count> m_problems;
    QHash<QString, QStringList> m_problemTexts; // the messages by step, for screen readers
    QHash<QString, QString> m_sequenceNames;
    QHash<QString, QVariantMap> m_changeMarks;
    QHash<QString, QVariantMap> m_previewMarks;
    CardModel m_cards;
    PlusModel m_pluses;
};

} // namespace sd
