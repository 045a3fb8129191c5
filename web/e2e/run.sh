#!/usr/bin/env bash
# End-to-end run: a fresh PostgreSQL database with the demo data, the built web app served by Django as in
# production (DEBUG off, gunicorn, WhiteNoise), and the Playwright scenarios in Debian's Chromium.
#   E2E_DATABASE  database name (default storeops_web_e2e; dropped and created again)
#   PG_URL        server (default postgres://postgres@127.0.0.1:5432)
#   E2E_REDIS_URL Redis database for the server's cache (default redis://127.0.0.1:6379/3; emptied first)
#   CHROMIUM      browser binary (default /usr/bin/chromium)
#   E2E_DROP_DATABASE=1  drop the database at the end (CI); by default it is kept for a look afterwards
# Extra arguments go to `playwright test` (e.g. a file or --grep). Screenshots land in web/e2e/screenshots/.
set -euo pipefail
WEB="$(cd "$(dirname "$0")/.." && pwd)"
ROOT="$(cd "$WEB/.." && pwd)"
PY="${STOREOPS_PYTHON:-$ROOT/.venv/bin/python}"
DB="${E2E_DATABASE:-storeops_web_e2e}"
PG_URL="${PG_URL:-postgres://postgres@127.0.0.1:5432}"
E2E_REDIS_URL="${E2E_REDIS_URL:-redis://127.0.0.1:6379/3}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

[ -x "$CHROMIUM" ] || { echo "e2e: $CHROMIUM not found; install it with: apt-get install -y chromium" >&2; exit 1; }
[ -x "$PY" ] || { echo "e2e: $PY not found; run scripts/install.sh dev first" >&2; exit 1; }

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ "${E2E_DROP_DATABASE:-0}" = 1 ]; then drop_database; fi
  rm -rf "$work"
}
drop_database() {
  "$PY" - "$PG_URL" "$DB" <<'PY' || true
import sys
import psycopg
with psycopg.connect(f"{sys.argv[1]}/postgres", autocommit=True) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{sys.argv[2]}" WITH (FORCE)')
PY
}
trap cleanup EXIT

echo "==> e2e: fresh database $DB"
"$PY" - "$PG_URL" "$DB" <<'PY'
import sys
import psycopg
url, name = sys.argv[1], sys.argv[2]
with psycopg.connect(f"{url}/postgres", autocommit=True) as conn:
    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.execute(f'CREATE DATABASE "{name}"')
PY

# The production profile minus HTTPS (plain HTTP on loopback). The captcha is switched off explicitly (the one way
# a DEBUG-off start may run without a secret), so the anonymous visitors of the scenarios can send the public forms.
export DJANGO_SETTINGS_MODULE=config.settings.base
export DEBUG=false
export SECRET_KEY="e2e-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz"
export DATABASE_URL="$PG_URL/$DB"
export ALLOWED_HOSTS="127.0.0.1,localhost"
export CAPTCHA_SECRET_KEY=""
export CAPTCHA_DISABLED=true
export DATA_DIR="$work/data"
export STATIC_ROOT="$work/static"
export THROTTLE_LOGIN="100/min"
# Public forms are limited per client IP, and every scenario here comes from 127.0.0.1.
export THROTTLE_CONTACT="100/min" THROTTLE_SCHEDULE_CALL="100/min" THROTTLE_BOOKING="100/min"
export EMAIL_URL="locmem://"

cd "$ROOT"
echo "==> e2e: migrate and seed"
"$PY" manage.py migrate --no-input -v 0
"$PY" manage.py seed_demo --force > "$work/seed.log"

echo "==> e2e: build the web app"
cd "$WEB"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm ci --no-audit --no-fund; fi
npm run build --silent
cd "$ROOT"
"$PY" manage.py collectstatic --no-input -v 0

port="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export E2E_BASE_URL="http://127.0.0.1:$port"
echo "==> e2e: server on $E2E_BASE_URL"
# Two workers, as in production, share their cache through Redis: with in-process caches a worker would keep
# answering a list from its own copy after another worker's write. Without Redis, one worker.
workers=1
if "$PY" -c "import redis, sys; redis.Redis.from_url(sys.argv[1], socket_timeout=1).flushdb()" "$E2E_REDIS_URL" 2>/dev/null; then
  export REDIS_URL="$E2E_REDIS_URL"
  workers=2
else
  echo "==> e2e: no Redis at $E2E_REDIS_URL; one server worker"
fi
"$ROOT/.venv/bin/gunicorn" config.wsgi --bind "127.0.0.1:$port" --workers "$workers" --threads 4 \
  --error-logfile - > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  if "$PY" -c "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=1)" "$E2E_BASE_URL/healthz" 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "e2e: server died" >&2; exit 1; }
  sleep 0.5
done

echo "==> e2e: playwright"
cd "$WEB"
status=0
npx playwright test --config e2e/playwright.config.ts "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "==> e2e: server log (last 80 lines)"
  tail -n 40 "$work/server.log"
fi
exit "$status"
