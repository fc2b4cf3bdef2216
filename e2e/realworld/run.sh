#!/usr/bin/env bash
# shellcheck disable=SC2015  # "A && echo ok || { echo FAIL; ...; }": echo does not fail
# migplan end to end on a project built from real third-party Django apps (make_project.py),
# checked against Django itself: map vs Django's fields and counts (compare.py), then backup,
# verify-backup, stage --fixture, plan; the generated migration applied with the class renamed,
# makemigrations --check, rows and content type kept, the rollback script run, and the fixture
# loaded into a fresh database.
#
# Usage: [REALWORLD_PROFILE=shop|services|archive] e2e/realworld/run.sh [sqlite|postgresql] [app.Model:NewName ...]
#   the profile picks the apps of the project (make_project.py) and the default targets:
#   shop: organizations.Organization:Company taggit.Tag:Label shop.Store:Outlet
#     guardian.UserObjectPermission:UserGrant (Meta.indexes inherited unnamed; guardian brings its own
#     test settings with a custom user model);
#   services: oauth2_provider.Application:Client (swappable, named through oauth2_settings)
#     django_celery_beat.IntervalSchedule:Interval socialaccount.SocialApp:Provider
#     otp_static.StaticDevice:BackupDevice waffle.Flag:Feature (swappable);
#   archive: hyperkitty.Email:Message (a self key, a cycle with Thread) hyperkitty.MailingList:ListArchive
#     hyperkitty.Sender:Author (an e-mail address as primary key).
#   postgresql needs MIGPLAN_TEST_PG_URL (a role with CREATEDB).
# Needs Debian's python3-django and, for shop, python3-django-{organizations,taggit,guardian,
# simple-history,reversion}; for services, python3-django-{celery-beat,oauth-toolkit,waffle,allauth,otp};
# for archive, python3-django-hyperkitty.
# On another Django release, put it first on PYTHONPATH, e.g. the one ./scripts/test unpacks:
#   PYTHONPATH=/var/cache/migplan-test/django/trixie-4.2.28/usr/lib/python3/dist-packages e2e/realworld/run.sh
# (4.2 passes; 5.x cannot load bookworm's packaged apps, which still use index_together.)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
engine="${1:-sqlite}"; shift || true
profile="${REALWORLD_PROFILE:-shop}"
case "$profile" in
  shop) defaults=(organizations.Organization:Company taggit.Tag:Label shop.Store:Outlet guardian.UserObjectPermission:UserGrant) ;;
  services) defaults=(oauth2_provider.Application:Client django_celery_beat.IntervalSchedule:Interval socialaccount.SocialApp:Provider
    otp_static.StaticDevice:BackupDevice waffle.Flag:Feature) ;;
  archive) defaults=(hyperkitty.Email:Message hyperkitty.MailingList:ListArchive hyperkitty.Sender:Author) ;;
  *) echo "run.sh: REALWORLD_PROFILE '$profile' is not a profile; use shop, services or archive" >&2; exit 2 ;;
