# Sourced by .ci/run: a throwaway PostgreSQL server on loopback, so that the README's test
# command runs the data and service tests on PostgreSQL as well as on SQLite
# (tests/postgres_support.py). Installs Debian's postgresql when no server binaries are found,
# runs the cluster as an unprivileged user (initdb refuses root), exports AGENCYDESK_TEST_PG,
# and stops the server and removes its folder when .ci/run exits.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    # Installing the package may start the distribution's own cluster (port 5432); ours is
    # separate and is the only one the tests use.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  else
    echo "PostgreSQL is not installed (run as root to install it)" >&2
    exit 1
  fi
fi

pg_dir=$(mktemp -d /tmp/agencydesk-ci-pg.XXXXXX)
if [ "$(id -u)" = 0 ]; then
  chown nobody "$pg_dir"
  as_pg() { su -s /bin/sh nobody -c "$*"; }
else
  as_pg() { sh -c "$*"; }
fi
# 5433 (next to a system server's 5432), or any free port when that one is taken.
pg_port=$(python3 -c '
import socket
for port in [5433, 0]:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    print(s.getsockname()[1])
    break
')

stop_postgres() {
  as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate -w stop >/dev/null 2>&1" || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

as_pg "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null"
# Durability is of no use to a server that lives for one test run: without fsync and with
# minimal WAL the ~400 database resets and schema creations cost a fraction of the time.
as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w start -o \
  \"-k '$pg_dir' -h 127.0.0.1 -p $pg_port -F -c wal_level=minimal -c max_wal_senders=0 \
  -c full_page_writes=off -c synchronous_commit=off\" >/dev/null"
# The tests connect as an ordinary role (as an office's AgencyDesk would), one that may create
# the databases each test run uses (and the roles of tests/unit/test_postgres_open.py), and
# may end an autovacuum worker so that DROP DATABASE ... WITH (FORCE) is not refused.
as_pg "'$pg_bin/psql' -h '$pg_dir' -p $pg_port -U postgres -d postgres -qX \
  -c 'CREATE ROLE agencydesk LOGIN CREATEDB CREATEROLE' -c 'CREATE DATABASE agencydesk OWNER agencydesk' \
  -c 'GRANT pg_signal_backend TO agencydesk'"
export AGENCYDESK_TEST_PG="postgresql://agencydesk@127.0.0.1:$pg_port/agencydesk"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
