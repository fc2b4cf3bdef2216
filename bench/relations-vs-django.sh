#!/usr/bin/env bash
# Recall and precision of the scanner's relation fields on real Django apps we did not write:
# Django's own contrib apps and the Django apps Debian packages (python3-django-*), compared with
# what Django 3.2 itself reports when the apps are installed.
#
# Usage: bench/relations-vs-django.sh
#   (install apps first, e.g. apt-get install python3-django-taggit python3-django-guardian
#    python3-djangorestframework python3-django-contrib-comments python3-django-hyperkitty ...)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
site=/usr/lib/python3/dist-packages
script="$root/migplan-scan/src/test/python/installed_app_relations.py"
work="$(mktemp -d "${TMPDIR:-/tmp}/migplan-relations.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$root/migplan" --version >/dev/null
jar="$root/migplan-cli/target/migplan.jar"

# package directory | the app modules Django installs for it | "with-tests" to install and count
# the package's own test app too (otherwise test apps are left out of the scan's count)
cases=(
  "polymorphic|polymorphic polymorphic.tests|with-tests"
  "guardian|guardian guardian.testapp|with-tests"
  "treebeard|treebeard treebeard.tests|with-tests"
  "waffle|waffle waffle.tests|with-tests"
  "django/contrib|django.contrib"
  "taggit|taggit" "reversion|reversion"
  "mptt|mptt" "allauth|allauth allauth.account allauth.socialaccount" "axes|axes"
  "oauth2_provider|oauth2_provider" "organizations|organizations"
  "django_celery_beat|django_celery_beat"
  "django_otp|django_otp django_otp.plugins.otp_totp django_otp.plugins.otp_static django_otp.plugins.otp_hotp django_otp.plugins.otp_email"
  "simple_history|simple_history"
  "rest_framework/authtoken|rest_framework.authtoken" "django_comments|django_comments"
  "invitations|invitations" "django_mailman3|django_mailman3 --also allauth allauth.account allauth.socialaccount"
  "hyperkitty|hyperkitty --also django_mailman3 allauth allauth.account allauth.socialaccount django_q haystack"
)
total_truth=0; total_found=0; total_both=0
for case in "${cases[@]}"; do
  IFS='|' read -r dir apps mode <<< "$case"
  skip="--skip-test-apps"; [ "${mode:-}" = "with-tests" ] && skip=""
  [ -d "$site/$dir" ] || { echo "skip $dir (not installed)"; continue; }
  # shellcheck disable=SC2086
  if ! /usr/bin/python3 "$script" $apps > "$work/truth" 2>"$work/err"; then
    echo "skip $dir (Django could not load it: $(tail -1 "$work/err"))"; continue
  fi
  java -cp "$jar" "$root/bench/Relations.java" "$site/$dir" $skip > "$work/found"
  both=$(comm -12 "$work/truth" "$work/found" | grep -c . || true)
  truth=$(grep -c . "$work/truth" || true); found=$(grep -c . "$work/found" || true)
  printf '%-32s Django %3d  scanner %3d  both %3d\n' "$dir ${mode:-}" "$truth" "$found" "$both"
  comm -23 "$work/truth" "$work/found" | grep . | sed 's/^/    missed: /'
  comm -13 "$work/truth" "$work/found" | grep . | sed 's/^/    extra:  /'
  total_truth=$((total_truth + truth)); total_found=$((total_found + found)); total_both=$((total_both + both))
done
awk -v b="$total_both" -v t="$total_truth" -v f="$total_found" 'BEGIN {
  printf "relation fields: recall %d/%d = %.1f%%, precision %d/%d = %.1f%%\n", b, t, 100 * b / t, b, f, 100 * b / f }'
