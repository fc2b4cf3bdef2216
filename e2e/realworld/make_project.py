"""Builds a throw-away Django 3.2 project around real third-party apps, for end-to-end runs.

Usage: /usr/bin/python3 make_project.py DIR [PROFILE]

DIR/ gets manage.py, a settings module (SQLite by default, PostgreSQL when REALWORLD_DB_ENGINE is
"postgresql"; REALWORLD_DB_NAME/USER/PASSWORD/HOST/PORT), COPIES of a profile's Debian-packaged
apps (vendored, so a model can be renamed in the project's own source) and a small "shop" app
that uses them the way projects do. populate.py fills the database through the ORM. Profiles:

  shop (the default): organizations, taggit, guardian, simple_history, reversion -- foreign keys,
    a many-to-many, a custom tag through model, a simple_history-tracked model, reversion and
    guardian registrations;
  services: django_celery_beat, oauth2_provider, waffle, allauth, django_otp -- swappable models
    named through an app's settings object (oauth2_settings.APPLICATION_MODEL) and through the
    project's settings, one-to-one and foreign-key cycles, a many-to-many to sites, apps whose
    label is not their package's name (socialaccount, otp_static);
  archive: HyperKitty, Mailman 3's list archiver (a whole application: 12 models), and
    django_mailman3 -- a self foreign key (Email.parent), a cycle (Thread.starting_email and
    Email.thread), a model whose primary key is an e-mail address (Sender), many-to-manys to the
    user model.
"""
import shutil
import sys
from pathlib import Path

SITE = Path("/usr/lib/python3/dist-packages")
SETTINGS = '''import os

SECRET_KEY = "realworld"
DEBUG = False
USE_TZ = True
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "realworld.urls"
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
%APPS%    "shop",
]
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
%EXTRA%MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.request",
            ]
        },
    }
]
_engine = os.environ.get("REALWORLD_DB_ENGINE", "sqlite3")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends." + _engine,
        "NAME": os.environ.get("REALWORLD_DB_NAME", os.path.join(os.path.dirname(__file__), "..", "db.sqlite3")),
        "USER": os.environ.get("REALWORLD_DB_USER", ""),
        "PASSWORD": os.environ.get("REALWORLD_DB_PASSWORD", ""),
        "HOST": os.environ.get("REALWORLD_DB_HOST", ""),
        "PORT": os.environ.get("REALWORLD_DB_PORT", ""),
    }
}
'''

MANAGE = '''#!/usr/bin/env python3
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "realworld.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
'''

SHOP_SETTINGS = '''AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
ORGS_SLUGFIELD = "realworld.fields.AutoSlugField"
'''

SHOP_MODELS = '''from django.conf import settings
from django.db import models
from organizations.models import Organization
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase


class TaggedStore(TaggedItemBase):
    content_object = models.ForeignKey("Store", on_delete=models.CASCADE)


class Store(models.Model):
    name = models.CharField(max_length=80)
    organization = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="stores"
    )
    partners = models.ManyToManyField(Organization, blank=True, related_name="partner_stores")
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    tags = TaggableManager(through=TaggedStore, blank=True)
    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="%(app_label)s_%(class)s_org_name"),
            models.CheckConstraint(check=~models.Q(name=""), name="%(class)s_named"),
        ]

    def __str__(self):
        return self.name


class Product(models.Model):
    title = models.CharField(max_length=80)
    store = models.ForeignKey(Store, on_delete=models.CASCADE)
    labels = TaggableManager(blank=True)

    def __str__(self):
        return self.title
'''

SHOP_ADMIN = '''import reversion
from django.contrib import admin
from organizations.models import Organization
from reversion.admin import VersionAdmin

from .models import Product, Store

reversion.register(Organization)
admin.site.register(Store)
admin.site.register(Product)
'''

FIELDS = '''from django.db import models


class AutoSlugField(models.SlugField):
    """django-organizations wants an auto slug field; this one takes its argument and ignores it."""

    def __init__(self, *args, populate_from=None, **kwargs):
        super().__init__(*args, **kwargs)
'''

URLS = '''from django.contrib import admin
from django.urls import path

urlpatterns = [path("admin/", admin.site.urls)]
'''

