#!/usr/bin/env bash
# Install with the test tools and run the whole test suite on the embedded defaults (SQLite).
# PostgreSQL-only tests are skipped unless DATABASE_URL points at PostgreSQL; Redis tests need REDIS_TEST_URL.
# Without arguments the web app's component tests (Vitest, ~15 s) run too when npm is installed; with arguments
# only pytest runs, with them. STOREOPS_SKIP_WEB_TESTS=1 skips the web tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh dev
.venv/bin/python -m pytest -n auto "$@"
if [ "$#" -eq 0 ] && [ "${STOREOPS_SKIP_WEB_TESTS:-0}" != 1 ]; then
  if command -v npm >/dev/null 2>&1; then
    cd web
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
    fi
    npm test --silent
  else
    echo "test.sh: npm not found; the web app's tests were skipped" >&2
  fi
fi
