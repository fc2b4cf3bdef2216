#!/bin/sh
# Regenerate the schema resources the Java modules use from the example project.
# PostgreSQL: set MIGPLAN_TEST_PG_URL=postgresql://user:pass@host:port/db (a role that may CREATE DATABASE).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
py=/usr/bin/python3

"$py" "$here/dump_schema.py" -o "$repo/migplan-cli/src/main/resources/org/migplan/cli/demo/madaris-sqlite.sql"
cp "$repo/migplan-cli/src/main/resources/org/migplan/cli/demo/madaris-sqlite.sql" \
   "$repo/migplan-db/src/test/resources/fixtures/sqlite/madaris-schema.sql"
"$py" "$here/dump_schema.py" --postgres -o "$repo/migplan-db/src/test/resources/fixtures/postgres/madaris-schema.sql"
