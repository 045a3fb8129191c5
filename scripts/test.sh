#!/usr/bin/env bash
# Install with the test tools and run the whole test suite on the embedded defaults (SQLite).
# PostgreSQL-only tests are skipped unless DATABASE_URL points at PostgreSQL; Redis tests need REDIS_TEST_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh dev
exec .venv/bin/python -m pytest -n auto "$@"
