"""Load benchmark of the StoreOps API against a floor measured in the same run. See bench/README.md."""

import argparse
import json
import os
import platform
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DEFAULT_URL = "postgres://postgres:postgres@127.0.0.1:5432/storeops_bench"
PASSWORD = "storeops-bench"
TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Scenario:
    name: str
    path: str
    budget: float | None = None  # minimum share of the floor's req/s
    method: str = "GET"
    body: bytes | None = None
    lua: str | None = None
    auth: bool = False
    floor: bool = False


@dataclass
class Result:
    scenario: Scenario
    rps: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    app_cpu_ms: float = 0.0
    db_cpu_ms: float | None = None
    queries: float | None = None
    requests: int = 0
    bad: int = 0
    notes: list[str] = field(default_factory=list)


def scenarios(department: str, product: str, since: str) -> list[Scenario]:
    login = json.dumps({"username": "bench.admin", "password": PASSWORD}).encode()
    return [
        Scenario("floor (20-item JSON)", "/floor", floor=True),
        Scenario("products list", "/api/products?page_size=20", budget=0.25),
        Scenario(
            "products filtered",
            f"/api/products?department={department}&min_price=100&ordering=-date_created",
            budget=0.25,
        ),
        Scenario("product detail", f"/api/products/{product}", budget=0.40),
        Scenario("auth/me", "/api/auth/me", budget=0.40, auth=True),
        Scenario("auth/login", "/api/auth/login", method="POST", body=login, lua="login.lua"),
        Scenario(
            "bookings list",
            "/api/bookings?page_size=20&status=approved,in_progress&ordering=-created_at",
            budget=0.25,
            auth=True,
        ),
        Scenario("lead inbox", "/api/marketing/contact?page_size=20&status=new", budget=0.25, auth=True),
        Scenario(
            "attendance records",
            f"/api/attendance?page_size=20&date_from={since}&status=PRESENT,HALF_DAY",
            budget=0.25,
            auth=True,
        ),
        Scenario(
            "approvals queue", "/api/attendance/approvals?page_size=20&status=PENDING", budget=0.25, auth=True
        ),
    ]


