#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team library tests (docs/storage.md, "Tests on a real
# server"): `pgcluster.sh start STATEFILE` makes a cluster in a new temporary folder, starts it
# listening only on a Unix socket in that folder, and writes the URL of its maintenance database
# to STATEFILE; `pgcluster.sh stop STATEFILE` stops it and removes the folder and STATEFILE.
# PostgreSQL refuses to run as root, so under root (CI) the server runs as the `postgres` user
# (else `nobody`). Exit 77 (a skipped ctest) only when the server programs are not installed.
set -euo pipefail

action=${1:?start or stop}
state=${2:?the state file}

bindir=""
for d in "$(command -v pg_ctl 2>/dev/null | xargs -r dirname)" /usr/lib/postgresql/*/bin; do
  if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir=$d; break; fi
done

as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL server programs (initdb, pg_ctl) not installed: skipping" >&2
    exit 77
  fi
  [ -f "$state" ] && "$0" stop "$state"
  dir=$(mktemp -d /tmp/sd-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$(id -u postgres 2>/dev/null || id -u nobody)" "$dir"
  as_server "$bindir/initdb" -D "$dir/data" -U sdadmin --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # No TCP port: only the socket in $dir, so parallel runs never collide.
  as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
        -c max_connections=100" start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://sdadmin@/postgres?host=$dir" >"$state"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $dir"
  ;;
stop)
  [ -f "$state" ] || exit 0
  dir=$(sed -n 's/.*host=//p' "$state")
  if [ -n "$dir" ] && [ -d "$dir/data" ] && [ -n "$bindir" ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  case "$dir" in /tmp/sd-pg.*) rm -rf "$dir" ;; esac
  rm -f "$state"
  ;;
*)
  echo "usage: $0 start|stop STATEFILE" >&2
  exit 2
  ;;
esac
