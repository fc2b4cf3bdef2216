#!/usr/bin/env bash
# Times `migplan map` (the source scanner, JVM start included) against `grep -rn` over the same
# tree, side by side in one run, on two trees of at least 5,000 Python files:
#   dense      COPIES copies of example/madaris's apps: every file mentions the model (worst case)
#   realistic  example/madaris inside a large body of real Python code nobody wrote for us (the
#              Python packages of /usr/lib/python3/dist-packages -- Django, its Debian-packaged
#              apps, pip, setuptools, pygments, celery... -- and the standard library, each copied
#              in as a top-level package of the project): only the example's files mention it
# grep and map runs alternate; the median wall time of each counts, and CPU time is shown beside.
# map runs three ways: one-shot (a JVM per run, MIGPLAN_SERVER=off, as without a server), without
# the class-data archive, and through the scan server (`migplan server --start`: a resident JVM,
# reached by the wrapper's Perl client; each run still walks, reads and parses the whole tree).
# Where a JDK 25 or later is installed (or MIGPLAN_BENCH_JDK names its java), the same jar also runs
# on it with an AOT cache, for comparison: the wrapper itself uses the default java.
#
# Usage: bench/scan-vs-grep.sh [COPIES] [RUNS]
#   COPIES  copies of example/madaris's apps in the dense tree (default 70 -> ~5,000 Python files)
#   RUNS    timed runs of each tool on each tree (default 7)
# Target (issue 5): map takes at most 3x the time of grep.
set -euo pipefail

copies="${1:-70}"
runs="${2:-7}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/migplan-bench.XXXXXX")"
export MIGPLAN_SERVER_DIR="$work/server"   # the bench's own server, never a user's
trap '"$root/migplan" server --stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
model=constituents.BMParliamentMember
jar="$root/migplan-cli/target/migplan.jar"

python3 - "$root/example/madaris" "$work/dense" "$copies" <<'PY'
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

python3 - "$root/example/madaris" "$work/realistic" <<'PY'
import os, shutil, sys

source, tree = sys.argv[1], sys.argv[2]
shutil.copytree(source, tree, ignore=shutil.ignore_patterns("*.sqlite3", "__pycache__"))
skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.so")
def has_python(path):
    for _, _, files in os.walk(path):
        if any(f.endswith(".py") for f in files):
            return True
    return False
# real code nobody wrote for us, each package as a top-level package of the project
for base in ("/usr/lib/python3/dist-packages", "/usr/lib/python3.11"):
    if not os.path.isdir(base):
        continue
    for name in sorted(os.listdir(base)):
        path = os.path.join(base, name)
        if (os.path.isdir(path) and not os.path.islink(path) and name.isidentifier()
                and not os.path.exists(os.path.join(tree, name)) and has_python(path)):
            shutil.copytree(path, os.path.join(tree, name), ignore=skip, symlinks=True)
        elif name.endswith(".py") and os.path.isfile(path) and not os.path.exists(os.path.join(tree, name)):
            shutil.copy(path, os.path.join(tree, name))
PY

"$root/migplan" --version >/dev/null   # builds the jar first if needed
"$root/migplan" server --start --idle-minutes 30 >/dev/null

