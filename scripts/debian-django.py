#!/usr/bin/env python3
"""Unpacks (does not install) Debian's python3-django of one suite, for the tests that run a
generated migration on more than the installed Django.

Usage: scripts/debian-django.py CACHE_DIR SUITE [PACKAGE ...]

Reads the suite's package index from the Debian archive, downloads python3-django and the extra
packages named (e.g. a newer python3-asgiref), checks each file's SHA256 against the index and
unpacks them with dpkg-deb into CACHE_DIR/<suite>-<django version>/. Prints one line,
"<django version>=<directory to put first on PYTHONPATH>". A directory unpacked before is reused.
Exits 1, saying what failed, when the archive cannot be read; 3 when the release unpacked cannot
be imported by /usr/bin/python3 (a Django newer than this Python supports).
"""
import hashlib
import lzma
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request

MIRROR = os.environ.get("MIGPLAN_DEBIAN_MIRROR", "http://deb.debian.org/debian")


def fetch(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


def index(suite):
    """Package name -> its stanza's fields, for the suite's architecture-independent packages."""
    text = lzma.decompress(fetch(f"{MIRROR}/dists/{suite}/main/binary-all/Packages.xz"))
    packages = {}
    for stanza in text.decode("utf-8", "replace").split("\n\n"):
        fields = {}
        for line in stanza.splitlines():
            if line and not line[0].isspace() and ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        if "Package" in fields:
            packages[fields["Package"]] = fields
    return packages


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: debian-django.py CACHE_DIR SUITE [PACKAGE ...]")
    cache, suite, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
    try:
        packages = index(suite)
    except Exception as error:  # noqa: BLE001 - one line for any network or format failure
        sys.exit(f"debian-django: cannot read {MIRROR}'s {suite} index ({error}); check the network")
    wanted = ["python3-django", *extra]
    missing = [name for name in wanted if name not in packages]
    if missing:
        sys.exit(f"debian-django: {suite} has no {', '.join(missing)}")
    version = packages["python3-django"]["Version"].split(":")[-1].split("-")[0]
    target = os.path.join(cache, f"{suite}-{version}")
    site = os.path.join(target, "usr", "lib", "python3", "dist-packages")
    done = os.path.join(target, ".complete")
    if not os.path.exists(done):
        shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target)
        with tempfile.TemporaryDirectory() as downloads:
            for name in wanted:
                fields = packages[name]
                data = fetch(f"{MIRROR}/{fields['Filename']}")
                if hashlib.sha256(data).hexdigest() != fields["SHA256"]:
                    sys.exit(f"debian-django: {fields['Filename']} does not match its SHA256")
                deb = os.path.join(downloads, os.path.basename(fields["Filename"]))
                with open(deb, "wb") as out:
                    out.write(data)
                subprocess.run(["dpkg-deb", "-x", deb, target], check=True)
        open(done, "w").close()
    check = subprocess.run(
        ["/usr/bin/python3", "-c", "import django; django.setup"],
        env={**os.environ, "PYTHONPATH": site},
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        last = (check.stderr.strip().splitlines() or ["?"])[-1]
        print(f"debian-django: {suite}'s Django {version} does not run here ({last})", file=sys.stderr)
        sys.exit(3)
    print(f"{version}={site}")


if __name__ == "__main__":
    main()
