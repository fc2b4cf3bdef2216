#!/usr/bin/env bash
# Benchmark (issue 8): `migplan stage --fixture` (copy + verification + fixture) vs
# `python3 manage.py dumpdata` of the same models, on the same PostgreSQL database, for each size
# given (students; each has 0-4 clubs, every second one a guardian). Prints wall time and peak
# RSS side by side. Targets: >= 10x faster; migplan's peak RSS flat across sizes, <= 4x dumpdata's.
# dumpdata is slow (about 40 minutes at 1,000,000): set MIGPLAN_BENCH_DUMPDATA_UP_TO=N to run it
# only up to N students; above that its time is extrapolated linearly from the largest size it
# ran at (it streams, so its time grows with the rows) and its RSS is the one measured there; such
# rows are marked "~" (estimated, not measured).
# Usage: bench/stage-fixture.sh [STUDENTS...]   (default: 20000 1000000)
#        needs MIGPLAN_TEST_PG_URL, /usr/bin/python3 with Django 3.2 and psycopg2, and the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(20000 1000000)
jar=${MIGPLAN_JAR:-migplan-cli/target/migplan.jar}
java_options=${MIGPLAN_JAVA_OPTIONS:--Xmx192m -XX:+UseSerialGC}
[ -f "$jar" ] || { echo "build the jar first: mvn -q -pl migplan-cli -am package -DskipTests" >&2; exit 2; }
# shellcheck source=bench/pg-env.sh
. bench/pg-env.sh
export SCHOOL_DB_ENGINE=postgresql SCHOOL_DB_USER=$PGUSER SCHOOL_DB_PASSWORD=$PGPASSWORD SCHOOL_DB_HOST=$PGHOST SCHOOL_DB_PORT=$PGPORT
source_db=migplan_bench_stage_source
staging_db=migplan_bench_stage_copy
work=$(mktemp -d)
cleanup() {
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $source_db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $staging_db WITH (FORCE)" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
cp -r migplan-cli/src/test/resources/projects/school "$work/project"

printf '%10s %s%12s  %12s  %8s  %14s  %14s  %6s\n' students " " dumpdata_s migplan_s speedup dumpdata_rss_mb migplan_rss_mb rss_x
for n in "${sizes[@]}"; do
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $source_db WITH (FORCE)" -c "DROP DATABASE IF EXISTS $staging_db WITH (FORCE)" -c "CREATE DATABASE $source_db" >/dev/null 2>&1
  (cd "$work/project" && SCHOOL_DB_NAME=$source_db /usr/bin/python3 manage.py migrate -v 0)
  psql -q -d "$source_db" -v ON_ERROR_STOP=1 >/dev/null <<SQL
INSERT INTO school_house (name, code) SELECT 'House ' || g, md5(g::text)::uuid FROM generate_series(1, 3) g;
INSERT INTO school_club (name, founded) SELECT 'Club ' || g, DATE '1990-01-02' + g FROM generate_series(1, 4) g;
INSERT INTO school_student (name, born, wakes_at, enrolled_at, fee, tiny, score, active, profile, token, study_time, notes, house_id)
  SELECT 'Student ' || g, DATE '2001-01-01' + g % 5000, TIME '06:00' + g % 3600 * INTERVAL '1 second',
         TIMESTAMPTZ '2020-09-01 08:30+00' + g * INTERVAL '1.007 second', 1234.50 + g % 1000, 0.000000001 * (g % 1000),
         g / 7.0, g % 3 > 0, jsonb_build_object('i', g, 'tags', jsonb_build_array('a', 'b')),
         md5(g::text)::uuid, g % 5 * INTERVAL '1 hour', '', 1 + g % 3
  FROM generate_series(1, $n) g;
INSERT INTO school_student_clubs (student_id, club_id) SELECT s, c FROM generate_series(1, $n) s, generate_series(1, 4) c WHERE c <= s % 5;
INSERT INTO school_guardian (student_id, name, phone) SELECT g, 'Guardian of ' || g, '+880 ' || g FROM generate_series(1, $n, 2) g;
ANALYZE;
SQL
  estimated=" "
  if [ -n "${MIGPLAN_BENCH_DUMPDATA_UP_TO:-}" ] && [ "$n" -gt "$MIGPLAN_BENCH_DUMPDATA_UP_TO" ]; then
    [ -n "${last_n:-}" ] || { echo "no dumpdata measurement to extrapolate from" >&2; exit 2; }
    echo "$(echo "$last_s * $n / $last_n" | bc -l) $last_kb" > "$work/dumpdata.time"
    estimated="~"
  else
  /usr/bin/time -f '%e %M' -o "$work/dumpdata.time" bash -c "cd '$work/project' && SCHOOL_DB_NAME=$source_db /usr/bin/python3 manage.py dumpdata school.club school.guardian school.house school.student > '$work/dumpdata.json'"
    read -r last_s last_kb < "$work/dumpdata.time"
    last_n=$n
  fi
  /usr/bin/time -f '%e %M' -o "$work/migplan.time" java $java_options -jar "$jar" stage \
    --db "postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$source_db" --to "$staging_db" \
    --fixture "$work/migplan.json" --model school.Student --project "$work/project" > "$work/stage.txt"
  grep -q "verified: yes" "$work/stage.txt" || { cat "$work/stage.txt"; exit 1; }
  read -r d_s d_kb < "$work/dumpdata.time"
  read -r m_s m_kb < "$work/migplan.time"
  printf '%10s %s%12.2f  %12.2f  %7.1fx  %14.0f  %14.0f  %5.2fx\n' "$n" "$estimated" "$d_s" "$m_s" \
    "$(echo "$d_s / $m_s" | bc -l)" "$(echo "$d_kb / 1024" | bc -l)" "$(echo "$m_kb / 1024" | bc -l)" "$(echo "$m_kb / $d_kb" | bc -l)"
done
