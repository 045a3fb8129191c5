"""Log output as an operator sees it in the demo (DEBUG on): every record printed once."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = (
    "import logging; "
    "logging.getLogger('django.request').warning('request-marker'); "
    "logging.getLogger('storeops').warning('app-marker')"
)


@pytest.mark.parametrize("debug", ["true", "false"])
def test_every_log_record_is_printed_once(debug):
    env = {**os.environ, "DEBUG": debug, "SECRET_KEY": "test-only-" + "x" * 50, "CAPTCHA_DISABLED": "true"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    output = result.stdout + result.stderr
    assert output.count("request-marker") == 1, output
    assert output.count("app-marker") == 1, output