POPULATE = '''# Fills the database through the ORM: run with `manage.py shell -c "exec(open('populate.py').read())"`.
import random

import reversion
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from guardian.shortcuts import assign_perm
from organizations.models import Organization, OrganizationInvitation, OrganizationOwner, OrganizationUser
from shop.models import Product, Store
from taggit.models import Tag

random.seed(7)
users = [User.objects.create_user("user%03d" % i, "u%d@example.org" % i, "x") for i in range(60)]
group = Group.objects.create(name="editors")
for codename in ("change_organization", "view_organization", "change_tag"):
    group.permissions.add(Permission.objects.get(codename=codename))
users[0].user_permissions.add(Permission.objects.get(codename="delete_organization"))
tags = [Tag.objects.create(name="tag %d" % i) for i in range(40)]
orgs = []
for i in range(150):
    with reversion.create_revision():
        org = Organization.objects.create(name="Org %d" % i, slug="org-%d" % i, is_active=i % 7 != 0)
    orgs.append(org)
    members = random.sample(users, 3)
    org_users = [OrganizationUser.objects.create(organization=org, user=u, is_admin=j == 0) for j, u in enumerate(members)]
    if i % 2 == 0:
        OrganizationOwner.objects.create(organization=org, organization_user=org_users[0])
    if i % 5 == 0:
        OrganizationInvitation.objects.create(
            organization=org, invited_by=members[0], invitee_identifier="x%d@example.org" % i)
    if i % 3 == 0:
        assign_perm("change_organization", users[i % 60], org)
    if i % 4 == 0:
        assign_perm("view_organization", group, org)
ct_org = ContentType.objects.get_for_model(Organization)
ct_tag = ContentType.objects.get_for_model(Tag)
for i in range(30):
    LogEntry.objects.log_action(users[0].pk, ct_org.pk, orgs[i].pk, str(orgs[i]), ADDITION if i % 2 else CHANGE)
for i in range(12):
    LogEntry.objects.log_action(users[1].pk, ct_tag.pk, tags[i].pk, str(tags[i]), CHANGE)
for i in range(200):
    store = Store.objects.create(name="Store %d" % i, organization=orgs[i % 150], manager=users[i % 60] if i % 3 else None)
    store.partners.add(*random.sample(orgs, i % 4))
    store.tags.add(*random.sample(tags, i % 5))
    store.name = "Store %d (renamed)" % i
    store.save()
    for j in range(i % 3):
        product = Product.objects.create(title="P%d-%d" % (i, j), store=store)
        product.labels.add(*random.sample(tags, 2))
for i in range(0, 20, 2):
    assign_perm("change_tag", users[i], tags[i])
'''


SERVICES_SETTINGS = '''SITE_ID = 1
OAUTH2_PROVIDER_APPLICATION_MODEL = "oauth2_provider.Application"
WAFFLE_FLAG_MODEL = "waffle.Flag"
'''

SERVICES_MODELS = '''from django.conf import settings
from django.db import models
from django_celery_beat.models import IntervalSchedule, PeriodicTask
from oauth2_provider.models import Application
from allauth.socialaccount import models as social


class Job(models.Model):
    name = models.CharField(max_length=80)
    task = models.OneToOneField(PeriodicTask, on_delete=models.CASCADE)
    every = models.ForeignKey(IntervalSchedule, null=True, on_delete=models.SET_NULL)
    client = models.ForeignKey(
        settings.OAUTH2_PROVIDER_APPLICATION_MODEL, on_delete=models.PROTECT, related_name="jobs"
    )
    provider = models.ForeignKey(social.SocialApp, null=True, on_delete=models.SET_NULL)
    flag = models.ForeignKey(settings.WAFFLE_FLAG_MODEL, null=True, on_delete=models.SET_NULL)
'''

SERVICES_ADMIN = '''from django.contrib import admin

from .models import Job

admin.site.register(Job)
'''

