"""Schema-driven fuzzing gate: every operation, every role, against a live local server.

Builds a throw-away database with the demo data, serves it with gunicorn on 127.0.0.1, signs in one user per
role and runs the schema fuzzer once per role (anonymous first, the system admin last, since admin writes may
change the other accounts). Fails when the fuzzer reports any failure or when fewer requests than
`--min-requests` reached the server (counted from the server's access log, not from the fuzzer's claims).

    .venv/bin/python scripts/fuzz.py                   # the CI gate (fixed seed)
    .venv/bin/python scripts/fuzz.py --long            # the long run, 50 000+ requests
    .venv/bin/python scripts/fuzz.py --roles admin --examples 50 --seed 7
    .venv/bin/python scripts/fuzz.py --roles admin --paths '^/api/price-logs'   # some operations only

Per-operation exceptions, each with its reason, live in `schemathesis.toml` at the top of the checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "storeops-demo"
# Role → demo login (from seed_demo); None is the anonymous run.
ROLES: dict[str, str | None] = {
    "anonymous": None,
    "customer": "customer1",
    "advisor": "advisor1.mgr",
    "branch_head": "head.mgr",
    "admin": "admin",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "THROTTLE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.base",
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(48),
        CAPTCHA_DISABLED="true",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATA_DIR=str(data_dir),
        EMAIL_URL="locmem://",
        JWT_ACCESS_TOKEN_MINUTES="600",
        # Rate limits are proven by their own tests; here they would only turn requests into 429s.
        **{
            f"THROTTLE_{scope}": "1000000/min"
            for scope in ("LOGIN", "REGISTER", "BOOKING", "CONTACT", "SCHEDULE_CALL", "RESPONSES")
        },
    )
    return env


def manage(env: dict[str, str], *args: str) -> None:
    subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_up(url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(100):
        if proc.poll() is not None:
            raise SystemExit("the server exited during start-up")
        try:
            with urllib.request.urlopen(url, timeout=1):  # noqa: S310 (local URL)
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer within 20 s")


def login(base: str, username: str) -> str:
    body = json.dumps({"username": username, "password": PASSWORD}).encode()
    request = urllib.request.Request(  # noqa: S310 (local URL)
        f"{base}/api/auth/login", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return str(json.load(response)["access"])


def fuzz(schema: Path, base: str, role: str, token: str | None, args: argparse.Namespace) -> int:
    # The token goes in as the schema's own security scheme (not a fixed header), so that the checks that
    # drop credentials really send a request without them.
    config = schema.parent / f"schemathesis-{role}.toml"
    text = (ROOT / "schemathesis.toml").read_text()
    if token:
        text += f'\n[auth.openapi.jwtAuth]\nbearer = "{token}"\n'
    config.write_text(text)
    command = [
        str(BIN / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        str(schema),
        "--url",
        base,
        "--seed",
        str(args.seed),
        "--max-examples",
        str(args.examples),
        "--workers",
        "1",
        "--no-shrink",
        "--output-truncate",
        "true",
        *(["--include-path-regex", args.paths] if args.paths else []),
    ]
    print(f"\n==> fuzzing as {role}", flush=True)
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "fuzz_hooks", "PYTHONPATH": str(ROOT / "scripts")}
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--examples", type=int, default=None, help="cases per operation and role")
    parser.add_argument("--min-requests", type=int, default=None)
    parser.add_argument("--long", action="store_true", help="the long run: 50 000+ requests")
    parser.add_argument(
        "--roles", default=",".join(ROLES), help="comma-separated subset of " + ",".join(ROLES)
    )
    parser.add_argument("--keep", action="store_true", help="keep the database and logs")
    parser.add_argument("--paths", default=None, help="only operations whose path matches this regex")
    args = parser.parse_args()
    args.examples = args.examples or (150 if args.long else 12)
    # A run limited to some paths proves them, not the volume of the whole gate.
    args.min_requests = args.min_requests or (50_000 if args.long else 1 if args.paths else 3_000)
    roles = [r for r in args.roles.split(",") if r]
    unknown = set(roles) - set(ROLES)
    if unknown:
        parser.error(f"unknown roles: {', '.join(sorted(unknown))}")

    # Stopped from outside (CI time-out, Ctrl-C): still run the clean-up below and stop the server.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = Path(tempfile.mkdtemp(prefix="storeops-fuzz-"))
    env = server_env(work)
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "seed_demo", "--force")
    schema = work / "schema.json"
    manage(env, "spectacular", "--format", "openapi-json", "--file", str(schema))

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    access_log = work / "access.log"
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",  # SQLite: one writer at a time
            "--access-logfile",
            str(access_log),
            "--error-logfile",
            str(work / "error.log"),
            "--timeout",
            "120",
            # Request-line and header limits belong to the front server, which answers them before the app
            # runs; the gate is about the application, so the server passes everything through.
            "--limit-request-line",
            "0",
            "--limit-request-field_size",
            "0",
        ],
        cwd=ROOT,
        env=env,
        stdout=(work / "server.log").open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    failed: list[str] = []
    try:
        wait_up(f"{base}/healthz", server)
        tokens = {
            role: (login(base, user) if user else None) for role, user in ROLES.items() if role in roles
        }
        before = sum(1 for _ in access_log.open())
        for role in roles:
            if fuzz(schema, base, role, tokens[role], args) != 0:
                failed.append(role)
        sent = sum(1 for _ in access_log.open()) - before
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")

    print(f"\nfuzzing: {sent} requests reached the server over {len(roles)} role(s); seed {args.seed}")
    if failed:
        print(f"fuzzing FAILED for: {', '.join(failed)}")
        return 1
    if sent < args.min_requests:
        print(f"fuzzing FAILED: fewer than {args.min_requests} requests")
        return 1
    print("fuzzing passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
