// SPDX-License-Identifier: MIT
#pragma once
// Shared by the tests of SequenceDocument and what follows it: a step to build a sequence from,
// and a library file of each test function's own.

#include "library/library.h"
#include "sequence.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dt {

inline sd::Step step(const QString &id, const QString &type, const QString &next = {})
{
    sd::Step s;
    s.id = id;
    s.type = type;
    s.next = next;
    return s;
}

// Opens a new library in `dir` named after the running test function (call it from init()).
inline void openLibrary(const QTemporaryDir &dir, std::unique_ptr<sd::Library> &library)
{
    library.reset();
    QVERIFY(dir.isValid());
    sd::OpenResult opened =
        sd::Library::open(dir.filePath(QTest::currentTestFunction() + QStringLiteral(".sqlite")));
    QVERIFY2(opened.library, qPrintable(opened.message));
    library = std::move(opened.library);
}

} // namespace dt