esac
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=("${defaults[@]}")
py=/usr/bin/python3
work="$(mktemp -d "${TMPDIR:-/tmp}/migplan-realworld.XXXXXX")"
created=()  # PostgreSQL databases this run made, dropped at exit
cleanup() {
  for db in ${created[@]+"${created[@]}"}; do psql "${MIGPLAN_TEST_PG_URL:-}" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT
"$root/migplan" --version >/dev/null || exit 3
failures=0
step() { if "$@" >"$work/out" 2>&1; then echo "ok     $*" | cut -c1-150; else echo "FAIL   $*" | cut -c1-150; sed 's/^/         /' "$work/out" | tail -8; failures=$((failures + 1)); fi; }

database() {  # $1 = name; exports the settings' environment, sets url to migplan's URL
  if [ "$engine" = postgresql ]; then
    local base="${MIGPLAN_TEST_PG_URL:?set MIGPLAN_TEST_PG_URL}" hostport
    export REALWORLD_DB_ENGINE=postgresql REALWORLD_DB_NAME="rw_$1_$$"
    REALWORLD_DB_USER=$(sed -E 's|^[a-z]+://([^:@]+).*|\1|' <<< "$base"); export REALWORLD_DB_USER
    REALWORLD_DB_PASSWORD=$(sed -E 's|^[a-z]+://[^:]+:([^@]*)@.*|\1|' <<< "$base"); export REALWORLD_DB_PASSWORD
    hostport=$(sed -E 's|.*@([^/]+)/.*|\1|' <<< "$base")
    export REALWORLD_DB_HOST="${hostport%%:*}" REALWORLD_DB_PORT="${hostport##*:}"
    psql "${base}" -qc "DROP DATABASE IF EXISTS \"$REALWORLD_DB_NAME\"" -c "CREATE DATABASE \"$REALWORLD_DB_NAME\"" >/dev/null
    url="${base%/*}/$REALWORLD_DB_NAME"
    created+=("$REALWORLD_DB_NAME" "${REALWORLD_DB_NAME}_stage")
  else
    export REALWORLD_DB_ENGINE=sqlite3 REALWORLD_DB_NAME="$work/$1.sqlite3"
    url="sqlite:///$work/$1.sqlite3"
  fi
}

# Loads a fixture into the current project's database. HyperKitty's signal handlers read related
# rows even while loaddata saves raw ones, so Django's own dumpdata | loaddata fails on it too
# (Thread.starting_email and Email.thread form a cycle): the archive profile loads with the model
# signals disconnected, which still checks every row and key of the fixture.
load_fixture() {
  if [ "$profile" = archive ]; then
    "$py" manage.py shell -c "from django.core.management import call_command
from django.db.models import signals
for signal in (signals.pre_save, signals.post_save, signals.post_init):
    signal.receivers = []
    signal.sender_receivers_cache.clear()
call_command('loaddata', '$1')"
  else
    "$py" manage.py loaddata "$1"
  fi
}

for target in "${targets[@]}"; do
  label="${target%%:*}"; new="${target##*:}"; app="${label%%.*}"; old="${label##*.}"
  name="$(tr '[:upper:].' '[:lower:]_' <<< "$label")"
  echo "== $label -> $new on $engine ($profile)"
  project="$work/$name"; "$py" "$here/make_project.py" "$project" "$profile" || exit 3
  cd "$project" || exit 3
  database "$name"
  "$py" manage.py makemigrations shop -v 0 && "$py" manage.py migrate -v 0 \
    && "$py" manage.py shell -c "exec(open('populate.py').read())" || { echo "FAIL   project setup"; exit 3; }
  cp -r "$project" "$work/fresh-$name"  # before the rename: for loading the fixture later
  "$py" manage.py shell -c "import sys; sys.argv = ['', '$label']; exec(open('$here/django_truth.py').read())" > "$work/truth.json"
  "$root/migplan" audit --project . --model "$label" --db "$url" --format json > "$work/audit.json" || failures=$((failures + 1))
  "$root/migplan" map --project . --model "$label" --db "$url" --format json > "$work/map.json"
  python3 "$here/compare.py" "$work/truth.json" "$work/map.json" > "$work/compare.txt" \
    && echo "ok     map = Django's fields and key columns" || failures=$((failures + 1))
  grep -v '^ok' "$work/compare.txt" || true
  python3 -c "import json,sys; a=json.load(open('$work/audit.json')); t=json.load(open('$work/truth.json')); sys.exit(a['row_count'] != t['rows'])" \
    && echo "ok     audit rows = Django's count" || { echo "DIFFER audit rows"; failures=$((failures + 1)); }
  step "$root/migplan" backup --db "$url" --out "$work/backups-$name"
  step "$root/migplan" verify-backup --db "$url" --backups "$work/backups-$name"
  if [ "$engine" = postgresql ]; then staging="${url}_stage"; else staging="sqlite:///$work/$name-stage.sqlite3"; fi
  step "$root/migplan" stage --db "$url" --to "$staging" --replace --fixture "$work/$name.json" --project . --model "$label"
  # a model a swappable setting stands for cannot be renamed: the plan says so (exit 1), and
  # Django proves it (migrate fails on the database or on a fresh one)
  plan_status=0; "$root/migplan" plan --project . --model "$label" --to "$new" --db "$url" --backups "$work/backups-$name" --staging "$staging" --out "$work/plan-$name" > "$work/out" 2>&1 || plan_status=$?
  refused=$(python3 -c "import json; print(' '.join(f['id'] for f in json.load(open('$work/plan-$name/plan.json'))['findings'] if f['id'] in ('swappable-model', 'auth-user-model')))" 2>/dev/null)
  if [ -n "$refused" ]; then
    [ "$plan_status" -eq 1 ] && echo "ok     plan refuses the rename: $refused" || { echo "FAIL   plan: $refused but exit $plan_status"; failures=$((failures + 1)); }
  elif [ "$plan_status" -eq 0 ]; then
    echo "ok     plan"
  else
    echo "FAIL   plan (exit $plan_status)"; sed 's/^/         /' "$work/out" | tail -8; failures=$((failures + 1))
  fi
  grep -m1 '^Written by' "$work/plan-$name/MIGRATION_STRATEGY.md" | cut -c1-160
  # the plan's migrations, the class renamed in the sources (not in migrations), migrate forward
  python3 -c "
import json
for m in json.load(open('$work/plan-$name/plan.json'))['migrations']:
    open(m['file'], 'w').write(m['text'])"
  grep -rlw --include='*.py' "$old" . | grep -v '/migrations/' | xargs sed -i "s/\\b$old\\b/$new/g"
  if [ -n "$refused" ]; then
    created+=("rw_refused_${name}_$$")  # made in the subshell below
    if "$py" manage.py migrate --noinput > "$work/out" 2>&1 \
      && (database "refused_$name" && "$py" manage.py migrate --noinput) >> "$work/out" 2>&1; then
      echo "DIFFER the plan refused, yet migrate passed on the database and on a fresh one"; failures=$((failures + 1))
    else
      echo "ok     migrate fails as the plan says: $(grep -m1 -oE "lazy reference to '[^']*'|no such table: [a-z_]*|relation \"[a-z_]*\" does not exist" "$work/out")"
    fi
  else  # the usual path, at the left margin as it holds a here-document
  ct_before=$(python3 -c "import json; print(json.load(open('$work/truth.json'))['content_type'])")
  step "$py" manage.py migrate --noinput
  step "$py" manage.py makemigrations --check --dry-run --noinput
  new_label="$app.$new"
  "$py" manage.py shell -c "import sys; sys.argv = ['', '$new_label']; exec(open('$here/django_truth.py').read())" > "$work/after.json" \
    && python3 - "$work/truth.json" "$work/after.json" <<'EOF' || failures=$((failures + 1))
