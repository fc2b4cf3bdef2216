"""Compares migplan's `map --format json` with django_truth.py's output; prints one line per fact.

Usage: python3 compare.py TRUTH.json MAP.json   (exit 1 when anything differs)
"""
import json
import sys

truth = json.load(open(sys.argv[1]))
found = json.load(open(sys.argv[2]))
problems = 0


def report(ok, text):
    global problems
    problems += 0 if ok else 1
    print(("ok     " if ok else "DIFFER ") + text)


# key columns in the database: every concrete relation column Django knows (db_constraint=False
# included) against migplan's database relations (foreign keys, join tables)
django_columns = {}
for relation in truth["relations"]:
    if "table" in relation:
        django_columns["%s.%s" % (relation["table"], relation["column"])] = relation["rows"]
for m2m in truth["own_m2m"]:
    if m2m["column"] is not None:  # a generic through model has no key column to the model
        django_columns["%s.%s" % (m2m["table"], m2m["column"])] = m2m["rows"]
migplan_columns = {"%s.%s" % (r["table"], r["column"]): r["rows"]
                   for r in found.get("db_relations", []) if r["kind"] != "generic"}
# a declared key column the database has no foreign key for (db_constraint=False, generated
# history models): the cross-check counts the rows holding a value
for finding in found.get("cross_check", []):
    if finding["kind"] == "missing_foreign_key" and "rows_with_value" in finding:
        migplan_columns.setdefault("%s.%s" % (finding["table"], finding["column"]),
                                   finding["rows_with_value"])
for column in sorted(set(django_columns) | set(migplan_columns)):
    d, m = django_columns.get(column), migplan_columns.get(column)
    report(d == m, "key column %-50s Django %s, migplan %s" % (column, d, m))

# declared relation fields: Django's model fields against the sources' declarations
django_fields = {r["field"] for r in truth["relations"]}
django_fields |= {"%s.%s" % (truth["label"], f["field"]) for f in truth["own_m2m"]}
migplan_fields = {"%s.%s" % (r["source_model"], r["field"]) for r in found["relations"]
                  if r["kind"] != "generic_foreign_key"
                  and (r.get("target") == truth["label"]
                       or r["source_model"] == truth["label"] and r["kind"] == "many_to_many")}
for field in sorted(django_fields | migplan_fields):
    report(field in django_fields and field in migplan_fields,
           "field      %-50s Django %s, migplan %s" % (field, field in django_fields, field in migplan_fields))

django = found.get("django") or {}
report(truth["table"] == found["table"], "table %s / %s" % (truth["table"], found["table"]))
report(truth["content_type"] == django.get("content_type", {}).get("id"),
       "content type id %s / %s" % (truth["content_type"], django.get("content_type", {}).get("id")))
report(truth["admin_log"] == django.get("admin_log_rows"),
       "admin log rows %s / %s" % (truth["admin_log"], django.get("admin_log_rows")))
for permission in django.get("permissions", []):
    grants = permission.get("grants", {})
    expected = truth["permissions"].get(permission["codename"], {})
    got = {"group_grants": grants.get("auth_group_permissions", 0),
           "user_grants": grants.get("auth_user_user_permissions", 0)}
    report(expected == got, "grants %-20s Django %s, migplan %s" % (permission["codename"], expected, got))
sys.exit(1 if problems else 0)
