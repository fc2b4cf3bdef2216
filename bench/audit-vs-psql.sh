#!/usr/bin/env bash
# Times `migplan audit` + `migplan map` against one psql session running the same aggregates by
# hand (the student count and status breakdown; for every foreign key to the student table, its
# referencing and distinct referenced rows), at two sizes, and reports the ratio and the migplan
# JVM's peak RSS. Run on demand: [RUNS=3] bench/audit-vs-psql.sh [small_students] [large_students]
# Needs PostgreSQL and MIGPLAN_TEST_PG_URL (a role that may create databases), psql, /usr/bin/time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
small=${1:-100000}
large=${2:-1000000}
server=${MIGPLAN_TEST_PG_URL:?set MIGPLAN_TEST_PG_URL, e.g. postgresql://migplan_test:migplan_test@127.0.0.1:5432/postgres}
schema="$root/migplan-db/src/test/resources/fixtures/postgres/madaris-schema.sql"
data="$root/migplan-cli/src/main/resources/org/migplan/cli/demo/demo-data-postgres.sql"
project="$root/example/madaris"   # the Django project the demo data belongs to
model=constituents.BMParliamentMember
table=constituents_bmparliamentmember
base="${server%/*}"

"$root/migplan" --version >/dev/null   # builds the jar once, outside the timings

load() { # database students
  psql -q "$server" -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\""
  psql -q -v ON_ERROR_STOP=1 "$base/$1" -f "$schema" >/dev/null
  psql -q -v ON_ERROR_STOP=1 -v students="$2" "$base/$1" -f "$data" >/dev/null
  psql -q "$base/$1" -c "VACUUM ANALYZE" >/dev/null 2>&1
}

# The hand-written session: what a careful engineer would type, one query per table.
hand_sql() { # database
  echo "SELECT count(*) FROM $table;"
  echo "SELECT status, count(*) FROM $table GROUP BY status;"
  psql -qAtX "$base/$1" -F ' ' -c "
    SELECT quote_ident(sc.relname), quote_ident(a.attname)
    FROM pg_constraint c JOIN pg_class sc ON sc.oid = c.conrelid
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f' AND c.confrelid = '$table'::regclass ORDER BY 1, 2" |
    while read -r t col; do echo "SELECT count($col), count(DISTINCT $col) FROM $t;"; done
}

seconds() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
runs="${RUNS:-3}"

measure() { # database students
  local db=$1 url="$base/$1" start end psql_s migplan_s rss rows
  hand_sql "$db" >"$tmp/hand.sql"
  psql -qAtX "$url" -c "SELECT count(*) FROM pg_class" >/dev/null   # warm the catalog cache
  # Each side runs RUNS times, alternating, and its median counts: one run on a shared 2-core
  # machine swings by +-20%.
  local psql_times=() migplan_times=()
  for _ in $(seq "$runs"); do
    start=$(seconds); psql -qAtX "$url" -f "$tmp/hand.sql" >/dev/null; end=$(seconds)
    psql_times+=("$(echo "$end - $start" | bc)")
    start=$(seconds)
    /usr/bin/time -f '%M' -o "$tmp/rss.audit" "$root/migplan" audit --project "$project" --model "$model" --db "$url" --format json >"$tmp/audit.json"
    /usr/bin/time -f '%M' -o "$tmp/rss.map" "$root/migplan" map --project "$project" --model "$model" --db "$url" --format json >"$tmp/map.json"
    end=$(seconds)
    migplan_times+=("$(echo "$end - $start" | bc)")
  done
  psql_s=$(median "${psql_times[@]}")
  migplan_s=$(median "${migplan_times[@]}")
  rss=$(sort -n "$tmp/rss.audit" "$tmp/rss.map" | tail -n 1)
  rows=$(psql -qAtX "$url" -c "SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE relname <> '$table'")
  printf '%-10s students=%-8s other_rows=%-9s fk_queries=%-3s psql=%6.2fs migplan=%6.2fs ratio=%5.2fx peak_rss=%s MiB\n' \
    "$db" "$2" "$rows" "$(grep -c DISTINCT "$tmp/hand.sql")" "$psql_s" "$migplan_s" \
    "$(echo "scale=4; $migplan_s / $psql_s" | bc)" "$((rss / 1024))"
}

tmp=$(mktemp -d)
cleanup() {
  rm -rf "$tmp"
  for database in migplan_bench_small migplan_bench_large; do
    psql -q "$server" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" 2>/dev/null || true
  done
}
trap cleanup EXIT
load migplan_bench_small "$small"
load migplan_bench_large "$large"
# Like the jar, the wrapper's start-up archives are made once per build by a command's first run.
for command in audit map; do
  "$root/migplan" "$command" --project "$project" --model "$model" --db "$base/migplan_bench_small" >/dev/null
done
measure migplan_bench_small "$small"
measure migplan_bench_large "$large"
echo "(migplan time includes two JVM starts; target ratio <= 2x; peak RSS should stay flat)"