# ---------- processes ----------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_ticks(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])  # utime + stime


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (FileNotFoundError, ProcessLookupError, IndexError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


class Servers:
    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, wsgi: str, port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
        cmd = [GUNICORN, wsgi, "--workers", "2", "--worker-class", "sync", "--bind", f"127.0.0.1:{port}"]
        cmd += ["--chdir", str(ROOT), "--log-level", "warning"]
        proc = subprocess.Popen(
            cmd, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        self.procs = []


def wait_idle(pids: list[int], limit: float = 300) -> None:
    """Until the workers stop using CPU: requests wrk left queued when it stopped are still being served."""
    deadline = time.monotonic() + limit
    last, quiet = -1, 0
    while time.monotonic() < deadline and quiet < 2:
        total = sum(cpu_ticks(pid) or 0 for pid in pids)
        quiet = quiet + 1 if total - last <= 1 else 0
        last = total
        time.sleep(0.25)


def wait_ready(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(
                f"server for {url} exited with {proc.returncode}; see the log in the work directory"
            )
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:  # refused, reset or timed out while the workers boot
            time.sleep(0.3)
    raise SystemExit(f"server at {url} did not answer within {seconds:.0f}s")


# ---------- database ----------


def admin_url(url: str) -> tuple[str, str]:
    parts = urlparse(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise SystemExit("DATABASE_URL must point at PostgreSQL.")
    return urlunparse(parts._replace(path="/postgres")), parts.path.lstrip("/")


def recreate_database(url: str, drop_only: bool = False) -> None:
    import psycopg

    maintenance, name = admin_url(url)
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop_only:
            conn.execute(f'CREATE DATABASE "{name}"')


class PgCpu:
    """CPU of the PostgreSQL backends serving the benchmark database, from /proc/<pid>/stat."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.name = admin_url(url)[1]
        self.conn = psycopg.connect(url, autocommit=True)
        self.readable = True

    def pids(self) -> set[int]:
        rows = self.conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", [self.name]
        ).fetchall()
        return {int(row[0]) for row in rows}

    def snapshot(self) -> dict[int, int]:
        result = {}
        for pid in self.pids():
            ticks = cpu_ticks(pid)
            if ticks is None:
                self.readable = False
            else:
                result[pid] = ticks
        return result

    @staticmethod
    def delta(before: dict[int, int], after: dict[int, int]) -> int:
        return sum(ticks - before.get(pid, 0) for pid, ticks in after.items())


# ---------- measuring ----------


def probe(base: str, sc: Scenario, headers: dict[str, str]) -> tuple[list[int], float | None]:
    """A few requests outside the timed window: status codes and SQL statements per request."""
    statuses, counts = [], []
    for _ in range(3):
        req = urllib.request.Request(base + sc.path, data=sc.body, method=sc.method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                statuses.append(resp.status)
                if resp.headers.get("X-Bench-Queries") is not None:
                    counts.append(int(resp.headers["X-Bench-Queries"]))
        except urllib.error.HTTPError as exc:
            statuses.append(exc.code)
    return statuses, (sorted(counts)[len(counts) // 2] if counts else None)


def wrk(base: str, sc: Scenario, seconds: float, conns: int, headers: dict[str, str]) -> dict[str, int]:
    script = (BENCH / "wrk" / sc.lua).read_text() if sc.lua else ""
    script += (BENCH / "wrk" / "report.lua").read_text()
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    threads = min(2, conns)
    cmd = ["wrk", f"-t{threads}", f"-c{conns}", f"-d{seconds:g}s", "--timeout", "30s", "-s", handle.name]
    for key, value in headers.items():
        if key != "Content-Type" or sc.body is None:
            cmd += ["-H", f"{key}: {value}"]
    out = subprocess.run([*cmd, base + sc.path], capture_output=True, text=True, check=False)
    os.unlink(handle.name)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            return dict(json.loads(line.removeprefix("BENCH_JSON ")))
    raise SystemExit(f"wrk gave no summary for {sc.name}:\n{out.stdout}\n{out.stderr}")


def measure(
    sc: Scenario, base: str, master: int, pg: PgCpu | None, args: argparse.Namespace, headers: dict[str, str]
) -> Result:
    result = Result(sc)
    statuses, result.queries = probe(base, sc, headers)
    if any(not 200 <= code < 300 for code in statuses):
        result.notes.append(f"probe answered {statuses}")
        result.bad += len([c for c in statuses if not 200 <= c < 300])
    workers = children(master)
    wrk(base, sc, args.warmup, args.connections, headers)
    wait_idle(workers)
    app_before = {pid: cpu_ticks(pid) or 0 for pid in workers}
    db_before = pg.snapshot() if pg else {}
    summary = wrk(base, sc, args.duration, args.connections, headers)
    app_after = {pid: cpu_ticks(pid) or 0 for pid in workers}
    db_after = pg.snapshot() if pg else {}
    wait_idle(workers)
    result.requests = summary["requests"]
    result.bad += summary["non2xx"] + summary["socket_errors"]
    if result.requests == 0:
        result.notes.append("no requests completed")
        return result
    result.rps = summary["requests"] / (summary["duration_us"] / 1e6)
    result.p50_ms = summary["p50_us"] / 1000
    result.p99_ms = summary["p99_us"] / 1000
    app_ticks = sum(app_after[p] - app_before[p] for p in workers)
    result.app_cpu_ms = app_ticks * 1000 / TICK / result.requests
    if pg is not None and pg.readable:
        result.db_cpu_ms = PgCpu.delta(db_before, db_after) * 1000 / TICK / result.requests
    return result


# ---------- report ----------


def table(results: list[Result]) -> str:
    floor = next((r.rps for r in results if r.scenario.floor), 0.0)
    head = "| scenario | req/s | p50 ms | p99 ms | app CPU ms/req | PG CPU ms/req | SQL/req | vs floor | budget |"
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in results:
        ratio = r.rps / floor if floor else 0.0
        budget = ""
        if r.scenario.budget is not None:
            verdict = "pass" if ratio >= r.scenario.budget else "FAIL"
            budget = f"≥ {r.scenario.budget:.0%}: {verdict}"
        db = "—" if r.scenario.floor else ("n/a" if r.db_cpu_ms is None else f"{r.db_cpu_ms:.2f}")
        sql = "0" if r.scenario.floor else ("n/a" if r.queries is None else f"{r.queries:g}")
        lines.append(
            f"| {r.scenario.name} | {r.rps:.1f} | {r.p50_ms:.1f} | {r.p99_ms:.1f} | {r.app_cpu_ms:.2f} | {db} "
            f"| {sql} | {ratio:.1%} | {budget} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = int(
        next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    )
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return (
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC\n- commit: {commit}{' (uncommitted changes)' if dirty else ''}\n"
        f"- machine: {os.cpu_count()} CPUs ({cpu}), {mem_kb / 1024 / 1024:.1f} GiB memory, Python {platform.python_version()}"
    )


# ---------- main ----------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny scale, 1 s windows, 2 connections")
    parser.add_argument("--check", action="store_true", help="exit 1 when a scenario misses its budget")
    parser.add_argument("--scale", type=float, default=None, help="seed_scale factor (default 1, smoke 0.01)")
    parser.add_argument("--duration", type=float, default=None, help="timed window in seconds (default 15)")
    parser.add_argument("--warmup", type=float, default=None, help="warm-up in seconds (default 5)")
    parser.add_argument("--connections", type=int, default=None, help="wrk connections (default 16)")
    parser.add_argument(
        "--only", default="", help="comma-separated scenario names to run (the floor always runs)"
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the benchmark database afterwards")
    parser.add_argument(
        "--reuse-db", action="store_true", help="use the kept database as it is (no migrate/seed)"
    )
    parser.add_argument("--results", type=Path, help="also write the table with machine details to this file")
    args = parser.parse_args()
    smoke = args.smoke
    args.scale = args.scale if args.scale is not None else (0.01 if smoke else 1.0)
    args.duration = args.duration if args.duration is not None else (1 if smoke else 15)
    args.warmup = args.warmup if args.warmup is not None else (1 if smoke else 5)
    args.connections = args.connections or (2 if smoke else 16)
    return args


def app_env(url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "REDIS_", "CELERY_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        PYTHONPATH=str(ROOT),
        DATABASE_URL=url,
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(48),
        CAPTCHA_DISABLED="true",
        ALLOWED_HOSTS="127.0.0.1",
        THROTTLE_LOGIN="100000/min",
        BENCH_COUNT_QUERIES="1",
        # Persistent connections outlive the whole run, so backend CPU is read from stable processes.
        DB_CONN_MAX_AGE="3600",
        LOG_LEVEL="WARNING",
        DATA_DIR=env.get("BENCH_DATA_DIR", "var/bench"),
        BENCH_PASSWORD=PASSWORD,
    )
    return env


def login(base: str) -> str:
    body = json.dumps({"username": "bench.admin", "password": PASSWORD}).encode()
    req = urllib.request.Request(
        base + "/api/auth/login", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return str(json.load(resp)["access"])


def first_product(base: str) -> str:
    with urllib.request.urlopen(base + "/api/products?page_size=1", timeout=30) as resp:
        return str(json.load(resp)["results"][0]["slug"])


def run(args: argparse.Namespace, servers: Servers, url: str, workdir: Path) -> int:
    env = app_env(url)
    if not args.reuse_db:
        print(f"database {admin_url(url)[1]}: create, migrate, seed_scale --scale {args.scale}", flush=True)
        recreate_database(url)
        manage = [PYTHON, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=env, cwd=ROOT, check=True)
        seeded = subprocess.run(
            [*manage, "seed_scale", "--scale", str(args.scale), "--password", PASSWORD],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        print("  " + seeded.stdout.strip().replace("\n", ", "), flush=True)
    app_port, floor_port = free_port(), free_port()
    log = workdir / "gunicorn.log"
    app = servers.start("config.wsgi", app_port, env, log)
    floor = servers.start(
        "bench.floor.wsgi", floor_port, {**env, "DJANGO_SETTINGS_MODULE": "bench.floor.settings"}, log
    )
    base, floor_base = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{floor_port}"
    wait_ready(base + "/healthz", app)
    wait_ready(floor_base + "/floor", floor)
    token = login(base)
    pg = PgCpu(url)
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    results = []
    since = (datetime.now(UTC).date() - timedelta(days=7)).isoformat()
    for sc in scenarios("phones", first_product(base), since):
        if wanted and not sc.floor and sc.name not in wanted:
            continue
        headers = {"Content-Type": "application/json"} if sc.body else {}
        if sc.auth:
            headers["Authorization"] = f"Bearer {token}"
        target, master = (floor_base, floor.pid) if sc.floor else (base, app.pid)
        print(f"  {sc.name} ...", flush=True)
        results.append(measure(sc, target, master, None if sc.floor else pg, args, headers))
    pg.conn.close()
    servers.stop()
    report = table(results)
    settings = f"scale {args.scale:g}, {args.connections} connections, {args.warmup:g} s warm-up, {args.duration:g} s window"
    print(f"\n{report}\n\n{settings}")
    problems = [
        f"{r.scenario.name}: {r.bad} non-2xx/errors {' '.join(r.notes)}"
        for r in results
        if r.bad or not r.requests
    ]
    for line in problems:
        print("ERROR " + line, file=sys.stderr)
    if args.results:
        args.results.write_text(f"{machine()}\n- run: {settings}\n\n{report}\n")
        print(f"written to {args.results}")
    floor_rps = results[0].rps if results and results[0].scenario.floor else 0.0
    missed = [r for r in results if r.scenario.budget and r.rps < r.scenario.budget * floor_rps]
    if problems:
        return 2
    if args.check and missed:
        print("budget missed: " + ", ".join(r.scenario.name for r in missed), file=sys.stderr)
        return 1
    return 0


def main() -> int:
    args = parse_args()
    url = os.environ.get("DATABASE_URL") or DEFAULT_URL
    if args.smoke:
        parts = urlparse(url)
        url = urlunparse(parts._replace(path=parts.path.rstrip("/") + "_smoke"))
    servers = Servers()

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)
    with tempfile.TemporaryDirectory(prefix="storeops-bench-") as tmp:
        status = 2
        try:
            status = run(args, servers, url, Path(tmp))
            return status
        except subprocess.CalledProcessError as exc:
            print(f"failed: {exc}\n{exc.stdout or ''}{exc.stderr or ''}", file=sys.stderr)
            return 2
        finally:
            servers.stop()
            log = Path(tmp) / "gunicorn.log"
            if status and log.exists() and log.stat().st_size:
                print(
                    "--- server log (tail) ---\n" + "\n".join(log.read_text().splitlines()[-20:]),
                    file=sys.stderr,
                )
            if args.smoke or not args.keep_db and not args.reuse_db:
                recreate_database(url, drop_only=True)


if __name__ == "__main__":
    sys.exit(main())
