"""What Django itself says about a model: prints JSON for comparison with migplan's map.

Usage (in the project directory): /usr/bin/python3 manage.py shell -c \
    "import sys; sys.argv = ['', 'app_label.Model']; exec(open('PATH/django_truth.py').read())"

relations: every field of every model whose remote model is the target (hidden ones too, such as
simple_history's related_name='+' copies), as "app.Model.field" with the table and column that
hold the key and the rows that hold a value; own_m2m: the target's own many-to-many fields with
their join tables; rows; content type id; permission grants (auth tables); admin log rows.
"""
import json
import sys

from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType

label = sys.argv[1]
model = apps.get_model(label)
opts = model._meta
relations = []
for other in apps.get_models():  # auto-created join models are covered by their M2M field
    for field in other._meta.get_fields(include_hidden=True):
        if not field.is_relation or field.auto_created and not field.concrete:
            continue
        remote = getattr(field, "related_model", None)
        if remote is not model or field.model is not other:
            continue
        entry = {"field": "%s.%s" % (other._meta.label, field.name), "class": type(field).__name__}
        if field.many_to_many:
            through = field.remote_field.through
            if through is None:
                continue
            column = [f for f in through._meta.fields if f.is_relation and f.related_model is model]
            entry.update(table=through._meta.db_table, column=column[0].column,
                         rows=through._default_manager.count(), auto_through=through._meta.auto_created is not False)
        elif getattr(field, "column", None):
            entry.update(table=other._meta.db_table, column=field.column,
                         rows=other._base_manager.filter(**{field.attname + "__isnull": False}).count(),
                         db_constraint=getattr(field, "db_constraint", True))
        relations.append(entry)
own_m2m = []
for field in opts.local_many_to_many:
    through = field.remote_field.through
    column = next((f.column for f in through._meta.fields
                   if f.is_relation and f.related_model is model), None)
    # column None: a generic through model (taggit's TaggedItem) holds no key column to the model
    own_m2m.append({"field": field.name, "table": through._meta.db_table, "column": column,
                    "rows": through._default_manager.count(),
                    "auto_through": bool(through._meta.auto_created)})
content_type = ContentType.objects.get_for_model(model)
permissions = {}
for permission in Permission.objects.filter(content_type=content_type).order_by("codename"):
    permissions[permission.codename] = {
        "group_grants": Group.permissions.through.objects.filter(permission=permission).count(),
        "user_grants": User.user_permissions.through.objects.filter(permission=permission).count(),
    }
print(json.dumps({
    "label": opts.label,
    "table": opts.db_table,
    "rows": model._base_manager.count(),
    "relations": sorted(relations, key=lambda r: r["field"]),
    "own_m2m": own_m2m,
    "content_type": content_type.id,
    "permissions": permissions,
    "admin_log": LogEntry.objects.filter(content_type=content_type).count(),
}, indent=1, sort_keys=True))
