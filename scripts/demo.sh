#!/usr/bin/env bash
# Install, build the web app, migrate, load demo data and serve the site and the API on http://127.0.0.1:8000
# with the embedded defaults (SQLite under var/, in-process cache, local files, e-mail printed to the console).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
scripts/build_web.sh
export DEBUG="${DEBUG:-true}"
export CAPTCHA_DISABLED="${CAPTCHA_DISABLED:-true}"
.venv/bin/python manage.py migrate --no-input
.venv/bin/python manage.py seed_demo
exec .venv/bin/python manage.py runserver "${HOST:-127.0.0.1}:${PORT:-8000}"
