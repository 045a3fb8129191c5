#!/usr/bin/env bash
# Create .venv (if needed) and install StoreOps with pinned versions. Usage: scripts/install.sh [dev]
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
extras=""
if [ "${1:-}" = "dev" ]; then extras="[dev]"; fi
.venv/bin/python -m pip install --quiet -c requirements.lock -e ".${extras}"
