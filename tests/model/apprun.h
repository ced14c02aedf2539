// SPDX-License-Identifier: MIT
// Runs the built program (SD_APP) as a user would from a shell, for the tests of its commands.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sd::test {

struct Run
{
    int code = -1; // -1 when the program crashed or did not finish in time
    QString out;
    QString err;
};

inline Run run(const QStringList &args, const QProcessEnvironment &env = {}, int timeoutMs = 30000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(QStringLiteral(SD_APP), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill(); // hung: the test fails on the exit code
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace sd::test
