"""Fuzzer hooks loaded by scripts/fuzz.py.

Fresh idempotency keys, and form bodies only of form shape.

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


FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@schemathesis.hook
def filter_case(context, case):  # type: ignore[no-untyped-def]
    # A form body is a list of named fields: a generated JSON array or scalar has no form encoding, so such a
    # case would test the fuzzer's serializer rather than the API. JSON bodies of every shape still run.
    media_type = (case.media_type or "").split(";")[0]
    return not (media_type in FORM_MEDIA_TYPES and case.body is not None and not isinstance(case.body, dict))
