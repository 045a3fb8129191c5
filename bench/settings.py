"""Production settings for the benchmark: plain HTTP on 127.0.0.1, optional per-request SQL query count."""

import os

os.environ.setdefault("SECURE_SSL_REDIRECT", "false")  # served over plain HTTP on the loopback interface

from config.settings.production import *  # noqa: E402, F403

if os.environ.get("BENCH_COUNT_QUERIES") == "1":
    MIDDLEWARE = ["bench.querycount.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405
