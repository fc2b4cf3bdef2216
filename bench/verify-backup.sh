#!/usr/bin/env bash
# Benchmark (issue 7): `migplan verify-backup` of a custom-format archive of a database with
# ROWS rows vs a bare `pg_restore` of the same archive into an empty database, side by side.
# Target: verify-backup <= 1.3x pg_restore.
# The baseline ("bare pg_restore") is timed as: CREATE DATABASE, then
#   pg_restore --no-owner --no-privileges --exit-on-error --jobs N -d <new db> <archive>
# (the same pg_restore command line migplan runs); its DROP DATABASE is not timed. migplan's time
# is the whole `./migplan verify-backup` process: JVM start, static checks (pg_restore --list),
# the live database's checksums, the scratch database's creation, the restore, the restored copy's checksums and the
# scratch database's DROP. Set MIGPLAN_BENCH_TRACE=1 to print migplan's phase timestamps.
# Each tool runs once untimed, then RUNS times alternated; the medians are compared.
# Usage: bench/verify-backup.sh [ROWS] [RUNS]   (defaults 1000000 and 7; needs MIGPLAN_TEST_PG_URL)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-7}
migplan=${MIGPLAN:-./migplan}   # the wrapper users run (it builds the jar when stale)
"$migplan" --version >/dev/null

# shellcheck source=bench/pg-env.sh
. bench/pg-env.sh
source_db=migplan_bench_verify_source
bare_db=migplan_bench_verify_bare
work=$(mktemp -d)
cleanup() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $source_db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $bare_db WITH (FORCE)" >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

psql -q -d postgres -c "DROP DATABASE IF EXISTS $source_db WITH (FORCE)" -c "CREATE DATABASE $source_db" >/dev/null
psql -q -d "$source_db" -v ON_ERROR_STOP=1 >/dev/null 2>&1 <<SQL
CREATE TABLE school_house (id serial PRIMARY KEY, name varchar(50) NOT NULL);
CREATE TABLE school_student (id serial PRIMARY KEY, name varchar(100) NOT NULL, born date,
  fee numeric(10,2), profile jsonb, house_id integer REFERENCES school_house (id));
CREATE INDEX ON school_student (house_id);
CREATE TABLE school_guardian (id serial PRIMARY KEY, student_id integer NOT NULL REFERENCES school_student (id), name text);
INSERT INTO school_house (name) SELECT 'house ' || g FROM generate_series(1, 10) g;
INSERT INTO school_student (name, born, fee, profile, house_id)
  SELECT 'student ' || g, DATE '2000-01-01' + g % 5000, g % 1000 * 1.25, jsonb_build_object('n', g), 1 + g % 10
  FROM generate_series(1, $rows) g;
INSERT INTO school_guardian (student_id, name) SELECT g, 'guardian ' || g FROM generate_series(1, $rows, 2) g;
ANALYZE;
SQL
pg_dump -Fc -d "$source_db" -f "$work/source.dump"
jobs=$(( $(nproc) < 4 ? $(nproc) : 4 ))
echo "database: $rows students, $((rows / 2)) guardians; archive $(du -h "$work/source.dump" | cut -f1); pg_restore --jobs $jobs"

db_url="postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$source_db"
trace=()
if [ -n "${MIGPLAN_BENCH_TRACE:-}" ]; then
  export MIGPLAN_JAVA_OPTS="-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
  trace=(--debug)
fi
now() { date +%s.%N; }
bare_run() {
  local start
  start=$(now)
  psql -q -d postgres -c "CREATE DATABASE $bare_db" >/dev/null
  pg_restore --no-owner --no-privileges --exit-on-error --jobs "$jobs" -d "$bare_db" "$work/source.dump"
  echo "$(now) - $start" | bc
  psql -q -d postgres -c "DROP DATABASE $bare_db" >/dev/null
}
migplan_run() {
  local start
  start=$(now)
  "$migplan" verify-backup "${trace[@]}" --db "$db_url" --backup "$work/source.dump" \
    --table school_student >"$work/verify.txt"
  echo "$(now) - $start" | bc
  grep -q "verified: yes" "$work/verify.txt" || { cat "$work/verify.txt" >&2; exit 1; }
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# one untimed run of each first: the page cache holds the archive and the wrapper records its
# class-data archive for verify-backup (what a user's second run gets)
bare_run >/dev/null
migplan_run >/dev/null
: >"$work/bare.times"
: >"$work/migplan.times"
for _ in $(seq "$runs"); do   # alternated, so that load on the machine hits both alike
  bare_run >>"$work/bare.times"
  migplan_run >>"$work/migplan.times"
done
bare=$(median <"$work/bare.times")
verify=$(median <"$work/migplan.times")
printf 'bare pg_restore:        %6.2f s  (median of %d: %s)\n' "$bare" "$runs" "$(tr '\n' ' ' <"$work/bare.times")"
printf 'migplan verify-backup:  %6.2f s  (median of %d: %s)\n' "$verify" "$runs" "$(tr '\n' ' ' <"$work/migplan.times")"
printf 'ratio:                  %6.2f x (target <= 1.30)\n' "$(echo "$verify / $bare" | bc -l)"
# each migplan run follows a bare run by seconds: the median of those pairs' ratios is less
# exposed to the machine's slow drifts (another tenant, writeback) than the ratio of medians
printf 'paired:                 %6.2f x (median over %d pairs: a bare run, then a migplan run)\n' \
  "$(paste "$work/migplan.times" "$work/bare.times" | awk '{ print $1 / $2 }' | median)" "$runs"
# single runs on a shared VM vary: the spread says how far one run may be from the medians
printf 'spread:                 bare %.2f-%.2f s, migplan %.2f-%.2f s\n' \
  "$(sort -n "$work/bare.times" | head -1)" "$(sort -n "$work/bare.times" | tail -1)" \
  "$(sort -n "$work/migplan.times" | head -1)" "$(sort -n "$work/migplan.times" | tail -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
