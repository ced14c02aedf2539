// SPDX-License-Identifier: MIT
#pragma once
// Builders shared by the library tests (tests/model/tst_library*.cpp) and the helper programs
// of this folder: sequences that exercise every stored property, and file helpers.

#include "library/connection.h"
#include "library/library.h"
#include "library/pgsession.h"
#include "sequence.h"
#include "teamdatabases.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace lt {

using namespace sd;

inline Step step(const QString &id, const QString &type, QJsonObject params = {},
                 const QString &next = {})
{
    Step s;
    s.id = id;
    s.type = type;
    s.params = std::move(params);
    s.next = next;
    return s;
}

// A chain of calls and tasks that passes activation: `count` steps, the last a call.
inline Sequence simple(const QString &name, int count = 3, const QString &recordType = "lead")
{
    Sequence s;
    s.name = name;
    s.description = QStringLiteral("Description of ") + name;
    s.recordType = recordType;
    QList<Step> steps;
    for (int i = 0; i < count; ++i) {
        const bool last = i == count - 1;
        steps.append(step(QStringLiteral("s%1").arg(i), last || i % 2 ? "phoneCall" : "task", {},
                          last ? QString() : QStringLiteral("s%1").arg(i + 1)));
    }
    s.start = count > 0 ? QStringLiteral("s0") : QString();
    s.setSteps(steps);
    return s;
}

// Every property of the file format set to something other than its default.
inline Sequence rich(const QString &name = QStringLiteral("Webinar follow up"))
{
    Sequence s;
    s.id = QStringLiteral("3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b");
    s.name = name;
    s.description = QStringLiteral("Follow up with leads who attended a webinar. Æøå ĳ ß.");
    s.recordType = QStringLiteral("lead");
    s.tags = QStringList{QStringLiteral("Inbound/Events"), QStringLiteral("Webinars")};
    s.options.exitOnEmailReply = true;
    s.options.skipNonWorkingDays = true;
    s.assignment.to = Assignment::To::OwningTeam;
    s.assignment.condition = QJsonObject{
        {"match", "all"},
        {"rules",
         QJsonArray{QJsonObject{{"field", "title"}, {"operator", "equals"}, {"value", "Seller"}}}}};
    s.templateInfo = TemplateInfo{"Webinar follow up", "Events", "en"};
    QList<Step> steps;
    steps.append(step("thanks", "automatedEmail", {{"template", "Webinar thank you"}}, "replied"));
    Step cond = step("replied", "emailCondition",
                     {{"events", QJsonArray{"replied"}},
                      {"match", "any"},
                      {"within", QJsonObject{{"days", 2}, {"hours", 0}}},
                      {"advanceImmediately", true}});
    cond.yes = "confirm";
    cond.no = "followup";
    steps.append(cond);
    Step confirm = step("confirm", "email");
    confirm.name = QStringLiteral("Confirmation email");
    confirm.description = QStringLiteral("Say thanks and confirm the demo.");
    steps.append(confirm);
    steps.append(step("followup", "email", {}, "wait2"));
    steps.append(step("wait2", "wait", {{"days", 2}, {"hours", 3}}, "call"));
    steps.append(step("call", "phoneCall"));
    s.start = QStringLiteral("thanks");
    s.setSteps(steps);
    s.layout.insert("thanks", QPointF(0, 0));
    s.layout.insert("replied", QPointF(12.5, -40.25));
    return s;
}

inline QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Opens `path`, or on the team store the database standing for it (teamdatabases.h).
inline std::unique_ptr<Library> openLibrary(const QString &path)
{
    OpenResult r = Library::open(libraryName(path));
    if (!r)
        qWarning("%s", qPrintable(r.message));
    return std::move(r.library);
}

// Runs SQL written for both stores on the library's own connection, behind the store's back.
inline void exec(Library &lib, const char *sql)
{
    detail::Connection &c = lib.connection();
    if (c.isTeam())
        c.pg()->exec(sql);
    else
        sql::exec(c.db(), sql);
}

// Makes every write of the library's connection fail as on a read-only library (SQLite:
// PRAGMA query_only; PostgreSQL: read-only transactions), or undoes it.
inline void refuseWrites(Library &lib, bool refuse)
{
    if (lib.connection().isTeam())
        exec(lib, refuse ? "SET default_transaction_read_only = on"
                         : "SET default_transaction_read_only = off");
    else
        exec(lib, refuse ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
}

} // namespace lt
