"""Prints the relation fields of Django's own migration state for a set of installed apps.

Usage: /usr/bin/python3 migration_state_truth.py APP_MODULE...

One tab-separated line per relation field, sorted: app.Model, field, field class, target label,
on_delete, related_name, db_column, db_constraint ("False" only when off), to_field, through, and the model's db_table
option ("-" when unset). Then one line per leaf migration of the graph, "LEAF", app label and
name, sorted. It is the reference the Java replay is compared with.
"""
import sys

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=sys.argv[1:],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    SITE_ID=1,
    SECRET_KEY="truth",
)
django.setup()

from django.db.migrations.loader import MigrationLoader  # noqa: E402

loader = MigrationLoader(None, ignore_no_migrations=True)
state = loader.project_state()


def label(value):
    if isinstance(value, str):
        return value
    return value._meta.label


def text(value):
    return "-" if value is None else str(value)


lines = []
for (app, _), model in state.models.items():
    for name, field in model.fields.items():
        remote = getattr(field, "remote_field", None)
        if remote is None or not getattr(field, "is_relation", False) or field.many_to_one is None and not field.many_to_many and not field.one_to_one:
            continue
        if type(field).__name__ in ("GenericForeignKey", "GenericRelation"):
            continue
        on_delete = getattr(remote, "on_delete", None)
        through = getattr(remote, "through", None)
        lines.append("\t".join([
            "%s.%s" % (app, model.name),
            name,
            type(field).__name__,
            label(remote.model).lower(),
            on_delete.__name__ if on_delete else "-",
            text(remote.related_name),
            text(field.db_column),
            "False" if getattr(field, "db_constraint", True) is False else "-",
            text(getattr(field, "to_fields", [None])[0] if getattr(field, "to_fields", None) else None),
            label(through).lower() if through else "-",
            text(model.options.get("db_table")),
        ]))
for line in sorted(lines):
    print(line)
for app, name in sorted(loader.graph.leaf_nodes()):
    print("LEAF\t%s\t%s" % (app, name))
