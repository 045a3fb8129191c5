#!/usr/bin/env bash
# Create .venv (if needed) and install StoreOps with pinned versions. Usage: scripts/install.sh [dev]
# An existing .venv is left alone when it was installed from the same requirements.lock and pyproject.toml with
# the extras asked for (a dev install serves a plain one too), so running the tests next to a running demo server
# neither reinstalls packages nor makes the server restart.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
extras=""
if [ "${1:-}" = "dev" ]; then extras="[dev]"; fi
stamp=.venv/.storeops-install
sources=$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ -f "$stamp" ]; then
  read -r done_sources done_extras < "$stamp" || true
  if [ "$done_sources" = "$sources" ] && { [ -z "$extras" ] || [ "${done_extras:-}" = "$extras" ]; }; then
    exit 0
  fi
fi
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -c requirements.lock -e ".${extras}"
printf '%s %s\n' "$sources" "$extras" > "$stamp"
