#!/usr/bin/env bash
# Build the web app into web/dist when it is missing or older than its sources; `npm ci` first when the lock file
# changed since the last install. Without npm the API still runs and the site answers a page saying so.
set -euo pipefail
cd "$(dirname "$0")/../web"
if ! command -v npm >/dev/null 2>&1; then
  echo "build_web: npm not found; the web app is not built (install Node.js 20+ and run again)" >&2
  exit 0
fi
sources=(src public index.html package.json package-lock.json vite.config.ts tsconfig.json)
if [ -f dist/index.html ] && [ -z "$(find "${sources[@]}" -newer dist/index.html -print -quit)" ]; then
  echo "build_web: web/dist is up to date"
  exit 0
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
npm run build
