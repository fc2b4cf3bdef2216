"""Prints, as JSON, the relational fields Django itself sees in a project (the ground truth for
migplan's scanner). Usage: /usr/bin/python3 django_relations.py PROJECT_DIR [SETTINGS_MODULE]

Each concrete model's local relational fields (inherited abstract fields included, MTI parent
links included), with the target's label, and each GenericForeignKey.
"""
import json
import os
import sys

project = os.path.abspath(sys.argv[1])
settings_module = sys.argv[2] if len(sys.argv) > 2 else "config.settings"
sys.path[:0] = [project, os.path.join(project, "src")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)

import django  # noqa: E402
from django.apps import apps  # noqa: E402

django.setup()

rows = []
for model in apps.get_models(include_auto_created=False):
    opts = model._meta
    if opts.proxy or opts.app_config.name.startswith("django."):
        continue
    for field in opts.local_fields + opts.local_many_to_many + list(opts.private_fields):
        if not getattr(field, "is_relation", False):
            continue
        target = ""
        if field.remote_field is not None and not isinstance(field.remote_field.model, str):
            target = field.remote_field.model._meta.label
        rows.append({"source_model": opts.label, "field": field.name, "target": target})
for row in sorted(rows, key=lambda r: (r["source_model"], r["field"])):
    print(json.dumps(row, sort_keys=True))
