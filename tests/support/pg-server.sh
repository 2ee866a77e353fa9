#!/usr/bin/env bash
# A throw-away PostgreSQL server for the team-mode tests: `pg-server.sh start DIR` creates a cluster in DIR, starts
# it on a free port of 127.0.0.1 (and a socket in DIR), and writes the URI of its maintenance database to DIR/uri;
# `stop DIR` stops it and removes DIR; `kill DIR` stops it at once (immediate mode), `restart DIR` starts it
# again on the same port. As root, the cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
# fsync is off (the cluster lives only for one test run), commits are synchronous: a killed server keeps every
# commit it confirmed, as the server-loss tests require.
set -euo pipefail

command=${1:?usage: pg-server.sh start|stop|kill|restart DIR}
dir=${2:?usage: pg-server.sh start|stop|kill|restart DIR}
mkdir -p "$(dirname "$dir")"
dir=$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")

bindir=${PAYDESK_PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
  done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-server: no PostgreSQL server programs (initdb) found; install the postgresql package" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_ctl_run() {
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 "$@"
}

start_on() {
  local port=$1
  pg_ctl_run -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
}

case "$command" in
  start)
    # A server left running in DIR by an earlier run is stopped first; its cluster is thrown away.
    if [ -f "$dir/data/postmaster.pid" ]; then
      pg_ctl_run -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
      chown postgres: "$dir"
      # The cluster's owner must reach DIR through every folder above it.
      d=$dir
      while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
    fi
    as_owner "$bindir/initdb" --no-sync -D "$dir/data" -U paydesk_admin --auth=trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log"
    cat >>"$dir/data/postgresql.conf" <<EOF
fsync = off
full_page_writes = off
max_connections = 400
shared_buffers = 128MB
log_min_messages = warning
EOF
    for attempt in $(seq 1 20); do
      port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
      if start_on "$port" 2>/dev/null; then
        echo "$port" >"$dir/port"
        echo "postgresql://paydesk_admin@127.0.0.1:$port/postgres" >"$dir/uri"
        chmod a+r "$dir/uri" "$dir/port"
        cat "$dir/uri"
        exit 0
      fi
    done
    echo "pg-server: the server did not start; its log:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
  restart)
    start_on "$(cat "$dir/port")"
    ;;
  kill)
    pg_ctl_run -m immediate stop >/dev/null
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      pg_ctl_run -m fast stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "pg-server: unknown command $command" >&2
    exit 2
    ;;
esac
