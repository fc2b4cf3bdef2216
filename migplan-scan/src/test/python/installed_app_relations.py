"""Prints the relational fields Django itself sees in installed apps, one
"app.Model field -> app.Target" line each (GenericForeignKey targets are empty).

Usage: /usr/bin/python3 installed_app_relations.py APP_MODULE [APP_MODULE ...] [--also APP_MODULE ...]
The django.contrib apps are always installed too; only the named apps' models are printed
(name "django.contrib" to print the contrib apps' own models); the apps after --also are installed
for the others to load, and not printed.
"""
import sys

from django.conf import settings

CONTRIB = ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.admin",
           "django.contrib.sessions", "django.contrib.messages", "django.contrib.sites",
           "django.contrib.flatpages", "django.contrib.redirects"]
args = sys.argv[1:]
also = args[args.index("--also") + 1:] if "--also" in args else []
wanted = args[:args.index("--also")] if "--also" in args else args
extra = [a for a in wanted + also if a != "django.contrib"]
settings.configure(
    SECRET_KEY="relations",
    INSTALLED_APPS=CONTRIB + extra,
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    SITE_ID=1,
    # settings some apps need to load (hyperkitty's search and task queue)
    HAYSTACK_CONNECTIONS={"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}},
    Q_CLUSTER={"orm": "default"},
)

import django  # noqa: E402
from django.apps import apps  # noqa: E402

django.setup()

lines = []
for model in apps.get_models():
    opts = model._meta
    if opts.proxy or not any(opts.app_config.name.startswith(w) for w in wanted):
        continue
    for field in opts.local_fields + opts.local_many_to_many + list(opts.private_fields):
        if not field.is_relation:
            continue
        remote = field.remote_field.model if field.remote_field is not None else None
        target = "" if remote is None or isinstance(remote, str) else remote._meta.label
        lines.append("%s %s -> %s" % (opts.label, field.name, target))
print("\n".join(sorted(lines)))
