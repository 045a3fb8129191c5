"""E-mail: EMAIL_URL selects the transport (smtp://, smtps://, console://, locmem://); default console."""

from urllib.parse import parse_qs, unquote, urlsplit

from config.env import env_int, env_str

DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "StoreOps <no-reply@storeops.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_URL = env_str("EMAIL_URL")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)

_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}

_parts = urlsplit(EMAIL_URL) if EMAIL_URL else None
if _parts is None:
    EMAIL_BACKEND = _BACKENDS["console"]
else:
    if _parts.scheme not in _BACKENDS:
        raise ValueError(f"EMAIL_URL scheme must be one of {sorted(_BACKENDS)}")
    EMAIL_BACKEND = _BACKENDS[_parts.scheme]
    _query = parse_qs(_parts.query)
    EMAIL_HOST = _parts.hostname or "localhost"
    EMAIL_PORT = _parts.port or (465 if _parts.scheme == "smtps" else 25)
    EMAIL_HOST_USER = unquote(_parts.username or "")
    EMAIL_HOST_PASSWORD = unquote(_parts.password or "")
    EMAIL_USE_SSL = _parts.scheme == "smtps"
    EMAIL_USE_TLS = _query.get("tls", ["0"])[0].lower() in {"1", "true", "yes"}

# Whether messages really leave the process; verification mails are only queued when they do.
EMAIL_DELIVERY_CONFIGURED = bool(EMAIL_URL)