SERVICES_POPULATE = '''# Fills the database through the ORM, like the shop profile's.
import random
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.utils import timezone
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask
from oauth2_provider.models import AccessToken, Application, Grant, RefreshToken
from waffle.models import Flag
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount, SocialApp, SocialToken
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from shop.models import Job

random.seed(7)
users = [User.objects.create_user("user%03d" % i, "u%d@example.org" % i, "x") for i in range(30)]
group = Group.objects.create(name="ops")
group.permissions.add(Permission.objects.get(codename="change_application"))
users[0].user_permissions.add(Permission.objects.get(codename="view_intervalschedule"))
intervals = [IntervalSchedule.objects.create(every=i + 1, period="minutes") for i in range(12)]
cron = CrontabSchedule.objects.create(minute="0", hour="4")
tasks = []
for i in range(40):
    tasks.append(PeriodicTask.objects.create(
        name="task %d" % i, task="shop.tasks.run",
        interval=intervals[i % 12] if i % 4 else None, crontab=None if i % 4 else cron))
apps_ = [Application.objects.create(name="app %d" % i, user=users[i], client_type="confidential",
                                    authorization_grant_type="authorization-code",
                                    redirect_uris="https://example.org/cb") for i in range(8)]
now = timezone.now()
for i in range(25):
    at = AccessToken.objects.create(user=users[i % 30], application=apps_[i % 8], token="t%d" % i, expires=now, scope="read")
    if i % 2:
        RefreshToken.objects.create(user=users[i % 30], application=apps_[i % 8], token="r%d" % i, access_token=at)
for i in range(6):
    Grant.objects.create(user=users[i], application=apps_[i], code="g%d" % i, expires=now,
                         redirect_uri="https://example.org/cb", code_challenge="", code_challenge_method="")
flags = []
for i in range(5):
    f = Flag.objects.create(name="flag%d" % i)
    f.groups.add(group)
    f.users.add(*random.sample(users, 3))
    flags.append(f)
site = Site.objects.get_current()
socials = []
for i, provider in enumerate(["github", "google", "gitlab"]):
    s = SocialApp.objects.create(provider=provider, name=provider, client_id="c%d" % i, secret="s")
    s.sites.add(site)
    socials.append(s)
for i in range(9):
    acct = SocialAccount.objects.create(user=users[i], provider=socials[i % 3].provider, uid="u%d" % i)
    SocialToken.objects.create(app=socials[i % 3], account=acct, token="tok%d" % i)
    EmailAddress.objects.create(user=users[i], email="e%d@example.org" % i, verified=True, primary=True)
for i in range(7):
    d = StaticDevice.objects.create(user=users[i], name="backup %d" % i)
    for j in range(3):
        StaticToken.objects.create(device=d, token="%06d" % (i * 10 + j))
for i in range(30):
    Job.objects.create(name="job %d" % i, task=tasks[i], every=intervals[i % 12] if i % 3 else None,
                       client=apps_[i % 8], provider=socials[i % 3] if i % 2 else None, flag=flags[i % 5] if i % 5 else None)
ct = ContentType.objects.get_for_model(Application)
for i in range(8):
    LogEntry.objects.log_action(users[0].pk, ct.pk, apps_[i].pk, str(apps_[i]), CHANGE)
'''

ARCHIVE_SETTINGS = '''SITE_ID = 1
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
Q_CLUSTER = {"orm": "default", "log_level": "WARNING"}
'''

ARCHIVE_MODELS = '''from django.db import models
from hyperkitty.models import Email, Sender


class Digest(models.Model):
    name = models.CharField(max_length=80)
    mailing_list = models.ForeignKey(
        "hyperkitty.MailingList", on_delete=models.CASCADE, related_name="digests"
    )
    highlight = models.ForeignKey(Email, null=True, on_delete=models.SET_NULL)
    editor = models.ForeignKey(Sender, null=True, on_delete=models.SET_NULL, related_name="+")
'''

ARCHIVE_ADMIN = '''from django.contrib import admin

from .models import Digest

admin.site.register(Digest)
'''

