// SPDX-License-Identifier: MIT
#include "sequencefile.h"

#include "sequencejsonwriter.h"
#include "steptype.h"

#include <algorithm>

// The writer: files are written straight from the Sequence in the layout of
// sequencejsonwriter.h; building QJsonObjects first would cost more than the writing itself.
// It is the one writer of the format's JSON: export, clipboard, templates, versions and the
// recovery area all write through writeSequenceFile.

namespace sd {

namespace {

class SequenceWriter
{
public:
    QByteArray write(const QList<Sequence> &sequences, const QString &profileName)
    {
        m_out.raw("{\n  \"format\": \"sequence-designer\",\n  \"formatVersion\": ");
        m_out.number(formatVersion);
        m_out.raw(",");
        if (!profileName.isEmpty()) {
            m_out.newline(2);
            m_out.key("profile");
            m_out.string(profileName);
            m_out.raw(",");
        }
        m_out.newline(2);
        m_out.key("sequences");
        if (sequences.isEmpty()) {
            m_out.raw("[]");
        } else {
            JsonOut::Members list = m_out.beginArray(2, false);
            for (const Sequence &sequence : sequences) {
                list.next();
                writeSequence(sequence, 4);
            }
            list.end();
        }
        m_out.raw("\n}\n");
        return std::move(m_out.bytes());
    }

private:
    void writeSequence(const Sequence &s, int indent)
    {
        JsonOut::Members m = m_out.beginObject(indent, false);
        auto text = [&](const char *key, const QString &value) {
            m.next();
            m_out.key(key);
            m_out.string(value);
        };
        if (!s.id.isEmpty())
            text("id", s.id);
        text("name", s.name);
        if (!s.description.isEmpty())
            text("description", s.description);
        text("recordType", s.recordType);
        text("status",
             s.status == Status::Active ? QStringLiteral("active") : QStringLiteral("inactive"));
        if (!s.tags.isEmpty()) {
            m.next();
            m_out.key("tags");
            m_out.container([&](bool inlineForm) {
                JsonOut::Members tags = m_out.beginArray(indent + 2, inlineForm);
                for (const QString &tag : s.tags) {
                    tags.next();
                    m_out.string(tag);
                }
                tags.end();
                return true;
            });
        }
        // Options and assignment are written even at their defaults, so that a person reading
        // the file sees what the sequence does.
        m.next();
        m_out.key("options");
        m_out.raw(s.options.exitOnEmailReply ? "{ \"exitOnEmailReply\": true, "
                                             : "{ \"exitOnEmailReply\": false, ");
        m_out.raw(s.options.skipNonWorkingDays ? "\"skipNonWorkingDays\": true }"
                                               : "\"skipNonWorkingDays\": false }");
        m.next();
        m_out.key("assignment");
        writeAssignment(s.assignment, indent + 2);
        if (s.templateInfo)
            writeTemplate(*s.templateInfo, indent + 2, m);
        // `start` is there exactly when there are steps, even when it names none (the
        // validator reports that), so that reading the file back gives the same sequence.
        if (!s.steps().isEmpty() || !s.start.isEmpty())
            text("start", s.start);
        m.next();
        m_out.key("steps");
        if (s.steps().isEmpty()) {
            m_out.raw("[]");
        } else {
            JsonOut::Members steps = m_out.beginArray(indent + 2, false);
            for (const Step &step : s.steps()) {
                steps.next();
                m_out.container(
                    [&](bool inlineForm) { return writeStep(step, indent + 4, inlineForm); });
            }
            steps.end();
        }
        if (!s.layout.isEmpty()) {
            m.next();
            m_out.key("layout");
            writeLayout(s.layout, indent + 2);
        }
        m.end();
    }

    void writeAssignment(const Assignment &a, int indent)
    {
        m_out.container([&](bool inlineForm) {
            if (inlineForm && !a.condition.isEmpty())
                return false;
            JsonOut::Members m = m_out.beginObject(indent, inlineForm);
            m.next();
            m_out.key("to");
            m_out.string(Assignment::toKey(a.to));
            if (!a.field.isEmpty()) {
                m.next();
                m_out.key("field");
                m_out.string(a.field);
            }
            if (!a.condition.isEmpty()) {
                m.next();
                m_out.key("condition");
                m_out.value(a.condition, indent + 2);
            }
            m.end();
            return true;
        });
    }

    void writeTemplate(const TemplateInfo &t, int indent, JsonOut::Members &sequence)
    {
        sequence.next();
        m_out.key("template");
        m_out.container([&](bool inlineForm) {
            if (t.title.isEmpty() && t.category.isEmpty() && t.language.isEmpty()) {
                m_out.raw("{}");
                return true;
            }
            JsonOut::Members m = m_out.beginObject(indent, inlineForm);
            const std::pair<const char *, const QString *> parts[] = {
                {"title", &t.title}, {"category", &t.category}, {"language", &t.language}};
            for (const auto &[key, value] : parts) {
                if (value->isEmpty())
                    continue;
                m.next();
                m_out.key(key);
                m_out.string(*value);
            }
            m.end();
            return true;
        });
    }

    bool writeStep(const Step &step, int indent, bool inlineForm)
    {
        if (inlineForm && !step.params.isEmpty())
            return false;
        JsonOut::Members m = m_out.beginObject(indent, inlineForm);
        auto text = [&](const char *key, const QString &value) {
            m.next();
            m_out.key(key);
            m_out.string(value);
        };
        text("id", step.id);
        text("type", step.type);
        if (!step.name.isEmpty())
            text("name", step.name);
        if (!step.description.isEmpty())
            text("description", step.description);
        if (!step.params.isEmpty()) {
            m.next();
            m_out.key("params");
            m_out.value(step.params, indent + 2, StepCatalogue::find(step.type));
        }
        for (Branch b : {Branch::Next, Branch::Yes, Branch::No}) {
            if (!step.link(b).isEmpty())
                text(b == Branch::Next ? "next" : b == Branch::Yes ? "yes" : "no", step.link(b));
        }
        m.end();
        return true;
    }

    void writeLayout(const QHash<QString, QPointF> &layout, int indent)
    {
        QStringList ids = layout.keys();
        std::sort(ids.begin(), ids.end());
        JsonOut::Members m = m_out.beginObject(indent, false);
        for (const QString &id : ids) {
            const QPointF p = layout.value(id);
            m.next();
            m_out.string(id);
            m_out.raw(": { \"x\": ");
            m_out.number(wholeOrDouble(p.x()));
            m_out.raw(", \"y\": ");
            m_out.number(wholeOrDouble(p.y()));
            m_out.raw(" }");
        }
        m.end();
    }

    JsonOut m_out;
};

} // namespace

QByteArray writeSequenceFile(const QList<Sequence> &sequences, const QString &profileName)
{
    return SequenceWriter().write(sequences, profileName);
}

} // namespace sd
