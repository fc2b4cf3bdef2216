# shellcheck shell=bash
# Sourced by the PostgreSQL benchmarks: exports libpq's PGHOST, PGPORT, PGUSER and PGPASSWORD from
# MIGPLAN_TEST_PG_URL (postgresql://user:password@host:port/postgres), so psql, pg_dump and
# pg_restore reach the test server without the password on a command line.
pg_test_url=${MIGPLAN_TEST_PG_URL:?set MIGPLAN_TEST_PG_URL=postgresql://user:pass@host:port/postgres}
pg_url_part() { # part of the URL (urlparse attribute), or a default
  python3 -c "import sys, urllib.parse as u; p = u.urlparse(sys.argv[1]); print(getattr(p, sys.argv[2]) or sys.argv[3])" \
    "$pg_test_url" "$1" "$2"
}
PGPASSWORD=$(pg_url_part password '')
PGUSER=$(pg_url_part username '')
PGHOST=$(pg_url_part hostname localhost)
PGPORT=$(pg_url_part port 5432)
export PGPASSWORD PGUSER PGHOST PGPORT
