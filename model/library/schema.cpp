// SPDX-License-Identifier: MIT
// The library schema as an append-only chain of migrations keyed by PRAGMA user_version.
// Never edit a migration that has shipped: add the next one. docs/storage.md explains each table.
#include "library.h"
#include "migrations.h"

namespace sd {

namespace {

// Version 1: sequences with every property of the file format, their steps (links and manual
// layout positions as columns), hierarchical tags, and the autosave recovery area. Steps and
// tag links refer to a sequence by its integer `seq`, not its 36-character UUID, to keep keys
// short. Step ids are unique per sequence by the store's own check (checkStorable) rather than
// a second index, which would add a B-tree insert to every step of every save. Times are
// milliseconds since 1970 (UTC).
constexpr const char *schemaV1 = R"sql(
PRAGMA application_id = 1396984898;

CREATE TABLE sequences (
    seq                   INTEGER PRIMARY KEY,
    id                    TEXT NOT NULL UNIQUE,
    name                  TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
    description           TEXT NOT NULL DEFAULT '',
    record_type           TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'inactive' CHECK (status IN ('inactive', 'active')),
    exit_on_email_reply   INTEGER NOT NULL DEFAULT 0,
    skip_non_working_days INTEGER NOT NULL DEFAULT 0,
    assignment_to         TEXT NOT NULL DEFAULT 'recordOwner',
    assignment_field      TEXT NOT NULL DEFAULT '',
    assignment_condition  TEXT,
    is_template           INTEGER NOT NULL DEFAULT 0,
    template_title        TEXT NOT NULL DEFAULT '',
    template_category     TEXT NOT NULL DEFAULT '',
    template_language     TEXT NOT NULL DEFAULT '',
    start_step            TEXT NOT NULL DEFAULT '',
    activity_count        INTEGER NOT NULL DEFAULT 0,
    search_text           TEXT NOT NULL DEFAULT '',
    sort_name             TEXT NOT NULL DEFAULT '',
    created_at            INTEGER NOT NULL,
    created_by            TEXT NOT NULL,
    modified_at           INTEGER NOT NULL,
    modified_by           TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sequences_status ON sequences (status, record_type);

CREATE TABLE steps (
    seq         INTEGER NOT NULL REFERENCES sequences (seq) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    step_id     TEXT NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    params      TEXT,
    next_step   TEXT,
    yes_step    TEXT,
    no_step     TEXT,
    layout_x    REAL,
    layout_y    REAL,
    PRIMARY KEY (seq, position)
) WITHOUT ROWID;

CREATE TABLE tags (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tags (id),
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100 AND instr(name, '/') = 0)
);
CREATE UNIQUE INDEX tags_name ON tags (parent_id, name);
CREATE UNIQUE INDEX tags_top_name ON tags (name) WHERE parent_id IS NULL;

CREATE TABLE sequence_tags (
    seq         INTEGER NOT NULL REFERENCES sequences (seq) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (seq, tag_id)
) WITHOUT ROWID;
CREATE INDEX sequence_tags_tag ON sequence_tags (tag_id);

CREATE TABLE recovery (
    sequence_id  TEXT PRIMARY KEY NOT NULL REFERENCES sequences (id) ON DELETE CASCADE,
    base_version INTEGER NOT NULL,
    saved_at     INTEGER NOT NULL,
    saved_by     TEXT NOT NULL,
    properties   TEXT NOT NULL
);

CREATE TABLE recovery_steps (
    sequence_id TEXT NOT NULL REFERENCES recovery (sequence_id) ON DELETE CASCADE,
    step_id     TEXT NOT NULL,
    step        TEXT,
    PRIMARY KEY (sequence_id, step_id)
) WITHOUT ROWID;

CREATE TABLE recovery_order (
    sequence_id TEXT PRIMARY KEY NOT NULL REFERENCES recovery (sequence_id) ON DELETE CASCADE,
    step_ids    TEXT NOT NULL
);
)sql";

// Version 2: the versions of every sequence (docs/versions.md). A version is immutable: its
// content is the sequence in the file format (versionrows.cpp), and its change from the version
// before is kept as counts so the history list never compares sequences. The content is the
// last column so that listing versions does not read it. A sequence saved before this
// migration gets its stored content as version 1 on its first change.
constexpr const char *schemaVersions = R"sql(
CREATE TABLE sequence_versions (
    seq        INTEGER NOT NULL REFERENCES sequences (seq) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number >= 1),
    saved_at   INTEGER NOT NULL,
    saved_by   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    added      INTEGER NOT NULL DEFAULT 0,
    removed    INTEGER NOT NULL DEFAULT 0,
    changed    INTEGER NOT NULL DEFAULT 0,
    moved      INTEGER NOT NULL DEFAULT 0,
    properties TEXT NOT NULL DEFAULT '',
    content    BLOB NOT NULL,
    PRIMARY KEY (seq, number)
);
)sql";

// Version 3: `activity_count` counts activities only, not waits, conditions or commands
// (sequences-domain.md, section 6), as Sequence::activityCount() now does; versions 1 and 2 counted
// every step but waits. The types are the Steps and LinkedIn types of spec section 3 but `wait`.
constexpr const char *recountV3 = R"sql(
UPDATE sequences SET activity_count = (
    SELECT count(*) FROM steps
    WHERE steps.seq = sequences.seq
      AND steps.type IN ('email', 'automatedEmail', 'textMessage', 'automatedTextMessage',
                         'phoneCall', 'task', 'abTest', 'linkedinResearch',
                         'linkedinGetIntroduced', 'linkedinConnect', 'linkedinInMail'));
)sql";

