"""Settings, read from the environment (MGI_*), with defaults fit for a developer's machine."""

import os
import tempfile
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from mgi.lib.env import envbool, envint, envlist, envstr
from mgi.lib.secret_key import kept_secret_key

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(envstr("MGI_DATA_DIR", str(BASE_DIR / "data")))

DEBUG = envbool("MGI_DEBUG", True)
SECRET_KEY = envstr("MGI_SECRET_KEY", "")
if not SECRET_KEY:
    # A fixed key only for development; a production server without MGI_SECRET_KEY makes one
    # once and keeps it in the data folder (several machines share one through MGI_SECRET_KEY).
    SECRET_KEY = (
        "dev-only-insecure-key-do-not-use-in-production" if DEBUG else kept_secret_key(DATA_DIR)
    )
ALLOWED_HOSTS = envlist("MGI_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "mgi.frameworks",
    "mgi.places",
    "mgi.assessments",
    "mgi.results",
    "mgi.profiles",
    "mgi.portal",
    "mgi.workspace",
    "mgi.search",
    "mgi.api",
    "mgi.exports",
    "mgi.demo",
    "mgi.operations",
]

MIDDLEWARE = [
    # Outermost, so that every answer carries the security headers, a 413 refusal included.
    "mgi.operations.security.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "mgi.operations.limits.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "mgi.operations.db_errors.StorageFailureMiddleware",
]

ROOT_URLCONF = "mgi.urls"
WSGI_APPLICATION = "mgi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "mgi" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mgi.workspace.context_processors.inbox",
            ],
        },
    },
]

DATABASE_URL = envstr("MGI_DATABASE_URL", "")
if not DATABASE_URL:
    # The embedded default: one SQLite file under the data folder, made on first use.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{DATA_DIR / 'mgi.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # Take the write lock when a transaction starts, so concurrent saves queue behind the
        # busy timeout instead of failing with "database is locked" when they upgrade a read lock.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory: an in-memory test database cannot be shared by concurrent connections.
    # One per process, so that two test runs on one machine never share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"mgi-test-{os.getpid()}.sqlite3")
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "mgi" / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# One throttle for every way of signing in (the sign-in page, the admin's): see sign_in_throttle.
AUTHENTICATION_BACKENDS = ["mgi.operations.sign_in_backend.ThrottledModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "workspace:dashboard"
LOGOUT_REDIRECT_URL = "home"
# Mail (password resets, review events) goes to the console unless a server is configured.
EMAIL_BACKEND = envstr("MGI_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = envstr("MGI_FROM_EMAIL", "mgi-platform@localhost")
# Used by the SMTP backend (MGI_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend).
EMAIL_HOST = envstr("MGI_EMAIL_HOST", "localhost")
EMAIL_PORT = envint("MGI_EMAIL_PORT", 25)
EMAIL_HOST_USER = envstr("MGI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = envstr("MGI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = envbool("MGI_EMAIL_USE_TLS", False)
# The site's address as readers reach it: links in mail (read away from the site) start with it.
MGI_SITE_URL = envstr("MGI_SITE_URL", "http://127.0.0.1:8000")

STATIC_URL = "/static/"
STATIC_ROOT = Path(envstr("MGI_STATIC_ROOT", str(DATA_DIR / "static")))
# WhiteNoise serves this folder (filled by collectstatic) and warns at every start if it is missing.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not DEBUG:
    # Production serves what collectstatic gathered (`mgi serve` runs it when needed), under names
    # carrying a hash of their content, which WhiteNoise sends compressed and cacheable for ever.
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
# While developing, serve from the app folders directly: the demo and tests need no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Rendered published profiles, per process, under names that change with their content.
    "public_pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "public-pages",
        "OPTIONS": {"MAX_ENTRIES": 200},
    },
}
# Off while developing, where templates change under a running server.
PUBLIC_PAGE_CACHE = envbool("MGI_PAGE_CACHE", not DEBUG)
# How long each process trusts a public page's version before reading it again (page_versions.py).
PUBLIC_VERSION_MEMORY_SECONDS = 1.0

# Heavy work (the open-data files) runs off the request path: queued in the database, on SQLite
# and PostgreSQL alike, and done by `mgi worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Refused from the headers, before the body is read (413); the XLSX questionnaire is 10 MB at most.
MAX_REQUEST_BYTES = envint("MGI_MAX_REQUEST_BYTES", 12 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # form fields, files aside
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # larger uploads go to a temporary file
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 5

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
if not DEBUG:
    SESSION_COOKIE_SECURE = envbool("MGI_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = envbool("MGI_SSL_REDIRECT", True)
    # Load balancers check health over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = envint("MGI_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("MGI_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = envbool("MGI_HSTS_PRELOAD", True)


def _meta_name(header: str) -> str:
    return "HTTP_" + header.strip().upper().replace("-", "_")


# Behind a proxy that terminates HTTPS and overwrites this header (e.g. X-Forwarded-Proto); never
# set it otherwise, or any client could claim to be on HTTPS.
PROXY_SSL_HEADER = envstr("MGI_PROXY_SSL_HEADER", "")
if PROXY_SSL_HEADER:
    SECURE_PROXY_SSL_HEADER = (_meta_name(PROXY_SSL_HEADER), "https")
# The header holding the client's address behind a proxy (e.g. X-Forwarded-For); sign-in
# throttling counts failures per address.
_client_ip_header = envstr("MGI_CLIENT_IP_HEADER", "")
CLIENT_IP_HEADER = _meta_name(_client_ip_header) if _client_ip_header else ""

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("MGI_LOG_LEVEL", "WARNING")},
}
