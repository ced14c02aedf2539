// SPDX-License-Identifier: MIT
// One side of the two-process activation race (tst_libraryactivation): waits until the start
// time, then activates each id in turn and prints "ok ID" or "refused ID CODES".
//   library_activator LIBRARY START-MS-SINCE-EPOCH ID...
#include "library/activation.h"
#include "library/library.h"
#include "profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QThread>

using namespace sd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 4)
        return 2;
    OpenResult opened = Library::open(args[1]);
    if (!opened) {
        out << "error " << opened.message << '\n';
        return 2;
    }
    const qint64 start = args[2].toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < start)
        QThread::usleep(200);
    Activation activation(*opened.library);
    for (const QString &id : args.mid(3)) {
        const ActivationResult r = activation.activate(id, Profile::defaultProfile());
        if (r.ok()) {
            out << "ok " << id << '\n';
        } else {
            QStringList codes;
            for (const Diagnostic &d : r.diagnostics)
                codes.append(d.code);
            out << "refused " << id << ' ' << codes.join(',') << ' '
                << (codes.isEmpty() ? r.status.message : QString()) << '\n';
        }
        out.flush();
    }
    return 0;
}
