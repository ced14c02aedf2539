// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sd {

class Sequence;
class SequenceDocument;
struct Diagnostic;
struct ParamSpec;
struct Step;

// Of the validator's `found` in `sequence`, those about one parameter of a step: maps
// {severity, message}.
[[nodiscard]] QVariantList paramProblems(const Sequence &sequence, const QList<Diagnostic> &found,
                                         const QString &stepId, const QString &key);

// The selected step of a SequenceDocument as the side pane shows it: the step's own texts as
// properties, and one row per parameter of its type with what its editor shows. It follows the
// document: a new selection resets the rows; an edit, an undo or a redo, and each validation
// change only the rows whose data changed (dataChanged with the roles that changed). Values are
// set through the document, so each stays one undoable edit.
class StepInspector : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        sd::SequenceDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString stepId READ stepId NOTIFY stepChanged)
    Q_PROPERTY(QString stepType READ stepType NOTIFY stepChanged)
    Q_PROPERTY(QString typeName READ typeName NOTIFY stepChanged)
    Q_PROPERTY(QString group READ group NOTIFY stepChanged)
    // The step type's icon name (StepType::icon), "" for an unknown type.
    Q_PROPERTY(QString icon READ icon NOTIFY stepChanged)
    Q_PROPERTY(QString name READ name NOTIFY stepChanged)
    Q_PROPERTY(QString description READ description NOTIFY stepChanged)
    // The operators of a field rule, maps {value, label}, for the field-condition builder.
    Q_PROPERTY(QVariantList operators READ operators CONSTANT)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole,     // the ParamKind's name: "Days", "Choice", ...
        LabelRole,    // translated
        OptionalRole, // the parameter may be left out
        MinRole,      // for numbers
        MaxRole,
        ValueRole,    // as QML sees it; undefined when not set
        ChoicesRole,  // what a list offers: maps {value, label, ...}
        FieldRole,    // for a field's value: the chosen field {value, label, type, options}
        ProblemsRole, // maps {severity, message}
        EditorRole,   // the QML component that edits it: "ParamNumber", "ParamChoice", ...
    };
    Q_ENUM(Role)

    explicit StepInspector(QObject *parent = nullptr);

    [[nodiscard]] SequenceDocument *document() const { return m_document; }
    void setDocument(SequenceDocument *document);
    [[nodiscard]] QString stepId() const { return m_stepId; }
    [[nodiscard]] QString stepType() const { return m_stepType; }
    [[nodiscard]] QString typeName() const { return m_header.value("typeName").toString(); }
    [[nodiscard]] QString group() const { return m_header.value("group").toString(); }
    [[nodiscard]] QString icon() const { return m_header.value("icon").toString(); }
    [[nodiscard]] QString name() const { return m_header.value("name").toString(); }
    [[nodiscard]] QString description() const { return m_header.value("description").toString(); }
    [[nodiscard]] static QVariantList operators();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Sets parameter `key` of the step as one undoable edit of the document (undefined or null
    // removes it); false when the document refuses (its notice says why).
    Q_INVOKABLE bool setValue(const QString &key, const QVariant &value);

signals:
    void documentChanged();
    void stepChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        const ParamSpec *spec = nullptr;
        QVariant value;
        QVariantList choices;
        QVariantMap field;
        QVariantList problems;
    };
    [[nodiscard]] const Step *selectedStep() const;
    void reset();
    void follow();
    void updateHeader(const Step *step);
    [[nodiscard]] Row rowFor(const ParamSpec &spec, const Step &step, bool lists) const;
    // The lists of stepinspectorlists.cpp: what an editor of `spec` offers for `step`.
    [[nodiscard]] QVariantList choicesFor(const ParamSpec &spec, const Step &step) const;
    [[nodiscard]] QVariantMap fieldOf(const QString &name) const;

    QPointer<SequenceDocument> m_document;
    QString m_stepId;
    QString m_stepType;
    QVariantMap m_header;
    QList<Row> m_rows;
};

} // namespace sd
