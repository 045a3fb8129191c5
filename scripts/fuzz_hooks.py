"""Fuzzer hooks loaded by scripts/fuzz.py.

Generated `Idempotency-Key` values repeat across unrelated requests (the generator favours short values), and a
key reused with another body is correctly refused with 422, which would hide every later answer of that
operation. Each request therefore gets a fresh key: the write path with a key is still exercised, while replay
and reuse are proven by the idempotency tests.
"""

import uuid

import schemathesis


@schemathesis.hook
def before_call(context, case, kwargs):  # type: ignore[no-untyped-def]
    # Every phase and check goes through here, including the requests a check derives from a case.
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = uuid.uuid4().hex
