// SPDX-License-Identifier: MIT
#include "sequencerows.h"
#include "sequencefile.h"
#include "tagrows.h"

#include <QJsonDocument>
#include <QLocale>

namespace sd::detail {

namespace {

bool validStepId(const QString &id)
{
    if (id.isEmpty() || id.size() > limits::maxStepIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray jsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject jsonObject(const QByteArray &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

void invalid(const QString &message)
{
    refuse(StoreError::Invalid, message);
}

bool sameRow(const Step &a, const QHash<QString, QPointF> &layoutA, const Step &b,
             const QHash<QString, QPointF> &layoutB)
{
    if (a.id != b.id || a.type != b.type || a.name != b.name || a.description != b.description ||
        a.next != b.next || a.yes != b.yes || a.no != b.no || a.params != b.params)
        return false;
    const auto atA = layoutA.constFind(a.id);
    const auto atB = layoutB.constFind(b.id);
    if ((atA == layoutA.constEnd()) != (atB == layoutB.constEnd()))
        return false;
    return atA == layoutA.constEnd() || *atA == *atB;
}

// Writes the step rows of `s` (sequence row `seq`): all of them, after deleting the old ones
// (replace), or, when `stored` is what the rows hold now, only the rows that differ from it at
// their position, so a save that edits a few of 10,000 steps writes a few rows. Only DELETE and
// INSERT: the rights a team library's roles give on steps.
void writeStepRows(Connection &c, qint64 seq, const Sequence &s, bool replace,
                   const Sequence *stored)
{
    const QList<Step> &steps = s.steps();
    const QList<Step> old = stored ? stored->steps() : QList<Step>();
    if (replace && stored) {
        const Query del = c.query("DELETE FROM steps WHERE seq = ?1 AND position >= ?2");
        del->bind(1, seq).bind(2, qint64(steps.size())).run();
    } else if (replace) {
        const Query del = c.query("DELETE FROM steps WHERE seq = ?1");
        del->bind(1, seq).run();
    }
    const Query ins = c.query("INSERT INTO steps (seq, position, step_id, type, name, "
                              "description, params, next_step, yes_step, no_step, layout_x, "
                              "layout_y) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                              "?12)");
    for (qsizetype position = 0; position < steps.size(); ++position) {
        const Step &step = steps[position];
        if (replace && stored && position < old.size()) {
            if (sameRow(step, s.layout, old[position], stored->layout))
                continue;
            const Query del = c.query("DELETE FROM steps WHERE seq = ?1 AND position = ?2");
            del->bind(1, seq).bind(2, qint64(position)).run();
        }
        ins->bind(1, seq)
            .bind(2, qint64(position))
            .bind(3, step.id)
            .bind(4, step.type)
            .bind(5, step.name)
            .bind(6, step.description);
        const QByteArray params = jsonText(step.params);
        if (params.isEmpty())
            ins->bindNull(7);
        else
            ins->bind(7, params);
        ins->bindOrNull(8, step.next).bindOrNull(9, step.yes).bindOrNull(10, step.no);
        const auto at = s.layout.constFind(step.id);
        if (at != s.layout.constEnd())
            ins->bind(11, at->x()).bind(12, at->y());
        ins->run();
    }
}

} // namespace

QString statusKey(Status status)
{
    return status == Status::Active ? QStringLiteral("active") : QStringLiteral("inactive");
}

Status statusFromKey(const QString &key)
{
    return key == u"active" ? Status::Active : Status::Inactive;
}

QString foldForSearch(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString nameProblem(const QString &name)
{
    const qsizetype n = codePoints(name.trimmed());
    if (n == 0)
        return LibraryText::tr("A sequence needs a name. Type a name of 1 to %L1 characters.")
            .arg(limits::maxNameLength);
    if (codePoints(name) > limits::maxNameLength)
        return LibraryText::tr("The name is longer than %L1 characters. Shorten it.")
            .arg(limits::maxNameLength);
    if (hasControlCharacter(name))
        return LibraryText::tr("The name contains a control character (a line break, tab, "
                               "escape or similar). Remove it.");
    return {};
}

void checkStorable(const Sequence &s)
{
    if (const QString problem = nameProblem(s.name); !problem.isEmpty())
        invalid(problem);
    if (codePoints(s.description) > limits::maxDescriptionLength)
        invalid(LibraryText::tr("The description of “%1” is longer than %2 characters. Shorten it.")
                    .arg(s.name, QLocale().toString(limits::maxDescriptionLength)));
    if (s.recordType.trimmed().isEmpty())
        invalid(LibraryText::tr("“%1” has no record type. Choose the kind of record it is for.")
                    .arg(s.name));
    if (s.stepCount() > limits::maxSteps)
        invalid(
            LibraryText::tr("“%1” has more than 100,000 steps, more than a library holds. Split it "
                            "into several sequences.")
                .arg(s.name));
    for (const QString &tag : s.tags) {
        if (const QString problem = tagPathProblem(tag); !problem.isEmpty())
            invalid(problem);
    }

    // The sequence's own index points at the first step of each id: a step it does not point
    // at repeats an id.
    for (const Step &step : s.steps()) {
        if (hasControlCharacter(step.name))
            invalid(LibraryText::tr("The name of step “%1” contains a control character (a line "
                                    "break, tab, escape or similar). Remove it.")
                        .arg(step.id));
        if (!validStepId(step.id))
            invalid(
                LibraryText::tr("The step id “%1” is not valid. Use 1 to 64 letters, digits, _ or "
                                "-.")
                    .arg(step.id));
        if (s.step(step.id) != &step)
            invalid(LibraryText::tr("Two steps share the id “%1”. Give one of them another id.")
                        .arg(step.id));
        if (step.type.isEmpty())
            invalid(LibraryText::tr("The step “%1” has no type. Choose what kind of step it is.")
                        .arg(step.id));
    }
    for (const Step &step : s.steps()) {
        for (const QString *target : {&step.next, &step.yes, &step.no}) {
            if (!target->isEmpty() && !s.contains(*target))
                invalid(LibraryText::tr("The step “%1” links to “%2”, which is not a step of this "
                                        "sequence. Change or remove the link.")
                            .arg(step.id, *target));
        }
    }
    if (s.stepCount() > 0 && !s.contains(s.start))
        invalid(LibraryText::tr("“%1” does not start at one of its steps. Choose the first step.")
                    .arg(s.name));
    if (s.stepCount() == 0 && !s.start.isEmpty())
        invalid(LibraryText::tr("“%1” has no steps but names a first step. Remove the start.")
                    .arg(s.name));
}

void writeSequence(Connection &c, const Sequence &s, const RowMeta &m, bool replace,
                   const Sequence *stored)
{
    checkStorable(s);
    qint64 seq = 0;
    {
        const Query q = c.query(
            "INSERT INTO sequences (id, name, description, record_type, status, "
            "exit_on_email_reply, skip_non_working_days, assignment_to, assignment_field, "
            "assignment_condition, is_template, template_title, template_category, "
            "template_language, start_step, activity_count, search_text, sort_name, created_at, "
            "created_by, modified_at, modified_by, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
            "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23) "
            "ON CONFLICT (id) DO UPDATE SET name = ?2, description = ?3, record_type = ?4, "
            "status = ?5, exit_on_email_reply = ?6, skip_non_working_days = ?7, "
            "assignment_to = ?8, assignment_field = ?9, assignment_condition = ?10, "
            "is_template = ?11, template_title = ?12, template_category = ?13, "
            "template_language = ?14, start_step = ?15, activity_count = ?16, search_text = ?17, "
            "sort_name = ?18, modified_at = ?21, modified_by = ?22, version = ?23 RETURNING seq");
        const TemplateInfo tmpl = s.templateInfo.value_or(TemplateInfo{});
        q->bind(1, s.id)
            .bind(2, s.name)
            .bind(3, s.description)
            .bind(4, s.recordType)
            .bind(5, statusKey(m.status))
            .bind(6, s.options.exitOnEmailReply)
            .bind(7, s.options.skipNonWorkingDays)
            .bind(8, Assignment::toKey(s.assignment.to))
            .bind(9, s.assignment.field);
        const QByteArray condition = jsonText(s.assignment.condition);
        if (condition.isEmpty())
            q->bindNull(10);
        else
            q->bind(10, condition);
        q->bind(11, s.templateInfo.has_value())
            .bind(12, tmpl.title)
            .bind(13, tmpl.category)
            .bind(14, tmpl.language)
            .bind(15, s.start)
            .bind(16, s.activityCount())
            .bind(17, foldForSearch(s.name + u'\n' + s.description))
            .bind(18, s.name.toCaseFolded())
            .bind(19, m.createdAt)
            .bind(20, m.createdBy)
            .bind(21, m.modifiedAt)
            .bind(22, m.modifiedBy)
            .bind(23, m.version);
        q->next();
        seq = q->integer(0);
        q->next(); // finishes the statement
    }
    if (replace) {
        const Query delTags = c.query("DELETE FROM sequence_tags WHERE seq = ?1");
        delTags->bind(1, seq).run();
    }
    writeStepRows(c, seq, s, replace, stored);

    const Query tag =
        c.query("INSERT INTO sequence_tags (seq, tag_id, position) VALUES (?1, ?2, ?3) "
                "ON CONFLICT DO NOTHING");
    qint64 tagPosition = 0;
    for (const QString &path : s.tags)
        tag->bind(1, seq).bind(2, ensureTagPath(c, path)).bind(3, tagPosition++).run();
}

std::optional<SequenceRecord> readSequence(Connection &c, const QString &id)
{
    SequenceRecord r;
    Sequence &s = r.sequence;
    qint64 seq = 0;
    {
        const Query q = c.query(
            "SELECT name, description, record_type, status, exit_on_email_reply, "
            "skip_non_working_days, assignment_to, assignment_field, assignment_condition, "
            "is_template, template_title, template_category, template_language, start_step, "
            "created_at, created_by, modified_at, modified_by, version, seq FROM sequences "
            "WHERE id = ?1");
        q->bind(1, id);
        if (!q->next())
            return std::nullopt;
        s.id = id;
        s.name = q->text(0);
        s.description = q->text(1);
        s.recordType = q->text(2);
        s.status = statusFromKey(q->text(3));
        s.options.exitOnEmailReply = q->integer(4) != 0;
        s.options.skipNonWorkingDays = q->integer(5) != 0;
        s.assignment.to = Assignment::fromKey(q->text(6)).value_or(Assignment::To::RecordOwner);
        s.assignment.field = q->text(7);
        s.assignment.condition = jsonObject(q->bytes(8));
        if (q->integer(9) != 0)
            s.templateInfo = TemplateInfo{q->text(10), q->text(11), q->text(12)};
        s.start = q->text(13);
        r.created = parseTimestamp(q->integer(14));
        r.createdBy = q->text(15);
        r.modified = parseTimestamp(q->integer(16));
        r.modifiedBy = q->text(17);
        r.version = q->integer(18);
        seq = q->integer(19);
    }

    QList<Step> steps;
    {
        const Query q = c.query("SELECT step_id, type, name, description, params, next_step, "
                                "yes_step, no_step, layout_x, layout_y FROM steps "
                                "WHERE seq = ?1 ORDER BY position");
        q->bind(1, seq);
        while (q->next()) {
            Step step;
            step.id = q->text(0);
            step.type = q->text(1);
            step.name = q->text(2);
            step.description = q->text(3);
            const QByteArray params = q->bytes(4);
            step.params = jsonObject(params);
            if (!params.isEmpty() && !QJsonDocument::fromJson(params).isObject())
                r.damagedParams.insert(step.id, params);
            step.next = q->text(5);
            step.yes = q->text(6);
            step.no = q->text(7);
            if (!q->isNull(8))
                s.layout.insert(step.id, QPointF(q->real(8), q->real(9)));
            steps.append(std::move(step));
        }
    }
    s.setSteps(std::move(steps));

    QList<qint64> tagIds;
    {
        const Query q =
            c.query("SELECT tag_id FROM sequence_tags WHERE seq = ?1 ORDER BY position");
        q->bind(1, seq);
        while (q->next())
            tagIds.append(q->integer(0));
    }
    for (const qint64 tagId : tagIds)
        s.tags.append(tagPath(c, tagId));
    return r;
}

} // namespace sd::detail
