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
# From constituents/migrations (latest migration file; not checked against django_migrations).
previous_migration='0002_tags'

count_rows() {
  MIGPLAN_TABLE="$1" "$python" manage.py shell -c 'import os
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT COUNT(*) FROM " + connection.ops.quote_name(os.environ["MIGPLAN_TABLE"]))
    print(cursor.fetchone()[0])' | tail -n 1
}

check_counts() {
  echo "The plan recorded no row counts (it was made without --db); compare the counts by hand." >&2
  return 0
}

restore_backup() {
  echo "No verified backup was recorded in the plan; run 'migplan verify-backup' and re-plan with --backups." >&2
  return 3
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
