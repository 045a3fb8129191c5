"""scripts/install.sh leaves an existing .venv alone when nothing it was installed from has changed."""

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _checkout(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "install.sh", tmp_path / "scripts" / "install.sh")
    (tmp_path / "requirements.lock").write_text("django==5.2\n")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    # Stands in for the venv's interpreter: records each pip call instead of installing.
    python.write_text(f'#!/bin/sh\necho "$*" >> {tmp_path / "pip.log"}\n')
    python.chmod(0o755)
    return tmp_path


def _pip_installs(checkout: Path, *args: str) -> int:
    log = checkout / "pip.log"
    before = log.read_text().count("-c requirements.lock") if log.exists() else 0
    subprocess.run(["bash", str(checkout / "scripts" / "install.sh"), *args], check=True, timeout=30)
    return log.read_text().count("-c requirements.lock") - before if log.exists() else 0


def test_second_run_installs_nothing(tmp_path):
    checkout = _checkout(tmp_path)

    assert _pip_installs(checkout, "dev") == 1
    assert _pip_installs(checkout, "dev") == 0
    assert _pip_installs(checkout) == 0  # the demo's plain install is served by the dev one


def test_changed_lock_file_or_extras_reinstall(tmp_path):
    checkout = _checkout(tmp_path)
    assert _pip_installs(checkout) == 1

    assert _pip_installs(checkout, "dev") == 1
    (checkout / "requirements.lock").write_text("django==5.2.1\n")
    assert _pip_installs(checkout, "dev") == 1
    (checkout / "pyproject.toml").write_text("[project]\nname = 'y'\n")
    assert _pip_installs(checkout) == 1
