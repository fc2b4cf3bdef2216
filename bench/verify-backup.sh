#!/usr/bin/env bash
# Benchmark (issue 7): `migplan verify-backup` of a custom-format archive of a database with
# ROWS rows vs a bare `pg_restore` of the same archive into an empty database, side by side.
# Target: verify-backup <= 1.3x pg_restore.
# The baseline ("bare pg_restore") is timed as: CREATE DATABASE, then
#   pg_restore --no-owner --no-privileges --exit-on-error --jobs N -d <new db> <archive>
# (the same pg_restore command line migplan runs); its DROP DATABASE is not timed. migplan's time
# is the whole process: JVM start, static checks (pg_restore --list), the live database's
# checksums, the scratch database's creation, the restore, the restored copy's checksums and the
# scratch database's DROP. Set MIGPLAN_BENCH_TRACE=1 to print migplan's phase timestamps.
# Usage: bench/verify-backup.sh [ROWS]   (default 1000000; needs MIGPLAN_TEST_PG_URL and the jar:
#        mvn -q -pl migplan-cli -am package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
url=${MIGPLAN_TEST_PG_URL:?set MIGPLAN_TEST_PG_URL=postgresql://user:pass@host:port/postgres}
jar=${MIGPLAN_JAR:-migplan-cli/target/migplan.jar}
[ -f "$jar" ] || { echo "build the jar first: mvn -q -pl migplan-cli -am package -DskipTests" >&2; exit 2; }

export PGPASSWORD=$(python3 -c "import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).password or '')" "$url")
export PGUSER=$(python3 -c "import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).username or '')" "$url")
export PGHOST=$(python3 -c "import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).hostname)" "$url")
export PGPORT=$(python3 -c "import sys,urllib.parse as u; print(u.urlparse(sys.argv[1]).port or 5432)" "$url")
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

start=$(date +%s.%N)
psql -q -d postgres -c "CREATE DATABASE $bare_db" >/dev/null
pg_restore --no-owner --no-privileges --exit-on-error --jobs "$jobs" -d "$bare_db" "$work/source.dump"
bare=$(echo "$(date +%s.%N) - $start" | bc)
psql -q -d postgres -c "DROP DATABASE $bare_db" >/dev/null

start=$(date +%s.%N)
trace=() debug=()
if [ -n "${MIGPLAN_BENCH_TRACE:-}" ]; then
  trace=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
  debug=(--debug)
fi
java "${trace[@]}" -jar "$jar" verify-backup "${debug[@]}" --db "postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$source_db" \
  --backup "$work/source.dump" --table school_student > "$work/verify.txt"
verify=$(echo "$(date +%s.%N) - $start" | bc)
grep -q "verified: yes" "$work/verify.txt" || { cat "$work/verify.txt"; exit 1; }

printf 'bare pg_restore:        %6.2f s\n' "$bare"
printf 'migplan verify-backup:  %6.2f s\n' "$verify"
printf 'ratio:                  %6.2f x (target <= 1.30)\n' "$(echo "$verify / $bare" | bc -l)"
