"""STOREOPS_REQUIRE_SERVICES=1 turns a skipped PostgreSQL or Redis test into a failure (CI must not skip them)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
REDIS_TEST = "storeops/api/tests/test_throttles.py::test_login_is_throttled_on_redis"
POSTGRES_TEST = "storeops/catalog/tests/test_postgres.py::test_ten_concurrent_creates_get_ten_distinct_slugs"


def _pytest(test: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "STOREOPS_REQUIRE_SERVICES"}}
    environ |= {"REDIS_TEST_URL": "redis://127.0.0.1:1/0", **env}  # nothing listens on port 1
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:xdist", "-rs", test],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("test", [REDIS_TEST, POSTGRES_TEST])
def test_service_tests_are_skipped_by_default(test):
    result = _pytest(test)

    assert result.returncode == 0, result.stdout
    assert "SKIPPED" in result.stdout


@pytest.mark.parametrize("test", [REDIS_TEST, POSTGRES_TEST])
def test_skipped_service_tests_fail_when_services_are_required(test):
    result = _pytest(test, STOREOPS_REQUIRE_SERVICES="1")

    assert result.returncode != 0, result.stdout
    assert "STOREOPS_REQUIRE_SERVICES=1 but this test was skipped" in result.stdout