import json, sys
before, after = (json.load(open(f)) for f in sys.argv[1:])
rows = lambda t: sorted((r["field"].rsplit(".", 1)[1], r["rows"]) for r in t["relations"])
checks = {"rows": (before["rows"], after["rows"]), "content type id": (before["content_type"], after["content_type"]),
          "relation rows": (rows(before), rows(after)), "admin log": (before["admin_log"], after["admin_log"]),
          "grants": (sorted(v["group_grants"] + v["user_grants"] for v in before["permissions"].values()),
                     sorted(v["group_grants"] + v["user_grants"] for v in after["permissions"].values()))}
bad = 0
for name, (b, a) in checks.items():
    print(("ok     after rename: " if a == b else "DIFFER after rename: ") + name + ("" if a == b else " %s -> %s" % (b, a)))
    bad += a != b
sys.exit(1 if bad else 0)
EOF
  step env PYTHON="$py" MIGPLAN_PROJECT_DIR="$project" bash "$work/plan-$name/rollback_$(tr '[:upper:]' '[:lower:]' <<< "$new")_migration.sh"
  after_ct=$("$py" manage.py shell -c "from django.contrib.contenttypes.models import ContentType as C; print(C.objects.get(app_label='$app', model='$(tr '[:upper:]' '[:lower:]' <<< "$old")').id)" 2>/dev/null)
  [ "$after_ct" = "$ct_before" ] && echo "ok     rollback kept content type $ct_before" || { echo "DIFFER rollback content type $ct_before -> $after_ct"; failures=$((failures + 1)); }
  fi
  # the staged fixture loads into a fresh database of the original project
  fresh="$work/fresh-$name"; created+=("rw_fresh_${name}_$$")  # made in the subshell below
  (cd "$fresh" && database "fresh_$name" && "$py" manage.py migrate -v 0 \
    && load_fixture "$work/$name.json") > "$work/out" 2>&1 \
    && echo "ok     loaddata: $(tail -1 "$work/out")" || { echo "FAIL   loaddata"; tail -3 "$work/out"; failures=$((failures + 1)); }
  cd "$root" || exit 3
done
echo "failures: $failures"
[ "$failures" -eq 0 ]