ARCHIVE_POPULATE = '''# Fills the database through the ORM, like the shop profile's.
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from hyperkitty.models import (Attachment, Email, Favorite, LastView, MailingList, Sender, Tag,
                               Tagging, Thread, ThreadCategory, Vote)
from shop.models import Digest

now = timezone.now()
users = [User.objects.create_user("user%03d" % i, "u%d@example.org" % i, "x") for i in range(12)]
group = Group.objects.create(name="moderators")
group.permissions.add(Permission.objects.get(codename="change_email"))
users[0].user_permissions.add(Permission.objects.get(codename="view_mailinglist"))
categories = [ThreadCategory.objects.create(name=n, color="#ffffff") for n in ("question", "idea")]
senders = [Sender.objects.create(address="s%d@example.org" % i) for i in range(6)]
for m in range(3):
    mlist = MailingList.objects.create(name="list%d@example.org" % m, display_name="List %d" % m,
                                       subject_prefix="[list%d]" % m)
    mlist.owners.add(users[m])
    mlist.moderators.add(users[m + 1], users[m + 2])
    for t in range(5):
        thread = Thread.objects.create(mailinglist=mlist, thread_id="T%d-%d" % (m, t),
                                       category=categories[t % 2] if t % 3 else None)
        parent = None
        for e in range(4):
            email = Email.objects.create(
                mailinglist=mlist, message_id="m%d.%d.%d@example.org" % (m, t, e),
                message_id_hash="H%d%d%d" % (m, t, e), sender=senders[(t + e) % 6], subject="subject %d" % t,
                content="body", date=now, timezone=0, parent=parent, thread=thread, thread_depth=e)
            if parent is None:
                thread.starting_email = email
                thread.save()
            if e % 2 == 0:
                Attachment.objects.create(email=email, counter=1, name="a%d.txt" % e, content_type="text/plain")
            Vote.objects.create(email=email, user=users[(t + e) % 12], value=1 if e % 3 else -1)
            parent = email
        Favorite.objects.create(thread=thread, user=users[t])
        LastView.objects.create(thread=thread, user=users[(t + 1) % 12])
        tag, _ = Tag.objects.get_or_create(name="tag%d" % (t % 3))
        Tagging.objects.create(tag=tag, thread=thread, user=users[t])
    Digest.objects.create(name="digest %d" % m, mailing_list=mlist,
                          highlight=Email.objects.filter(mailinglist=mlist).first(), editor=senders[m])
ct = ContentType.objects.get_for_model(Email)
for email in Email.objects.all()[:10]:
    LogEntry.objects.log_action(users[0].pk, ct.pk, email.pk, str(email.pk), CHANGE)
'''

PROFILES = {
    "shop": {
        "vendored": ["organizations", "taggit", "guardian", "simple_history", "reversion"],
        "apps": ["organizations", "taggit", "guardian", "simple_history", "reversion"],
        "settings": SHOP_SETTINGS,
        "models": SHOP_MODELS,
        "admin": SHOP_ADMIN,
        "populate": POPULATE,
    },
    "services": {
        "vendored": ["django_celery_beat", "oauth2_provider", "waffle", "allauth", "django_otp"],
        "apps": ["django.contrib.sites", "django_celery_beat", "oauth2_provider", "waffle", "allauth",
                 "allauth.account", "allauth.socialaccount", "django_otp",
                 "django_otp.plugins.otp_static", "django_otp.plugins.otp_totp"],
        "settings": SERVICES_SETTINGS,
        "models": SERVICES_MODELS,
        "admin": SERVICES_ADMIN,
        "populate": SERVICES_POPULATE,
    },
    "archive": {
        "vendored": ["hyperkitty", "django_mailman3"],
        "apps": ["django.contrib.sites", "django_mailman3", "allauth", "allauth.account",
                 "allauth.socialaccount", "hyperkitty", "django_q", "haystack", "rest_framework"],
        "settings": ARCHIVE_SETTINGS,
        "models": ARCHIVE_MODELS,
        "admin": ARCHIVE_ADMIN,
        "populate": ARCHIVE_POPULATE,
    },
}


def main(target, profile):
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        sys.exit("make_project: %s is not empty" % target)
    target.mkdir(parents=True, exist_ok=True)
    for app in profile["vendored"]:
        shutil.copytree(SITE / app, target / app, ignore=shutil.ignore_patterns("__pycache__", "tests", "locale"))
    apps = "".join('    "%s",\n' % app for app in profile["apps"])
    (target / "realworld").mkdir()
    (target / "realworld" / "__init__.py").write_text("")
    (target / "realworld" / "settings.py").write_text(
        SETTINGS.replace("%APPS%", apps).replace("%EXTRA%", profile["settings"]))
    (target / "realworld" / "urls.py").write_text(URLS)
    (target / "realworld" / "fields.py").write_text(FIELDS)
    (target / "manage.py").write_text(MANAGE)
    shop = target / "shop"
    (shop / "migrations").mkdir(parents=True)
    (shop / "__init__.py").write_text("")
    (shop / "migrations" / "__init__.py").write_text("")
    (shop / "models.py").write_text(profile["models"])
    (shop / "admin.py").write_text(profile["admin"])
    (target / "populate.py").write_text(profile["populate"])


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or len(sys.argv) == 3 and sys.argv[2] not in PROFILES:
        sys.exit(__doc__)
    main(sys.argv[1], PROFILES[sys.argv[2] if len(sys.argv) == 3 else "shop"])
