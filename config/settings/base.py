"""Settings shared by every environment. Integrations live in their own modules below."""

from config.env import BASE_DIR, env_bool, env_list, env_str, load_dotenv

load_dotenv(BASE_DIR / ".env")

DEBUG = env_bool("DEBUG", False)
DATA_DIR = BASE_DIR / env_str("DATA_DIR", "var")

from config.settings.api import *  # noqa: E402, F403
from config.settings.cache import *  # noqa: E402, F403
from config.settings.celery import *  # noqa: E402, F403
from config.settings.database import *  # noqa: E402, F403
from config.settings.email import *  # noqa: E402, F403
from config.settings.notifications import *  # noqa: E402, F403
from config.settings.passwords import *  # noqa: E402, F403
from config.settings.policy import *  # noqa: E402, F403
from config.settings.security import *  # noqa: E402, F403
from config.settings.storage import *  # noqa: E402, F403

INSTALLED_APPS = [
    # First, so its createsuperuser overrides the stock one.
    "storeops.accounts",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "storeops.core",
    "storeops.api",
    "storeops.activity",
    "storeops.stores",
    "storeops.catalog",
    "storeops.inventory",
    "storeops.notifications",
    "storeops.attendance",
    "storeops.marketing",
    "storeops.bookings",
]

MIDDLEWARE = [
    "storeops.api.middleware.SecurityHeadersMiddleware",
    "storeops.api.middleware.RequestContextMiddleware",
    "storeops.api.middleware.BodySizeLimitMiddleware",
    "storeops.api.inputs.InputMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "storeops.api.middleware.SiteSessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "storeops.api.middleware.SiteAuthenticationMiddleware",
    "storeops.api.middleware.SiteMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "storeops.api.idempotency.IdempotencyMiddleware",
    # Last: an anonymous catalog read already cached is answered before routing; everything above still runs.
    "storeops.api.fastpath.CachedReadMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("username", "email", "first_name", "last_name")},
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "Asia/Kolkata")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / env_str("STATIC_ROOT", "var/static")
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_EXPOSE_HEADERS = ["X-Request-ID", "Idempotent-Replayed", "Retry-After"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own console handler (DEBUG only) would print every record a second time through the root.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.db.backends": {"level": "WARNING"},
    },
}

if not SIMPLE_JWT["SIGNING_KEY"]:  # noqa: F405
    SIMPLE_JWT["SIGNING_KEY"] = SECRET_KEY  # noqa: F405
WHITENOISE_USE_FINDERS = True

from config.settings.web import *  # noqa: E402, F403
