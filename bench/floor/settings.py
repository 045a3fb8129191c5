"""The floor: a one-view Django app with no middleware, no database and a precomputed response."""

import os

SECRET_KEY = os.environ.get("SECRET_KEY", "floor-only-not-a-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
ROOT_URLCONF = "bench.floor.urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
