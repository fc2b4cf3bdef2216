"""A tiny project for migplan's fixture tests; the database comes from the environment."""
import os

SECRET_KEY = "migplan-test-only"
DEBUG = False
INSTALLED_APPS = ["django.contrib.contenttypes", "school"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends." + os.environ.get("SCHOOL_DB_ENGINE", "sqlite3"),
        "NAME": os.environ.get("SCHOOL_DB_NAME", "school.sqlite3"),
        "USER": os.environ.get("SCHOOL_DB_USER", ""),
        "PASSWORD": os.environ.get("SCHOOL_DB_PASSWORD", ""),
        "HOST": os.environ.get("SCHOOL_DB_HOST", ""),
        "PORT": os.environ.get("SCHOOL_DB_PORT", ""),
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
TIME_ZONE = "UTC"
