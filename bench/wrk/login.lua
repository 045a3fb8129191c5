-- POST /api/auth/login as the seeded benchmark admin.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"username": "bench.admin", "password": "%s"}',
  os.getenv("BENCH_PASSWORD") or "storeops-bench")
