#!/usr/bin/env bash
# Rolls back the rename of constituents.BMParliamentMember to Student (0003_rename_bmparliamentmember_student).
# Written by migplan 0.0.0-test on 2026-01-02.
#
# Usage: rollback_student_migration.sh [--restore-backup]
#   (no option)        migrate the app back to the migration before the rename, then check
#                      the row counts recorded in the plan
#   --restore-backup   restore the verified backup instead (loses writes made since it was taken)
# Environment: PYTHON (default python), MIGPLAN_PROJECT_DIR (default: the project this plan
# was written for), MIGPLAN_CONFIRM_RESTORE=yes to restore without asking.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project_dir="${MIGPLAN_PROJECT_DIR:-${script_dir}/'../../..'}"
python="${PYTHON:-python}"
app_label='constituents'
# From django_migrations (latest applied migration of constituents).
previous_migration='0002_tags'

count_rows() {
  MIGPLAN_TABLE="$1" "$python" manage.py shell -c 'import os
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT COUNT(*) FROM " + connection.ops.quote_name(os.environ["MIGPLAN_TABLE"]))
    print(cursor.fetchone()[0])' | tail -n 1
}

check_counts() {
  local failed=0 table expected actual
  while IFS=$'\t' read -r table expected; do
    actual="$(count_rows "$table")"
    if [ "$actual" -lt "$expected" ]; then
      echo "FAIL ${table}: ${actual} rows, the plan recorded ${expected}" >&2
      failed=1
    elif [ "$actual" -gt "$expected" ]; then
      echo "note ${table}: ${actual} rows, ${expected} recorded (rows added since the plan)"
    else
      echo "ok   ${table}: ${actual} rows"
    fi
  done <<'COUNTS'
constituents_bmparliamentmember	1234
constituents_constituency	300
oth_committee_members	2000
COUNTS
  return "$failed"
}

restore_backup() {
  local backup='backups/madaris.dump'
  # restored into a scratch database; 12 tables, counts match
  case "$backup" in
    /*) ;;
    *) backup="${project_dir}/${backup}" ;;
  esac
  if [ ! -f "$backup" ]; then
    echo "The backup ${backup} is missing; nothing was restored." >&2
    return 3
  fi
  if [ "${MIGPLAN_CONFIRM_RESTORE:-}" != "yes" ]; then
    local answer
    read -r -p "Restore ${backup} over the database? This loses later writes. Type yes: " answer
    if [ "$answer" != "yes" ]; then
      echo "Not restored." >&2
      return 2
    fi
  fi
  BACKUP="$backup"
  pg_restore --clean --if-exists --no-owner --single-transaction --dbname "${DATABASE_URL:?set DATABASE_URL to the database to restore}" "$BACKUP"
}

cd "$project_dir"
case "${1:-}" in
  "")
    "$python" manage.py migrate "$app_label" "$previous_migration"
    if ! check_counts; then
      echo "Row counts are lower than recorded; restore the backup with: $0 --restore-backup" >&2
      exit 1
    fi
    echo "Rolled back ${app_label} to ${previous_migration}; deploy the previous code now."
    ;;
  --restore-backup)
    restore_backup
    check_counts
    ;;
  *)
    echo "usage: $0 [--restore-backup]" >&2
    exit 2
    ;;
esac
