"""Outbound HTTP to operator-configured services (captcha provider, SMS gateway)."""

import urllib.request
from urllib.parse import urlencode

MAX_RESPONSE_BYTES = 65536


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect surfaces as the 3xx HTTPError it is: a secret or a message must never be posted elsewhere.
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def post_form(url: str, payload: dict[str, str], *, timeout: float) -> bytes:
    """POST a form body and return up to 64 KiB of a 2xx answer.

    Raises urllib's HTTPError for any other status (3xx included) and URLError/OSError when unreachable.
    """
    request = urllib.request.Request(  # noqa: S310 - the URL is operator configuration
        url,
        data=urlencode(payload).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    with _opener.open(request, timeout=timeout) as response:
        return response.read(MAX_RESPONSE_BYTES)
