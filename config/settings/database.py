"""Database: SQLite file under DATA_DIR unless DATABASE_URL names another server (PostgreSQL via psycopg 3)."""

import dj_database_url

from config.env import BASE_DIR, env_bool, env_int, env_str

_data_dir = BASE_DIR / env_str("DATA_DIR", "var")
_url = env_str("DATABASE_URL") or f"sqlite:///{_data_dir / 'storeops.sqlite3'}"

DATABASES = {"default": dj_database_url.parse(_url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _data_dir.mkdir(parents=True, exist_ok=True)
    # Concurrent requests on the embedded database wait for the write lock instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    # On: a `SELECT 1` round trip before each request's first query, so that a persistent connection the
    # server dropped while idle is replaced instead of failing that one request. It doubles the round trips of a
    # one-query request (every authenticated call), so it is off unless asked for.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = env_bool("DB_CONN_HEALTH_CHECKS", False)
