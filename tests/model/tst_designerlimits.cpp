// SPDX-License-Identifier: MIT
// The name and description limits of sequencelimits.h, counted in code points by every layer: the
// file reader, the library store, the model's edits, the designer's checks and the QML singleton.
// An emoji is one code point but two UTF-16 units, so a layer counting units refuses half as
// many as the reader accepts.
#include "library/library.h"
#include "library/sequencestore.h"
#include "sequencedocument.h"
#include "sequencefile.h"
#include "sequencelimits.h"
#include "tagmodel.h"
#include "templatesaver.h"
#include "textlimits.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QString emoji(qsizetype count)
{
    return QString::fromUcs4(U"\U0001F600").repeated(count);
}

// A file of one sequence with one email step; `sequence` and `step` are merged over it.
QByteArray file(const QJsonObject &sequence, const QJsonObject &step = {})
{
    QJsonObject s{{"id", "0b7e3a52-1f0c-4c1e-9a55-2d4c6f8e9a01"},
                  {"name", "Limits"},
                  {"recordType", "lead"},
                  {"status", "inactive"},
                  {"start", "mail"}};
    for (auto it = sequence.begin(); it != sequence.end(); ++it)
        s.insert(it.key(), it.value());
    QJsonObject e{{"id", "mail"}, {"type", "email"}};
    for (auto it = step.begin(); it != step.end(); ++it)
        e.insert(it.key(), it.value());
    s.insert("steps", QJsonArray{e});
    return QJsonDocument(QJsonObject{{"format", "sequence-designer"},
                                     {"formatVersion", 1},
                                     {"sequences", QJsonArray{s}}})
        .toJson();
}

} // namespace

class TestDesignerLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        OpenResult opened =
            Library::open(m_dir.filePath(QTest::currentTestFunction() + QStringLiteral(".sqlite")));
        QVERIFY2(opened.library, qPrintable(opened.message));
        m_library = std::move(opened.library);
    }

    // The bug: the reader took a description of 1,500 emoji (1,500 code points, 3,000
    // UTF-16 units) and the designer refused every edit of it, even of one character.
    void emojiTextsCanBeEdited()
    {
        const ReadResult read = readSequenceFile(file(
            {{"description", emoji(1500)}}, {{"name", emoji(60)}, {"description", emoji(1500)}}));
        QVERIFY(read.ok());
        const auto made = SequenceStore(*m_library).create(read.sequences.first());
        QVERIFY2(made.ok(), qPrintable(made.message()));

        SequenceDocument doc;
        doc.setLibrary(m_library.get());
        doc.setSequenceId(made.value.sequence.id);
        QVERIFY(doc.loaded());
        QVERIFY(doc.describeStep("mail", emoji(1500) + u'!'));
        QVERIFY(doc.renameStep("mail", emoji(60) + u'!'));
        doc.setDescription(emoji(1500) + u'!');
        QVERIFY(doc.save());
        const auto saved = SequenceStore(*m_library).get(made.value.sequence.id);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value.sequence.step("mail")->description, emoji(1500) + u'!');
        QCOMPARE(saved.value.sequence.step("mail")->name, emoji(60) + u'!');
        QCOMPARE(saved.value.sequence.description, emoji(1500) + u'!');
    }

    // At its limit a text is taken by every layer, one code point more by none.
    void everyLayerAgrees_data()
    {
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<bool>("fits");
        QTest::newRow("at the limit") << qsizetype(0) << true;
        QTest::newRow("one over") << qsizetype(1) << false;
    }

    void everyLayerAgrees()
    {
        QFETCH(qsizetype, length);
        QFETCH(bool, fits);
        const QString name = emoji(limits::maxNameLength + length);
        const QString description = emoji(limits::maxDescriptionLength + length);
        const QString stepName = emoji(limits::maxStepNameLength + length);
        const QString tag = emoji(limits::maxTagLevelLength + length);

        // The reader.
        QCOMPARE(readSequenceFile(file({{"name", name}})).ok(), fits);
        QCOMPARE(readSequenceFile(file({{"description", description}})).ok(), fits);
        QCOMPARE(readSequenceFile(file({}, {{"name", stepName}})).ok(), fits);
        QCOMPARE(readSequenceFile(file({}, {{"description", description}})).ok(), fits);
        QCOMPARE(readSequenceFile(file({{"tags", QJsonArray{tag}}})).ok(), fits);

        // The library store.
        Sequence s = readSequenceFile(file({})).sequences.first();
        s.name = name;
        QCOMPARE(SequenceStore(*m_library).create(s).ok(), fits);
        s.name = "Limits";
        s.description = description;
        QCOMPARE(SequenceStore(*m_library).create(s).ok(), fits);
        s.description.clear();
        s.tags = {tag};
        QCOMPARE(SequenceStore(*m_library).create(s).ok(), fits);

        // The model's edits.
        s.tags.clear();
        QCOMPARE(bool(s.rename("mail", stepName)), fits);
        QCOMPARE(bool(s.setDescription("mail", description)), fits);

        // The designer's checks as the user types.
        QCOMPARE(TagModel::nameProblem(tag).isEmpty(), fits);
        QCOMPARE(
            TemplateSaver::titleProblem(emoji(limits::maxTemplateTitleLength + length)).isEmpty(),
            fits);
        QCOMPARE(TemplateSaver::categoryProblem(emoji(limits::maxTemplateCategoryLength + length))
                     .isEmpty(),
                 fits);
    }

    void qmlCountsCodePoints()
    {
        QCOMPARE(TextLimits::name(), limits::maxNameLength);
        QCOMPARE(TextLimits::description(), limits::maxDescriptionLength);
        QCOMPARE(TextLimits::codePoints(emoji(3) + "ab"), 5);
        QCOMPARE(TextLimits::left(emoji(3) + "ab", 2), emoji(2));
        QCOMPARE(TextLimits::left("abc", 5), "abc");
    }
};

QTEST_MAIN(TestDesignerLimits)
#include "tst_designerlimits.moc"