// Version 4: the library's own identity (made once, kept by every copy) and a token for each
// of its last 1000 write transactions (sql::Transaction::commit adds one, walcheck.cpp). Open
// compares them as the main file alone holds them with what its -wal file makes of them, and
// refuses a -wal that belongs to another library or goes back in time (docs/storage.md).
constexpr const char *libraryStateV4 = R"sql(
CREATE TABLE library_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    identity TEXT NOT NULL
);
INSERT INTO library_state (id, identity) VALUES (1, lower(hex(randomblob(16))));

CREATE TABLE library_changes (
    change INTEGER PRIMARY KEY,
    token  INTEGER NOT NULL
);
)sql";

// Version 5: the recovery area stores the file format's JSON (recoveryformat.h), so that unsaved
// edits are read by the strict reader like any file: one row per sequence whose `content` is a
// document of the format with the properties and the steps that differ from the saved version
// (their positions in its `layout`), `removed` the deleted step ids, `step_ids` the order when
// it differs. The rows of versions 1 to 4 (properties, each differing step and the order as the
// recovery area's own JSON) are converted; empty texts and links are left out, as the writer
// does. The objects are put together by json_patch from json_object calls of at most 8
// arguments (hardening.cpp limits a function's arguments to 8).
constexpr const char *recoveryFileFormatV5 = R"sql(
ALTER TABLE recovery ADD COLUMN content TEXT NOT NULL DEFAULT '';
ALTER TABLE recovery ADD COLUMN removed TEXT NOT NULL DEFAULT '[]';
ALTER TABLE recovery ADD COLUMN step_ids TEXT;
UPDATE recovery SET
    content = json_object('format', 'sequence-designer', 'formatVersion', 1, 'sequences',
        json_array(json_patch(json_patch(json_patch('{}', json_object(
            'id', sequence_id,
            'name', json_extract(properties, '$.name'),
            'description', nullif(json_extract(properties, '$.description'), ''),
            'recordType', json_extract(properties, '$.recordType'))), json_object(
            'status', (SELECT status FROM sequences WHERE id = recovery.sequence_id),
            'tags', CASE WHEN json_array_length(properties, '$.tags') > 0
                         THEN json_extract(properties, '$.tags') END,
            'options', json_object(
                'exitOnEmailReply',
                json(iif(json_extract(properties, '$.exitOnEmailReply'), 'true', 'false')),
                'skipNonWorkingDays',
                json(iif(json_extract(properties, '$.skipNonWorkingDays'), 'true', 'false'))),
            'assignment', json_object(
                'to', json_extract(properties, '$.assignmentTo'),
                'field', nullif(json_extract(properties, '$.assignmentField'), ''),
                'condition', CASE WHEN json_extract(properties, '$.assignmentCondition') <> '{}'
                                  THEN json_extract(properties, '$.assignmentCondition') END))),
            json_object(
            'template', CASE WHEN json_type(properties, '$.template') = 'object' THEN json_object(
                'title', nullif(json_extract(properties, '$.template.title'), ''),
                'category', nullif(json_extract(properties, '$.template.category'), ''),
                'language', nullif(json_extract(properties, '$.template.language'), '')) END,
            'start', nullif(json_extract(properties, '$.start'), ''),
            'steps', json((SELECT json_group_array(json_patch(json_patch('{}', json_object(
                    'id', s.step_id,
                    'type', json_extract(s.step, '$.type'),
                    'name', nullif(json_extract(s.step, '$.name'), ''),
                    'description', nullif(json_extract(s.step, '$.description'), ''))),
                    json_object(
                    'params', CASE WHEN json_extract(s.step, '$.params') <> '{}'
                                   THEN json_extract(s.step, '$.params') END,
                    'next', nullif(json_extract(s.step, '$.next'), ''),
                    'yes', nullif(json_extract(s.step, '$.yes'), ''),
                    'no', nullif(json_extract(s.step, '$.no'), ''))))
                FROM recovery_steps s
                WHERE s.sequence_id = recovery.sequence_id AND s.step IS NOT NULL)),
            'layout', json((SELECT json_group_object(s.step_id, json_object(
                    'x', json_extract(s.step, '$.x'), 'y', json_extract(s.step, '$.y')))
                FROM recovery_steps s
                WHERE s.sequence_id = recovery.sequence_id
                  AND json_extract(s.step, '$.x') IS NOT NULL)))))),
    removed = json((SELECT json_group_array(s.step_id) FROM recovery_steps s
                    WHERE s.sequence_id = recovery.sequence_id AND s.step IS NULL)),
    step_ids = (SELECT o.step_ids FROM recovery_order o
                WHERE o.sequence_id = recovery.sequence_id);
DROP TABLE recovery_steps;
DROP TABLE recovery_order;
ALTER TABLE recovery DROP COLUMN properties;
)sql";

} // namespace

const QList<Migration> &Library::migrations()
{
    static const QList<Migration> chain{
        {1, schemaV1},       {2, schemaVersions},       {3, recountV3},
        {4, libraryStateV4}, {5, recoveryFileFormatV5},
    };
    return chain;
}

namespace detail {

void runMigrations(MigrationTarget &target, const QList<Migration> &chain)
{
    for (const Migration &m : chain) {
        if (target.version() >= m.version)
            continue;
        target.beginWrite();
        try {
            if (target.version() < m.version)
                target.apply(m);
            target.commit();
        } catch (...) {
            target.rollback();
            throw;
        }
    }
}

} // namespace detail

} // namespace sd
