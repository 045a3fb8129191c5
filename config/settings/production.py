"""Production profile: everything from the environment, HTTPS hardening on by default.

Run behind a TLS-terminating proxy with TRUST_X_FORWARDED_PROTO=true, or set SECURE_SSL_REDIRECT yourself.
"""

import os

os.environ.setdefault("SECURE_SSL_REDIRECT", "true")
os.environ.setdefault("SECURE_HSTS_SECONDS", "31536000")
os.environ.setdefault("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
os.environ.setdefault("SECURE_HSTS_PRELOAD", "true")
os.environ.setdefault("SESSION_COOKIE_SECURE", "true")
os.environ.setdefault("CSRF_COOKIE_SECURE", "true")

from config.settings.base import *  # noqa: E402, F403

if DEBUG:  # noqa: F405
    raise RuntimeError("config.settings.production refuses DEBUG=true.")