# For comparison only: the same jar on a JDK 25 or later, where one is installed, with an AOT cache
# (JEP 483/514) recorded by a training run on each tree. The wrapper itself runs the default java.
jdk25=""
for candidate in ${MIGPLAN_BENCH_JDK:-} /usr/lib/jvm/*/bin/java; do
  [ -x "$candidate" ] || continue
  version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then jdk25=$candidate; break; fi
done
aot_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:PretenureSizeThreshold=1m -Xlog:aot=off -Xlog:cds=off)
for tree in dense realistic; do   # records the map command's class-data archive, warms the page cache
  MIGPLAN_SERVER=off "$root/migplan" map --no-db --project "$work/$tree" --model "$model" >/dev/null 2>&1 || true
  for _ in 1 2 3 4 5; do   # the server's JIT compiles what a scan runs, as after a few uses
    "$root/migplan" map --no-db --project "$work/$tree" --model "$model" >/dev/null 2>&1 || true
  done
  grep -rn BMParliamentMember "$work/$tree" >/dev/null || true
  if [ -n "$jdk25" ]; then
    "$jdk25" "${aot_opts[@]}" -XX:AOTCacheOutput="$work/$tree.aot" -jar "$jar" \
      map --no-db --project "$work/$tree" --model "$model" >/dev/null 2>&1 || true
  fi
done

timed() { # appends "wall_ms cpu_ms" of one run of "$@" to the file $1
  local out=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  awk -v w=$(( (end - start) / 1000000 )) '{ printf "%d %d\n", w, ($1 + $2) * 1000 }' "$work/cpu" >>"$out"
}
median() { # median of column $2 of file $1
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'
}

for tree in dense realistic; do
  : >"$work/$tree.grep"; : >"$work/$tree.map"; : >"$work/$tree.c1"; : >"$work/$tree.j25"; : >"$work/$tree.srv"
  for _ in $(seq "$runs"); do
    timed "$work/$tree.grep" grep -rn BMParliamentMember "$work/$tree"
    timed "$work/$tree.map" env MIGPLAN_SERVER=off "$root/migplan" map --no-db --project "$work/$tree" --model "$model"
    timed "$work/$tree.c1" env MIGPLAN_SERVER=off MIGPLAN_CDS=off "$root/migplan" map --no-db --project "$work/$tree" --model "$model"
    timed "$work/$tree.srv" "$root/migplan" map --no-db --project "$work/$tree" --model "$model"
    if [ -s "$work/$tree.aot" ]; then
      timed "$work/$tree.j25" "$jdk25" "${aot_opts[@]}" -XX:AOTCache="$work/$tree.aot" -jar "$jar" \
        map --no-db --project "$work/$tree" --model "$model"
    fi
  done
done

for tree in dense realistic; do
  t="$work/$tree"
  files=$(find "$t" -name '*.py' | wc -l)
  bytes=$(find "$t" -name '*.py' -print0 | xargs -0 cat | wc -c)
  mentioning=$(grep -rl --include='*.py' -i BMParliamentMember "$t" | wc -l)
  grep_lines=$(grep -rn BMParliamentMember "$t" | wc -l)
  refs=$(MIGPLAN_SERVER=off "$root/migplan" map --no-db --project "$t" --model "$model" --format json | grep -c '"kind"' || true)
  served=$("$root/migplan" map --no-db --project "$t" --model "$model" --format json | grep -c '"kind"' || true)
  [ "$served" = "$refs" ] || { echo "the scan server found $served, a one-shot run $refs" >&2; exit 1; }
  warm=$(java -cp "$jar" "$root/bench/ScanTiming.java" "$t" "$model" "$runs" | tail -1)
  warm_ms=$(echo "$warm" | sed -E 's/.*: ([0-9]+) ms .*/\1/')
  echo "== $tree tree: $files Python files ($bytes bytes), $mentioning mention the model; $(find "$t" -type f | wc -l) files in all"
  printf '  %-46s %6s ms wall %6s ms CPU  (%s matching lines)\n' "grep -rn BMParliamentMember" \
    "$(median "$t.grep" 1)" "$(median "$t.grep" 2)" "$grep_lines"
  printf '  %-46s %6s ms wall %6s ms CPU  (%s relations and references)\n' "migplan map" \
    "$(median "$t.map" 1)" "$(median "$t.map" 2)" "$refs"
  printf '  %-46s %6s ms wall %6s ms CPU\n' "migplan map without the class-data archive" \
    "$(median "$t.c1" 1)" "$(median "$t.c1" 2)"
  printf '  %-46s %6s ms wall %6s ms CPU  (client only; the scan runs in the server)\n' \
    "migplan map through the scan server" "$(median "$t.srv" 1)" "$(median "$t.srv" 2)"
  if [ -s "$t.j25" ]; then
    printf '  %-46s %6s ms wall %6s ms CPU  (%s)\n' "migplan map on JDK 25+ with an AOT cache" \
      "$(median "$t.j25" 1)" "$(median "$t.j25" 2)" "$jdk25"
  fi
  printf '  %-46s %6s ms      (%s)\n' "scan inside a warm JVM (bench/ScanTiming.java)" "$warm_ms" "$warm"
  j25_ms=0; [ -s "$t.j25" ] && j25_ms=$(median "$t.j25" 1)
  echo "$tree $(median "$t.grep" 1) $(median "$t.map" 1) $(median "$t.grep" 2) $(median "$t.map" 2) $warm_ms $j25_ms $(median "$t.srv" 1)" >>"$work/ratios"
done
echo "medians of $runs alternating runs; load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk '{ printf "ratio %-9s map/grep wall %5.2f, CPU %5.2f; through the server %5.2f; warm scan/grep %5.2f",
  $1, $3 / $2, $5 / ($4 > 0 ? $4 : 1), $8 / $2, $6 / $2
  if ($7 > 0) printf "; JDK 25+ AOT/grep %5.2f", $7 / $2
  printf " (target <= 3.00)\n" }' "$work/ratios"
