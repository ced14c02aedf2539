// SPDX-License-Identifier: MIT
// The team library on a PostgreSQL server under 8 concurrent clients (docs/storage.md, "Team
// library on PostgreSQL"): activations through the store, and the two ways to keep the 250 limit
// (the store's advisory write lock, or SERIALIZABLE transactions retried on a serialization
// failure) measured side by side on the same work. Listing, searching and saving on the server
// are bench_store's, given the same URL. Prints throughput and latency percentiles.
//   bench_team postgresql://user@host/empty_database   (or SD_BENCH_PG; skipped without one)
#include "generate.h"
#include "library/activation.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace sd;

namespace {

constexpr int clients = 8;
constexpr int perClient = 60;

struct Run
{
    std::vector<double> ms; // every operation's latency
    double seconds = 0;
    int retries = 0;
};

void print(const char *what, const Run &r)
{
    std::vector<double> ms = r.ms;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * ms.size()))]; };
    QTextStream out(stdout);
    out << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0)
        << QString::number(double(ms.size()) / r.seconds, 'f', 0) << " ops/s"
        << "  median " << QString::number(at(0.5), 'f', 2) << " ms  p95 "
        << QString::number(at(0.95), 'f', 2) << " ms  max " << QString::number(ms.back(), 'f', 2)
        << " ms  retries " << r.retries << '\n';
}

// Runs `op(client, i)` perClient times on each of 8 threads at once; `op` returns its retries.
Run concurrently(const std::function<int(int, int)> &op)
{
    Run run;
    std::vector<std::vector<double>> times(clients);
    std::atomic<int> retries{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            for (int i = 0; i < perClient; ++i) {
                QElapsedTimer t;
                t.start();
                retries += op(c, i);
                times[c].push_back(double(t.nsecsElapsed()) / 1e6);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    for (const auto &list : times)
        run.ms.insert(run.ms.end(), list.begin(), list.end());
    run.retries = retries;
    return run;
}

bool ok(PGresult *r)
{
    const ExecStatusType s = PQresultStatus(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

// One activation as raw SQL: count the active sequences and, under 250, make one active; then
// the same for making it inactive again. `serializable`: retried on SQLSTATE 40001.
int activateRaw(PGconn *conn, const QByteArray &id, bool serializable)
{
    const QByteArray begin = serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
                                          : "BEGIN; SELECT pg_advisory_xact_lock(1396984898)";
    int retries = 0;
    for (const char *status : {"active", "inactive"}) {
        const QByteArray work = begin +
                                "; SELECT count(*) FROM sequences WHERE status = 'active'; "
                                "UPDATE sequences SET status = '" +
                                status + "', version = version + 1 WHERE id = '" + id + "'; COMMIT";
        for (;;) {
            PGresult *r = PQexec(conn, work.constData());
            const bool done = ok(r);
            const char *state = done ? nullptr : PQresultErrorField(r, PG_DIAG_SQLSTATE);
            const bool retry = state && qstrcmp(state, "40001") == 0;
            PQclear(r);
            if (!done && PQtransactionStatus(conn) != PQTRANS_IDLE)
                PQclear(PQexec(conn, "ROLLBACK"));
            if (done || !retry)
                break;
            ++retries;
        }
    }
    return retries;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString url = argc > 1 ? app.arguments()[1] : qEnvironmentVariable("SD_BENCH_PG");
    QTextStream out(stdout);
    if (url.isEmpty()) {
        out << "bench_team: skipped, no server named. Give the URL of an empty database as the "
               "argument or in SD_BENCH_PG (tests/library/pgcluster.sh starts a throwaway one).\n";
        return 0;
    }
    OpenResult opened = Library::open(url);
    if (!opened) {
        out << "bench_team: skipped: " << opened.message << '\n';
        return 0;
    }
    // 200 active sequences, and 8 clients with perClient inactive ones each.
    std::vector<QStringList> ids(clients);
    {
        SequenceStore store(*opened.library);
        Activation activation(*opened.library);
        for (int i = 0; i < 200; ++i) {
            const QString id = store.create(generateSequence(12)).value.sequence.id;
            (void)activation.activate(id, Profile::defaultProfile());
        }
        for (int c = 0; c < clients; ++c) {
            for (int i = 0; i < perClient; ++i)
                ids[c].append(store.create(generateSequence(12)).value.sequence.id);
        }
    }
    out << clients << " clients, " << perClient << " operations each, 200 active sequences\n";

    // The store's path: validation, the library rules and a version row, under the write lock.
    std::vector<std::unique_ptr<Library>> libraries;
    for (int c = 0; c < clients; ++c)
        libraries.push_back(std::move(Library::open(url).library));
    print("activate + deactivate (store)", concurrently([&](int c, int i) {
              Activation a(*libraries[c]);
              (void)a.activate(ids[c][i], Profile::defaultProfile());
              (void)a.deactivate(ids[c][i]);
              return 0;
          }));

    // The two locks on the same bare work.
    std::vector<PGconn *> conns;
    for (int c = 0; c < clients; ++c)
        conns.push_back(PQconnectdb(url.toUtf8().constData()));
    for (const bool serializable : {false, true}) {
        print(serializable ? "raw, SERIALIZABLE with retry" : "raw, advisory lock",
              concurrently([&](int c, int i) {
                  return activateRaw(conns[c], ids[c][i].toUtf8(), serializable);
              }));
    }
    for (PGconn *conn : conns)
        PQfinish(conn);
    return 0;
}
