"""
Django settings for the madaris project.

madaris started life in 2016 as "bmp", a tool for tracking members of
parliament and their constituencies. It was repurposed as a madrasah
management system; many names (BMParliamentMember, Constituency) still
date from that time.
"""
import os
import sys
from pathlib import Path

# Build paths inside the project like this: BASE_DIR / 'subdir'.
BASE_DIR = Path(__file__).resolve().parent.parent

# Apps are imported as ``apps.<name>`` from the src directory.
SRC_DIR = BASE_DIR / 'src'
if str(SRC_DIR) not in sys.path:
    sys.path.insert(0, str(SRC_DIR))

# SECURITY WARNING: this key is a placeholder for development only.
SECRET_KEY = 'django-insecure-madaris-example-not-a-real-secret-key'

DEBUG = os.environ.get('MADARIS_DEBUG', '1') == '1'

ALLOWED_HOSTS = ['localhost', '127.0.0.1']


# Application definition

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'apps.constituents',
    'apps.attendance.apps.AttendanceConfig',
    'apps.guardians',
    'apps.courses',
    'apps.fees',
    'apps.alumni',
    'apps.notes',
    'apps.welfare.apps.WelfareConfig',
    'apps.hostel',
]

MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
    'django.middleware.clickjacking.XFrameOptionsMiddleware',
]

ROOT_URLCONF = 'madaris.urls'

TEMPLATES = [
    {
        'BACKEND': 'django.template.backends.django.DjangoTemplates',
        'DIRS': [BASE_DIR / 'templates'],
        'APP_DIRS': True,
        'OPTIONS': {
            'context_processors': [
                'django.template.context_processors.debug',
                'django.template.context_processors.request',
                'django.contrib.auth.context_processors.auth',
                'django.contrib.messages.context_processors.messages',
            ],
        },
    },
]

WSGI_APPLICATION = 'madaris.wsgi.application'


# Database
# https://docs.djangoproject.com/en/3.2/ref/settings/#databases

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}

# Scratch databases (schema dumps, tests) point SQLite somewhere else.
if os.environ.get('MADARIS_SQLITE_PATH'):
    DATABASES['default']['NAME'] = os.environ['MADARIS_SQLITE_PATH']

# Production and the integration tests run on PostgreSQL.
if os.environ.get('MADARIS_DATABASE') == 'postgres':
    DATABASES = {
        'default': {
            'ENGINE': 'django.db.backends.postgresql',
            'NAME': os.environ.get('MADARIS_PG_NAME', 'madaris'),
            'USER': os.environ.get('MADARIS_PG_USER', 'madaris'),
            'PASSWORD': os.environ.get('MADARIS_PG_PASSWORD', ''),
            'HOST': os.environ.get('MADARIS_PG_HOST', 'localhost'),
            'PORT': os.environ.get('MADARIS_PG_PORT', '5432'),
        }
    }


# Password validation
# https://docs.djangoproject.com/en/3.2/ref/settings/#auth-password-validators

AUTH_PASSWORD_VALIDATORS = [
    {
        'NAME': 'django.contrib.auth.password_validation.UserAttributeSimilarityValidator',
    },
    {
        'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator',
    },
    {
        'NAME': 'django.contrib.auth.password_validation.CommonPasswordValidator',
    },
    {
        'NAME': 'django.contrib.auth.password_validation.NumericPasswordValidator',
    },
]


# Internationalization
# https://docs.djangoproject.com/en/3.2/topics/i18n/

LANGUAGE_CODE = 'en-us'

TIME_ZONE = 'Asia/Dhaka'

USE_I18N = True

USE_L10N = True

USE_TZ = True


# Static files (CSS, JavaScript, Images)
# https://docs.djangoproject.com/en/3.2/howto/static-files/

STATIC_URL = '/static/'

# Default primary key field type
# https://docs.djangoproject.com/en/3.2/ref/settings/#default-auto-field

DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'

LOGIN_URL = '/admin/login/'

# The model that holds a student record. Apps that should not import the
# constituents app directly refer to it through this label.
MADARIS_STUDENT_MODEL = 'constituents.BMParliamentMember'

# Default monthly tuition fee, in taka.
MADARIS_MONTHLY_FEE = '1500.00'
