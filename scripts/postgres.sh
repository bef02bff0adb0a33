#!/usr/bin/env bash
# A throwaway PostgreSQL server from Debian's `postgresql` package, for the store's tests and local trials.
#
#   scripts/postgres.sh install              apt-get install postgresql if its binaries are missing
#   scripts/postgres.sh start DIR PORT       init a cluster in DIR (if new), start it on 127.0.0.1:PORT,
#                                            create the database `store` and print its URL
#   scripts/postgres.sh stop DIR [PORT]      stop the cluster in DIR
#
# Run as root, the server runs as Debian's `postgres` system user (created if missing) and DIR is chowned to
# it, so DIR's parent folders must be traversable by that user (e.g. a folder made with mktemp -d in /tmp).
# Extra server settings can be passed in POSTGRES_OPTS, e.g. POSTGRES_OPTS="-c fsync=off" for tests.
set -euo pipefail

usage() { echo "usage: $0 install | start DIR PORT | stop DIR [PORT]" >&2; exit 2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install() {
  if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
}

# Run a PostgreSQL binary as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local dir=$1 port=$2 bin
  install
  bin=$(bin_dir)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    id -u postgres >/dev/null 2>&1 ||
      useradd --system --home-dir /var/lib/postgresql --shell /bin/bash --comment "PostgreSQL administrator" postgres
    chown postgres: "$dir"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $dir ${POSTGRES_OPTS:-}" start >/dev/null ||
      { cat "$dir/server.log" >&2; exit 1; }
  fi
  if ! as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'store'" | grep -q 1; then
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres store
  fi
  echo "postgresql://postgres@127.0.0.1:$port/store"
}

stop() {
  local dir=$1 bin
  bin=$(bin_dir)
  [ -f "$dir/data/postmaster.pid" ] || return 0
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

case "${1:-}" in
  install) install ;;
  start) [ $# = 3 ] || usage; start "$2" "$3" ;;
  stop) [ $# -ge 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
