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

cpu() { # CPU time (user + system) in ms of one run of "$@": fairer than wall time on a busy machine
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu"
}

grep_ms=$(best grep -rn BMParliamentMember "$tree")
map_ms=$(best "$root/migplan" map --project "$tree" --model constituents.BMParliamentMember)
jar="$root/migplan-cli/target/migplan.jar"
c1_ms=$(best java -XX:TieredStopAtLevel=1 -jar "$jar" map --project "$tree" --model constituents.BMParliamentMember)
in_jvm=$(java -cp "$jar" "$root/bench/ScanTiming.java" "$tree" constituents.BMParliamentMember "$runs" | tail -1)
in_jvm_ms=$(echo "$in_jvm" | sed -E 's/.*: ([0-9]+) ms .*/\1/')
refs=$("$root/migplan" map --project "$tree" --model constituents.BMParliamentMember --format json | grep -c '"kind"' || true)
grep_lines=$(grep -rn BMParliamentMember "$tree" | wc -l)

printf '%-44s %8s ms  (%s matching lines)\n' "grep -rn BMParliamentMember" "$grep_ms" "$grep_lines"
printf '%-44s %8s ms  (%s relations and references)\n' "migplan map --model constituents.BMParliamentMember" "$map_ms" "$refs"
grep_cpu=$(cpu grep -rn BMParliamentMember "$tree")
map_cpu=$(cpu "$root/migplan" map --project "$tree" --model constituents.BMParliamentMember)
printf '%-44s %8s ms CPU (grep) vs %s ms CPU (map)\n' "CPU time, one run each" "$grep_cpu" "$map_cpu"
printf '%-44s %8s ms\n' "same, JVM with C1 only (-XX:TieredStopAtLevel=1)" "$c1_ms"
printf '%-44s %8s ms  (%s)\n' "scan inside a warm JVM (bench/ScanTiming.java)" "$in_jvm_ms" "$in_jvm"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk -v m="$map_ms" -v c="$c1_ms" -v w="$in_jvm_ms" -v g="$grep_ms" 'BEGIN {
  printf "ratio map/grep: %.2f; C1-only map/grep: %.2f; warm scan/grep: %.2f (target <= 3.00)\n",
    m / g, c / g, w / g }'
