"""A project that never sets USE_TZ or TIME_ZONE: Django's own defaults apply (3.2: naive
datetimes in America/Chicago). The database comes from the environment."""
import os

SECRET_KEY = "migplan-test-only"
DEBUG = False
INSTALLED_APPS = ["django.contrib.contenttypes", "events"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends." + os.environ.get("SCHOOL_DB_ENGINE", "sqlite3"),
        "NAME": os.environ.get("SCHOOL_DB_NAME", "agenda.sqlite3"),
        "USER": os.environ.get("SCHOOL_DB_USER", ""),
        "PASSWORD": os.environ.get("SCHOOL_DB_PASSWORD", ""),
        "HOST": os.environ.get("SCHOOL_DB_HOST", ""),
        "PORT": os.environ.get("SCHOOL_DB_PORT", ""),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
