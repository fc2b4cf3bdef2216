"""Which lines that name a model does `migplan map` leave out, on real Django apps we did not write?

Builds the real-world projects (e2e/realworld/make_project.py: the shop and services profiles, the
Debian-packaged apps vendored in), asks Django for every model of the vendored apps, and for each
model compares two sets of lines:
  candidates  every line of a Python, template, text, JSON or YAML file that holds the model's name
              in any case as a whole word, or with an underscore, dot, slash or quote beside it
              (`SocialApp`, `socialapp_set`, `view_socialapp`, "socialaccount.socialapp"): what a
              careful `grep -rniw` would show a reviewer;
  listed      every line `migplan map --no-db` lists, as a reference of any kind (text mentions
              included) or a relation.
A candidate that is not listed is either a miss or a line that rightly is not a reference (a
local variable named like the model, a look-alike); the script prints them all for review, and
the counts per model. Uses the scan server when one runs (`./migplan server --start` first makes
the ~100 maps quick).

Usage: /usr/bin/python3 bench/references-vs-grep.py [--show N] [profile ...]   (default: shop services)
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {"__pycache__", ".git", "node_modules", "venv", ".venv", "env", "build", "dist"}
EXTENSIONS = {".py", ".html", ".txt", ".json", ".yaml", ".yml"}


def models_of(project):
    code = (
        "import json; from django.apps import apps; "
        "print(json.dumps(sorted([m._meta.label, m.__module__] for m in apps.get_models())))"
    )
    out = subprocess.run(
        ["/usr/bin/python3", "manage.py", "shell", "-c", code],
        cwd=project, check=True, capture_output=True, text=True,
        env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
    ).stdout
    vendored = {p.name for p in project.iterdir() if p.is_dir()} - {"realworld", "shop"}
    return [label for label, module in json.loads(out) if module.split(".")[0] in vendored]


def candidates(project, name):
    pattern = re.compile(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(name), re.IGNORECASE)
    found = {}
    for directory, subdirs, files in os.walk(project):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
        for file in sorted(files):
            if os.path.splitext(file)[1] not in EXTENSIONS:
                continue
            path = Path(directory, file)
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for number, line in enumerate(text.splitlines(), 1):
                if pattern.search(line):
                    found[(str(path.relative_to(project)), number)] = line.strip()
    return found


def listed(project, label):
    out = subprocess.run(
        [str(ROOT / "migplan"), "map", "--no-db", "--project", str(project), "--model", label,
         "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout
    document = json.loads(out)
    lines = {}
    for key in ("references", "relations"):
        for entry in document.get(key, []):
            lines.setdefault((entry["file"], entry["line"]), entry.get("kind", key))
    return lines


def main(argv):
    show = 10**9
    if argv[:1] == ["--show"]:
        show, argv = int(argv[1]), argv[2:]
    profiles = argv or ["shop", "services"]
    work = Path(tempfile.mkdtemp(prefix="migplan-refs-"))
    total_candidates = total_unlisted = 0
    for profile in profiles:
        project = work / profile
        subprocess.run(["/usr/bin/python3", str(ROOT / "e2e/realworld/make_project.py"), str(project),
                        profile], check=True)
        for label in models_of(project):
            name = label.split(".")[1]
            found = candidates(project, name)
            kinds = listed(project, label)
            unlisted = {k: v for k, v in found.items() if k not in kinds}
            total_candidates += len(found)
            total_unlisted += len(unlisted)
            print("%-40s candidates %4d  listed %4d  unlisted %4d"
                  % (label, len(found), len(found) - len(unlisted), len(unlisted)))
            for (file, number), text in sorted(unlisted.items())[:show]:
                print("    %s:%d: %s" % (file, number, text[:110]))
    print("all models: %d candidate lines, %d listed by map, %d unlisted (each printed above for review)"
          % (total_candidates, total_candidates - total_unlisted, total_unlisted))
    subprocess.run(["rm", "-rf", str(work)])


if __name__ == "__main__":
    main(sys.argv[1:])
