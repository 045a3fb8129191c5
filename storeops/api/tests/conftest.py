"""Fixtures for the cross-cutting API tests: test-only routes, a fixed throttle clock, Redis, a captcha server."""

import json
import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from urllib.parse import parse_qs

import pytest

from storeops.api import throttles
from storeops.api.tests import urls as test_urls

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")

# 10 s into a fixed-window minute/hour, so a test never straddles a window boundary.
FROZEN_NOW = 1_800_000_000 - (1_800_000_000 % 3600) + 10.0


@pytest.fixture
def test_routes(settings):  # type: ignore[no-untyped-def]
    settings.ROOT_URLCONF = "storeops.api.tests.urls"
    test_urls.CALLS["boom"] = 0
    return test_urls.CALLS


@pytest.fixture
def frozen_clock(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(throttles, "time", SimpleNamespace(time=lambda: FROZEN_NOW))
    return FROZEN_NOW


def _redis_cache(location: str) -> dict:
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": location,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }


@pytest.fixture
def redis_throttle(settings):  # type: ignore[no-untyped-def]
    """The throttle cache on a real Redis (database 15), emptied; skipped when Redis does not answer."""
    from django.core.cache import caches

    settings.CACHES = {**settings.CACHES, "throttle": _redis_cache(REDIS_TEST_URL)}
    cache = caches["throttle"]
    try:
        cache.clear()
    except Exception as exc:  # any connection problem means: no Redis here
        pytest.skip(f"Redis not reachable: {exc}")
    yield cache
    cache.clear()


@pytest.fixture
def dead_throttle_cache(settings):  # type: ignore[no-untyped-def]
    """The throttle cache points at a port where nothing listens."""
    settings.CACHES = {**settings.CACHES, "throttle": _redis_cache("redis://127.0.0.1:1/0")}


class _Siteverify(BaseHTTPRequestHandler):
    """Answers like a captcha provider; the path picks the behaviour."""

    def log_message(self, format, *args):  # type: ignore[no-untyped-def]  # keep test output clean
        pass

    def do_POST(self):  # type: ignore[no-untyped-def]
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        self.server.hits.append((self.path, {k: v[0] for k, v in form.items()}))  # type: ignore[attr-defined]
        if self.path == "/slow":
            time.sleep(2)
            return self._json({"success": True})
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if self.path == "/error":
            return self._json({"success": True}, status=500)
        if self.path == "/garbage":
            return self._raw(b"<html>not json</html>")
        return self._json({"success": self.path == "/ok"})

    def _json(self, body, status=200):  # type: ignore[no-untyped-def]
        self._raw(json.dumps(body).encode(), status)

    def _raw(self, data, status=200):  # type: ignore[no-untyped-def]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def siteverify():  # type: ignore[no-untyped-def]
    """A local siteverify-compatible server: `.url(path)` and `.hits` [(path, form)]."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Siteverify)
    server.daemon_threads = True
    server.hits = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield SimpleNamespace(url=lambda path: base + path, hits=server.hits)  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def free_port_closed() -> int:
    """A local port with nothing listening on it."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
