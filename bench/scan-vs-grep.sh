#!/usr/bin/env bash
# Times `migplan map` (the source scanner, JVM start included) against `grep -rn` over the same
# generated tree of Django modules, side by side in one run, and prints the ratio.
#
# Usage: bench/scan-vs-grep.sh [COPIES] [RUNS]
#   COPIES  copies of example/madaris's apps in the tree (default 70 -> ~5,400 Python files)
#   RUNS    timed runs of each tool; the best run counts (default 5)
# Target (issue 5): map takes at most 3x the time of grep.
set -euo pipefail

copies="${1:-70}"
runs="${2:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/migplan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tree="$work/tree"

python3 - "$root/example/madaris" "$tree" "$copies" <<'PY'
import os, re, shutil, sys

source, tree, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.copytree(source, tree, ignore=shutil.ignore_patterns("*.sqlite3", "__pycache__"))
apps = os.path.join(tree, "src", "apps")
originals = [d for d in sorted(os.listdir(apps)) if os.path.isdir(os.path.join(apps, d))]
for n in range(copies):
    package = os.path.join(apps, "copy%03d" % n)
    os.makedirs(package)
    open(os.path.join(package, "__init__.py"), "w").close()
    for app in originals:
        target = os.path.join(package, app)
        shutil.copytree(os.path.join(apps, app), target,
                        ignore=shutil.ignore_patterns("__pycache__", "templates", "fixtures"))
        config = os.path.join(target, "apps.py")
        if os.path.exists(config):
            text = open(config).read()
            label = "copy%03d_%s" % (n, app)
            text = re.sub(r"\n\s*label = '\w+'", "", text)
            text = re.sub(r"name = '([\w.]+)'", "name = 'apps.copy%03d.%s'\n    label = '%s'" % (n, app, label), text)
            open(config, "w").write(text)
        # vary the modules a little so that files differ
        for dirpath, _, files in os.walk(target):
            for name in files:
                if name.endswith(".py"):
                    path = os.path.join(dirpath, name)
                    with open(path, "a") as out:
                        out.write("\n\n# variant %d of %s\nVARIANT_%d = %d\n" % (n, name, n, n))
PY

files=$(find "$tree" -name '*.py' | wc -l)
bytes=$(find "$tree" -name '*.py' -print0 | xargs -0 cat | wc -c)
echo "tree: $files Python files, $bytes bytes of Python, $(find "$tree" -type f | wc -l) files in all"

"$root/migplan" --version >/dev/null   # builds the jar first if needed
grep -rn BMParliamentMember "$tree" >/dev/null || true   # warm the page cache

best() { # best wall time in ms of "$@" over $runs runs
  local best_ms=""
  for _ in $(seq "$runs"); do
    local start end ms
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
  done
  echo "$best_ms"
}

grep_ms=$(best grep -rn BMParliamentMember "$tree")
map_ms=$(best "$root/migplan" map --project "$tree" --model constituents.BMParliamentMember)
refs=$("$root/migplan" map --project "$tree" --model constituents.BMParliamentMember --format json | grep -c '"kind"' || true)
grep_lines=$(grep -rn BMParliamentMember "$tree" | wc -l)

printf '%-44s %8s ms  (%s matching lines)\n' "grep -rn BMParliamentMember" "$grep_ms" "$grep_lines"
printf '%-44s %8s ms  (%s relations and references)\n' "migplan map --model constituents.BMParliamentMember" "$map_ms" "$refs"
awk -v m="$map_ms" -v g="$grep_ms" 'BEGIN { printf "ratio map/grep: %.2f (target <= 3.00)\n", (g > 0 ? m / g : 0) }'
